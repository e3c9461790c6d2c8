// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencydistribution.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pivori {

LatencyDistribution::LatencyDistribution(double medianSeconds, double sigma)
    : m_median(std::max(medianSeconds, 1e-6))
    , m_sigma(std::max(sigma, 1e-3))
{
}

double LatencyDistribution::cdf(double seconds) const
{
    if (seconds <= 0.0)
        return 0.0;
    return 0.5 * std::erfc(-std::log(seconds / m_median) / (m_sigma * std::numbers::sqrt2));
}

std::vector<double> LatencyDistribution::bucketShares(const std::vector<double> &upperBounds) const
{
    std::vector<double> shares;
    shares.reserve(upperBounds.size() + 1);
    double below = 0.0;
    for (double bound : upperBounds) {
        const double cumulative = std::max(cdf(bound), below);
        shares.push_back(cumulative - below);
        below = cumulative;
    }
    shares.push_back(std::max(0.0, 1.0 - below));
    return shares;
}

double LatencyDistribution::mean() const
{
    return m_median * std::exp(m_sigma * m_sigma / 2.0);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace pivori {

/// A log-normal request latency. The simulator feeds histograms with the distribution's
/// expected bucket shares instead of random draws, so percentiles are smooth and exact.
class LatencyDistribution final
{
public:
    LatencyDistribution(double medianSeconds, double sigma);

    /// Share of requests in each bucket (non-cumulative): one entry per upper bound,
    /// plus a last one for +Inf. The entries add up to 1.
    std::vector<double> bucketShares(const std::vector<double> &upperBounds) const;

    /// Expected latency of one request, for the histogram's _sum.
    double mean() const;

private:
    double cdf(double seconds) const;

    double m_median;
    double m_sigma;
};

} // namespace pivori

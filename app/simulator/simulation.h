// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleetmetrics.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace pivori {

class Fleet;
class ScenarioBoard;

/// Advances the fleet's metrics in time. Counters and histograms grow by their expected
/// value per step (fractional increments), so rates and percentiles over short windows are
/// smooth; only a slow, seeded jitter varies the traffic.
class Simulation final
{
public:
    /// `timeScale` speeds up the dynamics (daily cycle, leaks, restarts); rates stay per
    /// real second so PromQL sees ordinary values.
    Simulation(const Fleet &fleet, const ScenarioBoard &board, double timeScale, std::uint64_t seed);

    /// Moves the simulation on by `realSeconds` of wall time; `nowUnixSeconds` stamps the
    /// timestamp gauges (certificates, backups).
    void advance(double realSeconds, double nowUnixSeconds);

    /// The /metrics body.
    std::string exposition() const { return m_metrics.exposition(); }

    /// Seconds of simulated time so far (wall time multiplied by the time scale).
    double modelSeconds() const { return m_modelSeconds; }

private:
    /// Which scenario touches what, flattened from the board once per step.
    struct Effects
    {
        std::vector<bool> slowService, failingService, downService;
        std::vector<bool> leakingPod, saturatedPod, crashingPod;
        std::vector<bool> notReadyNode;
        std::vector<bool> notReadyPod, expiringCert, fillingVolume, staleBackup;
    };

    Effects collectEffects() const;
    double load(int service) const;
    void advanceService(int index, double dt, const Effects &effects);
    void advancePod(int index, double dt, const Effects &effects);
    void advanceTimestamps(double nowUnixSeconds, const Effects &effects);

    const Fleet &m_fleet;
    const ScenarioBoard &m_board;
    FleetMetrics m_metrics;
    double m_timeScale;
    double m_modelSeconds = 0.0;
    double m_startUnixSeconds = 0.0;
    std::mt19937_64 m_rng;
    std::vector<double> m_jitter; ///< per service, relative traffic deviation
    std::vector<double> m_leakBytes; ///< per pod, memory leaked so far
    std::vector<double> m_restartClock; ///< per pod, real seconds since the last crash
    std::vector<double> m_sinceRestart; ///< per pod, model seconds since the last (re)start
};

} // namespace pivori

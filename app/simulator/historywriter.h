// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace pivori {

class Fleet;
class ScenarioBoard;

/// A scenario that was on for a while in the past and then off again: the history then holds
/// an incident that fired alerts and resolved, as a real platform's last hour does.
struct HistoryEpisode final
{
    QString scenario; ///< NAME or NAME:TARGET, as --scenario
    double fromSecondsAgo = 0.0; ///< switched on this long before the end of the history
    double toSecondsAgo = 0.0; ///< and off again this long before it (less than fromSecondsAgo)
};

/// Writes the fleet's past as OpenMetrics text with timestamps, for
/// `promtool tsdb create-blocks-from openmetrics`: a Prometheus that starts with an hour of
/// history, as users run it, instead of a young one (the benchmarks measure that).
struct HistoryRequest final
{
    QString path;
    double seconds = 3600.0; ///< how far back from now
    double stepSeconds = 15.0; ///< one sample per series per step, as a scrape would
    QString job; ///< the `job` label Prometheus will give the live scrapes
    QString instance; ///< and their `instance` (the simulator's HOST:PORT)
    double timeScale = 1.0;
    std::uint64_t seed = 1;
    std::vector<HistoryEpisode> episodes;
};

class HistoryWriter final
{
public:
    /// False with the reason in @p error when the file cannot be written.
    static bool write(const Fleet &fleet, const ScenarioBoard &board, const HistoryRequest &request,
        double nowUnixSeconds, QString *error);
};

} // namespace pivori

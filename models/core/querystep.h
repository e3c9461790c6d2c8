// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace pivori {

/// Prometheus refuses a range query when floor((end - start) / step) exceeds this.
inline constexpr qint64 kMaxPointsPerSeries = 11000;

/// The step for a range query drawn `pixelWidth` pixels wide: about one point per pixel,
/// never below `minStepMs` (e.g. the scrape interval), rounded up to a step people read
/// easily (1s, 2s, 5s, 10s, 15s, 30s, 1m, ... 1d, 7d), and always few enough points that
/// Prometheus accepts the query: floor(rangeMs / step) <= kMaxPointsPerSeries.
/// Degenerate inputs (range <= 0, width < 1, minStepMs < 1) are clamped, never rejected.
qint64 chooseStepMs(qint64 rangeMs, int pixelWidth, qint64 minStepMs = 1000);

/// Milliseconds as the decimal seconds Prometheus takes for `time`, `start`, `end` and
/// `step`: "1700000000.123", "15", "0.5", "-1.25". Exact: no floating point involved.
QString msToSecondsText(qint64 ms);

} // namespace pivori

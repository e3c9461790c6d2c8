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

/// The buckets of a bars panel over [rangeStartMs, rangeEndMs], on the clock: every bucket
/// ends on a multiple of `stepMs` (13:05, 13:10, ... for 5 minutes), so a bucket's bounds and
/// label stay put from one refresh to the next. A query evaluated at a bucket's end
/// (`increase(x[5m])` at 13:10 covers 13:05-13:10) gives its count, and Prometheus's range
/// query takes these ends as they are when `start` is one of them: start + k * step.
/// Every bucket that overlaps the range is in: the first ends after the range's start (so a
/// bucket never lies wholly before it), the last ends at or after the range's end (a bucket
/// ending after "now" is still filling; evaluated in the future, Prometheus counts what it has).
struct BucketSpan
{
    qint64 firstEndMs = 0;
    qint64 lastEndMs = 0;
    qint64 stepMs = 0;
    qint64 count() const { return stepMs > 0 ? (lastEndMs - firstEndMs) / stepMs + 1 : 0; }
};
BucketSpan clockAlignedBuckets(qint64 rangeStartMs, qint64 rangeEndMs, qint64 stepMs);

/// Milliseconds as the decimal seconds Prometheus takes for `time`, `start`, `end` and
/// `step`: "1700000000.123", "15", "0.5", "-1.25". Exact: no floating point involved.
QString msToSecondsText(qint64 ms);

} // namespace pivori

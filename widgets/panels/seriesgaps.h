// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promtypes.h"

#include <QList>

namespace pivori {

/// A stretch of time in unix seconds.
struct TimeSpan final
{
    double start = 0;
    double end = 0;
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

/// The spacing points are expected at: the query step when known, else the smallest
/// positive distance between neighbouring points; 0 with fewer than two points.
double expectedStepSeconds(const QList<Sample> &points, qint64 stepMs);

/// The points with a NaN sample inserted wherever neighbours are more than 1.5 steps apart,
/// so a plot shows a gap where Prometheus had nothing instead of a line across it.
QList<Sample> withGapBreaks(const QList<Sample> &points, double stepSeconds);

/// Where the series reported NaN ("no traffic", e.g. 0/0): each NaN point covers half a step
/// on either side; touching or overlapping stretches are merged. Missing points are not NaN.
QList<TimeSpan> noTrafficSpans(const QList<Sample> &points, double stepSeconds);

/// The union of spans, sorted and merged.
QList<TimeSpan> mergeSpans(QList<TimeSpan> spans);

/// The index of the point nearest to `t` no further than `maxDistance` seconds away; -1 if none.
/// `points` must be in ascending time, as Prometheus sends them.
qsizetype nearestSampleIndex(const QList<Sample> &points, double t, double maxDistance);

} // namespace pivori

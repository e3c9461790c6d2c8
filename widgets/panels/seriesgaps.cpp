// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesgaps.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pivori {

double expectedStepSeconds(const QList<Sample> &points, qint64 stepMs)
{
    if (stepMs > 0)
        return double(stepMs) / 1000.0;
    double smallest = std::numeric_limits<double>::infinity();
    for (qsizetype i = 1; i < points.size(); ++i) {
        const double delta = points[i].t - points[i - 1].t;
        if (delta > 0)
            smallest = std::min(smallest, delta);
    }
    return std::isfinite(smallest) ? smallest : 0;
}

QList<Sample> withGapBreaks(const QList<Sample> &points, double stepSeconds)
{
    if (!(stepSeconds > 0) || points.size() < 2)
        return points;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QList<Sample> result;
    result.reserve(points.size() + 8);
    result.append(points.first());
    for (qsizetype i = 1; i < points.size(); ++i) {
        const Sample &previous = points[i - 1];
        if (points[i].t - previous.t > 1.5 * stepSeconds)
            result.append(Sample { previous.t + stepSeconds, nan });
        result.append(points[i]);
    }
    return result;
}

QList<TimeSpan> noTrafficSpans(const QList<Sample> &points, double stepSeconds)
{
    const double half = stepSeconds > 0 ? stepSeconds / 2 : 0;
    QList<TimeSpan> spans;
    for (const Sample &p : points) {
        if (!std::isnan(p.v))
            continue;
        const TimeSpan span { p.t - half, p.t + half };
        if (!spans.isEmpty() && span.start <= spans.last().end + 1e-9)
            spans.last().end = std::max(spans.last().end, span.end);
        else
            spans.append(span);
    }
    return spans;
}

QList<TimeSpan> mergeSpans(QList<TimeSpan> spans)
{
    std::sort(
        spans.begin(), spans.end(), [](const TimeSpan &a, const TimeSpan &b) { return a.start < b.start; });
    QList<TimeSpan> merged;
    for (const TimeSpan &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.start <= merged.last().end + 1e-9)
            merged.last().end = std::max(merged.last().end, span.end);
        else
            merged.append(span);
    }
    return merged;
}

qsizetype nearestSampleIndex(const QList<Sample> &points, double t, double maxDistance)
{
    if (points.isEmpty() || std::isnan(t))
        return -1;
    const auto after = std::lower_bound(
        points.cbegin(), points.cend(), t, [](const Sample &s, double time) { return s.t < time; });
    qsizetype best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    const auto consider = [&](qsizetype index) {
        const double distance = std::fabs(points[index].t - t);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = index;
        }
    };
    const qsizetype index = after - points.cbegin();
    if (index < points.size())
        consider(index);
    if (index > 0)
        consider(index - 1);
    return bestDistance <= maxDistance ? best : -1;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotbuild.h"

#include "fieldsettings.h"
#include "queryresultformat.h"
#include "seriespalette.h"

#include <QHash>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pivori {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Highest last value first; a series with no finite point last. Ties keep the answer's order.
QList<PanelSeries> highestByLast(const QList<PanelSeries> &series, qsizetype count, QList<PanelSeries> *rest)
{
    QList<std::pair<double, qsizetype>> ranked;
    ranked.reserve(series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        const double last = SeriesStats::of(series[i].points).last;
        ranked.append({ std::isfinite(last) ? last : -kInf, i });
    }
    const auto higher = [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    const auto cut = ranked.begin() + std::min(count, ranked.size());
    std::partial_sort(ranked.begin(), cut, ranked.end(), higher);
    QList<PanelSeries> top;
    top.reserve(count);
    for (auto it = ranked.begin(); it != ranked.end(); ++it)
        (it < cut ? top : *rest).append(series[it->second]);
    return top;
}

/// Per time, the lowest and the highest finite value among `series`.
std::pair<QSharedPointer<QCPGraphDataContainer>, QSharedPointer<QCPGraphDataContainer>> envelope(
    const QList<PanelSeries> &series)
{
    QHash<qint64, std::pair<double, double>> range;
    for (const PanelSeries &s : series) {
        for (const Sample &p : s.points) {
            if (!std::isfinite(p.v))
                continue;
            const qint64 key = std::llround(p.t * 1000);
            const auto it = range.find(key);
            if (it == range.end()) {
                range.insert(key, { p.v, p.v });
            } else {
                it->first = std::min(it->first, p.v);
                it->second = std::max(it->second, p.v);
            }
        }
    }
    QList<qint64> times = range.keys();
    std::sort(times.begin(), times.end());
    QVector<QCPGraphData> low;
    QVector<QCPGraphData> high;
    low.reserve(times.size());
    high.reserve(times.size());
    for (const qint64 t : std::as_const(times)) {
        const auto &[min, max] = range[t];
        low.append(QCPGraphData(t / 1000.0, min));
        high.append(QCPGraphData(t / 1000.0, max));
    }
    auto lowData = QSharedPointer<QCPGraphDataContainer>::create();
    auto highData = QSharedPointer<QCPGraphDataContainer>::create();
    lowData->set(low, true);
    highData->set(high, true);
    return { lowData, highData };
}

} // namespace

QString PlotBuild::keyOf(const PanelSeries &series)
{
    return QString::number(series.queryIndex) + QLatin1Char('|') + series.name
        + formatLabelSet(series.labels);
}

PlotBuild PlotBuild::build(const Panel &panel, const PanelData &data, const QSet<QString> &hidden)
{
    PlotBuild out;
    out.reduction.total = data.series.size();
    QList<PanelSeries> chosen = data.series;
    QList<PanelSeries> rest;
    if (chosen.size() > kMaxDrawnSeries)
        chosen = highestByLast(data.series, kTopSeries, &rest);
    out.reduction.shown = chosen.size();
    // Overrides match the legend name Prometheus's labels gave; their display name replaces it
    // before anything (legend, tooltip, hidden-series key) reads it.
    const FieldResolver fields(panel);
    QList<SeriesField> chosenFields;
    chosenFields.reserve(chosen.size());
    for (PanelSeries &s : chosen) {
        chosenFields.append(fields.field(s.name, s.queryIndex));
        if (!chosenFields.constLast().displayName.isEmpty())
            s.name = chosenFields.constLast().displayName;
    }
    QList<qsizetype> order(chosen.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&chosen](qsizetype a, qsizetype b) { return SeriesPalette::before(chosen[a], chosen[b]); });
    QList<PanelSeries> sortedSeries;
    QList<SeriesField> sortedFields;
    for (const qsizetype i : std::as_const(order)) {
        sortedSeries.append(chosen[i]);
        sortedFields.append(chosenFields[i]);
    }
    chosen = sortedSeries;
    const QList<SeriesStyle> styles = SeriesPalette::stylesFor(panel, chosen);
    // Gap detection, hover lookup and QCustomPlot's sorted-data fast path all rely on time order.
    const auto byTime = [](const Sample &a, const Sample &b) { return a.t < b.t; };
    out.series.reserve(chosen.size());
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        PlotSeries p;
        p.series = chosen[i];
        if (!std::is_sorted(p.series.points.cbegin(), p.series.points.cend(), byTime))
            std::stable_sort(p.series.points.begin(), p.series.points.end(), byTime);
        p.key = keyOf(p.series);
        const SeriesField &field = sortedFields[i];
        p.color = field.color.isEmpty() ? styles[i].color : QColor(field.color);
        p.dash = field.color.isEmpty() ? styles[i].dash : Qt::SolidLine;
        p.unit = field.unit;
        p.decimals = field.decimals.value_or(-1);
        const int query = p.series.queryIndex;
        p.axis = field.axis.value_or(
            query >= 0 && query < panel.queries.size() ? panel.queries[query].axis : YAxis::Left);
        p.stats = SeriesStats::of(p.series.points);
        p.stepSec = expectedStepSeconds(p.series.points, data.stepMs);
        p.visible = !hidden.contains(p.key);
        out.series.append(p);
    }
    if (!rest.isEmpty() && !panel.stacked)
        std::tie(out.reduction.otherLow, out.reduction.otherHigh) = envelope(rest);

    out.fullStart = data.startMs / 1000.0;
    out.fullEnd = data.endMs / 1000.0;
    if (!(out.fullEnd > out.fullStart)) {
        out.fullStart = kInf;
        out.fullEnd = -kInf;
        for (const PlotSeries &p : std::as_const(out.series)) {
            if (!p.series.points.isEmpty()) {
                out.fullStart = std::min(out.fullStart, p.series.points.first().t);
                out.fullEnd = std::max(out.fullEnd, p.series.points.last().t);
            }
        }
        if (!(out.fullEnd > out.fullStart)) {
            out.fullStart = std::isfinite(out.fullStart) ? out.fullStart - 30 : 0;
            out.fullEnd = out.fullStart + 60;
        }
    }
    out.fill(panel.stacked);
    return out;
}

void PlotBuild::fill(bool stacked)
{
    // Stacks build up per axis: a right-axis series sits on its own axis' stack.
    std::array<QHash<qint64, double>, 2> running;
    QList<TimeSpan> spans;
    low.fill(kInf);
    high.fill(-kInf);
    totalPoints = 0;
    for (PlotSeries &p : series) {
        const auto side = std::size_t(p.axis == YAxis::Right);
        QList<Sample> points = p.series.points;
        totalPoints += points.size();
        // An infinite value (e.g. a quantile in the +Inf bucket) has no place on the axis: a gap.
        for (Sample &s : points) {
            if (std::isinf(s.v))
                s.v = std::numeric_limits<double>::quiet_NaN();
        }
        if (stacked && p.visible) {
            for (Sample &s : points) {
                if (std::isnan(s.v))
                    continue;
                double &sum = running[side][std::llround(s.t * 1000)];
                sum += s.v;
                s.v = sum;
            }
        }
        points = withGapBreaks(points, p.stepSec);

        QVector<QCPGraphData> plotted;
        plotted.reserve(points.size());
        for (const Sample &s : std::as_const(points)) {
            plotted.append(QCPGraphData(s.t, s.v));
            if (p.visible && std::isfinite(s.v)) {
                low[side] = std::min(low[side], s.v);
                high[side] = std::max(high[side], s.v);
            }
        }
        // A new container each time: the one the plot draws may be shared with the highlight.
        p.data = QSharedPointer<QCPGraphDataContainer>::create();
        p.data->set(plotted, true);
        if (p.visible)
            spans += pivori::noTrafficSpans(p.series.points, p.stepSec);
    }
    // The band of the series left out is drawn, so the axis holds it too.
    if (reduction.otherLow && !reduction.otherLow->isEmpty()) {
        bool found = false;
        const QCPRange lowRange = reduction.otherLow->valueRange(found);
        const QCPRange highRange = reduction.otherHigh->valueRange(found);
        if (found) {
            low[0] = std::min(low[0], lowRange.lower);
            high[0] = std::max(high[0], highRange.upper);
        }
    }
    noTraffic = mergeSpans(spans);
}

} // namespace pivori

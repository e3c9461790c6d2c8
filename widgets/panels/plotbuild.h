// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "legendentry.h"
#include "paneldata.h"
#include "seriesgaps.h"

#include <QColor>
#include <QList>
#include <QSet>
#include <QSharedPointer>
#include <QString>

#include <array>

// QCustomPlot's point container, declared as it does, so that this header (seen by the panel's
// users) does not need its headers.
class QCPGraphData;
template <class DataType> class QCPDataContainer;
using QCPGraphDataContainer = QCPDataContainer<QCPGraphData>;

namespace pivori {

/// One series as a time-series plot draws it: chosen, styled and with its points ready for
/// QCustomPlot (gaps broken, cumulative when stacked).
struct PlotSeries
{
    PanelSeries series;
    QString key; ///< query, name and labels: what a hidden series is remembered by
    QColor color;
    Qt::PenStyle dash = Qt::SolidLine;
    YAxis axis = YAxis::Left;
    SeriesStats stats;
    double stepSec = 0;
    bool visible = true;
    QSharedPointer<QCPGraphDataContainer> data;
    PanelUnit unit = PanelUnit::None; ///< the series' own (the panel's, or an override's)
    int decimals = -1; ///< the series' decimals; below 0 = automatic
};

/// What a panel with more series than a person can read leaves out: it draws the `shown`
/// highest by last value and summarises the others as a band from their lowest to their
/// highest value at each time (not when stacked: a band cannot sit on a stack).
struct SeriesReduction
{
    qsizetype total = 0;
    qsizetype shown = 0;
    /// The band's lower and upper edges; null when nothing was left out or the panel stacks.
    QSharedPointer<QCPGraphDataContainer> otherLow;
    QSharedPointer<QCPGraphDataContainer> otherHigh;

    bool active() const { return shown < total; }
    qsizetype leftOut() const { return total - shown; }
};

/// Everything a time-series panel needs to show one answer. Made by PlotBuild::build(), which
/// touches no widget and may run on a worker thread: with 10,000 series it takes seconds.
struct PlotBuild
{
    QList<PlotSeries> series;
    SeriesReduction reduction;
    std::array<double, 2> low {}; ///< per axis (left, right): the lowest value drawn
    std::array<double, 2> high {};
    QList<TimeSpan> noTraffic;
    qsizetype totalPoints = 0; ///< points of the series drawn
    double fullStart = 0; ///< the time axis' range, unix seconds
    double fullEnd = 0;

    /// Up to this many series every one is drawn (a 45-pod panel, each in its own colour and
    /// dash); past it only kTopSeries are, the rest summarised.
    static constexpr qsizetype kMaxDrawnSeries = 64;
    static constexpr qsizetype kTopSeries = 20;

    /// Chooses, orders and styles the series, then fills their points (fill()).
    static PlotBuild build(const Panel &panel, const PanelData &data, const QSet<QString> &hidden);
    /// (Re)makes the series' point containers, the value ranges and the no-traffic spans from
    /// `series`: stacking depends on which series are visible. Keeps `reduction`'s band.
    void fill(bool stacked);
    static QString keyOf(const PanelSeries &series);
};

} // namespace pivori

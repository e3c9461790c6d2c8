// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelunit.h"
#include "promtypes.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPen>
#include <QString>

#include <limits>
#include <optional>

namespace pivori {

/// A series' figures over the data shown, as a legend table lists them. NaN points ("no
/// traffic") and infinities are left out; with no finite point every figure is NaN.
struct SeriesStats
{
    double last = std::numeric_limits<double>::quiet_NaN();
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double mean = std::numeric_limits<double>::quiet_NaN();

    /// One pass over the points (ascending time), so a refresh costs O(points).
    static SeriesStats of(const QList<Sample> &points);
};

/// One series as a legend shows it, and as an exported picture's own legend draws it.
struct LegendEntry
{
    QString name;
    QColor color;
    QPen pen; ///< the line as drawn: colour, width and dash
    bool visible = true;
    bool rightAxis = false; ///< read against the panel's right axis
    SeriesStats stats;
    std::optional<PanelUnit> unit {}; ///< an override's unit; absent = the legend's (the panel's)
    int decimals = -1; ///< the series' decimals; below 0 = automatic
};

/// A short sample of a line (its colour and dash) for a legend; an outline when hidden.
QIcon legendSwatch(const QColor &color, Qt::PenStyle dash, bool visible, qreal devicePixelRatio);

} // namespace pivori

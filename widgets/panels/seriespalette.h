// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "paneldata.h"

#include <QColor>
#include <QList>

namespace pivori {

/// How one plotted series is drawn: its colour and the dash of its line.
struct SeriesStyle
{
    QColor color;
    Qt::PenStyle dash = Qt::SolidLine;

    friend bool operator==(const SeriesStyle &, const SeriesStyle &) = default;
};

/// The colours of plotted series: a query's own colour when it has one, else a fixed
/// palette of shades that stay apart from each other and legible on light and dark panels.
/// Past the palette, lines repeat its colours with a dash, so that up to styleCount()
/// series (a 45-pod panel) are each drawn differently.
class SeriesPalette final
{
public:
    static int size();
    /// The palette colour for the n-th automatically coloured series (wraps around).
    static QColor color(int index);
    /// The dashes lines take in turn, one round of the palette each (solid first).
    static QList<Qt::PenStyle> dashes();
    /// How many series are drawn in distinct colour and dash combinations.
    static int styleCount();
    /// The style of the n-th automatically coloured series: colour n, dash n / size().
    static SeriesStyle style(int index);
    /// One colour per series, in order. A query colour applies when that query produced a
    /// single series; a colour shared by many lines would make them indistinguishable.
    static QList<QColor> colorsFor(const Panel &panel, const QList<PanelSeries> &series);
    /// The same with dashes, for lines (bars take colours only).
    static QList<SeriesStyle> stylesFor(const Panel &panel, const QList<PanelSeries> &series);
    /// Series in a stable order (query, then legend text), so colours survive refreshes
    /// even when Prometheus returns the series in another order.
    static QList<PanelSeries> sorted(QList<PanelSeries> series);
    /// The order sorted() puts series in.
    static bool before(const PanelSeries &a, const PanelSeries &b);
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "paneldata.h"

#include <QColor>
#include <QList>

namespace pivori {

/// The colours of plotted series: a query's own colour when it has one, else a fixed
/// palette of shades that stay apart from each other and legible on light and dark panels.
class SeriesPalette final
{
public:
    static int size();
    /// The palette colour for the n-th automatically coloured series (wraps around).
    static QColor color(int index);
    /// One colour per series, in order. A query colour applies when that query produced a
    /// single series; a colour shared by many lines would make them indistinguishable.
    static QList<QColor> colorsFor(const Panel &panel, const QList<PanelSeries> &series);
    /// Series in a stable order (query, then legend text), so colours survive refreshes
    /// even when Prometheus returns the series in another order.
    static QList<PanelSeries> sorted(QList<PanelSeries> series);
};

} // namespace pivori

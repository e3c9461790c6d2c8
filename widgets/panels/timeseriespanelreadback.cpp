// SPDX-License-Identifier: GPL-3.0-or-later
// What the panel shows, read back: its series, their points and where they are drawn, for
// exports, the crosshair and tests. Nothing here changes the plot.
#include "panelplot.h"
#include "plotmarkers.h"
#include "timeseriespanel.h"

#include <qcustomplot.h>

#include <cmath>

namespace pivori {

bool TimeSeriesPanel::hasRightAxis() const
{
    return m_plot->yAxis2->visible();
}

bool TimeSeriesPanel::isOnRightAxis(int index) const
{
    return index >= 0 && index < m_plotted.size() && m_plotted[index].axis == YAxis::Right;
}

QList<LegendEntry> TimeSeriesPanel::legendEntries() const
{
    QList<LegendEntry> entries;
    for (const Plotted &p : m_plotted) {
        if (p.visible)
            entries.append({ p.series.name, p.color, p.graph->pen(), true, p.axis == YAxis::Right, p.stats });
    }
    return entries;
}

bool TimeSeriesPanel::isSeriesVisible(int index) const
{
    return index >= 0 && index < m_plotted.size() && m_plotted[index].graph->visible();
}

QList<Sample> TimeSeriesPanel::plottedPoints(int index) const
{
    QList<Sample> points;
    if (index < 0 || index >= m_plotted.size())
        return points;
    const QSharedPointer<QCPGraphDataContainer> container = m_plotted[index].graph->data();
    for (auto it = container->constBegin(); it != container->constEnd(); ++it)
        points.append(Sample { it->key, it->value });
    return points;
}

qint64 TimeSeriesPanel::visibleStartMs() const
{
    return std::llround(m_plot->xAxis->range().lower * 1000);
}

qint64 TimeSeriesPanel::visibleEndMs() const
{
    return std::llround(m_plot->xAxis->range().upper * 1000);
}

QWidget *TimeSeriesPanel::plotWidget() const
{
    return m_plot;
}

QPoint TimeSeriesPanel::pixelFor(double timeSec, double value, YAxis axis) const
{
    return QPoint(int(std::lround(m_plot->xAxis->coordToPixel(timeSec))),
        int(std::lround(valueAxis(axis)->coordToPixel(value))));
}

QRect TimeSeriesPanel::plotArea() const
{
    return m_plot->axisRect()->rect();
}

QList<QRectF> TimeSeriesPanel::thresholdCaptionBoxes() const
{
    return m_markers->captionBoxes();
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
// TimeSeriesPanel under the mouse: hover and the shared crosshair, the nearest series and its
// highlight, drag to zoom, click to drill down. The data side is in timeseriespanel.cpp.
#include "timeseriespanel.h"

#include "crosshairreadout.h"
#include "crosshairsync.h"
#include "densegraph.h"
#include "panelplot.h"
#include "serieslegend.h"

#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace pivori {

void TimeSeriesPanel::onMouseMove(QMouseEvent *event)
{
    m_lastGlobalPos = event->globalPosition().toPoint();
    if (event->buttons() != Qt::NoButton && m_plot->selectionRect()->isActive()) {
        clearHover();
        return;
    }
    if (!m_plot->axisRect()->rect().contains(event->position().toPoint())) {
        clearHover();
        return;
    }
    const double t = m_plot->xAxis->pixelToCoord(event->position().x());
    if (m_sync)
        m_sync->setHoverTime(std::llround(t * 1000), this);
    m_hoverPos = event->position();
    if (!m_hoverTimer->isActive())
        m_hoverTimer->start();
}

void TimeSeriesPanel::onHoverTimer()
{
    const int nearest = seriesNear(m_hoverPos);
    setHighlightedSeries(nearest);
    // A line under the mouse can be clicked: say so the way links do.
    if (nearest >= 0)
        m_plot->setCursor(Qt::PointingHandCursor);
    else
        m_plot->unsetCursor();
}

void TimeSeriesPanel::clearHover()
{
    if (m_sync)
        m_sync->clear(this);
    m_hoverTimer->stop();
    if (m_highlighted >= 0)
        setHighlightedSeries(-1);
    m_plot->unsetCursor();
    QToolTip::hideText();
}

namespace {

/// The distance from `p` to the segment a-b, all in pixels.
double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace

int TimeSeriesPanel::seriesNear(const QPointF &pos, double tolerancePx) const
{
    if (!m_plot->axisRect()->rect().contains(pos.toPoint()))
        return -1;
    // Only the points within the tolerance of the mouse's column matter (plus one either side,
    // for the segments that cross it): a binary search per series, not a walk of 11,000 points.
    const double from = m_plot->xAxis->pixelToCoord(pos.x() - tolerancePx);
    const double to = m_plot->xAxis->pixelToCoord(pos.x() + tolerancePx);
    int nearest = -1;
    double nearestDistance = tolerancePx;
    for (qsizetype i = 0; i < m_plotted.size(); ++i) {
        const Plotted &p = m_plotted[i];
        if (!p.visible)
            continue;
        const QCPAxis *valueAxis = p.graph->valueAxis();
        const QSharedPointer<QCPGraphDataContainer> points = p.graph->data();
        auto it = points->findBegin(std::min(from, to), true);
        const auto end = points->findEnd(std::max(from, to), true);
        bool havePrevious = false;
        QPointF previous;
        for (; it != end; ++it) {
            if (!std::isfinite(it->value)) {
                havePrevious = false; // a gap: no segment across it
                continue;
            }
            const QPointF point(m_plot->xAxis->coordToPixel(it->key), valueAxis->coordToPixel(it->value));
            // A lone point (a new series) is drawn as a dot: its distance is to the point.
            const double distance = havePrevious ? distanceToSegment(pos, previous, point)
                                                 : std::hypot(pos.x() - point.x(), pos.y() - point.y());
            if (distance <= nearestDistance) {
                nearestDistance = distance;
                nearest = int(i);
            }
            previous = point;
            havePrevious = true;
        }
    }
    return nearest;
}

void TimeSeriesPanel::setHighlightedSeries(int index)
{
    if (index < 0 || index >= m_plotted.size() || !m_plotted[index].visible)
        index = -1;
    if (index == m_highlighted)
        return;
    m_highlighted = index;
    m_legend->setHighlightedRow(index);
    applyHighlight();
    m_plot->layer(overlayLayer())->replot();
}

void TimeSeriesPanel::applyHighlight()
{
    if (m_highlighted >= m_plotted.size() || (m_highlighted >= 0 && !m_plotted[m_highlighted].visible))
        m_highlighted = -1;
    if (m_highlighted < 0) {
        m_highlightHalo->setVisible(false);
        m_highlightLine->setVisible(false);
        return;
    }
    const Plotted &p = m_plotted[m_highlighted];
    const QPen pen = p.graph->pen();
    QColor halo = palette().color(QPalette::Base);
    halo.setAlphaF(0.85);
    QPen line = pen;
    line.setWidthF(pen.widthF() + 1.5);
    // More points than pixel columns: painted as column spans, like a dense panel (see
    // setSpanThickness); a few points: QCustomPlot's antialiased line.
    const bool spans = p.series.points.size() > 2 * qsizetype(std::max(1, m_plot->axisRect()->width()));
    const QList<std::pair<DenseGraph *, QPen>> graphs { { m_highlightHalo, QPen(halo, line.widthF() + 4) },
        { m_highlightLine, line } };
    for (const auto &[graph, graphPen] : graphs) {
        graph->setData(p.graph->data()); // shared, not copied
        graph->setValueAxis(p.graph->valueAxis());
        graph->setPen(graphPen);
        graph->setScatterStyle(p.graph->scatterStyle());
        graph->setSpanRendering(spans);
        graph->setSpanThickness(spans ? int(std::lround(graphPen.widthF())) | 1 : 1);
        graph->setAntialiased(!spans);
        graph->setVisible(true);
    }
}

void TimeSeriesPanel::onHoverTimeChanged(qint64 timeMs)
{
    const double t = timeMs / 1000.0;
    const QCPRange range = m_plot->xAxis->range();
    if (timeMs < 0 || m_plotted.isEmpty() || t < range.lower || t > range.upper) {
        if (m_crosshair->visible()) {
            m_crosshair->setVisible(false);
            m_plot->layer(overlayLayer())->replot();
        }
        m_crosshairText.clear();
        return;
    }
    m_crosshair->point1->setCoords(t, 0);
    m_crosshair->point2->setCoords(t, 1);
    m_crosshair->setVisible(true);

    QList<CrosshairReadout::Series> shown;
    for (const Plotted &p : std::as_const(m_plotted)) {
        if (p.visible)
            shown.append({ p.series.name, p.color, &p.series.points, p.stepSec, p.unit, p.decimals });
    }
    const CrosshairReadout readout(
        timeMs, shown, panel().unit, panel().stacked, panel().decimals.value_or(-1));
    m_crosshairText = readout.plainText();
    const QString html = readout.html();

    if (m_sync && m_sync->source() == this && m_plot->underMouse())
        QToolTip::showText(m_lastGlobalPos + QPoint(18, 18), html, m_plot);
    // Only the overlay layer is redrawn: moving the line must not replot 45 dense series.
    m_plot->layer(overlayLayer())->replot();
}

void TimeSeriesPanel::onZoomRect(const QRect &rect)
{
    if (rect.width() < 6)
        return;
    double from = m_plot->xAxis->pixelToCoord(rect.left());
    double to = m_plot->xAxis->pixelToCoord(rect.right());
    if (from > to)
        std::swap(from, to);
    m_plot->xAxis->setRange(from, to);
    updateTimeFormat();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit zoomRequested(std::llround(from * 1000), std::llround(to * 1000));
}

void TimeSeriesPanel::onPlotClick(const QPointF &pos)
{
    // The same reach as the highlight: what lights up under the mouse is what a click opens.
    const int nearest = seriesNear(pos);
    if (nearest >= 0) {
        m_clickedLabels = m_plotted[nearest].series.labels;
        m_clickTimer->start();
    }
}

bool TimeSeriesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::Leave)
            clearHover();
        else if (event->type() == QEvent::Resize)
            updateTickCounts();
    }
    return PanelContent::eventFilter(watched, event);
}

} // namespace pivori

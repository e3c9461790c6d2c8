// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace pivori {

/// A QCPGraph that, when told the data is dense (many points per pixel column), paints
/// each column's vertical extent as a one-pixel-wide filled rectangle instead of stroking
/// the zig-zag that adaptive sampling leaves behind. Same pixels, but the raster engine
/// fills spans several times faster than its one-pixel line stroker walks them, which is
/// what keeps 45 noisy series of 11,000 points within a frame. A dashed pen's pattern is laid
/// along the columns (painted or skipped). Vector output (SVG, PDF) and sparse data still use
/// QCPGraph's own lines. Only included from .cpp files.
class DenseGraph final : public QCPGraph
{
public:
    DenseGraph(QCPAxis *keyAxis, QCPAxis *valueAxis)
        : QCPGraph(keyAxis, valueAxis)
    {
    }

    void setSpanRendering(bool enabled) { m_spans = enabled; }
    bool spanRendering() const { return m_spans; }
    /// How many pixels wide and tall each column's span is drawn (odd; 1 = a one-pixel line).
    /// A highlighted dense series is drawn this way: a wide antialiased (or dashed) stroke of
    /// 11,000 points takes seconds, a few hundred wider rectangles do not.
    void setSpanThickness(int pixels) { m_thickness = std::max(1, pixels); }
    /// Where a dashed line's pattern starts on screen (in pattern units): series drawn thin on
    /// screen start theirs at different offsets, so that their gaps do not line up.
    void setScreenDashOffset(qreal offset) { m_screenDashOffset = offset; }

    /// @p lines (pixel coordinates, NaN for gaps) cut to @p rect: what lies outside becomes a
    /// gap, and a line crossing the edge ends on it.
    static QVector<QPointF> clippedPolyline(const QVector<QPointF> &lines, const QRectF &rect);

protected:
    // In vector output (SVG, PDF) lines, fills and scatter points are cut to the axis rect
    // here: Qt 6.4's SVG generator ignores clipping, so after a zoom a series' points beyond
    // the range (QCustomPlot draws one neighbour past each end) were drawn over the axes.
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;
    void drawFill(QCPPainter *painter, QVector<QPointF> *lines) const override;
    void drawScatterPlot(
        QCPPainter *painter, const QVector<QPointF> &scatters, const QCPScatterStyle &style) const override;

private:
    bool m_spans = false;
    int m_thickness = 1;
    qreal m_screenDashOffset = 0;
};

} // namespace pivori

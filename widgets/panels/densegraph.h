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

protected:
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;

private:
    bool m_spans = false;
    int m_thickness = 1;
};

} // namespace pivori

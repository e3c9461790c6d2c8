// SPDX-License-Identifier: GPL-3.0-or-later
#include "densegraph.h"

#include <QList>

#include <climits>
#include <cmath>

namespace pivori {

namespace {

/// Which pixel columns a dashed pen paints: its dash pattern laid along x. Dense series past
/// the palette's colours are told apart by their dashes, so the span painting keeps them.
class ColumnDashes
{
public:
    explicit ColumnDashes(const QPen &pen)
    {
        if (pen.style() == Qt::SolidLine)
            return;
        const double width = std::max(1.0, pen.widthF());
        const QList<qreal> pattern = pen.dashPattern();
        bool on = true;
        for (const qreal run : pattern) {
            const int columns = std::max(1, int(std::lround(run * width)));
            for (int i = 0; i < columns; ++i)
                m_on.append(on);
            on = !on;
        }
    }

    bool painted(int column) const
    {
        if (m_on.isEmpty())
            return true;
        const auto n = int(m_on.size());
        return m_on[((column % n) + n) % n];
    }

private:
    QList<bool> m_on; ///< one entry per column of the pattern's period; empty = solid
};

/// Collects, column by column, the vertical range the line covers, and fills it.
class ColumnSpans
{
public:
    ColumnSpans(QCPPainter *painter, const QColor &color, const ColumnDashes &dashes, int thickness)
        : m_painter(painter)
        , m_color(color)
        , m_dashes(dashes)
        , m_grow((thickness - 1) / 2)
    {
    }
    ~ColumnSpans() { flush(); }

    void add(int column, double y0, double y1)
    {
        if (column != m_column) {
            flush();
            m_column = column;
            m_low = std::min(y0, y1);
            m_high = std::max(y0, y1);
            return;
        }
        m_low = std::min({ m_low, y0, y1 });
        m_high = std::max({ m_high, y0, y1 });
    }

    void flush()
    {
        if (m_column == INT_MIN)
            return;
        if (m_dashes.painted(m_column)) {
            const int top = int(std::floor(m_low));
            const int bottom = int(std::floor(m_high));
            m_painter->fillRect(
                QRect(m_column - m_grow, top - m_grow, 1 + 2 * m_grow, bottom - top + 1 + 2 * m_grow),
                m_color);
        }
        m_column = INT_MIN;
    }

private:
    QCPPainter *m_painter;
    QColor m_color;
    const ColumnDashes &m_dashes;
    int m_grow; ///< pixels added on every side of a span
    int m_column = INT_MIN;
    double m_low = 0;
    double m_high = 0;
};

bool isFinite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

/// Liang–Barsky: the part of the segment @p a – @p b inside @p rect, if any.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &rect)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double t0 = 0;
    double t1 = 1;
    const double p[4] = { -dx, dx, -dy, dy };
    const double q[4]
        = { a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y() };
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false; // parallel to this edge and outside it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + t0 * QPointF(dx, dy);
    b = start + t1 * QPointF(dx, dy);
    return true;
}

bool vectorOutput(const QCPPainter *painter)
{
    return painter->modes().testFlag(QCPPainter::pmVectorized);
}

/// Drawn into the plot's own buffers for the screen, not into a picture (toPainter draws
/// without caching, into an image, SVG or PDF).
bool onScreen(const QCPPainter *painter)
{
    return !painter->modes().testFlag(QCPPainter::pmNoCaching) && !vectorOutput(painter);
}

} // namespace

QVector<QPointF> DenseGraph::clippedPolyline(const QVector<QPointF> &lines, const QRectF &rect)
{
    QVector<QPointF> out;
    out.reserve(lines.size() + 8);
    const QPointF gap(qQNaN(), qQNaN());
    const auto breakLine = [&] {
        if (!out.isEmpty() && isFinite(out.last()))
            out.append(gap);
    };
    if (lines.size() == 1 && isFinite(lines[0]) && rect.contains(lines[0]))
        out.append(lines[0]);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QPointF a = lines[i - 1];
        QPointF b = lines[i];
        if (!isFinite(a) || !isFinite(b) || !clipSegment(a, b, rect)) {
            breakLine();
            continue;
        }
        if (out.isEmpty() || !isFinite(out.last()) || out.last() != a) {
            breakLine();
            out.append(a);
        }
        out.append(b);
    }
    return out;
}

void DenseGraph::drawFill(QCPPainter *painter, QVector<QPointF> *lines) const
{
    if (!vectorOutput(painter) || mLineStyle == lsImpulse || painter->brush().style() == Qt::NoBrush
        || painter->brush().color().alpha() == 0) {
        QCPGraph::drawFill(painter, lines);
        return;
    }
    // QCPGraph::drawFill's polygons, each cut to the axis rect.
    const QPolygonF clip { QRectF(clipRect()) };
    applyFillAntialiasingHint(painter);
    const QVector<QCPDataRange> segments = getNonNanSegments(lines, keyAxis()->orientation());
    const auto *other = dynamic_cast<const DenseGraph *>(mChannelFillGraph.data());
    if (!mChannelFillGraph) {
        for (const QCPDataRange &segment : segments)
            painter->drawPolygon(getFillPolygon(lines, segment).intersected(clip));
    } else if (other) {
        QVector<QPointF> otherLines;
        other->getLines(&otherLines, QCPDataRange(0, other->dataCount()));
        if (otherLines.isEmpty())
            return;
        const QVector<QCPDataRange> otherSegments
            = getNonNanSegments(&otherLines, other->keyAxis()->orientation());
        for (const auto &[mine, theirs] : getOverlappingSegments(segments, lines, otherSegments, &otherLines))
            painter->drawPolygon(getChannelFillPolygon(lines, mine, &otherLines, theirs).intersected(clip));
    } else {
        QCPGraph::drawFill(painter, lines);
    }
}

void DenseGraph::drawScatterPlot(
    QCPPainter *painter, const QVector<QPointF> &scatters, const QCPScatterStyle &style) const
{
    if (!vectorOutput(painter)) {
        QCPGraph::drawScatterPlot(painter, scatters, style);
        return;
    }
    const QRectF rect(clipRect());
    QVector<QPointF> inside;
    for (const QPointF &point : scatters)
        if (rect.contains(point))
            inside.append(point);
    QCPGraph::drawScatterPlot(painter, inside, style);
}

void DenseGraph::drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const
{
    if (vectorOutput(painter)) {
        QCPGraph::drawLinePlot(painter, clippedPolyline(lines, QRectF(clipRect())));
        return;
    }
    QPen pen = painter->pen();
    if (onScreen(painter) && pen.style() != Qt::SolidLine && pen.style() != Qt::NoPen
        && pen.style() != Qt::CustomDashLine && pen.widthF() > 1) {
        // On screen a dashed line is one pixel wide, as solid ones of many-series panels are:
        // Qt strokes a wider dashed line by filling its outline, and a window showing two
        // panels of 45 pods spent half its steady-state CPU there (docs/benchmarks.md).
        // Pictures keep the wider dashes, which their viewers draw alike (tst_exportfidelity).
        pen.setWidthF(1.0);
        pen.setDashOffset(m_screenDashOffset);
        painter->setPen(pen);
    }
    if (!m_spans || pen.style() == Qt::NoPen || pen.style() == Qt::CustomDashLine || lines.size() < 2
        || keyAxis()->orientation() != Qt::Horizontal) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    const ColumnDashes dashes(pen);
    ColumnSpans spans(painter, pen.color(), dashes, m_thickness);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QPointF &a = lines[i - 1];
        const QPointF &b = lines[i];
        if (!isFinite(a) || !isFinite(b))
            continue; // a gap stays a gap
        const int columnA = int(std::floor(a.x()));
        const int columnB = int(std::floor(b.x()));
        if (columnA == columnB) {
            spans.add(columnA, a.y(), b.y());
        } else if (std::abs(columnB - columnA) == 1) {
            // Neighbouring columns: each takes its half of the step.
            const double middle = (a.y() + b.y()) / 2;
            spans.add(columnA, a.y(), middle);
            spans.add(columnB, middle, b.y());
        } else {
            spans.flush();
            painter->setPen(pen);
            painter->drawLine(a, b);
        }
    }
}

} // namespace pivori

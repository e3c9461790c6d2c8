// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotmarkers.h"

#include "thresholdcolors.h"
#include "unitformat.h"

#include <QApplication>
#include <QFontInfo>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

constexpr int kMaxNoTrafficMarks = 400;
constexpr double kCaptionGapPx = 6; // between captions that had to move aside

} // namespace

PlotMarkers::PlotMarkers(QCustomPlot *plot, const QString &markersLayer, const QString &captionsLayer)
    : m_plot(plot)
    , m_markersLayer(markersLayer)
    , m_captionsLayer(captionsLayer)
{
    // Caption room depends on the plot's pixel size, known only once QCustomPlot has laid
    // itself out: on screen, and for an export at another size (toPainter lays out too).
    m_layoutConnection
        = QObject::connect(m_plot, &QCustomPlot::afterLayout, m_plot, [this] { placeCaptions(); });
}

PlotMarkers::~PlotMarkers()
{
    QObject::disconnect(m_layoutConnection);
}

void PlotMarkers::clear(QList<QCPAbstractItem *> &items)
{
    for (QCPAbstractItem *item : std::as_const(items))
        m_plot->removeItem(item);
    items.clear();
}

void PlotMarkers::setThresholds(const QList<Threshold> &thresholds, PanelUnit leftUnit, PanelUnit rightUnit,
    const QColor &background, const QFont &captionFont)
{
    clear(m_thresholdItems);
    m_captions.clear();
    QColor captionBackground = background;
    captionBackground.setAlphaF(0.8);
    QList<Threshold> sorted = thresholds;
    std::sort(sorted.begin(), sorted.end(),
        [](const Threshold &a, const Threshold &b) { return a.value < b.value; });
    const double lineWidth = std::max(1.0,
        std::round(double(QFontInfo(captionFont).pixelSize())
            / std::max(1, QFontInfo(QApplication::font()).pixelSize())));
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Threshold &t = sorted[i];
        QCPAxis *axis = t.axis == YAxis::Right ? m_plot->yAxis2 : m_plot->yAxis;
        // A threshold at the bottom of the axis (e.g. "critical from 0") would only hide the axis.
        if (!std::isfinite(t.value) || t.value <= axis->range().lower)
            continue;
        // Lines as legible as text on this background (yellow on white, dark red on a wall's
        // black), and as thick as the type is large, so a wall shows its limits across a room.
        const QColor color = ThresholdColors::readableOn(ThresholdColors::color(t), background, 3.0);

        // Two points on the threshold define the line; it extends across whatever range is shown.
        auto *line = new QCPItemStraightLine(m_plot);
        line->setLayer(m_markersLayer);
        line->setSelectable(false);
        line->point1->setAxes(m_plot->xAxis, axis);
        line->point2->setAxes(m_plot->xAxis, axis);
        line->point1->setCoords(0, t.value);
        line->point2->setCoords(1, t.value);
        line->setPen(QPen(color, lineWidth, Qt::DashLine));
        line->setAntialiased(false);
        m_thresholdItems.append(line);

        auto *caption = new QCPItemText(m_plot);
        caption->setLayer(m_captionsLayer);
        caption->setSelectable(false);
        caption->setClipToAxisRect(true);
        caption->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        caption->position->setTypeY(QCPItemPosition::ptPlotCoords);
        caption->position->setAxes(m_plot->xAxis, axis);
        caption->position->setCoords(0.995, t.value);
        caption->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        caption->setText(t.label.isEmpty()
                ? formatValue(t.value, t.axis == YAxis::Right ? rightUnit : leftUnit)
                : t.label);
        caption->setFont(captionFont);
        caption->setColor(color);
        caption->setBrush(captionBackground);
        caption->setPadding(QMargins(3, 0, 3, 1));
        m_thresholdItems.append(caption);
        m_captions.append(Caption { caption, t.value, axis });
    }
    placeCaptions();
}

void PlotMarkers::placeCaptions()
{
    const QRect area = m_plot->axisRect()->rect();
    if (area.width() <= 0 || area.height() <= 0)
        return;
    const double rightEdge = area.left() + 0.995 * area.width();
    QList<QRectF> placed;
    auto overlapsPlaced = [&placed](const QRectF &box) {
        return std::any_of(
            placed.begin(), placed.end(), [&box](const QRectF &p) { return p.intersects(box); });
    };
    // Highest limit first: it keeps the right edge, lower ones make way for it. A caption sits
    // above its line unless the plot's top would cut it (a limit at the top of the axis), and
    // flips below or moves left when a neighbour's caption is in the way (1.8 GB and 1.95 GB).
    for (auto it = m_captions.crbegin(); it != m_captions.crend(); ++it) {
        QCPItemText *text = it->item;
        const QFontMetricsF metrics(text->font());
        const QMargins padding = text->padding();
        const double width = metrics.horizontalAdvance(text->text()) + padding.left() + padding.right();
        const double height = metrics.height() + padding.top() + padding.bottom();
        const double y = it->axis->coordToPixel(it->value);
        auto boxAt = [&](double right, bool below) {
            return QRectF(right - width, below ? y : y - height, width, height);
        };
        auto fits = [&area](const QRectF &box) {
            return box.top() >= area.top() && box.bottom() <= area.bottom() + 1;
        };

        double right = rightEdge;
        bool below = y - height < area.top();
        QRectF box = boxAt(right, below);
        if (overlapsPlaced(box) && fits(boxAt(right, !below)) && !overlapsPlaced(boxAt(right, !below))) {
            below = !below;
            box = boxAt(right, below);
        }
        for (int step = 0; step < placed.size() && overlapsPlaced(box); ++step) {
            for (const QRectF &other : std::as_const(placed))
                if (other.intersects(box))
                    right = std::min(right, other.left() - kCaptionGapPx);
            box = boxAt(right, below);
        }
        text->position->setCoords((right - area.left()) / area.width(), it->value);
        text->setPositionAlignment(Qt::AlignRight | (below ? Qt::AlignTop : Qt::AlignBottom));
        placed.append(box);
    }
}

QList<QRectF> PlotMarkers::captionBoxes() const
{
    QList<QRectF> boxes;
    for (const Caption &caption : m_captions)
        boxes.append(
            QRectF(caption.item->topLeft->pixelPosition(), caption.item->bottomRight->pixelPosition()));
    return boxes;
}

void PlotMarkers::setNoTraffic(const QList<TimeSpan> &spans)
{
    clear(m_noTrafficItems);
    const QColor grey = ThresholdColors::noTrafficColor();
    QColor edge = grey;
    edge.setAlphaF(0.6);
    const qsizetype marks = std::min<qsizetype>(spans.size(), kMaxNoTrafficMarks);
    for (qsizetype i = 0; i < marks; ++i) {
        auto *band = new QCPItemRect(m_plot);
        band->setLayer(m_markersLayer);
        band->setSelectable(false);
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(spans[i].start, 0.94);
        band->bottomRight->setCoords(spans[i].end, 1.0);
        band->setPen(QPen(edge, 1));
        band->setBrush(QBrush(grey, Qt::BDiagPattern));
        m_noTrafficItems.append(band);
    }
}

} // namespace pivori

#include "plotmarkers.h"

#include "thresholdcolors.h"
#include "unitformat.h"

#include <QApplication>
#include <QFontInfo>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

constexpr int kMaxNoTrafficMarks = 400;

} // namespace

PlotMarkers::PlotMarkers(QCustomPlot *plot, const QString &markersLayer, const QString &captionsLayer)
    : m_plot(plot)
    , m_markersLayer(markersLayer)
    , m_captionsLayer(captionsLayer)
{
}

void PlotMarkers::clear(QList<QCPAbstractItem *> &items)
{
    for (QCPAbstractItem *item : std::as_const(items))
        m_plot->removeItem(item);
    items.clear();
}

void PlotMarkers::setThresholds(const QList<Threshold> &thresholds, PanelUnit unit, double lower,
    const QColor &background, const QFont &captionFont)
{
    clear(m_thresholdItems);
    QColor captionBackground = background;
    captionBackground.setAlphaF(0.8);
    QList<Threshold> sorted = thresholds;
    std::sort(sorted.begin(), sorted.end(),
        [](const Threshold &a, const Threshold &b) { return a.value < b.value; });
    const double crowded = 0.1 * m_plot->yAxis->range().size();
    const double lineWidth = std::max(1.0, std::round(double(QFontInfo(captionFont).pixelSize())
                                                      / std::max(1, QFontInfo(QApplication::font()).pixelSize())));
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Threshold &t = sorted[i];
        // A threshold at the bottom of the axis (e.g. "critical from 0") would only hide the axis.
        if (!std::isfinite(t.value) || t.value <= lower)
            continue;
        // Close limits (1.8 GB and 1.95 GB) would stack their captions: the lower one goes under.
        const bool under = i + 1 < sorted.size() && sorted[i + 1].value - t.value < crowded;
        // Lines as legible as text on this background (yellow on white, dark red on a wall's
        // black), and as thick as the type is large, so a wall shows its limits across a room.
        const QColor color = ThresholdColors::readableOn(ThresholdColors::color(t), background, 3.0);

        // Two points on the threshold define the line; it extends across whatever range is shown.
        auto *line = new QCPItemStraightLine(m_plot);
        line->setLayer(m_markersLayer);
        line->setSelectable(false);
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
        caption->position->setCoords(0.995, t.value);
        caption->setPositionAlignment(Qt::AlignRight | (under ? Qt::AlignTop : Qt::AlignBottom));
        caption->setText(t.label.isEmpty() ? formatValue(t.value, unit) : t.label);
        caption->setFont(captionFont);
        caption->setColor(color);
        caption->setBrush(captionBackground);
        caption->setPadding(QMargins(3, 0, 3, 1));
        m_thresholdItems.append(caption);
    }
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

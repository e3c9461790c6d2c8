// SPDX-License-Identifier: GPL-3.0-or-later
#include "statpanel.h"

#include "thresholdcolors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pivori {

StatPanel::StatPanel(const Panel &panel, QWidget *parent)
    : PanelContent(panel, parent)
    , m_field(FieldResolver(panel).defaults())
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void StatPanel::setPanelData(const PanelData &panelData)
{
    m_value = singleValue(panelData);
    const FieldResolver fields(panel());
    m_field = panelData.series.isEmpty()
        ? fields.defaults()
        : fields.field(panelData.series.first().name, panelData.series.first().queryIndex);
    m_mapped = m_value ? mapValue(panel().valueMappings, *m_value) : std::nullopt;
    m_spark = panelData.series.isEmpty() ? QList<Sample>() : panelData.series.first().points;
    update();
}

QString StatPanel::valueText() const
{
    if (!m_value)
        return QString();
    if (m_mapped && !m_mapped->text.isEmpty())
        return m_mapped->text;
    return std::isnan(*m_value) ? tr("No traffic") : m_field.format(*m_value);
}

QColor StatPanel::valueColor() const
{
    if (m_mapped && !m_mapped->color.isEmpty())
        return QColor(m_mapped->color);
    if (!m_value || std::isnan(*m_value))
        return ThresholdColors::noTrafficColor();
    if (!m_field.color.isEmpty())
        return QColor(m_field.color);
    return ThresholdColors::colorFor(m_field.thresholds, *m_value, ThresholdColors::neutralColor());
}

void StatPanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(6, 4, -6, -4);
    const QColor color = valueColor();

    // A sparkline only gives context; it stays behind the number and out of its way.
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (const Sample &s : std::as_const(m_spark)) {
        if (std::isfinite(s.v)) {
            lo = std::min(lo, s.v);
            hi = std::max(hi, s.v);
        }
    }
    if (m_spark.size() > 1 && std::isfinite(lo)) {
        const double t0 = m_spark.first().t;
        const double t1 = m_spark.last().t;
        const QRectF band(area.left(), area.top() + area.height() * 0.72, area.width(), area.height() * 0.28);
        const double span = hi > lo ? hi - lo : 1;
        QPainterPath line;
        bool drawing = false;
        for (const Sample &s : std::as_const(m_spark)) {
            if (!std::isfinite(s.v) || t1 <= t0) {
                drawing = false;
                continue;
            }
            const QPointF pt(band.left() + band.width() * (s.t - t0) / (t1 - t0),
                band.bottom() - band.height() * (s.v - lo) / span);
            if (drawing)
                line.lineTo(pt);
            else
                line.moveTo(pt);
            drawing = true;
        }
        QColor stroke = color;
        stroke.setAlphaF(0.45);
        p.setPen(QPen(stroke, 1.5));
        p.drawPath(line);
    }

    p.setFont(valueFont());
    p.setPen(ThresholdColors::readableOn(color, palette().color(QPalette::Base), 3.0));
    // A reading wider than the panel (a wall's floor) is centred and spills evenly, not cut.
    p.drawText(valueArea(), Qt::AlignCenter | Qt::TextDontClip, valueText());
}

void StatPanel::setMinimumValuePixels(int pixels)
{
    m_minValuePixels = std::max(0, pixels);
    update();
}

QRectF StatPanel::valueArea() const
{
    const QRectF area = QRectF(rect()).adjusted(6, 4, -6, -4);
    // With a sparkline the number keeps to the part above it.
    return m_spark.size() > 1 ? area.adjusted(0, 0, 0, -area.height() * 0.28) : area;
}

QFont StatPanel::valueFont() const
{
    const QRectF textArea = valueArea();
    const double maxWidth = textArea.width() * 0.92;
    QFont big = font();
    big.setBold(true);
    big.setPixelSize(std::max(10, int(textArea.height() * 0.55)));
    const double width = QFontMetricsF(big).horizontalAdvance(valueText());
    if (width > maxWidth && width > 0)
        big.setPixelSize(std::max(10, int(big.pixelSize() * maxWidth / width)));
    // A wall's floor wins over the fit: the reading must be read from the back of the room.
    if (big.pixelSize() < m_minValuePixels)
        big.setPixelSize(m_minValuePixels);
    return big;
}

} // namespace pivori

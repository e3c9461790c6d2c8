// SPDX-License-Identifier: GPL-3.0-or-later
#include "gaugepanel.h"

#include "thresholdcolors.h"
#include "unitformat.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

constexpr double kStartAngle = 210; // degrees, counter-clockwise from three o'clock
constexpr double kSweep = 240;

double niceCeiling(double value)
{
    if (!(value > 0))
        return 1;
    const double step = niceTickStep(value, 5);
    return std::ceil(value / step) * step;
}

void drawArc(QPainter &p, const QPointF &centre, double radius, double width, double from, double to,
    const QColor &color)
{
    if (to <= from)
        return;
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    const int start = int(std::lround((kStartAngle - kSweep * from) * 16));
    const int span = -int(std::lround(kSweep * (to - from) * 16));
    p.drawArc(box, start, span);
}

QFont fittedFont(QFont font, const QString &text, double pixelSize, double maxWidth)
{
    font.setPixelSize(std::max(8, int(pixelSize)));
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text);
    if (width > maxWidth && width > 0)
        font.setPixelSize(std::max(8, int(font.pixelSize() * maxWidth / width)));
    return font;
}

} // namespace

GaugePanel::GaugePanel(const Panel &panel, QWidget *parent)
    : PanelContent(panel, parent)
    , m_field(FieldResolver(panel).defaults())
    , m_shown(panel)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void GaugePanel::setPanelData(const PanelData &panelData)
{
    m_value = singleValue(panelData);
    // The reading is the first series': its overrides set the unit, limits and thresholds.
    const FieldResolver fields(panel());
    m_field = panelData.series.isEmpty()
        ? fields.defaults()
        : fields.field(panelData.series.first().name, panelData.series.first().queryIndex);
    m_shown = m_field.applied(panel());
    QStringList lines;
    for (const Threshold &t : m_shown.thresholds) {
        const QString severity = t.severity == Severity::Critical ? tr("critical")
            : t.severity == Severity::Warning                     ? tr("warning")
                                                                  : tr("ok");
        lines.prepend(tr("%1 from %2").arg(severity, formatValue(t.value, m_shown.unit)));
    }
    setToolTip(lines.join(QLatin1Char('\n')));
    update();
}

QString GaugePanel::valueText() const
{
    if (!m_value)
        return QString();
    if (std::isnan(*m_value))
        return tr("No traffic");
    return m_field.format(*m_value);
}

QColor GaugePanel::valueColor() const
{
    if (!m_value || std::isnan(*m_value))
        return ThresholdColors::noTrafficColor();
    if (!m_field.color.isEmpty())
        return QColor(m_field.color);
    return ThresholdColors::colorFor(m_shown.thresholds, *m_value, ThresholdColors::neutralColor());
}

double GaugePanel::scaleMin() const
{
    if (m_shown.min)
        return *m_shown.min;
    double lowest = 0;
    if (m_value && std::isfinite(*m_value))
        lowest = std::min(lowest, *m_value);
    return lowest;
}

double GaugePanel::scaleMax() const
{
    if (m_shown.max)
        return *m_shown.max;
    if (m_shown.unit == PanelUnit::Percent)
        return 100;
    double highest = 0;
    for (const Threshold &t : m_shown.thresholds)
        highest = std::max(highest, t.value * 1.25);
    if (m_value && std::isfinite(*m_value))
        highest = std::max(highest, *m_value * 1.1);
    return std::max(niceCeiling(highest - scaleMin()) + scaleMin(), scaleMin() + 1);
}

double GaugePanel::fraction(double v) const
{
    const double lo = scaleMin();
    const double hi = scaleMax();
    if (!(hi > lo) || std::isnan(v))
        return 0;
    return std::clamp((v - lo) / (hi - lo), 0.0, 1.0);
}

void GaugePanel::setMinimumPixels(int textPixels, int valuePixels)
{
    m_minTextPixels = std::max(0, textPixels);
    m_minValuePixels = std::max(0, valuePixels);
    update();
}

GaugePanel::Dial GaugePanel::dial() const
{
    Dial d;
    const QRectF area = QRectF(rect()).adjusted(6, 4, -6, -4);
    d.labels = font();
    const double labelPixels = std::clamp(area.height() * 0.07, 10.0, 18.0);
    d.labels.setPixelSize(std::max(int(labelPixels), m_minTextPixels));
    d.labelHeight = QFontMetricsF(d.labels).height();

    // The dial's height is 1.5 radii (the arc ends 30° below the centre) plus the end labels.
    d.radius = std::max(10.0, std::min(area.width() / 2, (area.height() - d.labelHeight) / 1.5));
    const double top = area.top() + (area.height() - (1.5 * d.radius + d.labelHeight)) / 2;
    d.centre = QPointF(area.center().x(), top + d.radius);
    d.bandWidth = std::max(3.0, d.radius * 0.07);
    d.gap = std::max(2.0, d.radius * 0.04);
    d.trackWidth = std::max(6.0, d.radius * 0.18);

    const double inner = d.radius - d.bandWidth - d.gap - d.trackWidth;
    const bool noTraffic = m_value && std::isnan(*m_value);
    d.value = font();
    d.value.setBold(true);
    d.value = fittedFont(d.value, valueText(), d.radius * (noTraffic ? 0.22 : 0.36), inner * 1.8);
    // A wall's floor wins over the fit: a reading that spills onto the track is still read,
    // one too small to read from the back of the room is not.
    if (d.value.pixelSize() < m_minValuePixels)
        d.value.setPixelSize(m_minValuePixels);
    return d;
}

QFont GaugePanel::valueFont() const
{
    return dial().value;
}

QFont GaugePanel::labelFont() const
{
    return dial().labels;
}

void GaugePanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    const Dial d = dial();
    const QPointF centre = d.centre;
    const double radius = d.radius;
    const double bandWidth = d.bandWidth;
    const double gap = d.gap;
    const double trackWidth = d.trackWidth;
    const double labelHeight = d.labelHeight;

    const QColor base = palette().color(QPalette::Base);
    QColor track = palette().color(QPalette::Text);
    track.setAlphaF(0.09);

    // The rim: every threshold's band over the part of the scale where it applies. Arcs, like
    // threshold lines, keep at least 3:1 contrast with the background (a yellow on white, a
    // configured dark shade on the wall's black), so they read from across a room.
    drawArc(p, centre, radius - bandWidth / 2, bandWidth, 0, 1, track);
    QList<Threshold> thresholds = m_shown.thresholds;
    std::sort(thresholds.begin(), thresholds.end(),
        [](const Threshold &a, const Threshold &b) { return a.value < b.value; });
    for (qsizetype i = 0; i < thresholds.size(); ++i) {
        const double from = fraction(thresholds[i].value);
        const double to = i + 1 < thresholds.size() ? fraction(thresholds[i + 1].value) : 1.0;
        drawArc(p, centre, radius - bandWidth / 2, bandWidth, from, to,
            ThresholdColors::readableOn(ThresholdColors::color(thresholds[i]), base));
    }

    const double trackRadius = radius - bandWidth - gap - trackWidth / 2;
    drawArc(p, centre, trackRadius, trackWidth, 0, 1, track);
    if (m_value && !std::isnan(*m_value))
        drawArc(p, centre, trackRadius, trackWidth, 0, std::max(fraction(*m_value), 0.004),
            ThresholdColors::readableOn(valueColor(), base));

    const double inner = trackRadius - trackWidth / 2;
    const QString text = valueText();
    p.setFont(d.value);
    p.setPen(ThresholdColors::readableOn(valueColor(), base, 3.0));
    const QRectF textBox(centre.x() - inner, centre.y() - inner * 0.55, 2 * inner, inner * 1.1);
    // A reading wider than the ring (a wall's floor on a small dial) is centred and spills
    // over the track rather than being cut to its middle digits.
    p.drawText(textBox, Qt::AlignCenter | Qt::TextDontClip, text);

    p.setFont(d.labels);
    QColor muted = palette().color(QPalette::Text);
    muted.setAlphaF(0.6);
    p.setPen(muted);
    const double endX = radius * 0.866 - bandWidth - gap - trackWidth / 2;
    const double labelTop = centre.y() + radius * 0.5;
    const double labelWidth = radius;
    p.drawText(QRectF(centre.x() - endX - labelWidth / 2, labelTop, labelWidth, labelHeight), Qt::AlignCenter,
        formatValue(scaleMin(), m_shown.unit));
    p.drawText(QRectF(centre.x() + endX - labelWidth / 2, labelTop, labelWidth, labelHeight), Qt::AlignCenter,
        formatValue(scaleMax(), m_shown.unit));
}

} // namespace pivori

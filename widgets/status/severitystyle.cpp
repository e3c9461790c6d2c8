// SPDX-License-Identifier: GPL-3.0-or-later
#include "severitystyle.h"

#include "thresholdcolors.h"

#include <QPainter>

namespace pivori {

QColor SeverityStyle::color(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return ThresholdColors::severityColor(Severity::Critical);
    if (severity == QLatin1String("warning"))
        return ThresholdColors::severityColor(Severity::Warning);
    if (severity == QLatin1String("info"))
        return ThresholdColors::neutralColor();
    return ThresholdColors::noTrafficColor();
}

QColor SeverityStyle::stateColor(InboxAlert::State state, bool pending, const QColor &background)
{
    QColor base;
    if (pending) {
        base = QColor(0x8e, 0x44, 0xad); // violet: in flight, neither firing nor owned yet
    } else {
        switch (state) {
        case InboxAlert::State::Firing:
            base = ThresholdColors::severityColor(Severity::Critical);
            break;
        case InboxAlert::State::Acknowledged:
            base = QColor(0x16, 0x7f, 0x9e); // teal: owned by someone, unlike a plain silence
            break;
        case InboxAlert::State::Silenced:
        case InboxAlert::State::Inhibited:
            base = ThresholdColors::noTrafficColor();
            break;
        }
    }
    return ThresholdColors::readableOn(base, background, 4.5);
}

void SeverityStyle::paintDot(QPainter *painter, const QRectF &rect, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color.darker(135), 1));
    painter->setBrush(color);
    painter->drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

QPixmap SeverityStyle::dotPixmap(const QColor &color, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintDot(&painter, QRectF(0, 0, size, size), color);
    return pixmap;
}

QString SeverityStyle::severityText(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return tr("critical");
    if (severity == QLatin1String("warning"))
        return tr("warning");
    if (severity == QLatin1String("info"))
        return tr("info");
    return severity.isEmpty() ? tr("(no severity)") : severity;
}

} // namespace pivori

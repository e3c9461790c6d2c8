// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendentry.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace pivori {

SeriesStats SeriesStats::of(const QList<Sample> &points)
{
    SeriesStats stats;
    double sum = 0;
    qsizetype count = 0;
    for (const Sample &s : points) {
        if (!std::isfinite(s.v))
            continue;
        if (count == 0) {
            stats.min = s.v;
            stats.max = s.v;
        } else {
            stats.min = std::min(stats.min, s.v);
            stats.max = std::max(stats.max, s.v);
        }
        sum += s.v;
        ++count;
        stats.last = s.v;
    }
    if (count > 0)
        stats.mean = sum / double(count);
    return stats;
}

QIcon legendSwatch(const QColor &color, Qt::PenStyle dash, bool visible, qreal devicePixelRatio)
{
    // Long enough to show a dash-dot's whole pattern: the dash is what tells two series of
    // the same colour apart.
    const QSize size(22, 10);
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    if (dash == Qt::SolidLine) {
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF bar(1, 3, 20, 4);
        if (visible) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
        } else {
            p.setPen(QPen(color, 1));
            p.setBrush(Qt::NoBrush);
        }
        p.drawRoundedRect(bar, 1.5, 1.5);
    } else {
        QPen pen(color, visible ? 2.5 : 1.0, dash, Qt::FlatCap);
        p.setPen(pen);
        p.drawLine(QPointF(1, 5), QPointF(21, 5));
    }
    return QIcon(pixmap);
}

} // namespace pivori

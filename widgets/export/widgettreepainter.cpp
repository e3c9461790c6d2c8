// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgettreepainter.h"

#include <qcustomplot.h>

#include <QWidget>

namespace pivori {

namespace {

void paintWidget(QCPPainter *painter, QWidget *widget, const QPoint &offset, QWidget *root, bool vector)
{
    if (auto *plot = qobject_cast<QCustomPlot *>(widget)) {
        painter->save();
        painter->translate(offset);
        painter->setClipRect(QRect(QPoint(0, 0), plot->size()), Qt::IntersectClip);
        painter->setMode(QCPPainter::pmVectorized, vector);
        // toPainter() lays the plot out for the size given and restores its viewport after.
        plot->toPainter(painter, plot->width(), plot->height());
        painter->restore();
        return;
    }
    // Without DrawChildren: children are painted below, so plots among them take the path above.
    // Without DrawWindowBackground: only widgets that fill their background (autoFillBackground)
    // do so, as on screen.
    widget->render(painter, offset, QRegion(), QWidget::RenderFlags());
    const QObjectList children = widget->children();
    for (QObject *object : children) {
        auto *child = qobject_cast<QWidget *>(object);
        if (!child || child->isWindow() || !child->isVisibleTo(root))
            continue;
        paintWidget(painter, child, offset + child->pos(), root, vector);
    }
}

} // namespace

void paintWidgetTree(QCPPainter *painter, QWidget *root, bool vector)
{
    paintWidget(painter, root, QPoint(0, 0), root, vector);
}

} // namespace pivori

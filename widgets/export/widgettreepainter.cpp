// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgettreepainter.h"

#include "picturesession.h"

#include <qcustomplot.h>

#include <QGraphicsView>
#include <QWidget>

namespace pivori {

namespace {

// Why plots and graphics views are painted on our painter, and why that painter holds no clip
// while QWidget::render() paints into it: render() hands our painter to the widget's own
// QPainter with a redirection (the widget's offset and our transform). On an engine that is
// not a QPaintEngineEx — the PDF and SVG engines — Qt 6.4 gets clips wrong under a redirection:
// a clip already set on the painter is re-sent under the widget's transform when the widget's
// painter takes over (so it lands shifted by the widget's offset), and QPainter::restore()
// replays clips set inside the widget's painting with the redirection applied twice. In a PDF
// that hid every frame and title from the second row of panels on, left a white box over a
// panel, cut the stacked bars flat and dropped legend entries; on raster (PNG) none of this
// shows. So: no clip around render(), and what sets nested clips (QCustomPlot, Qt Charts'
// QGraphicsView) paints on our painter directly, where save/restore are exact.
struct TreePainter
{
    QCPPainter *painter;
    QWidget *root;
    bool vector;
    const PictureSession *session;
    QList<const QWidget *> painted;

    void paint(QWidget *widget, const QPoint &offset);
    void paintOwn(QWidget *widget, const QPoint &offset);
};

void TreePainter::paint(QWidget *widget, const QPoint &offset)
{
    if (session && session->omits(widget))
        return;
    painted.append(widget);
    paintOwn(widget, offset);
    const QObjectList children = widget->children();
    if (!qobject_cast<QCustomPlot *>(widget) && !qobject_cast<QGraphicsView *>(widget)) {
        for (QObject *object : children) {
            auto *child = qobject_cast<QWidget *>(object);
            if (!child || child->isWindow() || !child->isVisibleTo(root))
                continue;
            const int shift = session && widget == root ? session->shiftOf(child) : 0;
            paint(child, offset + child->pos() + QPoint(0, shift));
        }
    }
    if (const PictureSession::Legend *legend = session ? session->legendOf(widget) : nullptr)
        legend->layout.paint(painter, offset + legend->topLeft, widget->palette().color(QPalette::Text));
}

void TreePainter::paintOwn(QWidget *widget, const QPoint &offset)
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
    if (auto *view = qobject_cast<QGraphicsView *>(widget)) {
        // The scene as the viewport shows it (background, items), on our painter.
        painter->save();
        view->render(painter, QRectF(offset, view->viewport()->size()), view->viewport()->rect());
        painter->restore();
        return;
    }
    // Without DrawChildren: children are painted by paint(), so plots among them take the
    // paths above and controls can be left out. Without DrawWindowBackground: only widgets that
    // fill their background (autoFillBackground) do so, as on screen.
    widget->render(painter, offset, QRegion(), QWidget::RenderFlags());
}

} // namespace

QList<const QWidget *> paintWidgetTree(
    QCPPainter *painter, QWidget *root, bool vector, const PictureSession *session)
{
    TreePainter tree { painter, root, vector, session, {} };
    tree.paint(root, QPoint(0, 0));
    return tree.painted;
}

} // namespace pivori

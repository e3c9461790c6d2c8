// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QCPPainter;
class QWidget;

namespace pivori {

class PictureSession;

/// Paints @p root and every child visible under it into @p painter, at the painter's origin.
///
/// Unlike QWidget::render() alone, plots draw themselves afresh instead of blitting the
/// pixmaps they cache for the screen: QCustomPlot through toPainter(), so an SVG or PDF gets
/// real vector paths and a 2x PNG gets sharp lines. Qt Charts (a QGraphicsView) and our own
/// QPainter panels already paint through whatever painter they are given. With @p vector the
/// painter is told it draws to a vector device (QCustomPlot then keeps exact pen widths and
/// DenseGraph strokes lines rather than pixel spans).
///
/// @p painter is a QCPPainter because QCustomPlot::toPainter() needs one; it is a QPainter
/// for everything else. It must hold no clip: see widgettreepainter.cpp for the PDF engine's
/// clipping under QWidget::render().
///
/// With a @p session (the tree laid out for the picture), the session's controls and screen
/// legends are left out, the root's children are moved down as it says, and its legends are
/// painted over their widgets. Returns the widgets painted, parents first.
QList<const QWidget *> paintWidgetTree(
    QCPPainter *painter, QWidget *root, bool vector, const PictureSession *session = nullptr);

} // namespace pivori

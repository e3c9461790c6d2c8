// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picturelegend.h"

#include <QHash>
#include <QList>
#include <QMargins>
#include <QPointer>
#include <QSize>

class QWidget;

namespace pivori {

/// A widget tree laid out for a picture, from construction to destruction, when it is put back
/// exactly as it was. Never keep one across event loop turns: the widgets are on screen.
///
/// Every widget with series (a PictureLegendSource) gets a legend that names all of them,
/// below its plot: the room its screen legend had is reused, the plot keeps its size, and what
/// more the legend needs is added to the widget (the root's child holding it grows, and the
/// root's children below it move down, a row of the dashboard at a time). The screen legends
/// and the controls (isOmittedFromPictures) are not painted.
class PictureSession final
{
public:
    struct Legend
    {
        QPointer<QWidget> host;
        QPoint topLeft; ///< in host coordinates
        PictureLegendLayout layout;
    };

    /// @p contentSize: the picture's area for @p root before legends grow it, at least the
    /// root's height (nothing is cut); empty = root's size.
    PictureSession(QWidget *root, QSize contentSize = QSize());
    ~PictureSession();
    PictureSession(const PictureSession &) = delete;
    PictureSession &operator=(const PictureSession &) = delete;

    QWidget *root() const { return m_root; }
    /// The content area with the legends' growth.
    QSize contentSize() const { return m_contentSize; }
    /// Where @p widget (under the root) is in the content area.
    QPoint position(const QWidget *widget) const;
    /// How far a child of the root moves down to make room for legends above it.
    int shiftOf(const QWidget *rootChild) const { return m_shifts.value(rootChild); }
    /// Whether the painter leaves @p widget, and all it holds, out of the picture.
    bool omits(const QWidget *widget) const;
    /// The picture's legend drawn over @p host, or null.
    const Legend *legendOf(const QWidget *host) const;
    const QList<Legend> &legends() const { return m_legends; }

private:
    struct Change
    {
        QPointer<QWidget> widget;
        QSize size;
        QMargins margins;
        bool marginsChanged = false;
        QPointer<PictureLegendSource> plotLegend; ///< a plot legend to show again
    };

    QWidget *blockOf(QWidget *widget) const;
    void relayout(const QList<QWidget *> &widgets);

    QWidget *m_root;
    QSize m_contentSize;
    QList<Legend> m_legends;
    QList<QPointer<QWidget>> m_screenLegends;
    /// A screen legend keeps its height while its panel grows for the picture: a legend that
    /// fills what room it is given (the table mode) would otherwise take it from the plot.
    struct FrozenHeight
    {
        QPointer<QWidget> widget;
        int minimum;
        int maximum;
    };
    QList<FrozenHeight> m_frozenHeights;
    QHash<const QWidget *, int> m_shifts;
    QList<Change> m_changes;
};

} // namespace pivori

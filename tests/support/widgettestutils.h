// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the widget tests share: doing what a person does with a control. Header only, for
// tests that link a widget library.
#include <QAbstractItemView>
#include <QComboBox>
#include <QImage>
#include <QTest>

namespace pivori::testutils {

/// Picks the item at @p index of @p combo the way a person does: opens the list, moves to
/// the item and presses Enter. Unlike setCurrentIndex(), this emits activated(), which is
/// what a user's choice means to the widgets. False when the list did not open or close.
inline bool chooseItem(QComboBox *combo, int index)
{
    combo->showPopup();
    QAbstractItemView *list = combo->view();
    if (!QTest::qWaitForWindowExposed(list->window()))
        return false;
    list->setCurrentIndex(combo->model()->index(index, combo->modelColumn(), combo->rootModelIndex()));
    QTest::keyClick(list, Qt::Key_Return);
    return QTest::qWaitFor([list] { return !list->window()->isVisible(); });
}

/// How many pixels of @p image are exactly @p color (alpha ignored).
inline int countColor(const QImage &image, const QColor &color)
{
    int n = 0;
    const QRgb wanted = color.rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (wanted & 0xffffff))
                ++n;
        }
    }
    return n;
}

} // namespace pivori::testutils

// SPDX-License-Identifier: GPL-3.0-or-later
#include "nocstyle.h"

#include <algorithm>
#include <cmath>

namespace pivori::nocstyle {

QPalette palette()
{
    QPalette p;
    const QColor window(0x0b, 0x0d, 0x10);
    const QColor base(0x12, 0x15, 0x1a);
    const QColor text(0xf4, 0xf6, 0xf8);
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, base.lighter(130));
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Button, base.lighter(150));
        p.setColor(group, QPalette::PlaceholderText, QColor(0xb0, 0xb6, 0xc0));
        p.setColor(group, QPalette::Highlight, QColor(0x4d, 0x9f, 0xff));
        p.setColor(group, QPalette::HighlightedText, Qt::black);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
    }
    return p;
}

int minimumTextPixels(int screenHeight)
{
    return int(std::ceil(std::max(1, screenHeight) * kMinimumTextShare));
}

int minimumValuePixels(int screenHeight)
{
    return int(std::ceil(std::max(1, screenHeight) * kMinimumValueShare));
}

QFont font(const QFont &base, int screenHeight, qreal logicalDpi)
{
    // In points, not pixels: the panels derive their fonts by scaling the point size. Rounded
    // up, so that the smallest derived size still rounds to the floor or above.
    QFont f = base;
    const double pixels = std::ceil(minimumTextPixels(screenHeight) / kSmallestPanelTextFactor);
    f.setPointSizeF(pixels * 72.0 / (logicalDpi > 0 ? logicalDpi : 96.0));
    return f;
}

} // namespace pivori::nocstyle

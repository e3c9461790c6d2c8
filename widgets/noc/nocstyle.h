// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPalette>

class QScreen;

namespace pivori {

/// How the NOC wall looks: dark, high contrast, and type sized for reading across a room.
namespace nocstyle {

/// Near-black surfaces, white text: threshold colours stand out at their brightest on it.
QPalette palette();
/// The base font for a wall of @p screenHeight pixels: 1/60 of the height (18 px on a 1080p
/// wall, 36 px on 4K), never below 14 px; @p logicalDpi converts it to points. Titles and the
/// alert band go larger still.
QFont font(const QFont &base, int screenHeight, qreal logicalDpi);

} // namespace nocstyle

} // namespace pivori

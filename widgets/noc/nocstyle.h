// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPalette>

class QScreen;

namespace pivori {

/// How the NOC wall looks: dark, high contrast, and type sized for reading across a room.
namespace nocstyle {

/// The wall's type rule, as fractions of the screen's height so it holds on any wall
/// (docs/noc.md, "Type sizes", says why these numbers):
/// no text at all is smaller than kMinimumTextShare (24 px on a 1080p wall, 48 px on 4K)...
constexpr double kMinimumTextShare = 0.022;
/// ...and the readings the room watches (gauge and stat values) not smaller than this (54 px on 1080p).
constexpr double kMinimumValueShare = 0.05;
/// The smallest factor a panel applies to the font it is given (a time series' threshold
/// captions are 0.85 of it): the wall's base font is the minimum divided by it, so that
/// the smallest text a panel derives still meets the minimum.
constexpr double kSmallestPanelTextFactor = 0.85;

/// The smallest pixel size any text may have on a wall of @p screenHeight pixels.
int minimumTextPixels(int screenHeight);
/// The smallest pixel size of a gauge's or stat's reading on such a wall.
int minimumValuePixels(int screenHeight);

/// Near-black surfaces, white text: threshold colours stand out at their brightest on it.
QPalette palette();
/// The base font for a wall of @p screenHeight pixels: minimumTextPixels() divided by
/// kSmallestPanelTextFactor (29 px on a 1080p wall, 57 px on 4K); @p logicalDpi converts it
/// to points (the panels derive their fonts by scaling the point size). The header and the
/// alert band go larger still.
QFont font(const QFont &base, int screenHeight, qreal logicalDpi);

} // namespace nocstyle

} // namespace pivori

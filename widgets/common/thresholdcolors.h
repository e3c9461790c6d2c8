// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QColor>
#include <QList>

namespace pivori {

/// The colours of readings: a threshold's own colour, its severity's colour, and text
/// variants that stay legible on the panel's background.
class ThresholdColors final
{
public:
    /// The colour of a severity where a threshold names none (green, yellow, red).
    static QColor severityColor(Severity severity);
    /// A reading with no threshold to judge it (no thresholds, or below the lowest one).
    static QColor neutralColor();
    /// "No traffic" (NaN) and hidden things.
    static QColor noTrafficColor();

    /// The highest threshold at or below `value`; nullptr for NaN or a value below them all.
    /// Does not rely on the list being sorted.
    static const Threshold *thresholdFor(const QList<Threshold> &thresholds, double value);
    /// A threshold's configured colour, or its severity's colour when the name is unknown.
    static QColor color(const Threshold &threshold);
    /// The colour of a reading: its threshold's colour, else `fallback`.
    static QColor colorFor(const QList<Threshold> &thresholds, double value, const QColor &fallback);

    /// `color` darkened (on a light background) or lightened (on a dark one) until text in it
    /// has a contrast ratio of at least `minimumRatio` against `background`.
    static QColor readableOn(const QColor &color, const QColor &background, double minimumRatio = 3.0);
    /// WCAG contrast ratio of two colours, 1 (same) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);
};

} // namespace pivori

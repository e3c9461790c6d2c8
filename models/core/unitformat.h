// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelunit.h"

#include <QLocale>
#include <QString>

namespace pivori {

/// How every tick of one axis is written. All ticks share one scale, so an axis reads
/// "0 ms, 250 ms, 500 ms" or "0 GB, 0.5 GB, 1 GB", never a mix of scales.
struct AxisScale final
{
    double divisor = 1; ///< a tick prints as value / divisor
    QString suffix; ///< appended as is, e.g. " ms", " GB", "k"
    QString zeroSuffix; ///< for the zero tick: "0 req/s" reads better than "0k req/s"
    int decimals = 0; ///< just enough to tell neighbouring ticks apart
};

/// A reading as a person writes it, scaled to its size, three significant digits:
/// seconds "850 ms" / "1.2 s" / "3.5 h", milliseconds likewise (converted to seconds first),
/// bytes "1.8 GB" (decimal prefixes, as the guide's thresholds are), percent "99.95 %"
/// (never rounded up to 100 % when below it), req/s "12.3 req/s", count and none "1.2k".
/// NaN is "NaN" and infinities "+Inf"/"-Inf": callers word "no traffic" themselves.
QString formatValue(double value, PanelUnit unit, const QLocale &locale = QLocale());

/// The same with exactly @p decimals decimals (a panel's `decimals:`) in the scale the
/// reading's size picks: 1234567 bytes with 2 is "1.23 MB", 0.5 with 0 "1" (zeros kept: a
/// column of readings lines up). @p decimals below 0 is formatValue()'s automatic precision.
QString formatValue(double value, PanelUnit unit, int decimals, const QLocale &locale = QLocale());

/// A step of 1, 2, 2.5 or 5 × 10^n that cuts `range` into about `targetTicks` intervals
/// (never more than a third more).
/// Returns 0 for an empty, negative or non-finite range.
double niceTickStep(double range, int targetTicks);

/// A tick step for an axis from `lower` to `upper` that is round in the unit the axis
/// will be labelled in (so a seconds axis spanning hours steps by 0.5 h, not by 2000 s).
double axisTickStep(PanelUnit unit, double lower, double upper, int targetTicks);

/// The scale for an axis spanning up to `maxAbs` (in the panel's unit) with ticks `step` apart.
AxisScale axisScale(PanelUnit unit, double maxAbs, double step);

/// One tick label, e.g. "0.5 GB" for 5e8 with the GB scale.
QString formatTick(double value, const AxisScale &scale, const QLocale &locale = QLocale());

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitformat.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

struct Scale
{
    double divisor = 1; ///< in the panel's own unit
    QString suffix;
};

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class UnitFormat final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::UnitFormat)
};

// Divisors are expressed in the unit the values arrive in, so a Milliseconds panel can share
// the seconds table once it is multiplied by 1000.
QList<Scale> timeScales(double perSecond)
{
    const auto spaced = [](const QString &name) -> QString { return QLatin1Char(' ') + name; };
    return {
        { 1e-6 * perSecond, spaced(UnitFormat::tr("µs")) },
        { 1e-3 * perSecond, spaced(UnitFormat::tr("ms")) },
        { 1 * perSecond, spaced(UnitFormat::tr("s")) },
        { 60 * perSecond, spaced(UnitFormat::tr("min")) },
        { 3600 * perSecond, spaced(UnitFormat::tr("h")) },
        { 86400 * perSecond, spaced(UnitFormat::tr("d")) },
    };
}

// Counts use SI-style prefixes without a space ("1.2k"), as dashboards conventionally do.
QList<Scale> metricScales(const QString &unit)
{
    const QString tail = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
    return {
        { 1, unit.isEmpty() ? QString() : tail },
        { 1e3, UnitFormat::tr("k") + tail },
        { 1e6, UnitFormat::tr("M") + tail },
        { 1e9, UnitFormat::tr("G") + tail },
        { 1e12, UnitFormat::tr("T") + tail },
    };
}

QList<Scale> byteScales()
{
    const auto spaced = [](const QString &name) -> QString { return QLatin1Char(' ') + name; };
    return {
        { 1, spaced(UnitFormat::tr("B")) },
        { 1e3, spaced(UnitFormat::tr("kB")) },
        { 1e6, spaced(UnitFormat::tr("MB")) },
        { 1e9, spaced(UnitFormat::tr("GB")) },
        { 1e12, spaced(UnitFormat::tr("TB")) },
        { 1e15, spaced(UnitFormat::tr("PB")) },
    };
}

// Network traffic, decimal prefixes as network gear counts them.
QList<Scale> rateScales(bool bits)
{
    const auto spaced = [](const QString &name) -> QString { return QLatin1Char(' ') + name; };
    if (bits) {
        return {
            { 1, spaced(UnitFormat::tr("b/s")) },
            { 1e3, spaced(UnitFormat::tr("kb/s")) },
            { 1e6, spaced(UnitFormat::tr("Mb/s")) },
            { 1e9, spaced(UnitFormat::tr("Gb/s")) },
            { 1e12, spaced(UnitFormat::tr("Tb/s")) },
        };
    }
    return {
        { 1, spaced(UnitFormat::tr("B/s")) },
        { 1e3, spaced(UnitFormat::tr("kB/s")) },
        { 1e6, spaced(UnitFormat::tr("MB/s")) },
        { 1e9, spaced(UnitFormat::tr("GB/s")) },
        { 1e12, spaced(UnitFormat::tr("TB/s")) },
    };
}

/// The scales of a unit, ascending, and the index of the one zero is written in.
QList<Scale> scalesFor(PanelUnit unit, int *baseIndex)
{
    switch (unit) {
    case PanelUnit::Seconds:
        *baseIndex = 2;
        return timeScales(1);
    case PanelUnit::Milliseconds:
        *baseIndex = 1;
        return timeScales(1000);
    case PanelUnit::Bytes:
        *baseIndex = 0;
        return byteScales();
    case PanelUnit::BytesPerSecond:
    case PanelUnit::BitsPerSecond:
        *baseIndex = 0;
        return rateScales(unit == PanelUnit::BitsPerSecond);
    case PanelUnit::Percent:
        *baseIndex = 0;
        return { { 1, QLatin1Char(' ') + UnitFormat::tr("%") } };
    case PanelUnit::RequestsPerSecond:
        *baseIndex = 0;
        return metricScales(UnitFormat::tr("req/s"));
    case PanelUnit::Count:
    case PanelUnit::None:
        break;
    }
    *baseIndex = 0;
    return metricScales(QString());
}

double roundSignificant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double magnitude = std::pow(10.0, digits - 1 - std::floor(std::log10(std::fabs(value))));
    return std::round(value * magnitude) / magnitude;
}

int significantDecimals(double magnitude, int digits)
{
    if (magnitude == 0)
        return 0;
    const int integerDigits = int(std::floor(std::log10(magnitude))) + 1;
    return std::clamp(digits - integerDigits, 0, 9);
}

const Scale &pickScale(const QList<Scale> &scales, int baseIndex, double magnitude)
{
    if (magnitude == 0)
        return scales[baseIndex];
    const Scale *picked = &scales.first();
    for (const Scale &scale : scales) {
        if (magnitude >= scale.divisor)
            picked = &scale;
    }
    return *picked;
}

QString trimZeros(QString text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    const QString zero = locale.zeroDigit();
    while (text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

QString fixed(double value, int decimals, const QLocale &locale)
{
    return trimZeros(locale.toString(value, 'f', decimals), locale);
}

QString formatPercent(double magnitude, const QLocale &locale)
{
    int decimals = magnitude >= 1 ? 2 : significantDecimals(magnitude, 3);
    // 99.996 % of uptime is not 100 %: keep adding digits until the rounding stops lying.
    while (magnitude < 100 && decimals < 6
        && locale.toString(magnitude, 'f', decimals) == locale.toString(100.0, 'f', decimals))
        ++decimals;
    return fixed(magnitude, decimals, locale) + QLatin1Char(' ') + UnitFormat::tr("%");
}

int decimalsForStep(double step)
{
    for (int decimals = 0; decimals < 9; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return decimals;
    }
    return 9;
}

} // namespace

QString formatValue(double value, PanelUnit unit, const QLocale &locale)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");

    const QString sign = value < 0 ? QString(locale.negativeSign()) : QString();
    if (unit == PanelUnit::Percent) {
        const QString text = formatPercent(std::fabs(value), locale);
        return text.startsWith(locale.zeroDigit() + QLatin1Char(' ')) ? text : sign + text;
    }

    int baseIndex = 0;
    const QList<Scale> scales = scalesFor(unit, &baseIndex);
    // Round before choosing the scale, so 0.9996 s becomes "1 s" rather than "1000 ms".
    const double magnitude = roundSignificant(std::fabs(value), 3);
    const Scale &scale = pickScale(scales, baseIndex, magnitude);
    const double scaled = magnitude / scale.divisor;
    const QString number = fixed(scaled, significantDecimals(scaled, 3), locale);
    return (magnitude == 0 ? QString() : sign) + number + scale.suffix;
}

QString formatValue(double value, PanelUnit unit, int decimals, const QLocale &locale)
{
    if (decimals < 0 || !std::isfinite(value))
        return formatValue(value, unit, locale);
    decimals = std::min(decimals, 10);
    const double magnitude = std::fabs(value);
    const auto rounded = [decimals](double scaled) {
        const double factor = std::pow(10.0, decimals);
        return std::round(scaled * factor) / factor;
    };
    QString suffix;
    double scaled = magnitude;
    if (unit == PanelUnit::Percent) {
        suffix = QLatin1Char(' ') + UnitFormat::tr("%");
    } else {
        int baseIndex = 0;
        const QList<Scale> scales = scalesFor(unit, &baseIndex);
        const Scale *scale = &pickScale(scales, baseIndex, magnitude);
        // 999.999 ms with 0 decimals rounds to the next scale up: "1 s", not "1000 ms".
        const Scale *up = &pickScale(scales, baseIndex, rounded(magnitude / scale->divisor) * scale->divisor);
        if (up != scale)
            scale = up;
        scaled = magnitude / scale->divisor;
        suffix = scale->suffix;
    }
    // "-0.00" would say a negative reading was there; zero has no sign.
    const QString sign = value < 0 && rounded(scaled) != 0 ? QString(locale.negativeSign()) : QString();
    return sign + locale.toString(scaled, 'f', decimals) + suffix;
}

double niceTickStep(double range, int targetTicks)
{
    if (!(range > 0) || !std::isfinite(range) || targetTicks < 1)
        return 0;
    const double raw = range / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalised = raw / magnitude;
    // Rounding to the nearest nice step can double the tick count (1.4 -> 1); always rounding
    // up can halve it (2.6 -> 5). Allowing a third more ticks than asked keeps axes even.
    double nice = 10;
    for (const double candidate : { 1.0, 2.0, 2.5, 5.0 }) {
        if (candidate * 1.35 >= normalised * (1 - 1e-9)) {
            nice = candidate;
            break;
        }
    }
    return nice * magnitude;
}

double axisTickStep(PanelUnit unit, double lower, double upper, int targetTicks)
{
    const double range = upper - lower;
    if (unit == PanelUnit::Percent)
        return niceTickStep(range, targetTicks);
    int baseIndex = 0;
    const QList<Scale> scales = scalesFor(unit, &baseIndex);
    const double maxAbs = roundSignificant(std::max(std::fabs(lower), std::fabs(upper)), 3);
    const Scale &scale = pickScale(scales, baseIndex, maxAbs);
    return niceTickStep(range / scale.divisor, targetTicks) * scale.divisor;
}

AxisScale axisScale(PanelUnit unit, double maxAbs, double step)
{
    int baseIndex = 0;
    const QList<Scale> scales = scalesFor(unit, &baseIndex);
    const Scale &scale = pickScale(scales, baseIndex, roundSignificant(std::fabs(maxAbs), 3));
    AxisScale axis;
    axis.divisor = scale.divisor;
    axis.suffix = scale.suffix;
    const bool metricPrefix
        = unit == PanelUnit::Count || unit == PanelUnit::None || unit == PanelUnit::RequestsPerSecond;
    axis.zeroSuffix = metricPrefix ? scales[baseIndex].suffix : scale.suffix;
    axis.decimals = step > 0 && std::isfinite(step) ? decimalsForStep(step / scale.divisor) : 0;
    return axis;
}

QString formatTick(double value, const AxisScale &scale, const QLocale &locale)
{
    double scaled = value / scale.divisor;
    // Tick positions carry floating-point dust (0.30000000000000004); "-0" would look like a bug.
    if (std::fabs(scaled) < 0.5 * std::pow(10.0, -scale.decimals - 3))
        return locale.toString(0) + scale.zeroSuffix;
    return fixed(scaled, scale.decimals, locale) + scale.suffix;
}

} // namespace pivori

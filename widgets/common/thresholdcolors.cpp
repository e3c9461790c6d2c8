// SPDX-License-Identifier: GPL-3.0-or-later
#include "thresholdcolors.h"

#include <cmath>

namespace pivori {

namespace {

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

QColor ThresholdColors::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QColor(ConsoleConfig::colorHex(QStringLiteral("green")));
    case Severity::Warning:
        return QColor(ConsoleConfig::colorHex(QStringLiteral("yellow")));
    case Severity::Critical:
        return QColor(ConsoleConfig::colorHex(QStringLiteral("red")));
    }
    return neutralColor();
}

QColor ThresholdColors::neutralColor()
{
    return QColor(ConsoleConfig::colorHex(QStringLiteral("blue")));
}

QColor ThresholdColors::noTrafficColor()
{
    return QColor(ConsoleConfig::colorHex(QStringLiteral("grey")));
}

const Threshold *ThresholdColors::thresholdFor(const QList<Threshold> &thresholds, double value)
{
    if (std::isnan(value))
        return nullptr;
    const Threshold *best = nullptr;
    for (const Threshold &t : thresholds) {
        if (t.value <= value && (!best || t.value >= best->value))
            best = &t;
    }
    return best;
}

QColor ThresholdColors::color(const Threshold &threshold)
{
    const QColor configured(ConsoleConfig::colorHex(threshold.color));
    return configured.isValid() ? configured : severityColor(threshold.severity);
}

QColor ThresholdColors::colorFor(const QList<Threshold> &thresholds, double value, const QColor &fallback)
{
    const Threshold *t = thresholdFor(thresholds, value);
    return t ? color(*t) : fallback;
}

QColor ThresholdColors::readableOn(const QColor &color, const QColor &background, double minimumRatio)
{
    const bool darkBackground = luminance(background) < 0.5;
    QColor adjusted = color;
    // A few small steps are enough for the palette's yellows; the cap keeps odd input finite.
    for (int i = 0; i < 20 && contrastRatio(adjusted, background) < minimumRatio; ++i)
        adjusted = darkBackground ? adjusted.lighter(112) : adjusted.darker(112);
    return adjusted;
}

double ThresholdColors::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleconfig.h"

namespace pivori {

namespace {

struct NamedColor
{
    QLatin1String name;
    QLatin1String hex;
};

// Muted, colour-blind-tolerable shades that read on both light and dark backgrounds.
constexpr NamedColor kNamedColors[] = {
    { QLatin1String("green"), QLatin1String("#2e9e4f") },
    { QLatin1String("yellow"), QLatin1String("#e0b400") },
    { QLatin1String("orange"), QLatin1String("#e8751a") },
    { QLatin1String("red"), QLatin1String("#d62f2f") },
    { QLatin1String("blue"), QLatin1String("#2f6fd6") },
    { QLatin1String("grey"), QLatin1String("#8a8f98") },
};

} // namespace

const Panel *Dashboard::panel(const QString &panelId) const
{
    for (const Panel &p : panels) {
        if (p.id == panelId)
            return &p;
    }
    return nullptr;
}

const Dashboard *ConsoleConfig::dashboard(const QString &id) const
{
    for (const Dashboard &d : dashboards) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const Runbook *ConsoleConfig::runbook(const QString &alertname) const
{
    for (const Runbook &r : runbooks) {
        if (r.alertname == alertname)
            return &r;
    }
    return nullptr;
}

QStringList ConsoleConfig::colorNames()
{
    QStringList names;
    for (const NamedColor &c : kNamedColors)
        names.append(c.name);
    return names;
}

QString ConsoleConfig::colorHex(const QString &color)
{
    if (color.startsWith(QLatin1Char('#')))
        return color;
    for (const NamedColor &c : kNamedColors) {
        if (color == c.name)
            return c.hex;
    }
    return {};
}

} // namespace pivori

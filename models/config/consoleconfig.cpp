// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleconfig.h"

#include <QRegularExpression>

#include <algorithm>

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

QString HealthCheck::effectiveCategory() const
{
    return category.isEmpty() ? defaultCategory(type) : category;
}

// Categories are names, like the check names written in the file: `--category` matches them
// and the history keys on them, so they are not translated.
QString HealthCheck::defaultCategory(Type type)
{
    switch (type) {
    case Type::PrometheusHealth:
    case Type::PrometheusConfig:
    case Type::PrometheusRules:
    case Type::PrometheusAlertmanagers:
    case Type::PrometheusTsdb:
    case Type::Targets:
        return QStringLiteral("Prometheus");
    case Type::AlertmanagerCluster:
    case Type::AlertmanagerReplicas:
    case Type::AlertmanagerConfigHash:
        return QStringLiteral("Alertmanager");
    case Type::Watchdog:
        return QStringLiteral("End to end");
    case Type::Http:
    case Type::Tcp:
        return QStringLiteral("Connectivity");
    case Type::TlsExpiry:
        return QStringLiteral("Security");
    case Type::PrometheusQuery:
        break;
    }
    return QStringLiteral("Metrics");
}

QStringList DashboardVariable::referencedVariables() const
{
    static const QRegularExpression reference(QStringLiteral("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)"));
    QStringList out;
    for (auto it = reference.globalMatch(query); it.hasNext();) {
        const QString referenced = it.next().captured(1);
        if (!referenced.startsWith(QLatin1String("__")) && !out.contains(referenced))
            out << referenced;
    }
    return out;
}

const Panel *Dashboard::panel(const QString &panelId) const
{
    for (const Panel &p : panels) {
        if (p.id == panelId)
            return &p;
    }
    return nullptr;
}

const DashboardRow *Dashboard::row(const QString &rowId) const
{
    for (const DashboardRow &r : rows) {
        if (r.id == rowId)
            return &r;
    }
    return nullptr;
}

bool Dashboard::isCollapsed(const Panel &panel) const
{
    if (panel.row.isEmpty())
        return false;
    const DashboardRow *holder = row(panel.row);
    return holder && holder->collapsed;
}

int Dashboard::panelCount(const QString &rowId) const
{
    return int(
        std::count_if(panels.cbegin(), panels.cend(), [&rowId](const Panel &p) { return p.row == rowId; }));
}

bool Dashboard::setRowCollapsed(const QString &rowId, bool collapsed)
{
    for (DashboardRow &r : rows) {
        if (r.id == rowId) {
            r.collapsed = collapsed;
            return true;
        }
    }
    return false;
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

QString joinedReadingName(const Panel &panel, int queryIndex)
{
    const QString refId = panel.queries.value(queryIndex).refId;
    if (!refId.isEmpty())
        return QStringLiteral("Value #") + refId;
    // A, B, ... Z, then AA, AB, ... as Grafana names the queries it adds.
    QString letters;
    for (int n = queryIndex + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return QStringLiteral("Value #") + letters;
}

} // namespace pivori

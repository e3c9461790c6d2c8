// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationsconfigparser.h"

#include "dashboardconfigparser.h"

#include <QHash>

#include <algorithm>

namespace pivori {

namespace {

using Need = ConfigReader::Need;

constexpr qint64 kMinRefreshMs = 1000;
const QString kLabelPattern = QStringLiteral("[A-Za-z_][A-Za-z0-9_]*");

} // namespace

QStringList OperationsConfigParser::healthCheckTypeNames()
{
    return { QStringLiteral("prometheus_query"), QStringLiteral("http"), QStringLiteral("targets"),
        QStringLiteral("alertmanager_cluster") };
}

RefreshIntervals OperationsConfigParser::refresh(const ConfigReader::Map &top)
{
    RefreshIntervals out;
    const auto map = m_reader.map(top, QStringLiteral("refresh"), Need::Optional,
        { QStringLiteral("dashboards"), QStringLiteral("alerts"), QStringLiteral("health") });
    if (!map)
        return out;
    out.dashboardsMs = m_reader.duration(*map, QStringLiteral("dashboards"), Need::Optional, kMinRefreshMs)
                           .value_or(out.dashboardsMs);
    out.alertsMs = m_reader.duration(*map, QStringLiteral("alerts"), Need::Optional, kMinRefreshMs)
                       .value_or(out.alertsMs);
    out.healthMs = m_reader.duration(*map, QStringLiteral("health"), Need::Optional, kMinRefreshMs)
                       .value_or(out.healthMs);
    return out;
}

QList<Runbook> OperationsConfigParser::runbooks(const ConfigReader::Map &top)
{
    static const QStringList keys { QStringLiteral("alertname"), QStringLiteral("title"),
        QStringLiteral("file"), QStringLiteral("text") };
    QList<Runbook> out;
    QHash<QString, int> seen;
    for (const ConfigReader::Item &item : m_reader.list(top, QStringLiteral("runbooks"), Need::Optional)) {
        const auto map = m_reader.map(item, keys);
        if (!map)
            continue;
        Runbook r;
        r.location = ConfigReader::location(map->mark);
        const auto alertname = m_reader.text(*map, QStringLiteral("alertname"), Need::Required);
        r.title = m_reader.text(*map, QStringLiteral("title"), Need::Optional).value_or(QString());
        const bool hasFile = map->has(QStringLiteral("file"));
        const bool hasText = map->has(QStringLiteral("text"));
        bool ok = alertname.has_value();
        if (hasFile == hasText) {
            m_reader.error(map->mark,
                hasFile
                    ? tr("%1 has both file and text; give exactly one of them").arg(map->path)
                    : tr("%1 needs either file (a Markdown file) or text (inline Markdown)").arg(map->path));
            ok = false;
        } else if (hasFile) {
            const auto file = m_reader.filePath(*map, QStringLiteral("file"), Need::Required);
            ok = ok && file;
            r.file = file.value_or(QString());
        } else {
            const auto text = m_reader.text(*map, QStringLiteral("text"), Need::Required);
            ok = ok && text;
            r.text = text.value_or(QString());
        }
        if (alertname) {
            const YAML::Mark mark = ConfigReader::markOf(*map, QStringLiteral("alertname"));
            const auto previous = seen.constFind(*alertname);
            if (previous != seen.cend()) {
                m_reader.error(mark,
                    tr("duplicate runbook for alert \"%1\" (first defined at line %2)")
                        .arg(*alertname)
                        .arg(*previous));
                ok = false;
            } else {
                seen.insert(*alertname, ConfigReader::location(mark).line);
            }
        }
        if (!ok)
            continue;
        r.alertname = *alertname;
        if (r.title.isEmpty())
            r.title = r.alertname;
        out.append(r);
    }
    return out;
}

QList<HealthCheck> OperationsConfigParser::healthChecks(
    const ConfigReader::Map &top, const QStringList &servers, const QStringList &clusters)
{
    QList<HealthCheck> out;
    QHash<QString, int> seen;
    for (const ConfigReader::Item &item :
        m_reader.list(top, QStringLiteral("health_checks"), Need::Optional)) {
        auto check = healthCheck(item, servers, clusters);
        if (!check)
            continue;
        const auto previous = seen.constFind(check->name);
        if (previous != seen.cend()) {
            m_reader.error(item.mark,
                tr("duplicate health check \"%1\" (first defined at line %2)")
                    .arg(check->name)
                    .arg(*previous));
            continue;
        }
        seen.insert(check->name, check->location.line);
        out.append(*check);
    }
    return out;
}

std::optional<HealthCheck> OperationsConfigParser::healthCheck(
    const ConfigReader::Item &item, const QStringList &servers, const QStringList &clusters)
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("expr"),
        QStringLiteral("warn_above"), QStringLiteral("crit_above"), QStringLiteral("warn_below"),
        QStringLiteral("crit_below"), QStringLiteral("unit"), QStringLiteral("url"),
        QStringLiteral("timeout"), QStringLiteral("server"), QStringLiteral("cluster") };
    static const QStringList limitKeys { QStringLiteral("warn_above"), QStringLiteral("crit_above"),
        QStringLiteral("warn_below"), QStringLiteral("crit_below"), QStringLiteral("unit") };
    const auto map = m_reader.map(item, keys);
    if (!map)
        return std::nullopt;
    HealthCheck c;
    c.location = ConfigReader::location(map->mark);
    const auto name = m_reader.text(*map, QStringLiteral("name"), Need::Required);
    const QStringList typeNames = healthCheckTypeNames();
    const auto type = m_reader.choice(*map, QStringLiteral("type"), Need::Required, typeNames);
    bool ok = name && type;
    if (map->has(QStringLiteral("timeout"))) {
        const auto timeout
            = m_reader.duration(*map, QStringLiteral("timeout"), Need::Optional, 100, 3'600'000);
        ok = ok && timeout;
        c.timeoutMs = timeout.value_or(c.timeoutMs);
    }
    if (!type)
        return std::nullopt;
    c.type = HealthCheck::Type(*type);
    const QString typeName = typeNames.at(*type);

    switch (c.type) {
    case HealthCheck::Type::PrometheusQuery: {
        ok = rejectKeys(*map, { QStringLiteral("url"), QStringLiteral("cluster") }, typeName) && ok;
        const auto expr = m_reader.text(*map, QStringLiteral("expr"), Need::Required);
        ok = ok && expr;
        c.expr = expr.value_or(QString());
        ok = checkReference(*map, QStringLiteral("server"), servers, QStringLiteral("prometheus"), c.server)
            && ok;
        break;
    }
    case HealthCheck::Type::Http: {
        ok = rejectKeys(*map,
                 QStringList { QStringLiteral("expr"), QStringLiteral("server"), QStringLiteral("cluster") }
                     + limitKeys,
                 typeName)
            && ok;
        const auto url = m_reader.url(*map, QStringLiteral("url"), Need::Required);
        ok = ok && url;
        c.url = url.value_or(QUrl());
        break;
    }
    case HealthCheck::Type::Targets:
        ok = rejectKeys(*map,
                 QStringList { QStringLiteral("expr"), QStringLiteral("url"), QStringLiteral("cluster") }
                     + limitKeys,
                 typeName)
            && ok;
        ok = checkReference(*map, QStringLiteral("server"), servers, QStringLiteral("prometheus"), c.server)
            && ok;
        break;
    case HealthCheck::Type::AlertmanagerCluster:
        ok = rejectKeys(*map,
                 QStringList { QStringLiteral("expr"), QStringLiteral("url"), QStringLiteral("server") }
                     + limitKeys,
                 typeName)
            && ok;
        ok = checkReference(
                 *map, QStringLiteral("cluster"), clusters, QStringLiteral("alertmanagers"), c.cluster)
            && ok;
        break;
    }

    if (c.type == HealthCheck::Type::PrometheusQuery) {
        const auto read = [&](const QString &key, std::optional<double> &into) {
            if (!map->has(key))
                return;
            into = m_reader.number(*map, key, Need::Optional);
            ok = ok && into;
        };
        read(QStringLiteral("warn_above"), c.warnAbove);
        read(QStringLiteral("crit_above"), c.critAbove);
        read(QStringLiteral("warn_below"), c.warnBelow);
        read(QStringLiteral("crit_below"), c.critBelow);
        if (map->has(QStringLiteral("unit"))) {
            const auto unit = m_reader.choice(
                *map, QStringLiteral("unit"), Need::Optional, DashboardConfigParser::unitNames());
            ok = ok && unit;
            c.unit = PanelUnit(unit.value_or(int(PanelUnit::None)));
        }
        // A warning that only fires after the critical level would never be seen.
        if (c.warnAbove && c.critAbove && *c.warnAbove > *c.critAbove) {
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("warn_above")),
                tr("%1 (%2) must not be above crit_above (%3)")
                    .arg(ConfigReader::keyPath(map->path, QStringLiteral("warn_above")))
                    .arg(*c.warnAbove)
                    .arg(*c.critAbove));
            ok = false;
        }
        if (c.warnBelow && c.critBelow && *c.warnBelow < *c.critBelow) {
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("warn_below")),
                tr("%1 (%2) must not be below crit_below (%3)")
                    .arg(ConfigReader::keyPath(map->path, QStringLiteral("warn_below")))
                    .arg(*c.warnBelow)
                    .arg(*c.critBelow));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    c.name = *name;
    return c;
}

bool OperationsConfigParser::rejectKeys(
    const ConfigReader::Map &map, const QStringList &keys, const QString &typeName)
{
    bool ok = true;
    for (const QString &key : keys) {
        if (!map.entries.contains(key))
            continue;
        m_reader.error(ConfigReader::markOf(map, key),
            tr("%1 is not used by %2 health checks").arg(ConfigReader::keyPath(map.path, key), typeName));
        ok = false;
    }
    return ok;
}

bool OperationsConfigParser::checkReference(const ConfigReader::Map &map, const QString &key,
    const QStringList &known, const QString &section, QString &target)
{
    if (!map.has(key))
        return true;
    const auto name = m_reader.text(map, key, Need::Required);
    if (!name)
        return false;
    if (!known.contains(*name)) {
        m_reader.error(ConfigReader::markOf(map, key),
            tr("%1 names \"%2\", which is not in %3 (known: %4)")
                .arg(ConfigReader::keyPath(map.path, key), *name, section, ConfigReader::listing(known)));
        return false;
    }
    target = *name;
    return true;
}

NocConfig OperationsConfigParser::noc(const ConfigReader::Map &top, const QSet<QString> &dashboardIds)
{
    NocConfig out;
    const auto map = m_reader.map(top, QStringLiteral("noc"), Need::Optional,
        { QStringLiteral("playlist"), QStringLiteral("rotate_every"), QStringLiteral("screen") });
    if (!map)
        return out;
    out.rotateEveryMs = m_reader.duration(*map, QStringLiteral("rotate_every"), Need::Optional, kMinRefreshMs)
                            .value_or(out.rotateEveryMs);
    out.screen = m_reader.integer(*map, QStringLiteral("screen"), Need::Optional, 0, 15).value_or(out.screen);
    for (const ConfigReader::Item &item : m_reader.list(*map, QStringLiteral("playlist"), Need::Optional)) {
        if (const auto entry = playlistItem(item, dashboardIds))
            out.playlist.append(*entry);
    }
    return out;
}

std::optional<NocPlaylistItem> OperationsConfigParser::playlistItem(
    const ConfigReader::Item &item, const QSet<QString> &dashboardIds)
{
    const auto map = m_reader.map(item, { QStringLiteral("dashboard"), QStringLiteral("alerts") });
    if (!map)
        return std::nullopt;
    NocPlaylistItem entry;
    entry.location = ConfigReader::location(map->mark);
    const bool isDashboard = map->entries.contains(QStringLiteral("dashboard"));
    if (isDashboard == map->entries.contains(QStringLiteral("alerts"))) {
        m_reader.error(map->mark, tr("%1 must be either {dashboard: ID} or {alerts: board}").arg(map->path));
        return std::nullopt;
    }
    if (!isDashboard) {
        const auto view
            = m_reader.choice(*map, QStringLiteral("alerts"), Need::Required, { QStringLiteral("board") });
        if (!view)
            return std::nullopt;
        entry.kind = NocPlaylistItem::Kind::Alerts;
        entry.id = QStringLiteral("board");
        return entry;
    }
    const auto id = m_reader.text(*map, QStringLiteral("dashboard"), Need::Required);
    if (!id)
        return std::nullopt;
    if (!dashboardIds.contains(*id)) {
        QStringList known(dashboardIds.cbegin(), dashboardIds.cend());
        std::sort(known.begin(), known.end());
        QString message = tr("%1 refers to unknown dashboard \"%2\" (known: %3)")
                              .arg(ConfigReader::keyPath(map->path, QStringLiteral("dashboard")), *id,
                                  known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")));
        const QString guess = ConfigReader::nearMiss(*id, known);
        if (!guess.isEmpty())
            message += tr("; did you mean \"%1\"?").arg(guess);
        message += DashboardConfigParser::builtInHint(*id);
        m_reader.error(ConfigReader::markOf(*map, QStringLiteral("dashboard")), message);
        return std::nullopt;
    }
    entry.kind = NocPlaylistItem::Kind::Dashboard;
    entry.id = *id;
    return entry;
}

LabelNames OperationsConfigParser::labels(const ConfigReader::Map &top)
{
    LabelNames out;
    const auto map = m_reader.map(top, QStringLiteral("labels"), Need::Optional,
        { QStringLiteral("service"), QStringLiteral("status"), QStringLiteral("endpoint"),
            QStringLiteral("pod"), QStringLiteral("node") });
    if (!map)
        return out;
    const QString expected = tr("a Prometheus label name like handler");
    const auto read = [&](const QString &key, QString &into) {
        into = m_reader.name(*map, key, Need::Optional, kLabelPattern, expected).value_or(into);
    };
    read(QStringLiteral("service"), out.service);
    read(QStringLiteral("status"), out.status);
    read(QStringLiteral("endpoint"), out.endpoint);
    read(QStringLiteral("pod"), out.pod);
    read(QStringLiteral("node"), out.node);
    return out;
}

} // namespace pivori

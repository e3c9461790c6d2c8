// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationsconfigparser.h"

#include "dashboardconfigparser.h"

#include <QHash>

#include <algorithm>

namespace pivori {

namespace {

using Need = ConfigReader::Need;

constexpr qint64 kMinRefreshMs = 1000;
// Refreshes run on QTimer, whose interval is an int of milliseconds (24.8 days); past that it
// silently never fires. A day is far beyond any useful refresh.
constexpr qint64 kMaxRefreshMs = 86'400'000;
const QString kLabelPattern = QStringLiteral("[A-Za-z_][A-Za-z0-9_]*");

} // namespace

QStringList OperationsConfigParser::healthCheckTypeNames()
{
    return { QStringLiteral("prometheus_query"), QStringLiteral("http"), QStringLiteral("targets"),
        QStringLiteral("alertmanager_cluster"), QStringLiteral("prometheus_health"),
        QStringLiteral("prometheus_config"), QStringLiteral("prometheus_rules"),
        QStringLiteral("prometheus_alertmanagers"), QStringLiteral("prometheus_tsdb"),
        QStringLiteral("alertmanager_replicas"), QStringLiteral("alertmanager_config_hash"),
        QStringLiteral("watchdog"), QStringLiteral("tcp"), QStringLiteral("tls_expiry") };
}

RefreshIntervals OperationsConfigParser::refresh(const ConfigReader::Map &top)
{
    RefreshIntervals out;
    const auto map = m_reader.map(top, QStringLiteral("refresh"), Need::Optional,
        { QStringLiteral("dashboards"), QStringLiteral("alerts"), QStringLiteral("health") });
    if (!map)
        return out;
    out.dashboardsMs
        = m_reader.duration(*map, QStringLiteral("dashboards"), Need::Optional, kMinRefreshMs, kMaxRefreshMs)
              .value_or(out.dashboardsMs);
    out.alertsMs
        = m_reader.duration(*map, QStringLiteral("alerts"), Need::Optional, kMinRefreshMs, kMaxRefreshMs)
              .value_or(out.alertsMs);
    out.healthMs
        = m_reader.duration(*map, QStringLiteral("health"), Need::Optional, kMinRefreshMs, kMaxRefreshMs)
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

namespace {

/// The keys a check of @p type reads besides name, category, type, timeout and link.
QStringList keysOfType(HealthCheck::Type type)
{
    using T = HealthCheck::Type;
    const QString server = QStringLiteral("server");
    const QString cluster = QStringLiteral("cluster");
    const QStringList above { QStringLiteral("warn_above"), QStringLiteral("crit_above") };
    const QStringList below { QStringLiteral("warn_below"), QStringLiteral("crit_below") };
    switch (type) {
    case T::PrometheusQuery:
        return QStringList { QStringLiteral("expr"), server, QStringLiteral("unit") } + above + below;
    case T::Http:
        return QStringList { QStringLiteral("url") } + above;
    case T::PrometheusTsdb:
        return QStringList { server } + above;
    case T::Targets:
    case T::PrometheusHealth:
    case T::PrometheusConfig:
    case T::PrometheusRules:
    case T::PrometheusAlertmanagers:
        return { server };
    case T::AlertmanagerCluster:
    case T::AlertmanagerReplicas:
    case T::AlertmanagerConfigHash:
        return { cluster };
    case T::Watchdog:
        return { cluster, QStringLiteral("alertname"), QStringLiteral("max_age") };
    case T::Tcp:
        return { QStringLiteral("address"), QStringLiteral("tls") };
    case T::TlsExpiry:
        return QStringList { QStringLiteral("url") } + below;
    }
    return {};
}

/// "host:port" or "[v6]:port"; false when it is not one.
bool splitAddress(const QString &text, QString *host, int *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (!ok || p < 1 || p > 65535 || h.isEmpty() || h.contains(QLatin1Char(' '))
        || (h.contains(QLatin1Char(':')) && !text.startsWith(QLatin1Char('['))))
        return false;
    *host = h;
    *port = p;
    return true;
}

} // namespace

std::optional<HealthCheck> OperationsConfigParser::healthCheck(
    const ConfigReader::Item &item, const QStringList &servers, const QStringList &clusters)
{
    static const QStringList commonKeys { QStringLiteral("name"), QStringLiteral("category"),
        QStringLiteral("type"), QStringLiteral("timeout"), QStringLiteral("link") };
    static const QStringList typedKeys { QStringLiteral("expr"), QStringLiteral("warn_above"),
        QStringLiteral("crit_above"), QStringLiteral("warn_below"), QStringLiteral("crit_below"),
        QStringLiteral("unit"), QStringLiteral("url"), QStringLiteral("server"), QStringLiteral("cluster"),
        QStringLiteral("address"), QStringLiteral("tls"), QStringLiteral("alertname"),
        QStringLiteral("max_age") };
    const auto map = m_reader.map(item, commonKeys + typedKeys);
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
    if (map->has(QStringLiteral("category"))) {
        const auto category = m_reader.text(*map, QStringLiteral("category"), Need::Required);
        ok = ok && category;
        c.category = category.value_or(QString()).trimmed();
    }
    if (map->has(QStringLiteral("link"))) {
        const auto link = m_reader.text(*map, QStringLiteral("link"), Need::Required);
        ok = ok && link;
        c.link = link.value_or(QString());
    }
    if (!type)
        return std::nullopt;
    c.type = HealthCheck::Type(*type);
    const QString typeName = typeNames.at(*type);
    const QStringList used = keysOfType(c.type);
    QStringList unused;
    for (const QString &key : typedKeys) {
        if (!used.contains(key))
            unused << key;
    }
    ok = rejectKeys(*map, unused, typeName) && ok;

    using T = HealthCheck::Type;
    if (used.contains(QStringLiteral("server")))
        ok = checkReference(*map, QStringLiteral("server"), servers, QStringLiteral("prometheus"), c.server)
            && ok;
    if (used.contains(QStringLiteral("cluster")))
        ok = checkReference(
                 *map, QStringLiteral("cluster"), clusters, QStringLiteral("alertmanagers"), c.cluster)
            && ok;
    if (c.type == T::PrometheusQuery) {
        const auto expr = m_reader.text(*map, QStringLiteral("expr"), Need::Required);
        ok = ok && expr;
        c.expr = expr.value_or(QString());
    }
    if (c.type == T::Http || c.type == T::TlsExpiry) {
        // A tls_expiry check without a URL reads every https:// server of the configuration.
        const bool needed = c.type == T::Http || map->has(QStringLiteral("url"));
        const auto url = m_reader.url(*map, QStringLiteral("url"), needed ? Need::Required : Need::Optional);
        ok = ok && (url || !needed);
        c.url = url.value_or(QUrl());
        if (url && c.type == T::TlsExpiry && url->scheme() != QLatin1String("https")) {
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("url")),
                tr("%1 must be an https:// URL for tls_expiry health checks; got \"%2\"")
                    .arg(ConfigReader::keyPath(map->path, QStringLiteral("url")),
                        ConfigReader::printable(url->toString())));
            ok = false;
        }
    }
    if (c.type == T::Tcp) {
        const auto address = m_reader.text(*map, QStringLiteral("address"), Need::Required);
        ok = ok && address;
        if (address && !splitAddress(address->trimmed(), &c.host, &c.port)) {
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("address")),
                tr("%1 must be host:port, e.g. db.internal:5432 or [::1]:6379; got \"%2\"")
                    .arg(ConfigReader::keyPath(map->path, QStringLiteral("address")),
                        ConfigReader::printable(*address)));
            ok = false;
        }
        if (map->has(QStringLiteral("tls"))) {
            const auto tls = m_reader.boolean(*map, QStringLiteral("tls"), Need::Optional);
            ok = ok && tls;
            c.tls = tls.value_or(false);
        }
    }
    if (c.type == T::Watchdog) {
        if (map->has(QStringLiteral("alertname"))) {
            const auto alertname = m_reader.name(*map, QStringLiteral("alertname"), Need::Optional,
                kLabelPattern, tr("an alert name like Watchdog"));
            ok = ok && alertname;
            c.alertname = alertname.value_or(QString());
        }
        if (map->has(QStringLiteral("max_age"))) {
            const auto age = m_reader.duration(*map, QStringLiteral("max_age"), Need::Optional, 1000);
            ok = ok && age;
            c.maxAgeMs = age.value_or(c.maxAgeMs);
        }
    }
    if (c.type == T::TlsExpiry) {
        // The guide's certificate warnings: a week ahead, and a day before it breaks.
        c.warnBelow = 7 * 86400.0;
        c.critBelow = 86400.0;
        c.unit = PanelUnit::Seconds;
    }
    if (c.type == T::Http)
        c.unit = PanelUnit::Seconds;
    if (c.type == T::PrometheusTsdb)
        c.unit = PanelUnit::Count;

    const auto read = [&](const QString &key, std::optional<double> &into) {
        if (!used.contains(key) || !map->has(key))
            return;
        into = m_reader.number(*map, key, Need::Optional);
        ok = ok && into;
    };
    read(QStringLiteral("warn_above"), c.warnAbove);
    read(QStringLiteral("crit_above"), c.critAbove);
    read(QStringLiteral("warn_below"), c.warnBelow);
    read(QStringLiteral("crit_below"), c.critBelow);
    if (used.contains(QStringLiteral("unit")) && map->has(QStringLiteral("unit"))) {
        const auto unit = m_reader.choice(
            *map, QStringLiteral("unit"), Need::Optional, DashboardConfigParser::unitNames());
        ok = ok && unit;
        c.unit = PanelUnit(unit.value_or(int(PanelUnit::None)));
    }
    // A warning that only fires after the critical level would never be seen.
    if (c.warnAbove && c.critAbove && *c.warnAbove > *c.critAbove) {
        m_reader.error(ConfigReader::markOf(*map,
                           map->has(QStringLiteral("warn_above")) ? QStringLiteral("warn_above")
                                                                  : QStringLiteral("crit_above")),
            tr("%1 (%2) must not be above crit_above (%3)")
                .arg(ConfigReader::keyPath(map->path, QStringLiteral("warn_above")))
                .arg(*c.warnAbove)
                .arg(*c.critAbove));
        ok = false;
    }
    if (c.warnBelow && c.critBelow && *c.warnBelow < *c.critBelow) {
        m_reader.error(ConfigReader::markOf(*map,
                           map->has(QStringLiteral("warn_below")) ? QStringLiteral("warn_below")
                                                                  : QStringLiteral("crit_below")),
            tr("%1 (%2) must not be below crit_below (%3)")
                .arg(ConfigReader::keyPath(map->path, QStringLiteral("warn_below")))
                .arg(*c.warnBelow)
                .arg(*c.critBelow));
        ok = false;
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

NocConfig OperationsConfigParser::noc(
    const ConfigReader::Map &top, const QSet<QString> &dashboardIds, bool moreIdsLater)
{
    NocConfig out;
    const auto map = m_reader.map(top, QStringLiteral("noc"), Need::Optional,
        { QStringLiteral("playlist"), QStringLiteral("rotate_every"), QStringLiteral("screen") });
    if (!map)
        return out;
    out.rotateEveryMs
        = m_reader
              .duration(*map, QStringLiteral("rotate_every"), Need::Optional, kMinRefreshMs, kMaxRefreshMs)
              .value_or(out.rotateEveryMs);
    out.screen = m_reader.integer(*map, QStringLiteral("screen"), Need::Optional, 0, 15).value_or(out.screen);
    for (const ConfigReader::Item &item : m_reader.list(*map, QStringLiteral("playlist"), Need::Optional)) {
        if (const auto entry = playlistItem(item, dashboardIds, moreIdsLater))
            out.playlist.append(*entry);
    }
    return out;
}

std::optional<NocPlaylistItem> OperationsConfigParser::playlistItem(
    const ConfigReader::Item &item, const QSet<QString> &dashboardIds, bool moreIdsLater)
{
    const QStringList kinds { QStringLiteral("dashboard"), QStringLiteral("alerts"),
        QStringLiteral("health") };
    const auto map = m_reader.map(item, kinds);
    if (!map)
        return std::nullopt;
    NocPlaylistItem entry;
    entry.location = ConfigReader::location(map->mark);
    const auto given = std::count_if(
        kinds.cbegin(), kinds.cend(), [&map](const QString &key) { return map->entries.contains(key); });
    if (given != 1) {
        m_reader.error(map->mark,
            tr("%1 must be one of {dashboard: ID}, {alerts: board} or {health: board}").arg(map->path));
        return std::nullopt;
    }
    // The alert board and the health board are views of their own, named "board" so that a
    // later choice (e.g. one category of checks) has a place to go.
    for (const auto &[key, kind] : { std::pair { QStringLiteral("alerts"), NocPlaylistItem::Kind::Alerts },
             std::pair { QStringLiteral("health"), NocPlaylistItem::Kind::Health } }) {
        if (!map->entries.contains(key))
            continue;
        if (!m_reader.choice(*map, key, Need::Required, { QStringLiteral("board") }))
            return std::nullopt;
        entry.kind = kind;
        entry.id = QStringLiteral("board");
        return entry;
    }
    const auto id = m_reader.text(*map, QStringLiteral("dashboard"), Need::Required);
    if (!id)
        return std::nullopt;
    if (!dashboardIds.contains(*id) && !moreIdsLater) {
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

std::optional<QString> OperationsConfigParser::deadMansSwitch(const ConfigReader::Map &top)
{
    if (!top.has(QStringLiteral("dead_mans_switch")))
        return std::nullopt;
    return m_reader.name(top, QStringLiteral("dead_mans_switch"), Need::Optional,
        QStringLiteral("(?:") + kLabelPattern + QStringLiteral(")?"),
        tr("an alert name like Watchdog, or \"\" for none"));
}

} // namespace pivori

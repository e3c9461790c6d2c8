// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardconfigparser.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pivori {

namespace {

using Need = ConfigReader::Need;

const QString kIdPattern = QStringLiteral("[a-z0-9-]+");
const QString kIdentifierPattern = QStringLiteral("[A-Za-z_][A-Za-z0-9_]*");
constexpr qint64 kMinRefreshMs = 1000;
constexpr qint64 kMaxRefreshMs
    = 86'400'000; // QTimer takes an int of milliseconds; see OperationsConfigParser
constexpr qint64 kMinTimeRangeMs = 60'000;

QString idExpected()
{
    return DashboardConfigParser::tr("an id of lower-case letters, digits and '-' (like api-latency)");
}

} // namespace

QStringList DashboardConfigParser::panelTypeNames()
{
    return { QStringLiteral("gauge"), QStringLiteral("timeseries"), QStringLiteral("bars"),
        QStringLiteral("stat"), QStringLiteral("text"), QStringLiteral("bargauge"), QStringLiteral("table") };
}

QStringList DashboardConfigParser::textFormatNames()
{
    return { QStringLiteral("markdown"), QStringLiteral("plain") };
}

QStringList DashboardConfigParser::unitNames()
{
    return { QStringLiteral("seconds"), QStringLiteral("milliseconds"), QStringLiteral("bytes"),
        QStringLiteral("percent"), QStringLiteral("reqps"), QStringLiteral("count"), QStringLiteral("none"),
        QStringLiteral("bytes_per_second"), QStringLiteral("bits_per_second") };
}

QStringList DashboardConfigParser::severityNames()
{
    return { QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("critical") };
}

QStringList DashboardConfigParser::legendModeNames()
{
    return { QStringLiteral("auto"), QStringLiteral("list"), QStringLiteral("table"),
        QStringLiteral("hidden") };
}

QStringList DashboardConfigParser::axisNames()
{
    return { QStringLiteral("left"), QStringLiteral("right") };
}

QList<Dashboard> DashboardConfigParser::dashboards(const ConfigReader::Map &top)
{
    if (m_builtIns && !top.has(QStringLiteral("dashboards"))) {
        // Nothing said about dashboards (a file for the servers only): the built-in ones.
        for (const Dashboard &d : *m_builtIns) {
            m_writtenIds.insert(d.id);
            m_referencedIds.insert(d.id);
        }
        return *m_builtIns;
    }
    QList<Dashboard> out;
    QHash<QString, int> seen;
    for (const ConfigReader::Item &item : m_reader.list(top, QStringLiteral("dashboards"), Need::Optional)) {
        if (isFileEntry(item.node)) {
            if (auto entry = fileEntry(item, int(out.size())))
                m_files.append(*entry);
            continue;
        }
        const bool reference = item.node.IsMap() && item.node[std::string("builtin")].IsDefined();
        if (auto d = reference ? builtInReference(item, seen) : dashboard(item, seen))
            out.append(*d);
    }
    return out;
}

std::optional<Dashboard> DashboardConfigParser::builtInReference(
    const ConfigReader::Item &item, QHash<QString, int> &seen)
{
    const auto map = m_reader.map(item, { QStringLiteral("builtin") });
    if (!map)
        return std::nullopt;
    const QString key = QStringLiteral("builtin");
    const auto id = m_reader.name(*map, key, Need::Required, kIdPattern, idExpected());
    if (!id)
        return std::nullopt;
    const YAML::Mark mark = ConfigReader::markOf(*map, key);
    QStringList known;
    const Dashboard *found = nullptr;
    for (const Dashboard &d : m_builtIns ? *m_builtIns : QList<Dashboard>()) {
        known << d.id;
        if (d.id == *id)
            found = &d;
    }
    if (!found) {
        QString message = tr("%1 names \"%2\", which is not a built-in dashboard (built-in: %3)")
                              .arg(ConfigReader::keyPath(map->path, key), *id,
                                  known.isEmpty() ? tr("none") : ConfigReader::listing(known));
        const QString guess = ConfigReader::nearMiss(*id, known);
        if (!guess.isEmpty())
            message += tr("; did you mean \"%1\"?").arg(guess);
        m_reader.error(mark, message);
        return std::nullopt;
    }
    m_writtenIds.insert(*id);
    if (const int first = claimId(seen, *id, mark)) {
        m_reader.error(
            mark, tr("duplicate dashboard id \"%1\" (first defined at line %2)").arg(*id).arg(first));
        return std::nullopt;
    }
    m_referencedIds.insert(*id);
    return *found;
}

QString DashboardConfigParser::builtInHint(const QString &id)
{
    if (!ConfigLoader::builtInDashboardIds().contains(id))
        return {};
    return tr("; the built-in one is included with \"- builtin: %1\" under dashboards").arg(id);
}

int DashboardConfigParser::claimId(QHash<QString, int> &seen, const QString &id, const YAML::Mark &mark)
{
    const auto previous = seen.constFind(id);
    if (previous != seen.cend())
        return *previous;
    seen.insert(id, ConfigReader::location(mark).line);
    return 0;
}

std::optional<Dashboard> DashboardConfigParser::dashboard(
    const ConfigReader::Item &item, QHash<QString, int> &seen)
{
    static const QStringList keys { QStringLiteral("id"), QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("time_range"), QStringLiteral("refresh"),
        QStringLiteral("variables"), QStringLiteral("panels") };
    const auto map = m_reader.map(item, keys);
    if (!map)
        return std::nullopt;
    Dashboard d;
    d.location = ConfigReader::location(map->mark);
    const auto id = m_reader.name(*map, QStringLiteral("id"), Need::Required, kIdPattern, idExpected());
    bool ok = id.has_value();
    if (id) {
        m_writtenIds.insert(*id);
        const YAML::Mark mark = ConfigReader::markOf(*map, QStringLiteral("id"));
        if (const int first = claimId(seen, *id, mark)) {
            m_reader.error(
                mark, tr("duplicate dashboard id \"%1\" (first defined at line %2)").arg(*id).arg(first));
            ok = false;
        }
    }
    const auto title = m_reader.text(*map, QStringLiteral("title"), Need::Required);
    d.description = m_reader.text(*map, QStringLiteral("description"), Need::Optional).value_or(QString());
    ok = ok && title;
    if (map->has(QStringLiteral("time_range"))) {
        const auto range
            = m_reader.duration(*map, QStringLiteral("time_range"), Need::Optional, kMinTimeRangeMs);
        ok = ok && range;
        d.timeRangeMs = range.value_or(d.timeRangeMs);
    }
    if (map->has(QStringLiteral("refresh"))) {
        const auto refresh = m_reader.duration(
            *map, QStringLiteral("refresh"), Need::Optional, kMinRefreshMs, kMaxRefreshMs);
        ok = ok && refresh;
        d.refreshMs = refresh.value_or(d.refreshMs);
    }
    d.variables = variables(*map);
    QSet<QString> variableNames;
    for (const DashboardVariable &v : std::as_const(d.variables))
        variableNames.insert(v.name);

    QHash<QString, int> panelIds;
    // As in Grafana, a panel written after a row belongs to it, as do those nested in its
    // `panels:`; only the panels written before the first row belong to none.
    QString currentRow;
    for (const ConfigReader::Item &panelItem :
        m_reader.list(*map, QStringLiteral("panels"), Need::Required, 1)) {
        if (isRowItem(panelItem.node)) {
            DashboardRow r = row(panelItem, variableNames, id.value_or(QString()), panelIds, d.panels);
            currentRow = r.id;
            if (!r.id.isEmpty())
                d.rows.append(r);
            continue;
        }
        if (auto p = panel(panelItem, variableNames, id.value_or(QString()), panelIds)) {
            p->row = currentRow;
            if (!currentRow.isEmpty() && !d.rows.constLast().repeat.isEmpty() && !p->repeat.isEmpty()) {
                repeatInRepeatedRow(panelItem, *p, d.rows.constLast());
                continue;
            }
            d.panels.append(*p);
        }
    }
    if (!ok)
        return std::nullopt;
    d.id = *id;
    d.title = *title;
    return d;
}

std::optional<Panel> DashboardConfigParser::panel(const ConfigReader::Item &item,
    const QSet<QString> &variableNames, const QString &dashboardId, QHash<QString, int> &seen)
{
    static const QStringList keys { QStringLiteral("id"), QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("type"), QStringLiteral("queries"),
        QStringLiteral("unit"), QStringLiteral("thresholds"), QStringLiteral("min"), QStringLiteral("max"),
        QStringLiteral("stacked"), QStringLiteral("bucket"), QStringLiteral("width"),
        QStringLiteral("height"), QStringLiteral("link"), QStringLiteral("content"), QStringLiteral("format"),
        QStringLiteral("repeat"), QStringLiteral("repeat_direction"), QStringLiteral("max_per_row"),
        QStringLiteral("decimals"), QStringLiteral("value_mappings"), QStringLiteral("overrides"),
        QStringLiteral("columns"), QStringLiteral("sort_by"), QStringLiteral("join"),
        QStringLiteral("calculate"), QStringLiteral("legend_mode") };
    const auto map = m_reader.map(item, keys);
    if (!map)
        return std::nullopt;
    Panel p;
    p.location = ConfigReader::location(map->mark);
    const auto id = m_reader.name(*map, QStringLiteral("id"), Need::Required, kIdPattern, idExpected());
    const auto title = m_reader.text(*map, QStringLiteral("title"), Need::Required);
    const auto type = m_reader.choice(*map, QStringLiteral("type"), Need::Required, panelTypeNames());
    bool ok = id && title && type;
    if (id) {
        const YAML::Mark mark = ConfigReader::markOf(*map, QStringLiteral("id"));
        if (const int first = claimId(seen, *id, mark)) {
            m_reader.error(mark,
                tr("duplicate panel id \"%1\" in dashboard \"%2\" (first defined at line %3)")
                    .arg(*id, dashboardId)
                    .arg(first));
            ok = false;
        }
    }
    p.description = m_reader.text(*map, QStringLiteral("description"), Need::Optional).value_or(QString());
    if (type)
        p.type = PanelType(*type);
    AxisKeys axes;
    if (type && p.type == PanelType::Text)
        textContent(*map, p, ok);
    else
        p.queries = queries(*map, variableNames, axes, ok);
    if (map->has(QStringLiteral("unit"))) {
        const auto unit = m_reader.choice(*map, QStringLiteral("unit"), Need::Optional, unitNames());
        ok = ok && unit;
        p.unit = PanelUnit(unit.value_or(int(PanelUnit::None)));
    }
    p.thresholds = thresholds(*map, axes, ok);

    const auto readOptional = [&](const QString &key, auto read) {
        const bool present = map->has(key);
        const auto value = read(key);
        ok = ok && (value || !present);
        return value;
    };
    p.min = readOptional(
        QStringLiteral("min"), [&](const QString &k) { return m_reader.number(*map, k, Need::Optional); });
    p.max = readOptional(
        QStringLiteral("max"), [&](const QString &k) { return m_reader.number(*map, k, Need::Optional); });
    if (p.min && p.max && *p.min >= *p.max) {
        m_reader.error(ConfigReader::markOf(*map, QStringLiteral("max")),
            tr("%1 must be greater than min (%2)")
                .arg(ConfigReader::keyPath(map->path, QStringLiteral("max")))
                .arg(*p.min));
        ok = false;
    }
    p.stacked = readOptional(QStringLiteral("stacked"), [&](const QString &k) {
        return m_reader.boolean(*map, k, Need::Optional);
    }).value_or(false);
    p.bucketMs = readOptional(QStringLiteral("bucket"), [&](const QString &k) {
        return m_reader.duration(*map, k, Need::Optional, 1000);
    }).value_or(0);
    p.width = readOptional(QStringLiteral("width"), [&](const QString &k) {
        return m_reader.integer(*map, k, Need::Optional, 1, 12);
    }).value_or(p.width);
    p.height = readOptional(QStringLiteral("height"), [&](const QString &k) {
        return m_reader.integer(*map, k, Need::Optional, 1, 12);
    }).value_or(p.height);
    p.link = link(*map, ok);
    p.repeat = repeatVariable(*map, variableNames, ok);
    if (map->has(QStringLiteral("repeat_direction"))) {
        const auto direction = m_reader.choice(
            *map, QStringLiteral("repeat_direction"), Need::Optional, repeatDirectionNames());
        ok = ok && direction;
        p.repeatDirection = RepeatDirection(direction.value_or(0));
    }
    p.maxPerRow = readOptional(QStringLiteral("max_per_row"), [&](const QString &k) {
        return m_reader.integer(*map, k, Need::Optional, 1, 12);
    }).value_or(p.maxPerRow);
    for (const QString &key : { QStringLiteral("repeat_direction"), QStringLiteral("max_per_row") }) {
        if (map->has(key) && p.repeat.isEmpty()) {
            m_reader.error(ConfigReader::markOf(*map, key),
                tr("%1 only applies to a panel with repeat").arg(ConfigReader::keyPath(map->path, key)));
            ok = false;
        }
    }

    if (map->has(QStringLiteral("legend_mode"))) {
        const auto mode
            = m_reader.choice(*map, QStringLiteral("legend_mode"), Need::Optional, legendModeNames());
        ok = ok && mode;
        p.legendMode = LegendMode(mode.value_or(0));
    }

    // Options that the chosen panel type would silently ignore are most likely mistakes.
    if (type && map->has(QStringLiteral("legend_mode")) && p.type != PanelType::TimeSeries) {
        m_reader.error(ConfigReader::markOf(*map, QStringLiteral("legend_mode")),
            tr("%1 only applies to timeseries panels")
                .arg(ConfigReader::keyPath(map->path, QStringLiteral("legend_mode"))));
        ok = false;
    }
    if (type && map->has(QStringLiteral("bucket")) && p.type != PanelType::Bars) {
        m_reader.error(ConfigReader::markOf(*map, QStringLiteral("bucket")),
            tr("%1 only applies to bars panels")
                .arg(ConfigReader::keyPath(map->path, QStringLiteral("bucket"))));
        ok = false;
    }
    if (type && map->has(QStringLiteral("stacked")) && p.type != PanelType::Bars
        && p.type != PanelType::TimeSeries) {
        m_reader.error(ConfigReader::markOf(*map, QStringLiteral("stacked")),
            tr("%1 only applies to timeseries and bars panels")
                .arg(ConfigReader::keyPath(map->path, QStringLiteral("stacked"))));
        ok = false;
    }
    for (const QString &key : { QStringLiteral("content"), QStringLiteral("format") }) {
        if (type && map->has(key) && p.type != PanelType::Text) {
            m_reader.error(ConfigReader::markOf(*map, key),
                tr("%1 only applies to text panels").arg(ConfigReader::keyPath(map->path, key)));
            ok = false;
        }
    }
    for (const QString &key : { QStringLiteral("unit"), QStringLiteral("thresholds"), QStringLiteral("min"),
             QStringLiteral("max"), QStringLiteral("link") }) {
        if (type && map->has(key) && p.type == PanelType::Text) {
            m_reader.error(ConfigReader::markOf(*map, key),
                tr("%1 does not apply to text panels").arg(ConfigReader::keyPath(map->path, key)));
            ok = false;
        }
    }
    if (type) {
        fieldOptions(*map, p, ok);
        // A series an override puts on the right axis gives the right axis' limits a meaning too.
        axes.rightQuery = axes.rightQuery
            || std::any_of(p.overrides.cbegin(), p.overrides.cend(),
                [](const FieldOverride &o) { return o.axis == YAxis::Right; });
        checkAxes(p.type, axes, ok);
    }
    if (!ok)
        return std::nullopt;
    p.id = *id;
    p.title = *title;
    return p;
}

void DashboardConfigParser::textContent(const ConfigReader::Map &panel, Panel &p, bool &ok)
{
    // A text panel shows what is written, never data: queries would be silently ignored.
    if (panel.has(QStringLiteral("queries"))) {
        m_reader.error(ConfigReader::markOf(panel, QStringLiteral("queries")),
            tr("%1: a text panel shows its content and has no queries")
                .arg(ConfigReader::keyPath(panel.path, QStringLiteral("queries"))));
        ok = false;
    }
    const auto content = m_reader.text(panel, QStringLiteral("content"), Need::Required);
    ok = ok && content;
    p.content = content.value_or(QString());
    if (panel.has(QStringLiteral("format"))) {
        const auto format
            = m_reader.choice(panel, QStringLiteral("format"), Need::Optional, textFormatNames());
        ok = ok && format;
        p.textFormat = TextFormat(format.value_or(0));
    }
}

DrillLink DashboardConfigParser::link(const ConfigReader::Map &panel, bool &ok)
{
    static const QStringList keys { QStringLiteral("dashboard"), QStringLiteral("variables") };
    if (!panel.has(QStringLiteral("link")))
        return {};
    const auto map = m_reader.map(panel, QStringLiteral("link"), Need::Required, keys);
    if (!map) {
        ok = false;
        return {};
    }
    const auto target
        = m_reader.name(*map, QStringLiteral("dashboard"), Need::Required, kIdPattern, idExpected());
    if (!target) {
        ok = false;
        return {};
    }
    PendingLink pending;
    pending.target = *target;
    pending.mark = ConfigReader::markOf(*map, QStringLiteral("dashboard"));
    pending.path = ConfigReader::keyPath(map->path, QStringLiteral("dashboard"));
    DrillLink out;
    out.dashboard = *target;
    if (map->has(QStringLiteral("variables"))) {
        const YAML::Node node = map->value(QStringLiteral("variables"));
        const QString path = ConfigReader::keyPath(map->path, QStringLiteral("variables"));
        if (!node.IsMap()) {
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("variables")),
                tr("%1 must map variables of the target dashboard to labels of the series, like "
                   "\"service: service\"")
                    .arg(path));
            ok = false;
            return {};
        }
        static const QRegularExpression identifier(QRegularExpression::anchoredPattern(kIdentifierPattern));
        for (auto it = node.begin(); it != node.end(); ++it) {
            const bool scalars = it->first.IsScalar() && it->second.IsScalar();
            const QString variable = scalars ? QString::fromStdString(it->first.Scalar()) : QString();
            const QString label = scalars ? QString::fromStdString(it->second.Scalar()) : QString();
            if (!identifier.match(variable).hasMatch() || !identifier.match(label).hasMatch()) {
                m_reader.error(it->first.Mark(),
                    tr("%1: each entry must be \"variable: label\", both plain names (letters, digits, '_')")
                        .arg(path));
                ok = false;
                continue;
            }
            out.variables.append({ variable, label });
            pending.variables.append({ variable, it->first.Mark() });
        }
    }
    m_links.append(pending);
    return out;
}

void DashboardConfigParser::checkLinks(QList<Dashboard> &dashboards)
{
    for (Dashboard &d : dashboards) {
        if (!m_referencedIds.contains(d.id))
            continue;
        for (Panel &panel : d.panels) {
            if (!panel.link.dashboard.isEmpty() && !m_writtenIds.contains(panel.link.dashboard))
                panel.link = DrillLink();
        }
    }
    QHash<QString, const Dashboard *> byId;
    for (const Dashboard &d : dashboards)
        byId.insert(d.id, &d);
    for (const PendingLink &link : std::as_const(m_links)) {
        const Dashboard *target = byId.value(link.target);
        if (!target) {
            // Dropped for errors of its own (already reported): nothing to add. Or perhaps in a
            // dashboard file, not read yet: resolveDashboardFiles checks it.
            if (m_writtenIds.contains(link.target) || !m_files.isEmpty())
                continue;
            QStringList known(m_writtenIds.cbegin(), m_writtenIds.cend());
            std::sort(known.begin(), known.end());
            QString message = tr("%1 refers to unknown dashboard \"%2\" (known: %3)")
                                  .arg(link.path, link.target,
                                      known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")));
            const QString guess = ConfigReader::nearMiss(link.target, known);
            if (!guess.isEmpty())
                message += tr("; did you mean \"%1\"?").arg(guess);
            message += builtInHint(link.target);
            m_reader.error(link.mark, message);
            continue;
        }
        for (const auto &[variable, mark] : link.variables) {
            const bool exists = std::any_of(target->variables.cbegin(), target->variables.cend(),
                [&name = variable](const DashboardVariable &v) { return v.name == name; });
            if (!exists) {
                m_reader.error(mark,
                    tr("dashboard \"%1\" has no variable named \"%2\" to set from the link")
                        .arg(link.target, variable));
            }
        }
    }
}

} // namespace pivori

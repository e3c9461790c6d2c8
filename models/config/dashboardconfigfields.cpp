// SPDX-License-Identifier: GPL-3.0-or-later
// Field settings of the console's own panels: `decimals:`, `value_mappings:` and `overrides:`
// (Grafana's fieldConfig decimals, mappings and overrides), and queries' `ref_id:` they match.
#include "dashboardconfigparser.h"

#include <QRegularExpression>

#include <algorithm>

namespace pivori {

namespace {

using Need = ConfigReader::Need;

constexpr int kMaxDecimals = 10;

} // namespace

QStringList DashboardConfigParser::specialValueNames()
{
    return { QStringLiteral("null"), QStringLiteral("nan"), QStringLiteral("true"), QStringLiteral("false") };
}

void DashboardConfigParser::fieldOptions(const ConfigReader::Map &panel, Panel &p, bool &ok)
{
    // A text panel shows no reading: each of these would be silently ignored.
    for (const QString &key :
        { QStringLiteral("decimals"), QStringLiteral("value_mappings"), QStringLiteral("overrides") }) {
        if (p.type == PanelType::Text && panel.has(key)) {
            m_reader.error(ConfigReader::markOf(panel, key),
                tr("%1 does not apply to text panels").arg(ConfigReader::keyPath(panel.path, key)));
            ok = false;
            return;
        }
    }
    if (panel.has(QStringLiteral("decimals"))) {
        const auto decimals
            = m_reader.integer(panel, QStringLiteral("decimals"), Need::Optional, 0, kMaxDecimals);
        ok = ok && decimals;
        p.decimals = decimals;
    }
    if (panel.has(QStringLiteral("value_mappings"))) {
        const bool showsReadings
            = p.type == PanelType::Stat || p.type == PanelType::BarGauge || p.type == PanelType::Table;
        if (!showsReadings) {
            m_reader.error(ConfigReader::markOf(panel, QStringLiteral("value_mappings")),
                tr("%1 only applies to stat, bargauge and table panels")
                    .arg(ConfigReader::keyPath(panel.path, QStringLiteral("value_mappings"))));
            ok = false;
        } else {
            p.valueMappings = valueMappings(panel, ok);
        }
    }
    // Bars colour and name their series by query; an override there would be silently ignored.
    if (p.type == PanelType::Bars && panel.has(QStringLiteral("overrides"))) {
        m_reader.error(ConfigReader::markOf(panel, QStringLiteral("overrides")),
            tr("%1 does not apply to bars panels (give the query a color and legend instead)")
                .arg(ConfigReader::keyPath(panel.path, QStringLiteral("overrides"))));
        ok = false;
        return;
    }
    p.overrides = overrides(panel, p, ok);
    tableOptions(panel, p, ok);
}

void DashboardConfigParser::tableOptions(const ConfigReader::Map &panel, Panel &p, bool &ok)
{
    for (const QString &key : { QStringLiteral("columns"), QStringLiteral("sort_by"), QStringLiteral("join"),
             QStringLiteral("calculate") }) {
        if (p.type != PanelType::Table && panel.has(key)) {
            m_reader.error(ConfigReader::markOf(panel, key),
                tr("%1 only applies to table panels").arg(ConfigReader::keyPath(panel.path, key)));
            ok = false;
            return;
        }
    }
    if (panel.has(QStringLiteral("columns"))) {
        static const QStringList keys { QStringLiteral("order"), QStringLiteral("hide"),
            QStringLiteral("rename") };
        const auto columns = m_reader.map(panel, QStringLiteral("columns"), Need::Required, keys);
        ok = ok && columns;
        if (columns) {
            p.columns.order = columnNames(*columns, QStringLiteral("order"), ok);
            p.columns.hidden = columnNames(*columns, QStringLiteral("hide"), ok);
            // Column names are labels: any key is allowed, so the map is read here, not checked.
            const YAML::Node rename = columns->value(QStringLiteral("rename"));
            const QString path = ConfigReader::keyPath(columns->path, QStringLiteral("rename"));
            if (columns->has(QStringLiteral("rename")) && !rename.IsMap()) {
                m_reader.error(ConfigReader::markOf(*columns, QStringLiteral("rename")),
                    tr("%1 must map columns to the headers shown, like \"job: Job\"").arg(path));
                ok = false;
            }
            for (auto it = rename.begin(); rename.IsMap() && it != rename.end(); ++it) {
                if (!it->first.IsScalar() || !it->second.IsScalar()) {
                    m_reader.error(it->first.Mark(),
                        tr("%1: each entry must be \"column: header\", both text").arg(path));
                    ok = false;
                    continue;
                }
                p.columns.rename.insert(
                    QString::fromStdString(it->first.Scalar()), QString::fromStdString(it->second.Scalar()));
            }
        }
    }
    tableTransforms(panel, p, ok);
    if (panel.has(QStringLiteral("sort_by"))) {
        static const QStringList keys { QStringLiteral("column"), QStringLiteral("descending") };
        const auto sort = m_reader.map(panel, QStringLiteral("sort_by"), Need::Required, keys);
        ok = ok && sort;
        if (sort) {
            const auto column = m_reader.text(*sort, QStringLiteral("column"), Need::Required);
            const auto descending = m_reader.boolean(*sort, QStringLiteral("descending"), Need::Optional);
            ok = ok && column && (descending || !sort->has(QStringLiteral("descending")));
            if (column)
                p.sortBy = TableSort { *column, descending.value_or(false) };
        }
    }
}

QStringList DashboardConfigParser::columnNames(const ConfigReader::Map &map, const QString &key, bool &ok)
{
    QStringList out;
    for (const ConfigReader::Item &item : m_reader.list(map, key, Need::Optional)) {
        if (!item.node.IsScalar() || item.node.Scalar().empty()) {
            m_reader.error(item.mark, tr("%1 must be a column name: a label, or Value").arg(item.path));
            ok = false;
            continue;
        }
        out << QString::fromStdString(item.node.Scalar());
    }
    return out;
}

QList<ValueMapping> DashboardConfigParser::valueMappings(const ConfigReader::Map &panel, bool &ok)
{
    QList<ValueMapping> out;
    for (const ConfigReader::Item &item :
        m_reader.list(panel, QStringLiteral("value_mappings"), Need::Optional)) {
        if (auto m = valueMapping(item))
            out.append(*m);
        else
            ok = false;
    }
    return out;
}

std::optional<ValueMapping> DashboardConfigParser::valueMapping(const ConfigReader::Item &item)
{
    static const QStringList kinds { QStringLiteral("value"), QStringLiteral("range"),
        QStringLiteral("regex"), QStringLiteral("special") };
    static const QStringList keys = kinds + QStringList { QStringLiteral("text"), QStringLiteral("color") };
    const auto map = m_reader.map(item, keys);
    if (!map)
        return std::nullopt;
    ValueMapping m;
    m.location = ConfigReader::location(map->mark);
    QStringList written;
    for (const QString &kind : kinds) {
        if (map->has(kind))
            written << kind;
    }
    if (written.size() != 1) {
        m_reader.error(map->mark,
            tr("%1 must have exactly one of value, range, regex or special (it has %2)")
                .arg(item.path, written.isEmpty() ? tr("none") : ConfigReader::listing(written)));
        return std::nullopt;
    }
    bool ok = true;
    m.kind = ValueMapping::Kind(kinds.indexOf(written.first()));
    switch (m.kind) {
    case ValueMapping::Kind::Value: {
        const auto value = m_reader.number(*map, QStringLiteral("value"), Need::Required);
        ok = value.has_value();
        m.value = value.value_or(0);
        break;
    }
    case ValueMapping::Kind::Range: {
        static const QStringList ends { QStringLiteral("from"), QStringLiteral("to") };
        const auto range = m_reader.map(*map, QStringLiteral("range"), Need::Required, ends);
        if (!range)
            return std::nullopt;
        const bool hasFrom = range->has(QStringLiteral("from"));
        const bool hasTo = range->has(QStringLiteral("to"));
        m.from = m_reader.number(*range, QStringLiteral("from"), Need::Optional);
        m.to = m_reader.number(*range, QStringLiteral("to"), Need::Optional);
        ok = (m.from || !hasFrom) && (m.to || !hasTo);
        if (!hasFrom && !hasTo) {
            m_reader.error(range->mark, tr("%1 needs from, to or both").arg(range->path));
            ok = false;
        } else if (m.from && m.to && *m.from > *m.to) {
            m_reader.error(ConfigReader::markOf(*range, QStringLiteral("to")),
                tr("%1 must not be below from (%2)")
                    .arg(ConfigReader::keyPath(range->path, QStringLiteral("to")))
                    .arg(*m.from));
            ok = false;
        }
        break;
    }
    case ValueMapping::Kind::Regex: {
        const auto pattern = m_reader.text(*map, QStringLiteral("regex"), Need::Required);
        const QRegularExpression re(pattern.value_or(QString()));
        if (pattern && !re.isValid()) {
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("regex")),
                tr("%1 is not a valid regular expression: %2")
                    .arg(ConfigReader::keyPath(map->path, QStringLiteral("regex")), re.errorString()));
            ok = false;
        }
        ok = ok && pattern;
        m.pattern = pattern.value_or(QString());
        break;
    }
    case ValueMapping::Kind::Special: {
        const auto special
            = m_reader.choice(*map, QStringLiteral("special"), Need::Required, specialValueNames());
        ok = special.has_value();
        m.special = ValueMapping::Special(special.value_or(0));
        break;
    }
    }
    const bool hasText = map->has(QStringLiteral("text"));
    const bool hasColor = map->has(QStringLiteral("color"));
    m.text = m_reader.text(*map, QStringLiteral("text"), Need::Optional).value_or(QString());
    if (hasColor) {
        const auto color = m_reader.color(*map, QStringLiteral("color"), Need::Optional);
        ok = ok && color;
        m.color = color.value_or(QString());
    }
    if (!hasText && !hasColor) {
        m_reader.error(map->mark, tr("%1 needs a text, a color or both").arg(item.path));
        ok = false;
    }
    return ok ? std::optional<ValueMapping>(m) : std::nullopt;
}

QList<FieldOverride> DashboardConfigParser::overrides(
    const ConfigReader::Map &panel, const Panel &p, bool &ok)
{
    QList<FieldOverride> out;
    for (const ConfigReader::Item &item : m_reader.list(panel, QStringLiteral("overrides"), Need::Optional)) {
        if (auto o = fieldOverride(item, p))
            out.append(*o);
        else
            ok = false;
    }
    return out;
}

std::optional<FieldOverride> DashboardConfigParser::fieldOverride(
    const ConfigReader::Item &item, const Panel &p)
{
    static const QStringList settings { QStringLiteral("unit"), QStringLiteral("decimals"),
        QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("thresholds"), QStringLiteral("color"),
        QStringLiteral("display_name"), QStringLiteral("axis") };
    static const QStringList keys = QStringList { QStringLiteral("match") } + settings;
    const auto map = m_reader.map(item, keys);
    if (!map)
        return std::nullopt;
    FieldOverride o;
    o.location = ConfigReader::location(map->mark);
    bool ok = overrideMatch(*map, p, o);
    if (std::none_of(settings.cbegin(), settings.cend(), [&](const QString &key) { return map->has(key); })) {
        m_reader.error(map->mark,
            tr("%1 sets nothing: give it one or more of %2").arg(item.path, ConfigReader::listing(settings)));
        ok = false;
    }
    if (map->has(QStringLiteral("unit"))) {
        const auto unit = m_reader.choice(*map, QStringLiteral("unit"), Need::Optional, unitNames());
        ok = ok && unit;
        if (unit)
            o.unit = PanelUnit(*unit);
    }
    if (map->has(QStringLiteral("decimals"))) {
        o.decimals = m_reader.integer(*map, QStringLiteral("decimals"), Need::Optional, 0, kMaxDecimals);
        ok = ok && o.decimals;
    }
    for (const auto &[key, target] :
        { std::pair { QStringLiteral("min"), &o.min }, std::pair { QStringLiteral("max"), &o.max } }) {
        if (!map->has(key))
            continue;
        *target = m_reader.number(*map, key, Need::Optional);
        ok = ok && target->has_value();
    }
    if (o.min && o.max && *o.min >= *o.max) {
        m_reader.error(ConfigReader::markOf(*map, QStringLiteral("max")),
            tr("%1 must be greater than min (%2)")
                .arg(ConfigReader::keyPath(map->path, QStringLiteral("max")))
                .arg(*o.min));
        ok = false;
    }
    if (map->has(QStringLiteral("thresholds"))) {
        AxisKeys axes;
        o.thresholds = thresholds(*map, axes, ok);
        // An override's limits colour its series' readings; lines on an axis stay the panel's.
        if (axes.first) {
            m_reader.error(axes.first->mark,
                tr("%1: an override's thresholds have no axis (lines are the panel's own)")
                    .arg(axes.first->path));
            ok = false;
        }
    }
    if (map->has(QStringLiteral("color"))) {
        const auto color = m_reader.color(*map, QStringLiteral("color"), Need::Optional);
        ok = ok && color;
        o.color = color.value_or(QString());
    }
    o.displayName = m_reader.text(*map, QStringLiteral("display_name"), Need::Optional).value_or(QString());
    if (map->has(QStringLiteral("axis"))) {
        const QString key = QStringLiteral("axis");
        if (p.type != PanelType::TimeSeries) {
            m_reader.error(ConfigReader::markOf(*map, key),
                tr("%1 only applies to timeseries panels").arg(ConfigReader::keyPath(map->path, key)));
            ok = false;
        } else {
            const auto axis = m_reader.choice(*map, key, Need::Optional, axisNames());
            ok = ok && axis;
            if (axis)
                o.axis = YAxis(*axis);
        }
    }
    return ok ? std::optional<FieldOverride>(o) : std::nullopt;
}

bool DashboardConfigParser::overrideMatch(
    const ConfigReader::Map &override, const Panel &p, FieldOverride &out)
{
    static const QStringList matchers { QStringLiteral("name"), QStringLiteral("regex"),
        QStringLiteral("query") };
    const auto match = m_reader.map(override, QStringLiteral("match"), Need::Required, matchers);
    if (!match)
        return false;
    QStringList written;
    for (const QString &m : matchers) {
        if (match->has(m))
            written << m;
    }
    if (written.size() != 1) {
        m_reader.error(match->mark,
            tr("%1 must have exactly one of name, regex or query (it has %2)")
                .arg(match->path, written.isEmpty() ? tr("none") : ConfigReader::listing(written)));
        return false;
    }
    const QString key = written.first();
    out.match = FieldOverride::Match(matchers.indexOf(key));
    const auto pattern = m_reader.text(*match, key, Need::Required);
    if (!pattern)
        return false;
    out.pattern = *pattern;
    const YAML::Mark mark = ConfigReader::markOf(*match, key);
    const QString path = ConfigReader::keyPath(match->path, key);
    if (out.match == FieldOverride::Match::Regex) {
        const QRegularExpression re(out.pattern);
        if (!re.isValid()) {
            m_reader.error(mark, tr("%1 is not a valid regular expression: %2").arg(path, re.errorString()));
            return false;
        }
    }
    if (out.match == FieldOverride::Match::Query) {
        QStringList refIds;
        for (const PanelQuery &q : p.queries) {
            if (!q.refId.isEmpty())
                refIds << q.refId;
        }
        bool isIndex = false;
        const int index = out.pattern.toInt(&isIndex);
        const bool known
            = refIds.contains(out.pattern) || (isIndex && index >= 0 && index < p.queries.size());
        // With broken queries (reported) the count is wrong: no second message about them.
        if (!known && !p.queries.isEmpty()) {
            m_reader.error(mark,
                tr("%1 is \"%2\", but the panel has no query of that ref_id or index (ref_ids: %3; indexes "
                   "0 to %4)")
                    .arg(path, out.pattern, refIds.isEmpty() ? tr("none") : ConfigReader::listing(refIds))
                    .arg(p.queries.size() - 1));
            return false;
        }
    }
    return true;
}

} // namespace pivori

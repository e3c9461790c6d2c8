// SPDX-License-Identifier: GPL-3.0-or-later
// Rows (`type: row` entries of `panels:`) and repeats (`repeat:` on panels and rows) of the
// console's own dashboards.
#include "dashboardconfigparser.h"

namespace pivori {

namespace {

using Need = ConfigReader::Need;

const QString kIdPattern = QStringLiteral("[a-z0-9-]+");
const QString kIdentifierPattern = QStringLiteral("[A-Za-z_][A-Za-z0-9_]*");

QString idExpected()
{
    return DashboardConfigParser::tr("an id of lower-case letters, digits and '-' (like api-latency)");
}

} // namespace

QStringList DashboardConfigParser::repeatDirectionNames()
{
    return { QStringLiteral("horizontal"), QStringLiteral("vertical") };
}

bool DashboardConfigParser::isRowItem(const YAML::Node &node)
{
    if (!node.IsMap())
        return false;
    const YAML::Node type = node[std::string("type")];
    return type.IsScalar() && type.Scalar() == "row";
}

DashboardRow DashboardConfigParser::row(const ConfigReader::Item &item, const QSet<QString> &variableNames,
    const QString &dashboardId, QHash<QString, int> &seen, QList<Panel> &panels)
{
    static const QStringList keys { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title"),
        QStringLiteral("collapsed"), QStringLiteral("panels"), QStringLiteral("repeat") };
    DashboardRow r;
    const auto map = m_reader.map(item, keys);
    if (!map)
        return r;
    r.location = ConfigReader::location(map->mark);
    const auto id = m_reader.name(*map, QStringLiteral("id"), Need::Required, kIdPattern, idExpected());
    const auto title = m_reader.text(*map, QStringLiteral("title"), Need::Required);
    r.collapsed = m_reader.boolean(*map, QStringLiteral("collapsed"), Need::Optional).value_or(false);
    if (id) {
        const YAML::Mark mark = ConfigReader::markOf(*map, QStringLiteral("id"));
        if (const int first = claimId(seen, *id, mark)) {
            // Rows and panels share ids: the window remembers a row's state by its id.
            m_reader.error(mark,
                // NOLINTNEXTLINE(modernize-raw-string-literal): written as the parser's other tr() texts
                tr("duplicate panel or row id \"%1\" in dashboard \"%2\" (first defined at line %3)")
                    .arg(*id, dashboardId)
                    .arg(first));
        }
        r.id = *id;
    }
    r.title = title.value_or(QString());
    bool repeatOk = true;
    r.repeat = repeatVariable(*map, variableNames, repeatOk);
    for (const ConfigReader::Item &panelItem :
        m_reader.list(*map, QStringLiteral("panels"), Need::Optional)) {
        if (isRowItem(panelItem.node)) {
            // Grafana has no rows in rows either; a second level would need a second header.
            m_reader.error(panelItem.mark,
                tr("%1: a row holds panels, not other rows; write the rows one after the other")
                    .arg(panelItem.path));
            continue;
        }
        if (auto p = panel(panelItem, variableNames, dashboardId, seen)) {
            p->row = r.id;
            if (!r.repeat.isEmpty() && !p->repeat.isEmpty()) {
                repeatInRepeatedRow(panelItem, *p, r);
                continue;
            }
            panels.append(*p);
        }
    }
    return r;
}

void DashboardConfigParser::repeatInRepeatedRow(
    const ConfigReader::Item &item, const Panel &panel, const DashboardRow &row)
{
    // Every copy of the row would repeat the panel again: rarely meant, never clear.
    m_reader.error(item.mark,
        tr("%1 repeats by $%2 inside row \"%3\", which repeats by $%4: repeat one or the other")
            .arg(item.path, panel.repeat, row.title, row.repeat));
}

QString DashboardConfigParser::repeatVariable(
    const ConfigReader::Map &map, const QSet<QString> &variableNames, bool &ok)
{
    const QString key = QStringLiteral("repeat");
    if (!map.has(key))
        return {};
    const auto name
        = m_reader.name(map, key, Need::Optional, kIdentifierPattern, tr("a variable name like service"));
    if (!name) {
        ok = false;
        return {};
    }
    if (!variableNames.contains(*name)) {
        m_reader.error(ConfigReader::markOf(map, key),
            tr("%1 is $%2, but the dashboard has no variable named \"%2\"")
                .arg(ConfigReader::keyPath(map.path, key), *name));
        ok = false;
        return {};
    }
    return *name;
}

} // namespace pivori

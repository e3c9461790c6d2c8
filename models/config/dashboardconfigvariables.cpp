// SPDX-License-Identifier: GPL-3.0-or-later
// The `variables:` of the console's own dashboards: drop-downs of a label's values or of a fixed
// list, one value or several (multi), and chained ones whose query names other variables.
#include "dashboardconfigparser.h"
#include "variablevalues.h"

#include <functional>

namespace pivori {

namespace {

using Need = ConfigReader::Need;

const QString kIdentifierPattern = QStringLiteral("[A-Za-z_][A-Za-z0-9_]*");

} // namespace

QList<DashboardVariable> DashboardConfigParser::variables(const ConfigReader::Map &dashboard)
{
    QList<ReadVariable> read;
    QHash<QString, int> seen;
    for (const ConfigReader::Item &item :
        m_reader.list(dashboard, QStringLiteral("variables"), Need::Optional)) {
        auto v = variable(item);
        if (!v)
            continue;
        const auto previous = seen.constFind(v->variable.name);
        if (previous != seen.cend()) {
            m_reader.error(v->nameMark,
                tr("duplicate variable \"%1\" (first defined at line %2)")
                    .arg(v->variable.name)
                    .arg(*previous));
            continue;
        }
        seen.insert(v->variable.name, ConfigReader::location(v->nameMark).line);
        read.append(*v);
    }
    // A broken chain is reported here; the file then does not load, so the variables are
    // kept (panels using them are not reported a second time).
    checkVariableChains(read);
    QList<DashboardVariable> out;
    for (const ReadVariable &v : std::as_const(read))
        out.append(v.variable);
    return out;
}

std::optional<DashboardConfigParser::ReadVariable> DashboardConfigParser::variable(
    const ConfigReader::Item &item)
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("query"),
        QStringLiteral("default"), QStringLiteral("include_all"), QStringLiteral("multi"),
        QStringLiteral("all_value"), QStringLiteral("values"), QStringLiteral("regex"),
        QStringLiteral("sort"), QStringLiteral("query_result") };
    const auto map = m_reader.map(item, keys);
    if (!map)
        return std::nullopt;
    const bool fixed = map->has(QStringLiteral("values"));
    const bool queryResult = map->has(QStringLiteral("query_result"));
    const auto name = m_reader.name(
        *map, QStringLiteral("name"), Need::Required, kIdentifierPattern, tr("a variable name like service"));
    // A fixed list or a query's answer replaces the label's values: both together would leave
    // one of them unused.
    const auto label
        = m_reader.name(*map, QStringLiteral("label"), fixed || queryResult ? Need::Optional : Need::Required,
            kIdentifierPattern, tr("a Prometheus label name like service"));
    bool ok = label || fixed || queryResult;
    ReadVariable out;
    DashboardVariable &v = out.variable;
    v.query = m_reader.text(*map, QStringLiteral("query"), Need::Optional).value_or(QString());
    if (queryResult) {
        const auto expr = m_reader.text(*map, QStringLiteral("query_result"), Need::Required);
        ok = ok && expr && !expr->trimmed().isEmpty();
        if (expr && expr->trimmed().isEmpty())
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("query_result")),
                tr("%1 is empty: give the PromQL expression whose answer lists the values")
                    .arg(ConfigReader::keyPath(map->path, QStringLiteral("query_result"))));
        for (const QString &key :
            { QStringLiteral("label"), QStringLiteral("query"), QStringLiteral("values") }) {
            if (!map->has(key))
                continue;
            m_reader.error(ConfigReader::markOf(*map, key),
                tr("%1: a query_result variable takes its values from that expression; it has no %2")
                    .arg(ConfigReader::keyPath(map->path, key), key));
            ok = false;
        }
        v.query = expr.value_or(QString());
        v.queryResult = true;
    }
    v.includeAll = m_reader.boolean(*map, QStringLiteral("include_all"), Need::Optional).value_or(false);
    if (map->has(QStringLiteral("multi"))) {
        const auto multi = m_reader.boolean(*map, QStringLiteral("multi"), Need::Optional);
        ok = ok && multi;
        v.multi = multi.value_or(false);
    }
    if (map->has(QStringLiteral("all_value"))) {
        const auto allValue = m_reader.text(*map, QStringLiteral("all_value"), Need::Optional);
        ok = ok && allValue && !allValue->isEmpty();
        if (allValue && allValue->isEmpty())
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("all_value")),
                tr("%1 must be a regex, like \".+\"")
                    .arg(ConfigReader::keyPath(map->path, QStringLiteral("all_value"))));
        v.allValue = allValue.value_or(QString());
    }
    if (map->has(QStringLiteral("regex"))) {
        const auto regex = m_reader.text(*map, QStringLiteral("regex"), Need::Optional);
        QString why;
        if (regex && (regex->isEmpty() || !variableRegex(*regex, &why))) {
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("regex")),
                regex->isEmpty() ? tr("%1 is empty; leave it out to offer every value")
                                       .arg(ConfigReader::keyPath(map->path, QStringLiteral("regex")))
                                 : tr("%1 is not a valid regular expression: %2")
                                       .arg(ConfigReader::keyPath(map->path, QStringLiteral("regex")), why));
            ok = false;
        }
        ok = ok && regex;
        v.regex = regex.value_or(QString());
    }
    if (map->has(QStringLiteral("sort"))) {
        const auto sort = m_reader.choice(*map, QStringLiteral("sort"), Need::Optional, variableSortNames());
        ok = ok && sort;
        v.sort = static_cast<VariableSort>(sort.value_or(0));
    }
    if (fixed && !queryResult) {
        for (const QString &key : { QStringLiteral("label"), QStringLiteral("query") }) {
            if (!map->has(key))
                continue;
            m_reader.error(ConfigReader::markOf(*map, key),
                tr("%1: a variable with values offers that list; it has no %2 to look values up with")
                    .arg(ConfigReader::keyPath(map->path, key), key));
            ok = false;
        }
        v.values = fixedValues(*map, ok);
    }
    v.defaultValues = defaultValues(*map, v, ok);
    // A variable with other mistakes (reported: the file does not load) is still known by its
    // name, so that the panels using it are not reported a second time.
    if (!name)
        return std::nullopt;
    v.name = *name;
    v.label = fixed || queryResult ? QString() : label.value_or(QString());
    out.nameMark = ConfigReader::markOf(*map, QStringLiteral("name"));
    const QString queryKey = queryResult ? QStringLiteral("query_result") : QStringLiteral("query");
    out.queryMark = ConfigReader::markOf(*map, queryKey);
    out.queryPath = ConfigReader::keyPath(map->path, queryKey);
    return out;
}

QStringList DashboardConfigParser::fixedValues(const ConfigReader::Map &map, bool &ok)
{
    QStringList out;
    const QString path = ConfigReader::keyPath(map.path, QStringLiteral("values"));
    const QList<ConfigReader::Item> items = m_reader.list(map, QStringLiteral("values"), Need::Optional, 1);
    if (items.isEmpty())
        ok = false;
    for (const ConfigReader::Item &item : items) {
        const QString value = item.node.IsScalar() ? QString::fromStdString(item.node.Scalar()) : QString();
        if (value.isEmpty()) {
            m_reader.error(item.mark, tr("%1: each value must be a non-empty text").arg(path));
            ok = false;
        } else if (out.contains(value)) {
            m_reader.error(item.mark, tr("%1: \"%2\" is listed twice").arg(path, value));
            ok = false;
        } else {
            out << value;
        }
    }
    return out;
}

QStringList DashboardConfigParser::defaultValues(
    const ConfigReader::Map &map, const DashboardVariable &v, bool &ok)
{
    const QString key = QStringLiteral("default");
    if (!map.has(key))
        return {};
    const QString path = ConfigReader::keyPath(map.path, key);
    QStringList out;
    if (map.value(key).IsSequence()) {
        for (const ConfigReader::Item &item : m_reader.list(map, key, Need::Optional, 1)) {
            if (!item.node.IsScalar() || item.node.Scalar().empty()) {
                m_reader.error(item.mark, tr("%1: each value must be a non-empty text").arg(path));
                ok = false;
                continue;
            }
            out << QString::fromStdString(item.node.Scalar());
        }
        if (out.isEmpty())
            ok = false;
        if (out.size() > 1 && !v.multi) {
            m_reader.error(ConfigReader::markOf(map, key),
                tr("%1 lists %2 values, but the variable selects one (add \"multi: true\" to select "
                   "several)")
                    .arg(path)
                    .arg(out.size()));
            ok = false;
        }
    } else {
        const auto value = m_reader.text(map, key, Need::Optional);
        if (!value)
            ok = false;
        else if (!value->isEmpty())
            out << *value;
    }
    for (const QString &value : std::as_const(out)) {
        if (v.values.isEmpty() || v.values.contains(value))
            continue;
        m_reader.error(ConfigReader::markOf(map, key),
            tr("%1: \"%2\" is not one of the variable's values (%3)")
                .arg(path, value, ConfigReader::listing(v.values)));
        ok = false;
    }
    return out;
}

bool DashboardConfigParser::checkVariableChains(const QList<ReadVariable> &variables)
{
    QHash<QString, QStringList> parents;
    for (const ReadVariable &v : variables)
        parents.insert(v.variable.name, v.variable.referencedVariables());
    bool ok = true;
    QSet<QString> inReportedCycle;
    for (const ReadVariable &v : variables) {
        const QString &name = v.variable.name;
        for (const QString &parent : parents.value(name)) {
            if (parent == name) {
                m_reader.error(v.queryMark,
                    tr("%1 references $%2, its own variable: its values cannot depend on its own "
                       "selection")
                        .arg(v.queryPath, name));
                ok = false;
            } else if (!parents.contains(parent)) {
                m_reader.error(v.queryMark,
                    tr("%1 uses $%2, but the dashboard has no variable named \"%2\"")
                        .arg(v.queryPath, parent));
                ok = false;
            }
        }
        if (inReportedCycle.contains(name))
            continue;
        // Depth first along the references, looking for the way back to this variable.
        QStringList path { name };
        QSet<QString> visited { name };
        const std::function<bool(const QString &)> reachesStart = [&](const QString &from) {
            for (const QString &next : parents.value(from)) {
                if (next == name && from != name)
                    return true;
                if (next == from || visited.contains(next) || !parents.contains(next))
                    continue;
                visited.insert(next);
                path << next;
                if (reachesStart(next))
                    return true;
                path.removeLast();
            }
            return false;
        };
        if (!reachesStart(name))
            continue;
        for (const QString &member : std::as_const(path))
            inReportedCycle.insert(member);
        path << name;
        m_reader.error(v.queryMark,
            tr("%1: the variables %2 reference each other in a cycle; one of them must not depend on "
               "the others")
                .arg(v.queryPath, path.join(QStringLiteral(" → "))));
        ok = false;
    }
    return ok;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
// A table panel's `join:` (rows of several queries made one) and `calculate:` (columns worked
// out of the readings), Grafana's merge, joinByField and calculateField transformations.
#include "dashboardconfigparser.h"

namespace pivori {

namespace {

using Need = ConfigReader::Need;

const QString kLabelPattern = QStringLiteral("[A-Za-z_][A-Za-z0-9_]*");

const QStringList &operatorNames()
{
    static const QStringList names { QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("*"),
        QStringLiteral("/"), QStringLiteral("%") };
    return names;
}

} // namespace

QStringList DashboardConfigParser::reducerNames()
{
    return { QStringLiteral("sum"), QStringLiteral("mean"), QStringLiteral("min"), QStringLiteral("max"),
        QStringLiteral("count") };
}

QStringList DashboardConfigParser::joinModeNames()
{
    return { QStringLiteral("outer"), QStringLiteral("inner") };
}

void DashboardConfigParser::tableTransforms(const ConfigReader::Map &panel, Panel &p, bool &ok)
{
    if (panel.has(QStringLiteral("join"))) {
        const QString key = QStringLiteral("join");
        if (panel.value(key).IsMap()) {
            const auto join
                = m_reader.map(panel, key, Need::Required, { QStringLiteral("by"), QStringLiteral("mode") });
            ok = ok && join;
            std::optional<QString> by;
            if (join && join->has(QStringLiteral("by"))) {
                by = m_reader.name(*join, QStringLiteral("by"), Need::Required, kLabelPattern,
                    tr("a Prometheus label name like pod"));
                ok = ok && by;
            }
            std::optional<int> mode;
            if (join && join->has(QStringLiteral("mode"))) {
                mode = m_reader.choice(*join, QStringLiteral("mode"), Need::Required, joinModeNames());
                ok = ok && mode;
            }
            p.join = TableJoin { join.has_value(), by.value_or(QString()), mode.value_or(0) == 1 };
        } else {
            const auto join = m_reader.boolean(panel, key, Need::Required);
            ok = ok && join;
            p.join.enabled = join.value_or(false);
        }
    }
    QStringList names;
    for (const ConfigReader::Item &item :
        m_reader.list(panel, QStringLiteral("calculate"), Need::Optional, 1)) {
        const auto column = calculatedColumn(item);
        if (!column) {
            ok = false;
            continue;
        }
        if (names.contains(column->name)) {
            m_reader.error(item.mark,
                tr("%1: a column named \"%2\" is calculated already").arg(item.path, column->name));
            ok = false;
            continue;
        }
        names << column->name;
        p.calculated.append(*column);
    }
}

std::optional<CalculatedColumn> DashboardConfigParser::calculatedColumn(const ConfigReader::Item &item)
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("left"), QStringLiteral("op"),
        QStringLiteral("right"), QStringLiteral("reduce"), QStringLiteral("over") };
    const auto map = m_reader.map(item, keys);
    if (!map)
        return std::nullopt;
    CalculatedColumn c;
    const auto name = m_reader.text(*map, QStringLiteral("name"), Need::Required);
    bool ok = name && !name->isEmpty();
    c.name = name.value_or(QString());
    const bool reduce = map->has(QStringLiteral("reduce"));
    const bool binary = map->has(QStringLiteral("left")) || map->has(QStringLiteral("op"))
        || map->has(QStringLiteral("right"));
    if (reduce == binary) {
        m_reader.error(item.mark,
            tr("%1 needs either left, op and right (e.g. left: \"Value #A\", op: /, right: \"Value #B\") or "
               "reduce (sum, mean, min, max or count)")
                .arg(item.path));
        return std::nullopt;
    }
    if (reduce) {
        c.mode = CalculatedColumn::Mode::Reduce;
        const auto reducer = m_reader.choice(*map, QStringLiteral("reduce"), Need::Required, reducerNames());
        ok = ok && reducer;
        c.reducer = static_cast<CalculatedColumn::Reducer>(reducer.value_or(0));
        c.over = columnNames(*map, QStringLiteral("over"), ok);
    } else {
        if (map->has(QStringLiteral("over"))) {
            m_reader.error(ConfigReader::markOf(*map, QStringLiteral("over")),
                tr("%1 only applies with reduce")
                    .arg(ConfigReader::keyPath(map->path, QStringLiteral("over"))));
            ok = false;
        }
        const auto left = m_reader.text(*map, QStringLiteral("left"), Need::Required);
        const auto op = m_reader.choice(*map, QStringLiteral("op"), Need::Required, operatorNames());
        const auto right = m_reader.text(*map, QStringLiteral("right"), Need::Required);
        ok = ok && left && op && right;
        c.left = left.value_or(QString());
        c.op = operatorNames().value(op.value_or(0)).at(0);
        c.right = right.value_or(QString());
    }
    if (!ok)
        return std::nullopt;
    return c;
}

} // namespace pivori

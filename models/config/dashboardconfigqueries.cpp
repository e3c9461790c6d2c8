// SPDX-License-Identifier: GPL-3.0-or-later
// A panel's `queries:`, the axes they and the thresholds are read against, and `thresholds:`;
// the rest of a panel is in dashboardconfigparser.cpp.
#include "dashboardconfigparser.h"

#include <QRegularExpression>

namespace pivori {

namespace {

using Need = ConfigReader::Need;

} // namespace

YAxis DashboardConfigParser::axis(const ConfigReader::Map &map, AxisKeys &axes, bool isThreshold, bool &ok)
{
    const QString key = QStringLiteral("axis");
    if (!map.has(key))
        return YAxis::Left;
    const auto choice = m_reader.choice(map, key, Need::Optional, axisNames());
    if (!choice) {
        ok = false;
        return YAxis::Left;
    }
    const AxisKeys::Use use { ConfigReader::markOf(map, key), ConfigReader::keyPath(map.path, key) };
    if (!axes.first)
        axes.first = use;
    const auto axis = YAxis(*choice);
    if (axis == YAxis::Right) {
        if (isThreshold)
            axes.rightThresholds.append(use);
        else
            axes.rightQuery = true;
    }
    return axis;
}

void DashboardConfigParser::checkAxes(PanelType type, const AxisKeys &axes, bool &ok)
{
    // Only a time series panel has axes; elsewhere the key would be silently ignored.
    if (type != PanelType::TimeSeries && axes.first) {
        m_reader.error(axes.first->mark, tr("%1 only applies to timeseries panels").arg(axes.first->path));
        ok = false;
        return;
    }
    // A limit on an axis no series is read against would be a line without a meaning.
    if (!axes.rightQuery) {
        for (const AxisKeys::Use &use : axes.rightThresholds) {
            m_reader.error(use.mark,
                tr("%1 is right, but no query of this panel is on the right axis (add \"axis: right\" "
                   "to the query this limit is for)")
                    .arg(use.path));
            ok = false;
        }
    }
}

QList<PanelQuery> DashboardConfigParser::queries(
    const ConfigReader::Map &panel, const QSet<QString> &variableNames, AxisKeys &axes, bool &ok)
{
    static const QStringList keys { QStringLiteral("expr"), QStringLiteral("legend"), QStringLiteral("color"),
        QStringLiteral("axis"), QStringLiteral("ref_id") };
    QList<PanelQuery> out;
    const QList<ConfigReader::Item> items
        = m_reader.list(panel, QStringLiteral("queries"), Need::Required, 1);
    if (items.isEmpty())
        ok = false;
    for (const ConfigReader::Item &item : items) {
        const auto map = m_reader.map(item, keys);
        if (!map) {
            ok = false;
            continue;
        }
        const auto expr = m_reader.text(*map, QStringLiteral("expr"), Need::Required);
        PanelQuery q;
        q.legend = m_reader.text(*map, QStringLiteral("legend"), Need::Optional).value_or(QString());
        if (map->has(QStringLiteral("color"))) {
            const auto color = m_reader.color(*map, QStringLiteral("color"), Need::Optional);
            ok = ok && color;
            q.color = color.value_or(QString());
        }
        q.axis = axis(*map, axes, false, ok);
        q.refId = m_reader.text(*map, QStringLiteral("ref_id"), Need::Optional).value_or(QString());
        if (!expr || !checkVariables(*map, *expr, variableNames)) {
            ok = false;
            continue;
        }
        q.expr = *expr;
        out.append(q);
    }
    return out;
}

bool DashboardConfigParser::checkVariables(
    const ConfigReader::Map &query, const QString &expr, const QSet<QString> &variableNames)
{
    static const QRegularExpression reference(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)"));
    bool ok = true;
    for (auto it = reference.globalMatch(expr); it.hasNext();) {
        const QString name = it.next().captured(1);
        // Double-underscore names are left for built-in placeholders such as $__range.
        if (name.startsWith(QLatin1String("__")) || variableNames.contains(name))
            continue;
        m_reader.error(ConfigReader::markOf(query, QStringLiteral("expr")),
            tr("%1 uses $%2, but the dashboard has no variable named \"%2\"")
                .arg(ConfigReader::keyPath(query.path, QStringLiteral("expr")), name));
        ok = false;
    }
    return ok;
}

QList<Threshold> DashboardConfigParser::thresholds(const ConfigReader::Map &panel, AxisKeys &axes, bool &ok)
{
    static const QStringList keys { QStringLiteral("value"), QStringLiteral("color"),
        QStringLiteral("severity"), QStringLiteral("label"), QStringLiteral("axis") };
    static const QStringList severityColors { QStringLiteral("green"), QStringLiteral("yellow"),
        QStringLiteral("red") };
    QList<Threshold> out;
    for (const ConfigReader::Item &item :
        m_reader.list(panel, QStringLiteral("thresholds"), Need::Optional)) {
        const auto map = m_reader.map(item, keys);
        if (!map) {
            ok = false;
            continue;
        }
        const auto value = m_reader.number(*map, QStringLiteral("value"), Need::Required);
        const auto severity
            = m_reader.choice(*map, QStringLiteral("severity"), Need::Required, severityNames());
        const bool hasColor = map->has(QStringLiteral("color"));
        const auto color = m_reader.color(*map, QStringLiteral("color"), Need::Optional);
        Threshold t;
        t.label = m_reader.text(*map, QStringLiteral("label"), Need::Optional).value_or(QString());
        t.axis = axis(*map, axes, true, ok);
        if (!value || !severity || (hasColor && !color)) {
            ok = false;
            continue;
        }
        t.value = *value;
        t.severity = Severity(*severity);
        t.color = color.value_or(severityColors.at(*severity));
        out.append(t);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Threshold &a, const Threshold &b) { return a.value < b.value; });
    return out;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotdata.h"

#include "dashboardconfigparser.h"
#include "tablerows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pivori {

namespace {

// Same convention as queryResultToJson, so one reader handles both outputs.
QJsonValue jsonNumber(double v)
{
    if (std::isnan(v))
        return QJsonValue(QJsonValue::Null);
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return v;
}

double msToSeconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

/// The YAML spelling of an enum value; the parser's lists are in enum order.
QString nameOf(const QStringList &names, int index)
{
    return index >= 0 && index < names.size() ? names.at(index) : QString();
}

QJsonArray thresholdsJson(const QList<Threshold> &thresholds)
{
    QJsonArray out;
    for (const Threshold &t : thresholds) {
        const QString hex = ConsoleConfig::colorHex(t.color);
        out.append(QJsonObject {
            { QStringLiteral("value"), jsonNumber(t.value) },
            { QStringLiteral("color"), hex.isEmpty() ? t.color : hex },
            { QStringLiteral("severity"), nameOf(DashboardConfigParser::severityNames(), int(t.severity)) },
        });
    }
    return out;
}

QJsonArray queriesJson(const Panel &panel, const PanelData *data)
{
    QJsonArray out;
    for (qsizetype i = 0; i < panel.queries.size(); ++i) {
        // Before a first refresh nothing was sent; the configured text is the best we have.
        const QString expr
            = data && i < data->expressions.size() ? data->expressions.at(i) : panel.queries.at(i).expr;
        out.append(QJsonObject {
            { QStringLiteral("expr"), expr },
            { QStringLiteral("legend"), panel.queries.at(i).legend },
        });
    }
    return out;
}

QJsonArray seriesJson(const QList<PanelSeries> &series)
{
    QJsonArray out;
    for (const PanelSeries &s : series) {
        QJsonObject labels;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        QJsonArray points;
        for (const Sample &p : s.points)
            points.append(QJsonArray { p.t, jsonNumber(p.v) });
        out.append(QJsonObject {
            { QStringLiteral("name"), s.name },
            { QStringLiteral("labels"), labels },
            { QStringLiteral("query"), s.queryIndex },
            { QStringLiteral("points"), points },
        });
    }
    return out;
}

/// A table as its rows and columns come out of `join:` and `calculate:` (before `columns:`
/// hides or orders any): what a reader needs to check a calculated cell.
QJsonObject tableJson(const Panel &panel, const QList<PanelSeries> &series)
{
    const TableRows table = tableRows(panel, series);
    QJsonArray columns;
    for (const QString &label : table.labels)
        columns.append(QJsonObject {
            { QStringLiteral("name"), label }, { QStringLiteral("kind"), QStringLiteral("label") } });
    for (qsizetype i = 0; i < table.readings.size(); ++i)
        columns.append(QJsonObject { { QStringLiteral("name"), table.readings.at(i) },
            { QStringLiteral("kind"), QStringLiteral("reading") },
            { QStringLiteral("header"), table.headers.value(i) } });
    QJsonArray rows;
    for (const TableRows::Row &row : table.rows) {
        QJsonArray cells;
        for (const QString &label : table.labels)
            cells.append(row.labels.contains(label) ? QJsonValue(row.labels.value(label)) : QJsonValue());
        for (const TableCell &cell : row.cells)
            cells.append(cell.value ? jsonNumber(*cell.value) : QJsonValue());
        rows.append(cells);
    }
    return QJsonObject { { QStringLiteral("columns"), columns }, { QStringLiteral("rows"), rows } };
}

QJsonObject panelJson(const Panel &panel, const PanelData *data)
{
    const bool single = panel.type == PanelType::Gauge || panel.type == PanelType::Stat;
    // Bar gauges and tables read the present too: their range is one instant, like a gauge's.
    const bool instant = single || panel.type == PanelType::BarGauge || panel.type == PanelType::Table;
    QJsonValue value(QJsonValue::Null);
    if (single && data && data->value)
        value = jsonNumber(*data->value);
    QJsonValue error(QJsonValue::Null);
    if (data && data->state == PanelData::State::Error)
        error = data->error;
    // The span and step this panel's queries really used: a bars panel steps by its bucket,
    // a gauge reads at the end. Lets a reader repeat exactly the query that was sent.
    QJsonValue range(QJsonValue::Null);
    if (data && !instant && data->stepMs > 0)
        range = QJsonObject { { QStringLiteral("start"), msToSeconds(data->startMs) },
            { QStringLiteral("end"), msToSeconds(data->endMs) },
            { QStringLiteral("step"), msToSeconds(data->stepMs) } };
    else if (data && data->endMs > 0)
        range = QJsonObject { { QStringLiteral("time"), msToSeconds(data->endMs) } };
    QJsonObject out {
        { QStringLiteral("range"), range },
        { QStringLiteral("id"), panel.id },
        { QStringLiteral("title"), panel.title },
        { QStringLiteral("type"), nameOf(DashboardConfigParser::panelTypeNames(), int(panel.type)) },
        { QStringLiteral("unit"), nameOf(DashboardConfigParser::unitNames(), int(panel.unit)) },
        { QStringLiteral("thresholds"), thresholdsJson(panel.thresholds) },
        { QStringLiteral("queries"), queriesJson(panel, data) },
        { QStringLiteral("series"), data ? seriesJson(data->series) : QJsonArray() },
        { QStringLiteral("value"), value },
        { QStringLiteral("error"), error },
    };
    if (panel.decimals)
        out.insert(QStringLiteral("decimals"), *panel.decimals);
    if (panel.type == PanelType::Table && data)
        out.insert(QStringLiteral("table"), tableJson(panel, data->series));
    // A text panel's content, exactly as written (and drawn, never as markup).
    if (panel.type == PanelType::Text)
        out.insert(QStringLiteral("content"), panel.content);
    return out;
}

} // namespace

QByteArray snapshotJson(const Dashboard &dashboard, const QMap<QString, PanelData> &data, qint64 startMs,
    qint64 endMs, qint64 stepMs, const QJsonValue &alerts, const QMap<QString, VariableValue> &variables,
    bool zoomed)
{
    QJsonObject variablesJson;
    for (const DashboardVariable &variable : dashboard.variables) {
        const VariableValue value = variables.value(variable.name);
        variablesJson.insert(variable.name,
            QJsonObject { { QStringLiteral("all"), value.all },
                { QStringLiteral("values"),
                    QJsonArray::fromStringList(value.all ? QStringList() : value.values) } });
    }
    QJsonArray panels;
    for (const Panel &panel : dashboard.panels) {
        // A collapsed row's panels were not queried: listed, without data, so that a reader
        // knows they exist and why they are empty.
        const bool collapsed = dashboard.isCollapsed(panel);
        const auto it = data.constFind(panel.id);
        QJsonObject json = panelJson(panel, collapsed || it == data.constEnd() ? nullptr : &*it);
        if (!panel.row.isEmpty())
            json.insert(QStringLiteral("row"), panel.row);
        if (collapsed)
            json.insert(QStringLiteral("collapsed"), true);
        panels.append(json);
    }
    QJsonArray rows;
    for (const DashboardRow &row : dashboard.rows)
        rows.append(QJsonObject { { QStringLiteral("id"), row.id }, { QStringLiteral("title"), row.title },
            { QStringLiteral("collapsed"), row.collapsed } });
    QJsonObject root {
        { QStringLiteral("dashboard"),
            QJsonObject {
                { QStringLiteral("id"), dashboard.id }, { QStringLiteral("title"), dashboard.title } } },
        { QStringLiteral("range"),
            QJsonObject { { QStringLiteral("start"), msToSeconds(startMs) },
                { QStringLiteral("end"), msToSeconds(endMs) },
                { QStringLiteral("step"), msToSeconds(stepMs) }, { QStringLiteral("zoomed"), zoomed } } },
        { QStringLiteral("variables"), variablesJson },
        { QStringLiteral("panels"), panels },
    };
    if (!rows.isEmpty())
        root.insert(QStringLiteral("rows"), rows);
    if (!alerts.isUndefined())
        root.insert(QStringLiteral("alerts"), alerts);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace pivori

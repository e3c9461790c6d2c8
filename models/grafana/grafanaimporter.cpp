// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanaimporter.h"

#include "configloader.h"
#include "duration.h"
#include "grafanalayout.h"
#include "grafanapanels.h"
#include "grafanayaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pivori {

namespace {

class GrafanaImporter final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::GrafanaImporter)
};

using Level = ImportNote::Level;
constexpr qint64 kMinTimeRangeMs = 60'000;
constexpr qint64 kMinRefreshMs = 1000;

/// 1-based line and column of a byte offset, for JSON errors.
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return { line, column };
}

/// The dashboard object inside the wrappers Grafana writes: the HTTP API's {"dashboard": ...}
/// and the resource form {"kind": "Dashboard", "spec": ...}.
QJsonObject unwrap(QJsonObject root)
{
    if (root.value(QLatin1String("dashboard")).isObject() && !root.contains(QLatin1String("panels"))
        && !root.contains(QLatin1String("rows")))
        root = root.value(QLatin1String("dashboard")).toObject();
    if (root.value(QLatin1String("spec")).isObject() && !root.contains(QLatin1String("panels")))
        root = root.value(QLatin1String("spec")).toObject();
    return root;
}

void readTime(const QJsonObject &d, Dashboard &out, ImportReport &report)
{
    const QString from = d.value(QLatin1String("time")).toObject().value(QLatin1String("from")).toString();
    const QString to = d.value(QLatin1String("time")).toObject().value(QLatin1String("to")).toString();
    std::optional<qint64> range;
    if (from.startsWith(QLatin1String("now-")))
        range = parseDurationMs(QStringView(from).mid(4));
    if (range && *range >= kMinTimeRangeMs && (to.isEmpty() || to == QLatin1String("now"))) {
        out.timeRangeMs = *range;
    } else if (!from.isEmpty()) {
        report.dashboardNotes.append({ Level::Approximated,
            GrafanaImporter::tr("time range %1 to %2: the console shows the last %3")
                .arg(from, to, formatDuration(out.timeRangeMs)) });
    }
    const QJsonValue refresh = d.value(QLatin1String("refresh"));
    const auto every = parseDurationMs(refresh.toString());
    if (every && *every >= kMinRefreshMs) {
        out.refreshMs = *every;
    } else {
        report.dashboardNotes.append({ Level::Approximated,
            GrafanaImporter::tr("no auto-refresh in Grafana; the console refreshes every %1")
                .arg(formatDuration(out.refreshMs)) });
    }
}

QMap<QString, QString> readInputs(const QJsonObject &d)
{
    QMap<QString, QString> out;
    for (const auto &v : d.value(QLatin1String("__inputs")).toArray()) {
        const QJsonObject input = v.toObject();
        out.insert(
            input.value(QLatin1String("name")).toString(), input.value(QLatin1String("pluginId")).toString());
    }
    return out;
}

GrafanaImport failure(const QString &message)
{
    GrafanaImport out;
    out.error = message;
    return out;
}

} // namespace

GrafanaImport importGrafanaDashboard(
    const QByteArray &json, const QString &sourceName, const GrafanaImportOptions &options)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(json, parseError.offset);
        return failure(GrafanaImporter::tr("%1:%2:%3: not valid JSON: %4")
                           .arg(sourceName)
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return failure(GrafanaImporter::tr("%1: a Grafana dashboard is a JSON object").arg(sourceName));
    const QJsonObject d = unwrap(document.object());
    if (d.contains(QLatin1String("elements")))
        return failure(GrafanaImporter::tr(
            "%1: this dashboard uses Grafana's v2 schema (elements{} and a layout), which the console does "
            "not read; export it from Grafana as classic JSON (schemaVersion 42 or earlier)")
                           .arg(sourceName));
    if (!d.value(QLatin1String("panels")).isArray() && !d.value(QLatin1String("rows")).isArray())
        return failure(GrafanaImporter::tr("%1: not a Grafana dashboard: it has neither panels[] nor rows[]")
                           .arg(sourceName));

    GrafanaImport out;
    ImportReport &report = out.report;
    report.source = sourceName;
    report.schemaVersion = d.value(QLatin1String("schemaVersion")).toInt();
    report.title = d.value(QLatin1String("title")).toString().trimmed();
    Dashboard dashboard;
    dashboard.title
        = report.title.isEmpty() ? GrafanaImporter::tr("Imported Grafana dashboard") : report.title;
    dashboard.description = d.value(QLatin1String("description")).toString();
    QSet<QString> noIds;
    dashboard.id = uniqueConsoleId(d.value(QLatin1String("uid")).toString(), QString(), noIds);
    if (dashboard.id.isEmpty())
        dashboard.id = uniqueConsoleId(dashboard.title, QStringLiteral("grafana"), noIds);
    readTime(d, dashboard, report);

    GrafanaQueryContext context;
    context.inputs = readInputs(d);
    context.variables = readGrafanaVariables(d, options.values);
    dashboard.variables = context.variables.dropDowns;
    report.dashboardNotes += context.variables.notes;

    const GrafanaLayout layout = layOutGrafanaPanels(d);
    report.dashboardNotes += layout.notes;
    QList<std::pair<int, QString>> placeholders;
    QSet<QString> usedIds;
    // Rows take their ids first: a row and a panel of the same title get "name" and "name-2".
    for (const LaidOutRow &laidRow : layout.rows) {
        DashboardRow row;
        row.id = uniqueConsoleId(laidRow.title, QStringLiteral("row"), usedIds);
        row.title = laidRow.title;
        row.collapsed = laidRow.collapsed;
        if (context.variables.isDropDown(laidRow.repeat)) {
            row.repeat = laidRow.repeat;
            report.dashboardNotes.append({ Level::Mapped,
                GrafanaImporter::tr("row \"%1\" repeats by $%2: one copy of the row per value")
                    .arg(row.title, row.repeat) });
        } else if (!laidRow.repeat.isEmpty()) {
            report.dashboardNotes.append({ Level::Approximated,
                GrafanaImporter::tr("row \"%1\" repeats by $%2, which the conversion fixes to one value: "
                                    "shown once")
                    .arg(row.title, laidRow.repeat) });
        }
        dashboard.rows.append(row);
    }
    for (const LaidOutPanel &laid : layout.panels) {
        ConvertedPanel converted = convertGrafanaPanel(laid, context, usedIds);
        if (converted.panel) {
            if (laid.rowIndex >= 0) {
                const DashboardRow &row = dashboard.rows.at(laid.rowIndex);
                converted.panel->row = row.id;
                if (!row.repeat.isEmpty() && !converted.panel->repeat.isEmpty()) {
                    // The console repeats the row or its panel, not both.
                    converted.report.note(Level::Approximated,
                        GrafanaImporter::tr("repeat by $%1 dropped: its row repeats by $%2")
                            .arg(converted.panel->repeat, row.repeat));
                    converted.panel->repeat.clear();
                }
            }
            dashboard.panels.append(*converted.panel);
        } else {
            placeholders.append({ int(dashboard.panels.size()),
                GrafanaImporter::tr(
                    "placeholder: Grafana %1 panel \"%2\" is not shown (see the report above)")
                    .arg(converted.report.grafanaType, converted.report.title) });
        }
        report.panels.append(converted.report);
    }
    if (dashboard.panels.isEmpty()) {
        out.error = GrafanaImporter::tr("%1: nothing the console can draw: none of its %n panel(s) has a "
                                        "Prometheus query of a supported kind",
            nullptr, int(layout.panels.size()))
                        .arg(sourceName);
        return out;
    }

    out.yaml = report.yamlComment() + dashboardYaml(dashboard, placeholders);
    // Read back by the console's own parser: what the file says is what the console will show.
    // The server list it requires is appended after the dashboard, so line numbers stay true.
    const QByteArray check
        = out.yaml.toUtf8() + "\nprometheus:\n  - name: grafana-import\n    url: http://127.0.0.1:9090\n";
    const ConfigLoadResult loaded = ConfigLoader::loadText(check, sourceName + QStringLiteral(".yaml"));
    if (!loaded.ok() || loaded.config.dashboards.size() != 1) {
        QStringList lines;
        for (const ConfigError &e : loaded.errors)
            lines << e.toString();
        out.error = GrafanaImporter::tr("%1: the converted dashboard does not load (a converter bug): %2")
                        .arg(sourceName, lines.join(QStringLiteral("; ")));
        return out;
    }
    out.dashboard = loaded.config.dashboards.first();
    out.ok = true;
    return out;
}

} // namespace pivori

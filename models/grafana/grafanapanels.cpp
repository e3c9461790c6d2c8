// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanapanels.h"

#include "grafanafieldconfig.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pivori {

namespace {

class GrafanaPanelReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::GrafanaPanelReader)
};

using Level = ImportNote::Level;

enum class Kind { TimeSeries, Stat, Gauge, Placeholder };

Kind kindOf(const QJsonObject &panel)
{
    const QString type = panel.value(QLatin1String("type")).toString();
    if (type == QLatin1String("timeseries") || type == QLatin1String("graph"))
        return Kind::TimeSeries;
    if (type == QLatin1String("singlestat"))
        return panel.value(QLatin1String("gauge")).toObject().value(QLatin1String("show")).toBool()
            ? Kind::Gauge
            : Kind::Stat;
    if (type == QLatin1String("stat"))
        return Kind::Stat;
    if (type == QLatin1String("gauge"))
        return Kind::Gauge;
    return Kind::Placeholder;
}

void noteOptions(const QJsonObject &panel, Kind kind, PanelImport &report)
{
    const QJsonArray transformations = panel.value(QLatin1String("transformations")).toArray();
    if (!transformations.isEmpty()) {
        QStringList ids;
        for (const auto &t : transformations)
            ids << t.toObject().value(QLatin1String("id")).toString();
        report.note(Level::Approximated,
            GrafanaPanelReader::tr("transformations not applied: %1").arg(ids.join(QStringLiteral(", "))));
    }
    if (kind == Kind::Stat || kind == Kind::Gauge) {
        const QJsonArray calcs = panel.value(QLatin1String("options"))
                                     .toObject()
                                     .value(QLatin1String("reduceOptions"))
                                     .toObject()
                                     .value(QLatin1String("calcs"))
                                     .toArray();
        const QString calc = calcs.at(0).toString();
        const QString valueName = panel.value(QLatin1String("valueName")).toString();
        const QString reduction = !calc.isEmpty() ? calc : valueName;
        if (!reduction.isEmpty() && reduction != QLatin1String("lastNotNull")
            && reduction != QLatin1String("last") && reduction != QLatin1String("current"))
            report.note(Level::Approximated,
                GrafanaPanelReader::tr("shows the current value, not the %1 over the range").arg(reduction));
    }
    if (panel.value(QLatin1String("type")).toString() == QLatin1String("graph")
        && panel.value(QLatin1String("bars")).toBool() && !panel.value(QLatin1String("lines")).toBool(true))
        report.note(Level::Approximated, GrafanaPanelReader::tr("bars drawn as lines"));
    if (!panel.value(QLatin1String("links")).toArray().isEmpty())
        report.note(Level::Approximated, GrafanaPanelReader::tr("panel links not kept"));
}

} // namespace

QString uniqueConsoleId(const QString &title, const QString &fallback, QSet<QString> &usedIds)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString base = title.toLower().normalized(QString::NormalizationForm_KD);
    base.replace(other, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    base.truncate(48);
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; usedIds.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    usedIds.insert(id);
    return id;
}

ConvertedPanel convertGrafanaPanel(
    const LaidOutPanel &laid, const GrafanaQueryContext &context, QSet<QString> &usedIds)
{
    ConvertedPanel out;
    const QJsonObject &json = laid.json;
    const QString type = json.value(QLatin1String("type")).toString();
    const QString title = json.value(QLatin1String("title")).toString().trimmed();
    out.report.title = title.isEmpty() ? GrafanaPanelReader::tr("(untitled)") : title;
    out.report.grafanaType = type.isEmpty() ? GrafanaPanelReader::tr("(no type)") : type;
    out.report.row = laid.row;
    const Kind kind = kindOf(json);
    if (laid.collapsed)
        out.report.note(Level::Approximated, GrafanaPanelReader::tr("in a collapsed row: shown expanded"));
    if (json.contains(QLatin1String("libraryPanel")) && !json.contains(QLatin1String("targets"))) {
        out.report.note(Level::Unsupported,
            GrafanaPanelReader::tr("library panel: its definition is not in the dashboard JSON"));
        return out;
    }
    QString repeatBy = json.value(QLatin1String("repeat")).toString();
    if (!repeatBy.isEmpty()) {
        const QString direction
            = json.value(QLatin1String("repeatDirection")).toString() == QLatin1String("v")
            ? GrafanaPanelReader::tr("vertically")
            : GrafanaPanelReader::tr("horizontally");
        out.report.note(Level::Approximated,
            GrafanaPanelReader::tr("repeated %1 by $%2: one panel whose queries select every chosen value")
                .arg(direction, repeatBy));
        if (!context.variables.isDropDown(repeatBy))
            repeatBy.clear();
    }
    noteOptions(json, kind, out.report);
    const GrafanaFieldSettings fields = readGrafanaFieldSettings(json, out.report);
    const bool instantPanel = kind == Kind::Stat || kind == Kind::Gauge || kind == Kind::Placeholder;
    const QList<PanelQuery> queries
        = readGrafanaTargets(json, context, fields.scale, instantPanel, repeatBy, out.report);
    if (kind == Kind::Placeholder) {
        out.report.note(Level::Unsupported,
            queries.isEmpty() ? GrafanaPanelReader::tr(
                "panel type %1 is not supported yet: a placeholder comment in the YAML")
                                    .arg(type)
                              : GrafanaPanelReader::tr(
                                  "panel type %1 is not supported yet: a placeholder stat panel shows its "
                                  "first query")
                                    .arg(type));
    }
    if (queries.isEmpty()) {
        if (kind != Kind::Placeholder)
            out.report.note(Level::Unsupported, GrafanaPanelReader::tr("no Prometheus query left to show"));
        return out;
    }
    Panel p;
    p.title = out.report.title;
    if (kind == Kind::Placeholder)
        p.title = GrafanaPanelReader::tr("[%1 not supported] %2").arg(type, out.report.title);
    p.description = json.value(QLatin1String("description")).toString();
    p.type = kind == Kind::TimeSeries ? PanelType::TimeSeries
                                      : (kind == Kind::Gauge ? PanelType::Gauge : PanelType::Stat);
    p.queries = queries;
    p.unit = fields.unit;
    p.thresholds = fields.thresholds;
    p.min = fields.min;
    p.max = fields.max;
    p.stacked = kind == Kind::TimeSeries && fields.stacked;
    p.width = laid.width;
    p.height = laid.height;
    p.id = uniqueConsoleId(title, QStringLiteral("panel"), usedIds);
    out.report.consoleId = p.id;
    out.panel = p;
    return out;
}

} // namespace pivori

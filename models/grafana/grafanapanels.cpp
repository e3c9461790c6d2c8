// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanapanels.h"

#include "grafanafieldconfig.h"
#include "grafanapaneloptions.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace pivori {

namespace {

using Level = ImportNote::Level;
using Kind = GrafanaPanelKind;

/// Whether every shown target of @p panel asks for one reading per series (`instant`, or
/// `format: table` without `range`) rather than a range.
bool onlyInstantTargets(const QJsonObject &panel)
{
    bool any = false;
    for (const auto &value : panel.value(QLatin1String("targets")).toArray()) {
        const QJsonObject target = value.toObject();
        if (target.value(QLatin1String("hide")).toBool())
            continue;
        any = true;
        const bool range = target.value(QLatin1String("range")).toBool();
        const bool instant = target.value(QLatin1String("instant")).toBool()
            || target.value(QLatin1String("format")).toString() == QLatin1String("table");
        if (range || !instant)
            return false;
    }
    return any;
}

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
    if (type == QLatin1String("text"))
        return Kind::Text;
    if (type == QLatin1String("bargauge"))
        return Kind::BarGauge;
    if (type == QLatin1String("table") || type == QLatin1String("table-old"))
        return Kind::Table;
    // Grafana's bar chart puts one bar per series on a category axis when its data is one
    // reading per series, and one group of bars per time when it is a range: the console's
    // bar gauge and bars panels draw exactly those two.
    if (type == QLatin1String("barchart"))
        return onlyInstantTargets(panel) ? Kind::BarGauge : Kind::Bars;
    return Kind::Placeholder;
}

/// The text of HTML without its tags, the common entities decoded: block tags become line
/// breaks, script and style go with their content. Shown by the console as plain text.
QString htmlToPlainText(const QString &html)
{
    static const QRegularExpression hidden(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<\\s*(br|/p|/div|/li|/h[1-6]|/tr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression manyBreaks(QStringLiteral("\\n{3,}"));
    QString text = html;
    text.remove(hidden);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tag);
    const std::pair<const char *, const char *> entities[] = { { "&lt;", "<" }, { "&gt;", ">" },
        { "&quot;", "\"" }, { "&#39;", "'" }, { "&nbsp;", " " }, { "&amp;", "&" } };
    for (const auto &[from, to] : entities)
        text.replace(QLatin1String(from), QLatin1String(to));
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n').replace(manyBreaks, QStringLiteral("\n\n")).trimmed();
}

/// A Grafana text panel's content and format (`options.content`/`mode`, or the same keys on
/// the panel itself in old dashboards); empty content when it shows nothing.
void readTextPanel(const QJsonObject &panel, Panel &p, PanelImport &report)
{
    const QJsonObject options = panel.value(QLatin1String("options")).toObject();
    const auto option = [&](const char *key) {
        const QJsonValue v = options.value(QLatin1String(key));
        return v.isString() ? v.toString() : panel.value(QLatin1String(key)).toString();
    };
    const QString mode = option("mode");
    QString content = option("content");
    p.textFormat = TextFormat::Markdown;
    if (mode == QLatin1String("html")) {
        content = htmlToPlainText(content);
        p.textFormat = TextFormat::Plain;
        report.note(
            Level::Approximated, GrafanaPanelReader::tr("HTML shown as its plain text, tags removed"));
    } else if (mode == QLatin1String("code")) {
        p.textFormat = TextFormat::Plain;
        report.note(Level::Approximated, GrafanaPanelReader::tr("code shown as plain text"));
    } else {
        static const QRegularExpression markup(QStringLiteral("<[A-Za-z/!]|!\\["));
        if (markup.match(content).hasMatch())
            report.note(Level::Approximated,
                GrafanaPanelReader::tr("HTML and images in the Markdown shown as text, never loaded"));
    }
    p.content = content;
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
    if (json.contains(QLatin1String("libraryPanel")) && !json.contains(QLatin1String("targets"))) {
        out.report.note(Level::Unsupported,
            GrafanaPanelReader::tr("library panel: its definition is not in the dashboard JSON"));
        return out;
    }
    // A repeat by a drop-down becomes the console's own repeat: one copy per value, each
    // reading its own. By a variable the conversion fixes there is one value: one panel.
    const QString repeatVariable = json.value(QLatin1String("repeat")).toString();
    const bool vertical = json.value(QLatin1String("repeatDirection")).toString() == QLatin1String("v");
    const bool repeats = !repeatVariable.isEmpty() && context.variables.isDropDown(repeatVariable);
    const int maxPerRow = std::clamp(json.value(QLatin1String("maxPerRow")).toInt(4), 1, 12);
    if (repeats) {
        out.report.note(Level::Mapped,
            vertical
                ? GrafanaPanelReader::tr("repeated vertically by $%1: one copy per value").arg(repeatVariable)
                : GrafanaPanelReader::tr("repeated horizontally by $%1: one copy per value, at most %2 "
                                         "per line")
                      .arg(repeatVariable)
                      .arg(maxPerRow));
    } else if (!repeatVariable.isEmpty()) {
        out.report.note(Level::Approximated,
            GrafanaPanelReader::tr("repeated by $%1, which the conversion fixes to one value: one panel")
                .arg(repeatVariable));
    }
    const QString repeatBy; // each copy selects one value: the matchers stay as written
    const auto setRepeat = [&](Panel &p) {
        if (!repeats)
            return;
        p.repeat = repeatVariable;
        p.repeatDirection = vertical ? RepeatDirection::Vertical : RepeatDirection::Horizontal;
        p.maxPerRow = maxPerRow;
    };
    noteGrafanaPanelOptions(json, kind, out.report);
    if (kind == Kind::Text) {
        Panel p;
        p.type = PanelType::Text;
        p.title = out.report.title;
        p.description = json.value(QLatin1String("description")).toString();
        readTextPanel(json, p, out.report);
        if (p.content.trimmed().isEmpty()) {
            out.report.note(
                Level::Unsupported, GrafanaPanelReader::tr("text panel without content: left out"));
            return out;
        }
        p.width = laid.width;
        p.height = laid.height;
        setRepeat(p);
        p.id = uniqueConsoleId(title, QStringLiteral("text"), usedIds);
        out.report.consoleId = p.id;
        out.panel = p;
        return out;
    }
    const GrafanaFieldSettings fields = readGrafanaFieldSettings(json, out.report);
    const bool instantPanel = kind != Kind::TimeSeries && kind != Kind::Bars;
    QJsonObject targetsOf = json;
    const std::optional<qint64> bucketMs
        = kind == Kind::Bars ? takeGrafanaBucket(targetsOf, out.report) : std::nullopt;
    const QList<PanelQuery> queries = readGrafanaTargets(
        targetsOf, context, fields.scale, instantPanel, repeatBy, out.report, fields.refIdScales);
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
    switch (kind) {
    case Kind::TimeSeries:
        p.type = PanelType::TimeSeries;
        break;
    case Kind::Gauge:
        p.type = PanelType::Gauge;
        break;
    case Kind::BarGauge:
        p.type = PanelType::BarGauge;
        break;
    case Kind::Bars:
        p.type = PanelType::Bars;
        break;
    case Kind::Table:
        p.type = PanelType::Table;
        break;
    default:
        p.type = PanelType::Stat;
    }
    p.queries = queries;
    p.unit = fields.unit;
    p.thresholds = fields.thresholds;
    p.min = fields.min;
    p.max = fields.max;
    p.stacked
        = (kind == Kind::TimeSeries && fields.stacked) || (kind == Kind::Bars && grafanaBarChartStacks(json));
    p.bucketMs = bucketMs.value_or(0);
    p.decimals = fields.decimals;
    readGrafanaFieldOptions(fields, kind, p, out.report);
    readGrafanaColorMode(json, kind, p, out.report);
    if (kind == Kind::TimeSeries)
        readGrafanaLegend(json, p, out.report);
    readGrafanaTransformations(json, p, out.report);
    p.width = laid.width;
    p.height = laid.height;
    setRepeat(p);
    p.id = uniqueConsoleId(title, QStringLiteral("panel"), usedIds);
    out.report.consoleId = p.id;
    out.panel = p;
    return out;
}

} // namespace pivori

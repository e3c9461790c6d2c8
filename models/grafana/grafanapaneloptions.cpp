// SPDX-License-Identifier: GPL-3.0-or-later
// A Grafana panel's options beyond its type and queries: bar chart options, legend, colour
// mode, field options and overrides, as the console draws them (grafanapanels.cpp decides the
// kind and calls these).
#include "grafanapaneloptions.h"

#include "dashboardconfigparser.h"
#include "duration.h"

#include <QJsonArray>

#include <algorithm>

namespace pivori {

namespace {

using Level = ImportNote::Level;
using Kind = GrafanaPanelKind;

} // namespace

bool grafanaBarChartStacks(const QJsonObject &panel)
{
    const QString stacking
        = panel.value(QLatin1String("options")).toObject().value(QLatin1String("stacking")).toString();
    return stacking == QLatin1String("normal") || stacking == QLatin1String("percent");
}

std::optional<qint64> takeGrafanaBucket(QJsonObject &panel, PanelImport &report)
{
    QString interval = panel.value(QLatin1String("interval")).toString();
    QJsonArray targets = panel.value(QLatin1String("targets")).toArray();
    for (qsizetype i = 0; interval.isEmpty() && i < targets.size(); ++i) {
        if (!targets.at(i).toObject().value(QLatin1String("hide")).toBool())
            interval = targets.at(i).toObject().value(QLatin1String("interval")).toString();
    }
    const QString written = interval;
    if (interval.startsWith(QLatin1Char('>')))
        interval.remove(0, 1);
    const std::optional<qint64> ms = parseDurationMs(interval.trimmed());
    if (!ms || *ms < 1000)
        return std::nullopt;
    panel.remove(QLatin1String("interval"));
    for (QJsonValueRef target : targets) {
        QJsonObject object = target.toObject();
        object.remove(QLatin1String("interval"));
        target = object;
    }
    panel.insert(QLatin1String("targets"), targets);
    report.note(Level::Mapped,
        GrafanaPanelReader::tr("interval %1: one bar per %2").arg(written, interval.trimmed()));
    return ms;
}

void noteGrafanaPanelOptions(const QJsonObject &panel, GrafanaPanelKind kind, PanelImport &report)
{
    if (kind == Kind::Stat || kind == Kind::Gauge || kind == Kind::BarGauge) {
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
    const QJsonObject options = panel.value(QLatin1String("options")).toObject();
    const bool barChart = panel.value(QLatin1String("type")).toString() == QLatin1String("barchart");
    const QString orientation = options.value(QLatin1String("orientation")).toString();
    if (kind == Kind::BarGauge) {
        // A bar chart's "auto" orientation is vertical on a panel wider than high.
        if (orientation == QLatin1String("vertical")
            || (barChart && orientation != QLatin1String("horizontal")))
            report.note(Level::Approximated, GrafanaPanelReader::tr("vertical bars drawn horizontally"));
        const QString mode = options.value(QLatin1String("displayMode")).toString();
        if (!mode.isEmpty() && mode != QLatin1String("basic"))
            report.note(
                Level::Approximated, GrafanaPanelReader::tr("display mode %1 drawn as plain bars").arg(mode));
    }
    if (barChart) {
        report.note(Level::Approximated,
            kind == Kind::BarGauge
                ? GrafanaPanelReader::tr("bar chart of one reading per series: drawn as a bar gauge, one bar "
                                         "per series")
                : GrafanaPanelReader::tr("bar chart over time: drawn as bars, one group per step of the "
                                         "range"));
        if (kind == Kind::Bars && orientation == QLatin1String("horizontal"))
            report.note(Level::Approximated, GrafanaPanelReader::tr("horizontal bars drawn vertically"));
        if (kind == Kind::Bars
            && options.value(QLatin1String("stacking")).toString() == QLatin1String("percent"))
            report.note(
                Level::Approximated, GrafanaPanelReader::tr("100% stacking drawn as normal stacking"));
        if (kind == Kind::BarGauge && !options.value(QLatin1String("xField")).toString().isEmpty())
            report.note(Level::Approximated,
                GrafanaPanelReader::tr("x field %1 not kept: one bar per series")
                    .arg(options.value(QLatin1String("xField")).toString()));
    }
    if (kind == Kind::Table)
        report.note(Level::Approximated,
            GrafanaPanelReader::tr("shows the present value of each series (an instant query), labels as "
                                   "columns"));
    if (!panel.value(QLatin1String("links")).toArray().isEmpty())
        report.note(Level::Approximated, GrafanaPanelReader::tr("panel links not kept"));
}

void readGrafanaColorMode(const QJsonObject &panel, GrafanaPanelKind kind, Panel &p, PanelImport &report)
{
    const QJsonObject color = panel.value(QLatin1String("fieldConfig"))
                                  .toObject()
                                  .value(QLatin1String("defaults"))
                                  .toObject()
                                  .value(QLatin1String("color"))
                                  .toObject();
    const QString mode = color.value(QLatin1String("mode")).toString();
    if (mode.isEmpty())
        return;
    const bool series = kind == Kind::TimeSeries || kind == Kind::Bars;
    if (mode == QLatin1String("fixed")) {
        const QString fixed = grafanaColorHex(color.value(QLatin1String("fixedColor")).toString());
        if (fixed.isEmpty())
            return;
        if (kind == Kind::Bars) {
            for (PanelQuery &q : p.queries) {
                if (q.color.isEmpty())
                    q.color = fixed;
            }
        } else {
            FieldOverride all;
            all.match = FieldOverride::Match::Regex;
            all.pattern = QStringLiteral("^");
            all.color = fixed;
            p.overrides.prepend(all);
        }
        report.note(Level::Mapped, GrafanaPanelReader::tr("colour mode fixed: every series %1").arg(fixed));
    } else if (mode.startsWith(QLatin1String("palette-classic"))) {
        if (!series)
            report.note(Level::Approximated,
                GrafanaPanelReader::tr("colour mode %1: readings take their thresholds' colours").arg(mode));
    } else if (mode == QLatin1String("thresholds")) {
        if (series)
            report.note(Level::Approximated,
                GrafanaPanelReader::tr(
                    "colour mode thresholds: series take the palette's colours, thresholds "
                    "are drawn as lines"));
    } else {
        report.note(Level::Approximated,
            series ? GrafanaPanelReader::tr("colour scheme %1 drawn with the palette's colours").arg(mode)
                   : GrafanaPanelReader::tr("colour scheme %1: readings take their thresholds' colours")
                         .arg(mode));
    }
}

void readGrafanaLegend(const QJsonObject &panel, Panel &p, PanelImport &report)
{
    const QJsonObject options = panel.value(QLatin1String("options")).toObject();
    const QJsonObject legend = options.value(QLatin1String("legend")).toObject();
    const QJsonObject old = panel.value(QLatin1String("legend")).toObject();
    bool right = false;
    if (!legend.isEmpty()) {
        const QString mode = legend.value(QLatin1String("displayMode")).toString();
        if (!legend.value(QLatin1String("showLegend")).toBool(true) || mode == QLatin1String("hidden"))
            p.legendMode = LegendMode::Hidden;
        else if (mode == QLatin1String("table"))
            p.legendMode = LegendMode::Table;
        else if (mode == QLatin1String("list"))
            p.legendMode = LegendMode::List;
        right = legend.value(QLatin1String("placement")).toString() == QLatin1String("right");
        static const QStringList shown { QStringLiteral("last"), QStringLiteral("lastNotNull"),
            QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("mean") };
        QStringList others;
        for (const auto &calc : legend.value(QLatin1String("calcs")).toArray()) {
            if (!shown.contains(calc.toString()))
                others << calc.toString();
        }
        if (!others.isEmpty() && p.legendMode != LegendMode::Hidden)
            report.note(Level::Approximated,
                GrafanaPanelReader::tr("legend values %1 not shown: its table has last, min, max and mean")
                    .arg(others.join(QStringLiteral(", "))));
    } else if (!old.isEmpty()) {
        if (!old.value(QLatin1String("show")).toBool(true))
            p.legendMode = LegendMode::Hidden;
        else
            p.legendMode
                = old.value(QLatin1String("alignAsTable")).toBool() ? LegendMode::Table : LegendMode::List;
        right = old.value(QLatin1String("rightSide")).toBool();
    }
    if (right && p.legendMode != LegendMode::Hidden)
        report.note(Level::Approximated, GrafanaPanelReader::tr("legend on the right drawn under the plot"));
}

void readGrafanaFieldOptions(
    const GrafanaFieldSettings &fields, GrafanaPanelKind kind, Panel &p, PanelImport &report)
{
    if (!fields.mappings.isEmpty()) {
        if (kind == Kind::Stat || kind == Kind::BarGauge || kind == Kind::Table || kind == Kind::Placeholder)
            p.valueMappings = fields.mappings;
        else
            report.note(Level::Approximated,
                GrafanaPanelReader::tr("value mappings not applied: the console shows them on stat, bar "
                                       "gauge and table panels"));
    }
    if (kind == Kind::Bars && !fields.overrides.isEmpty()) {
        // The console's bars take colour and name from the query, never from an override.
        report.note(Level::Approximated, GrafanaPanelReader::tr("overrides not applied on bars"));
        return;
    }
    for (FieldOverride o : fields.overrides) {
        if (kind != Kind::TimeSeries && o.axis) {
            o.axis.reset(); // only a time series panel has axes
            if (!o.unit && !o.decimals && !o.min && !o.max && !o.thresholds && o.color.isEmpty()
                && o.displayName.isEmpty())
                continue; // an axis was all it set
        }
        const bool queryKnown = std::any_of(
            p.queries.cbegin(), p.queries.cend(), [&o](const PanelQuery &q) { return q.refId == o.pattern; });
        if (o.match == FieldOverride::Match::Query && !queryKnown) {
            report.note(Level::Approximated,
                GrafanaPanelReader::tr("override of query %1 left out: that target is not converted")
                    .arg(o.pattern));
            continue;
        }
        p.overrides.append(o);
    }
    QStringList rightUnits; // Grafana draws an axis per unit; the console has two
    for (const FieldOverride &o : std::as_const(p.overrides)) {
        const QString unit = o.unit ? DashboardConfigParser::unitNames().at(int(*o.unit)) : QString();
        if (o.axis == YAxis::Right && !unit.isEmpty() && !rightUnits.contains(unit))
            rightUnits << unit;
    }
    if (rightUnits.size() > 1)
        report.note(Level::Approximated,
            GrafanaPanelReader::tr("units %1 share the right axis, labelled %2")
                .arg(rightUnits.join(QStringLiteral(", ")), rightUnits.constLast()));
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanayaml.h"

#include "dashboardconfigparser.h"
#include "duration.h"
#include "variablevalues.h"

namespace pivori {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

QString severityName(Severity severity)
{
    return DashboardConfigParser::severityNames().at(int(severity));
}

QString thresholdsYaml(const QList<Threshold> &thresholds, const QString &in)
{
    QString y = QStringLiteral("%1thresholds:\n").arg(in);
    for (const Threshold &t : thresholds)
        y += QStringLiteral("%1  - {value: %2, color: %3, severity: %4}\n")
                 .arg(in, number(t.value), yamlQuoted(t.color), severityName(t.severity));
    return y;
}

/// `value_mappings:`, one flow map per mapping.
QString mappingsYaml(const QList<ValueMapping> &mappings, const QString &in)
{
    QString y = QStringLiteral("%1value_mappings:\n").arg(in);
    for (const ValueMapping &m : mappings) {
        QStringList parts;
        switch (m.kind) {
        case ValueMapping::Kind::Value:
            parts << QStringLiteral("value: %1").arg(number(m.value));
            break;
        case ValueMapping::Kind::Range: {
            QStringList ends;
            if (m.from)
                ends << QStringLiteral("from: %1").arg(number(*m.from));
            if (m.to)
                ends << QStringLiteral("to: %1").arg(number(*m.to));
            parts << QStringLiteral("range: {%1}").arg(ends.join(QStringLiteral(", ")));
            break;
        }
        case ValueMapping::Kind::Regex:
            parts << QStringLiteral("regex: %1").arg(yamlQuoted(m.pattern));
            break;
        case ValueMapping::Kind::Special:
            parts << QStringLiteral("special: %1")
                         .arg(DashboardConfigParser::specialValueNames().at(int(m.special)));
            break;
        }
        if (!m.text.isEmpty())
            parts << QStringLiteral("text: %1").arg(yamlQuoted(m.text));
        if (!m.color.isEmpty())
            parts << QStringLiteral("color: %1").arg(yamlQuoted(m.color));
        y += QStringLiteral("%1  - {%2}\n").arg(in, parts.join(QStringLiteral(", ")));
    }
    return y;
}

QString overridesYaml(const QList<FieldOverride> &overrides, const QString &in)
{
    static const QStringList matchers { QStringLiteral("name"), QStringLiteral("regex"),
        QStringLiteral("query") };
    QString y = QStringLiteral("%1overrides:\n").arg(in);
    const QString at = in + QStringLiteral("    ");
    for (const FieldOverride &o : overrides) {
        y += QStringLiteral("%1  - match: {%2: %3}\n")
                 .arg(in, matchers.at(int(o.match)), yamlQuoted(o.pattern));
        if (o.unit)
            y += QStringLiteral("%1unit: %2\n").arg(at, DashboardConfigParser::unitNames().at(int(*o.unit)));
        if (o.decimals)
            y += QStringLiteral("%1decimals: %2\n").arg(at).arg(*o.decimals);
        if (o.min)
            y += QStringLiteral("%1min: %2\n").arg(at, number(*o.min));
        if (o.max)
            y += QStringLiteral("%1max: %2\n").arg(at, number(*o.max));
        if (!o.color.isEmpty())
            y += QStringLiteral("%1color: %2\n").arg(at, yamlQuoted(o.color));
        if (!o.displayName.isEmpty())
            y += QStringLiteral("%1display_name: %2\n").arg(at, yamlQuoted(o.displayName));
        if (o.axis)
            y += QStringLiteral("%1axis: %2\n").arg(at, DashboardConfigParser::axisNames().at(int(*o.axis)));
        if (o.thresholds)
            y += thresholdsYaml(*o.thresholds, at);
    }
    return y;
}

/// A table's `columns:`, `join:`, `calculate:` and `sort_by:`; empty when it has none.
QString tableYaml(const Panel &p, const QString &in)
{
    const auto quotedList = [](const QStringList &names) {
        QStringList quoted;
        for (const QString &n : names)
            quoted << yamlQuoted(n);
        return QStringLiteral("[%1]").arg(quoted.join(QStringLiteral(", ")));
    };
    QString y;
    const TableColumns &c = p.columns;
    if (!c.order.isEmpty() || !c.hidden.isEmpty() || !c.rename.isEmpty()) {
        y += QStringLiteral("%1columns:\n").arg(in);
        if (!c.order.isEmpty())
            y += QStringLiteral("%1  order: %2\n").arg(in, quotedList(c.order));
        if (!c.hidden.isEmpty())
            y += QStringLiteral("%1  hide: %2\n").arg(in, quotedList(c.hidden));
        if (!c.rename.isEmpty()) {
            QStringList pairs;
            for (auto it = c.rename.cbegin(); it != c.rename.cend(); ++it)
                pairs << QStringLiteral("%1: %2").arg(yamlQuoted(it.key()), yamlQuoted(it.value()));
            y += QStringLiteral("%1  rename: {%2}\n").arg(in, pairs.join(QStringLiteral(", ")));
        }
    }
    if (p.join.enabled) {
        QStringList parts;
        if (!p.join.byLabel.isEmpty())
            parts << QStringLiteral("by: %1").arg(p.join.byLabel);
        if (p.join.inner)
            parts << QStringLiteral("mode: %1").arg(DashboardConfigParser::joinModeNames().at(1));
        y += parts.isEmpty() ? QStringLiteral("%1join: true\n").arg(in)
                             : QStringLiteral("%1join: {%2}\n").arg(in, parts.join(QStringLiteral(", ")));
    }
    if (!p.calculated.isEmpty()) {
        y += QStringLiteral("%1calculate:\n").arg(in);
        for (const CalculatedColumn &calc : p.calculated) {
            if (calc.mode == CalculatedColumn::Mode::Binary) {
                y += QStringLiteral("%1  - {name: %2, left: %3, op: %4, right: %5}\n")
                         .arg(in, yamlQuoted(calc.name), yamlQuoted(calc.left), yamlQuoted(QString(calc.op)),
                             yamlQuoted(calc.right));
            } else {
                const QString over = calc.over.isEmpty()
                    ? QString()
                    : QStringLiteral(", over: %1").arg(quotedList(calc.over));
                y += QStringLiteral("%1  - {name: %2, reduce: %3%4}\n")
                         .arg(in, yamlQuoted(calc.name),
                             DashboardConfigParser::reducerNames().at(int(calc.reducer)), over);
            }
        }
    }
    if (p.sortBy)
        y += QStringLiteral("%1sort_by: {column: %2, descending: %3}\n")
                 .arg(in, yamlQuoted(p.sortBy->column),
                     p.sortBy->descending ? QStringLiteral("true") : QStringLiteral("false"));
    return y;
}

} // namespace

QString yamlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << yamlQuoted(value);
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString yamlQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString dashboardYaml(const Dashboard &dashboard, const QList<std::pair<int, QString>> &placeholders)
{
    QString y;
    y += QStringLiteral("dashboards:\n");
    y += QStringLiteral("  - id: %1\n").arg(yamlQuoted(dashboard.id));
    y += QStringLiteral("    title: %1\n").arg(yamlQuoted(dashboard.title));
    if (!dashboard.description.isEmpty())
        y += QStringLiteral("    description: %1\n").arg(yamlQuoted(dashboard.description));
    y += QStringLiteral("    time_range: %1\n").arg(formatDuration(dashboard.timeRangeMs));
    y += QStringLiteral("    refresh: %1\n").arg(formatDuration(dashboard.refreshMs));
    if (!dashboard.variables.isEmpty()) {
        y += QStringLiteral("    variables:\n");
        for (const DashboardVariable &v : dashboard.variables) {
            y += QStringLiteral("      - name: %1\n").arg(v.name);
            if (!v.label.isEmpty())
                y += QStringLiteral("        label: %1\n").arg(v.label);
            if (!v.query.isEmpty())
                y += QStringLiteral("        %1: %2\n")
                         .arg(v.queryResult ? QStringLiteral("query_result") : QStringLiteral("query"),
                             yamlQuoted(v.query));
            if (!v.values.isEmpty())
                y += QStringLiteral("        values: %1\n").arg(yamlList(v.values));
            if (v.multi)
                y += QStringLiteral("        multi: true\n");
            if (v.defaultValues.size() == 1)
                y += QStringLiteral("        default: %1\n").arg(yamlQuoted(v.defaultValues.first()));
            else if (!v.defaultValues.isEmpty())
                y += QStringLiteral("        default: %1\n").arg(yamlList(v.defaultValues));
            if (v.includeAll)
                y += QStringLiteral("        include_all: true\n");
            if (!v.allValue.isEmpty())
                y += QStringLiteral("        all_value: %1\n").arg(yamlQuoted(v.allValue));
            if (!v.regex.isEmpty())
                y += QStringLiteral("        regex: %1\n").arg(yamlQuoted(v.regex));
            if (v.sort != VariableSort::None)
                y += QStringLiteral("        sort: %1\n").arg(variableSortNames().at(int(v.sort)));
        }
    }
    y += QStringLiteral("    panels:\n");
    // A row's panels are nested in it whether it is collapsed or not, so that collapsing it in
    // the file is a one-word change.
    const auto comments = [&](int index, const QString &indent) {
        for (const auto &[at, text] : placeholders) {
            if (at == index)
                y += QStringLiteral("%1# %2\n")
                         .arg(indent, QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
    };
    const auto writePanel = [&](int index, const QString &indent) {
        comments(index, indent);
        const Panel &p = dashboard.panels.at(index);
        const QString in = indent + QStringLiteral("  ");
        y += QStringLiteral("%1- id: %2\n").arg(indent, p.id);
        y += QStringLiteral("%1title: %2\n").arg(in, yamlQuoted(p.title));
        if (!p.description.isEmpty())
            y += QStringLiteral("%1description: %2\n").arg(in, yamlQuoted(p.description));
        y += QStringLiteral("%1type: %2\n").arg(in, DashboardConfigParser::panelTypeNames().at(int(p.type)));
        if (p.unit != PanelUnit::None)
            y += QStringLiteral("%1unit: %2\n").arg(in, DashboardConfigParser::unitNames().at(int(p.unit)));
        if (p.min)
            y += QStringLiteral("%1min: %2\n").arg(in, number(*p.min));
        if (p.max)
            y += QStringLiteral("%1max: %2\n").arg(in, number(*p.max));
        if (p.stacked)
            y += QStringLiteral("%1stacked: true\n").arg(in);
        if (p.bucketMs > 0)
            y += QStringLiteral("%1bucket: %2\n").arg(in, formatDuration(p.bucketMs));
        if (p.legendMode != LegendMode::Auto)
            y += QStringLiteral("%1legend_mode: %2\n")
                     .arg(in, DashboardConfigParser::legendModeNames().at(int(p.legendMode)));
        if (p.decimals)
            y += QStringLiteral("%1decimals: %2\n").arg(in).arg(*p.decimals);
        y += QStringLiteral("%1width: %2\n%1height: %3\n").arg(in).arg(p.width).arg(p.height);
        if (!p.repeat.isEmpty()) {
            y += QStringLiteral("%1repeat: %2\n").arg(in, p.repeat);
            if (p.repeatDirection != RepeatDirection::Horizontal)
                y += QStringLiteral("%1repeat_direction: %2\n")
                         .arg(in, DashboardConfigParser::repeatDirectionNames().at(int(p.repeatDirection)));
            else
                y += QStringLiteral("%1max_per_row: %2\n").arg(in).arg(p.maxPerRow);
        }
        if (p.type == PanelType::Text) {
            if (p.textFormat != TextFormat::Markdown)
                y += QStringLiteral("%1format: %2\n")
                         .arg(in, DashboardConfigParser::textFormatNames().at(int(p.textFormat)));
            y += QStringLiteral("%1content: %2\n").arg(in, yamlQuoted(p.content));
            return;
        }
        y += QStringLiteral("%1queries:\n").arg(in);
        for (const PanelQuery &q : p.queries) {
            y += QStringLiteral("%1  - expr: %2\n").arg(in, yamlQuoted(q.expr));
            if (!q.legend.isEmpty())
                y += QStringLiteral("%1    legend: %2\n").arg(in, yamlQuoted(q.legend));
            if (!q.refId.isEmpty())
                y += QStringLiteral("%1    ref_id: %2\n").arg(in, yamlQuoted(q.refId));
            if (!q.color.isEmpty())
                y += QStringLiteral("%1    color: %2\n").arg(in, yamlQuoted(q.color));
        }
        if (!p.thresholds.isEmpty())
            y += thresholdsYaml(p.thresholds, in);
        if (!p.valueMappings.isEmpty())
            y += mappingsYaml(p.valueMappings, in);
        if (!p.overrides.isEmpty())
            y += overridesYaml(p.overrides, in);
        y += tableYaml(p, in);
    };
    const QString top = QStringLiteral("      ");
    const QString nested = QStringLiteral("          ");
    for (int i = 0; i < dashboard.panels.size(); ++i) {
        if (dashboard.panels.at(i).row.isEmpty())
            writePanel(i, top);
    }
    for (const DashboardRow &row : dashboard.rows) {
        y += QStringLiteral("%1- id: %2\n").arg(top, row.id);
        y += QStringLiteral("%1  type: row\n").arg(top);
        y += QStringLiteral("%1  title: %2\n").arg(top, yamlQuoted(row.title));
        if (row.collapsed)
            y += QStringLiteral("%1  collapsed: true\n").arg(top);
        if (!row.repeat.isEmpty())
            y += QStringLiteral("%1  repeat: %2\n").arg(top, row.repeat);
        if (dashboard.panelCount(row.id) == 0)
            continue;
        y += QStringLiteral("%1  panels:\n").arg(top);
        for (int i = 0; i < dashboard.panels.size(); ++i) {
            if (dashboard.panels.at(i).row == row.id)
                writePanel(i, nested);
        }
    }
    comments(int(dashboard.panels.size()), top);
    return y;
}

} // namespace pivori

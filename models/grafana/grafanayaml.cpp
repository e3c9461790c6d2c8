// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanayaml.h"

#include "dashboardconfigparser.h"
#include "duration.h"

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

} // namespace

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
            y += QStringLiteral("        label: %1\n").arg(v.label);
            if (!v.query.isEmpty())
                y += QStringLiteral("        query: %1\n").arg(yamlQuoted(v.query));
            if (!v.defaultValue.isEmpty())
                y += QStringLiteral("        default: %1\n").arg(yamlQuoted(v.defaultValue));
            if (v.includeAll)
                y += QStringLiteral("        include_all: true\n");
        }
    }
    y += QStringLiteral("    panels:\n");
    const auto comments = [&](int index) {
        for (const auto &[at, text] : placeholders) {
            if (at == index)
                y += QStringLiteral("      # %1\n")
                         .arg(QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
    };
    for (int i = 0; i < dashboard.panels.size(); ++i) {
        comments(i);
        const Panel &p = dashboard.panels.at(i);
        y += QStringLiteral("      - id: %1\n").arg(p.id);
        y += QStringLiteral("        title: %1\n").arg(yamlQuoted(p.title));
        if (!p.description.isEmpty())
            y += QStringLiteral("        description: %1\n").arg(yamlQuoted(p.description));
        y += QStringLiteral("        type: %1\n")
                 .arg(DashboardConfigParser::panelTypeNames().at(int(p.type)));
        if (p.unit != PanelUnit::None)
            y += QStringLiteral("        unit: %1\n").arg(DashboardConfigParser::unitNames().at(int(p.unit)));
        if (p.min)
            y += QStringLiteral("        min: %1\n").arg(number(*p.min));
        if (p.max)
            y += QStringLiteral("        max: %1\n").arg(number(*p.max));
        if (p.stacked)
            y += QStringLiteral("        stacked: true\n");
        y += QStringLiteral("        width: %1\n        height: %2\n").arg(p.width).arg(p.height);
        if (p.type == PanelType::Text) {
            if (p.textFormat != TextFormat::Markdown)
                y += QStringLiteral("        format: %1\n")
                         .arg(DashboardConfigParser::textFormatNames().at(int(p.textFormat)));
            y += QStringLiteral("        content: %1\n").arg(yamlQuoted(p.content));
            continue;
        }
        y += QStringLiteral("        queries:\n");
        for (const PanelQuery &q : p.queries) {
            y += QStringLiteral("          - expr: %1\n").arg(yamlQuoted(q.expr));
            if (!q.legend.isEmpty())
                y += QStringLiteral("            legend: %1\n").arg(yamlQuoted(q.legend));
        }
        if (!p.thresholds.isEmpty()) {
            y += QStringLiteral("        thresholds:\n");
            for (const Threshold &t : p.thresholds)
                y += QStringLiteral("          - {value: %1, color: %2, severity: %3}\n")
                         .arg(number(t.value), yamlQuoted(t.color), severityName(t.severity));
        }
    }
    comments(int(dashboard.panels.size()));
    return y;
}

} // namespace pivori

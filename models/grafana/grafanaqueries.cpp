// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanaqueries.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pivori {

namespace {

class GrafanaQueryReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::GrafanaQueryReader)
};

using Level = ImportNote::Level;

enum class SourceKind { Default, Prometheus, Mixed, Other };

struct Source
{
    SourceKind kind = SourceKind::Default;
    QString name; ///< as written, for the report
};

/// The plugin a "$var" or "${DS_X}" datasource stands for; empty when unknown.
QString variableType(const QString &text, const GrafanaQueryContext &context)
{
    static const QRegularExpression ref(QStringLiteral("^\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?$"));
    const auto m = ref.match(text);
    if (!m.hasMatch())
        return {};
    const QString name = m.captured(1);
    if (context.variables.datasourceTypes.contains(name))
        return context.variables.datasourceTypes.value(name);
    return context.inputs.value(name, QStringLiteral("?"));
}

Source classify(const QJsonValue &value, const GrafanaQueryContext &context)
{
    if (value.isNull() || value.isUndefined())
        return {};
    QString type;
    QString name;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        type = object.value(QLatin1String("type")).toString();
        name = object.value(QLatin1String("uid")).toString();
        if (type.isEmpty() || type.startsWith(QLatin1Char('$')))
            type = variableType(name, context);
    } else {
        name = value.toString();
        type = variableType(name, context);
    }
    if (name == QLatin1String("-- Mixed --"))
        return { SourceKind::Mixed, name };
    if (name == QLatin1String("-- Grafana --") || name == QLatin1String("-- Dashboard --"))
        return { SourceKind::Other, name };
    if (type == QLatin1String("prometheus"))
        return { SourceKind::Prometheus, name };
    if (type == QLatin1String("datasource") && name == QLatin1String("-- Mixed --"))
        return { SourceKind::Mixed, name };
    if (!type.isEmpty() && type != QLatin1String("?"))
        return { SourceKind::Other, type };
    // A datasource named, with no type: Prometheus when its targets are PromQL (they have expr).
    return { SourceKind::Default, name };
}

/// `label="$v"` and `label!="$v"` -> `=~`/`!~`, so that several values (All) still match.
QString regexMatchersFor(const QString &expr, const QString &variable)
{
    const QString value = QStringLiteral("(\\s*\"(?:\\$\\{?%1\\}?|\\[\\[%1\\]\\])\")")
                              .arg(QRegularExpression::escape(variable));
    const QRegularExpression notEqual(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*\\s*)!=") + value);
    const QRegularExpression equal(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*\\s*)=") + value);
    QString out = expr;
    out.replace(notEqual, QStringLiteral("\\1!~\\2"));
    out.replace(equal, QStringLiteral("\\1=~\\2"));
    return out;
}

} // namespace

QList<PanelQuery> readGrafanaTargets(const QJsonObject &panel, const GrafanaQueryContext &context,
    double scale, bool instantPanel, const QString &repeatBy, PanelImport &report,
    const QHash<QString, double> &refIdScales)
{
    QList<PanelQuery> out;
    const Source panelSource = classify(panel.value(QLatin1String("datasource")), context);
    for (const auto &value : panel.value(QLatin1String("targets")).toArray()) {
        const QJsonObject target = value.toObject();
        const QString refId = target.value(QLatin1String("refId")).toString(QStringLiteral("?"));
        Source source = classify(target.value(QLatin1String("datasource")), context);
        // A target without a datasource of its own uses the panel's ("-- Mixed --" names none).
        if (source.kind == SourceKind::Mixed)
            source = {};
        if (source.kind == SourceKind::Default && panelSource.kind != SourceKind::Mixed
            && panelSource.kind != SourceKind::Default)
            source = panelSource;
        if (source.kind == SourceKind::Other) {
            report.note(Level::Unsupported,
                GrafanaQueryReader::tr("target %1: datasource %2 is not Prometheus").arg(refId, source.name));
            continue;
        }
        const QString expr = target.value(QLatin1String("expr")).toString().trimmed();
        if (expr.isEmpty()) {
            report.note(
                Level::Unsupported, GrafanaQueryReader::tr("target %1: no PromQL expression").arg(refId));
            continue;
        }
        if (target.value(QLatin1String("hide")).toBool()) {
            report.note(Level::Approximated,
                GrafanaQueryReader::tr("target %1 is hidden in Grafana: left out").arg(refId));
            continue;
        }
        QStringList undefined;
        QStringList approximated;
        QString rewritten = rewriteVariableReferences(expr, context.variables, &undefined, &approximated);
        if (!undefined.isEmpty()) {
            report.note(Level::Unsupported,
                GrafanaQueryReader::tr("target %1 uses $%2, which the dashboard does not define: left out")
                    .arg(refId, undefined.join(QStringLiteral(", $"))));
            continue;
        }
        for (const QString &text : std::as_const(approximated))
            report.note(Level::Approximated, GrafanaQueryReader::tr("target %1: %2").arg(refId, text));
        if (!repeatBy.isEmpty())
            rewritten = regexMatchersFor(rewritten, repeatBy);
        const double factor = refIdScales.value(refId, scale);
        if (factor != 1)
            rewritten = QStringLiteral("(%1) * %2").arg(rewritten, QString::number(factor, 'g', 15));
        PanelQuery q;
        if (target.contains(QLatin1String("refId")))
            q.refId = refId;
        q.expr = rewritten;
        q.legend = target.value(QLatin1String("legendFormat")).toString();
        if (q.legend == QLatin1String("__auto"))
            q.legend.clear();
        const bool instant = target.value(QLatin1String("instant")).toBool()
            && !target.value(QLatin1String("range")).toBool();
        if (instant && !instantPanel)
            report.note(Level::Approximated,
                GrafanaQueryReader::tr("target %1 is instant in Grafana: drawn over the range").arg(refId));
        if (!target.value(QLatin1String("interval")).toString().isEmpty())
            report.note(Level::Approximated,
                GrafanaQueryReader::tr("target %1: min interval %2 not kept; the console picks the step")
                    .arg(refId, target.value(QLatin1String("interval")).toString()));
        if (target.value(QLatin1String("intervalFactor")).toInt(1) > 1)
            report.note(Level::Approximated,
                GrafanaQueryReader::tr("target %1: intervalFactor %2 not kept")
                    .arg(refId)
                    .arg(target.value(QLatin1String("intervalFactor")).toInt()));
        report.note(Level::Mapped, GrafanaQueryReader::tr("target %1").arg(refId));
        out.append(q);
    }
    if (!panel.value(QLatin1String("interval")).toString().isEmpty())
        report.note(Level::Approximated,
            GrafanaQueryReader::tr("panel min interval %1 not kept; the console picks the step")
                .arg(panel.value(QLatin1String("interval")).toString()));
    return out;
}

} // namespace pivori

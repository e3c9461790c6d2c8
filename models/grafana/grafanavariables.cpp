// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanavariables.h"

#include "variablevalues.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace pivori {

namespace {

class GrafanaVariableReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::GrafanaVariableReader)
};

using Level = ImportNote::Level;
const QString kAll = QStringLiteral("$__all");

/// The query text of a variable: a string, or the `query` of the object form.
QString queryText(const QJsonObject &variable)
{
    const QJsonValue query = variable.value(QLatin1String("query"));
    QString text
        = query.isObject() ? query.toObject().value(QLatin1String("query")).toString() : query.toString();
    if (text.trimmed().isEmpty())
        text = variable.value(QLatin1String("definition")).toString();
    return text.trimmed();
}

/// The saved selection: its first value, or "$__all".
QString currentValue(const QJsonObject &variable)
{
    const QJsonValue value
        = variable.value(QLatin1String("current")).toObject().value(QLatin1String("value"));
    if (value.isArray()) {
        const QJsonArray values = value.toArray();
        return values.isEmpty() ? QString() : values.first().toString();
    }
    return value.toString();
}

/// The saved selection, every value of it: one, several (multi), or "$__all".
QStringList currentValues(const QJsonObject &variable)
{
    const QJsonValue value
        = variable.value(QLatin1String("current")).toObject().value(QLatin1String("value"));
    QStringList out;
    if (value.isArray()) {
        for (const auto &v : value.toArray())
            if (!v.toString().isEmpty())
                out << v.toString();
    } else if (!value.toString().isEmpty()) {
        out << value.toString();
    }
    return out;
}

/// The values of a custom or interval variable: "a,b,c" or "key : value, ..." (the value is used).
QStringList listOptions(const QString &query)
{
    QStringList out;
    static const QRegularExpression comma(QStringLiteral("(?<!\\\\),"));
    for (QString part : query.split(comma)) {
        part.replace(QStringLiteral("\\,"), QStringLiteral(","));
        const qsizetype colon = part.indexOf(QStringLiteral(" : "));
        if (colon >= 0)
            part = part.mid(colon + 3);
        part = part.trimmed();
        if (!part.isEmpty())
            out << part;
    }
    return out;
}

/// Splits @p text at commas outside braces, brackets, parentheses and quotes.
QStringList splitTopLevel(const QString &text)
{
    QStringList out;
    int depth = 0;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            quote = c;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('(') || c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(')') || c == QLatin1Char(']')) {
            --depth;
        } else if (c == QLatin1Char(',') && depth == 0) {
            out << text.mid(start, i - start);
            start = i + 1;
        }
    }
    out << text.mid(start);
    return out;
}

/// The selector with the matchers naming the drop-downs read so far kept, in the console's
/// syntax (the child then follows its parents); matchers naming anything else (a later or an
/// unknown variable, a built-in) are dropped into @p dropped.
QString chainedSelector(const QString &selector, const GrafanaVariables &known, QStringList *dropped)
{
    const qsizetype open = selector.indexOf(QLatin1Char('{'));
    const qsizetype close = selector.lastIndexOf(QLatin1Char('}'));
    if (open < 0 || close < open)
        return selector.contains(QLatin1Char('$')) ? QString() : selector.trimmed();
    static const QRegularExpression reference(QStringLiteral("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)"));
    QStringList kept;
    for (const QString &matcher : splitTopLevel(selector.mid(open + 1, close - open - 1))) {
        if (matcher.trimmed().isEmpty())
            continue;
        QStringList undefined;
        QStringList approximated;
        const QString rewritten
            = rewriteVariableReferences(matcher.trimmed(), known, &undefined, &approximated);
        bool usable = undefined.isEmpty();
        for (auto it = reference.globalMatch(rewritten); usable && it.hasNext();)
            usable = known.isDropDown(it.next().captured(1));
        if (usable)
            kept << rewritten;
        else
            *dropped << matcher.trimmed();
    }
    QString metric = selector.left(open).trimmed();
    if (kept.isEmpty())
        return metric;
    return metric + QLatin1Char('{') + kept.join(QStringLiteral(", ")) + QLatin1Char('}');
}

const QRegularExpression &identifier()
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*")));
    return re;
}

/// What a drop-down selects and offers: multi, All (and what it stands for), the saved or
/// chosen selection as its default.
void readSelection(const QJsonObject &v, const QString &chosen, DashboardVariable &d, GrafanaVariables &out)
{
    d.includeAll = v.value(QLatin1String("includeAll")).toBool();
    d.multi = v.value(QLatin1String("multi")).toBool();
    const QString allValue = v.value(QLatin1String("allValue")).toString();
    if (d.includeAll && !allValue.isEmpty() && allValue != QLatin1String(".*")) {
        QStringList undefined;
        QStringList approximated;
        d.allValue = rewriteVariableReferences(allValue, out, &undefined, &approximated);
        out.notes.append({ Level::Mapped,
            GrafanaVariableReader::tr("variable $%1: All stands for %2").arg(d.name, d.allValue) });
    }
    QStringList selected = chosen.isEmpty() ? currentValues(v) : QStringList { chosen };
    selected.removeIf([](const QString &value) { return value == kAll || value.contains(QLatin1Char('$')); });
    if (!d.multi && selected.size() > 1)
        selected = selected.mid(0, 1);
    d.defaultValues = selected;
    if (d.multi)
        out.notes.append(
            { Level::Mapped, GrafanaVariableReader::tr("variable $%1: multi-value").arg(d.name) });
}

/// A query variable's `regex` and `sort`, as the console's `regex:` and `sort:`.
void readRegexAndSort(const QJsonObject &v, DashboardVariable &d, GrafanaVariables &out)
{
    const QString &name = d.name;
    const QString regex = v.value(QLatin1String("regex")).toString();
    QString why;
    if (!regex.isEmpty() && variableRegex(regex, &why)) {
        d.regex = regex;
        out.notes.append({ Level::Mapped,
            GrafanaVariableReader::tr("variable $%1: values filtered by the regex %2").arg(name, regex) });
    } else if (!regex.isEmpty()) {
        out.notes.append({ Level::Unsupported,
            GrafanaVariableReader::tr(
                "variable $%1: the regex %2 cannot be read (%3); every value is offered")
                .arg(name, regex, why) });
    }
    // Grafana numbers its sorts 0-8 in the order of VariableSort.
    const int sort = v.value(QLatin1String("sort")).toInt();
    if (sort > 0 && sort < variableSortNames().size()) {
        d.sort = static_cast<VariableSort>(sort);
        out.notes.append({ Level::Mapped,
            GrafanaVariableReader::tr("variable $%1: values sorted %2")
                .arg(name, variableSortNames().at(sort)) });
    }
}

/// query_result(EXPR): a drop-down of the answer's lines (its regex picks the value out of
/// each); false when EXPR names a variable the dashboard does not define.
bool readQueryResultVariable(const QJsonObject &v, const QString &name, const QString &expr,
    const QString &chosen, GrafanaVariables &out)
{
    QStringList undefined;
    QStringList approximated;
    DashboardVariable d;
    d.name = name;
    d.queryResult = true;
    d.query = rewriteVariableReferences(expr, out, &undefined, &approximated);
    if (!undefined.isEmpty())
        return false;
    readSelection(v, chosen, d, out);
    readRegexAndSort(v, d, out);
    out.dropDowns.append(d);
    out.notes.append({ Level::Mapped,
        GrafanaVariableReader::tr("variable $%1: the lines of the answer to %2").arg(name, d.query) });
    return true;
}

void readQueryVariable(
    const QJsonObject &v, const QString &name, const QString &chosen, GrafanaVariables &out)
{
    const QString query = queryText(v);
    static const QRegularExpression labelValues(
        QStringLiteral("^label_values\\s*\\((.*)\\)$"), QRegularExpression::DotMatchesEverythingOption);
    const auto match = labelValues.match(query);
    const QString current = currentValue(v);
    static const QRegularExpression queryResult(
        QStringLiteral("^query_result\\s*\\((.*)\\)$"), QRegularExpression::DotMatchesEverythingOption);
    if (const auto result = queryResult.match(query);
        result.hasMatch() && readQueryResultVariable(v, name, result.captured(1).trimmed(), chosen, out))
        return;
    if (!match.hasMatch()) {
        // metrics(), label_names(), a query_result() naming an unknown variable: values the
        // console cannot look up.
        const QString value = !chosen.isEmpty() ? chosen : (current == kAll ? QString() : current);
        if (value.isEmpty()) {
            out.notes.append({ Level::Unsupported,
                GrafanaVariableReader::tr(
                    "variable $%1: query \"%2\" is not label_values() and has no saved value; panels using "
                    "it lose those queries")
                    .arg(name, query) });
            return;
        }
        out.fixed.insert(name, value);
        out.notes.append({ Level::Approximated,
            GrafanaVariableReader::tr("variable $%1: query '%2' is not label_values(); fixed to '%3'")
                .arg(name, query, value) });
        return;
    }
    const QStringList arguments = splitTopLevel(match.captured(1));
    const QString label = arguments.last().trimmed();
    if (!identifier().match(label).hasMatch() || arguments.size() > 2) {
        out.notes.append({ Level::Unsupported,
            GrafanaVariableReader::tr("variable $%1: cannot read the label of \"%2\"").arg(name, query) });
        return;
    }
    DashboardVariable d;
    d.name = name;
    d.label = label;
    if (arguments.size() == 2) {
        QStringList dropped;
        d.query = chainedSelector(arguments.first().trimmed(), out, &dropped);
        if (!dropped.isEmpty())
            out.notes.append({ Level::Approximated,
                GrafanaVariableReader::tr(
                    "variable $%1: the matchers %2 name no earlier variable; its values are looked up "
                    "without them")
                    .arg(name, dropped.join(QStringLiteral(", "))) });
        const QStringList parents = d.referencedVariables();
        if (!parents.isEmpty())
            out.notes.append({ Level::Mapped,
                GrafanaVariableReader::tr("variable $%1: chained, its values follow $%2")
                    .arg(name, parents.join(QStringLiteral(", $"))) });
    }
    readSelection(v, chosen, d, out);
    readRegexAndSort(v, d, out);
    out.dropDowns.append(d);
    out.notes.append(
        { Level::Mapped, GrafanaVariableReader::tr("variable $%1: values of label %2").arg(name, label) });
}

/// custom: a drop-down of its fixed values ("a,b,c" or its saved options).
void readCustomVariable(
    const QJsonObject &v, const QString &name, const QString &chosen, GrafanaVariables &out)
{
    DashboardVariable d;
    d.name = name;
    QStringList values = listOptions(queryText(v));
    if (values.isEmpty()) {
        for (const auto &option : v.value(QLatin1String("options")).toArray()) {
            const QString value = option.toObject().value(QLatin1String("value")).toString();
            if (!value.isEmpty() && value != kAll && !values.contains(value))
                values << value;
        }
    }
    values.removeDuplicates();
    if (values.isEmpty()) {
        out.notes.append({ Level::Unsupported,
            GrafanaVariableReader::tr("variable $%1 (custom): no values; panels using it lose those queries")
                .arg(name) });
        return;
    }
    d.values = values;
    readSelection(v, chosen, d, out);
    // A saved or chosen value the list lacks could not be loaded back as a default.
    d.defaultValues.erase(std::remove_if(d.defaultValues.begin(), d.defaultValues.end(),
                              [&values](const QString &value) { return !values.contains(value); }),
        d.defaultValues.end());
    out.dropDowns.append(d);
    out.notes.append({ Level::Mapped,
        GrafanaVariableReader::tr("variable $%1 (custom): a drop-down of %2")
            .arg(name, values.join(QStringLiteral(", "))) });
}

/// custom, interval, textbox: one value chosen now, as Grafana would show it first.
void readFixedVariable(const QJsonObject &v, const QString &type, const QString &name, const QString &chosen,
    GrafanaVariables &out)
{
    const QString query = queryText(v);
    const QStringList options = type == QLatin1String("textbox") ? QStringList { query } : listOptions(query);
    const QString current = currentValue(v);
    QString value = chosen;
    if (value.isEmpty() && current == kAll) {
        const QString allValue = v.value(QLatin1String("allValue")).toString();
        value = !allValue.isEmpty() ? allValue : options.join(QLatin1Char('|'));
    }
    if (value.isEmpty())
        value = current.isEmpty() ? options.value(0) : current;
    if (type == QLatin1String("interval")
        && (value == QLatin1String("auto") || value.startsWith(QLatin1String("$__auto"))))
        value = QStringLiteral("$__interval");
    out.fixed.insert(name, value);
    out.notes.append({ Level::Approximated,
        GrafanaVariableReader::tr(
            "variable $%1 (%2): fixed to \"%3\"; the console's drop-downs offer label values only")
            .arg(name, type, value) });
}

} // namespace

bool GrafanaVariables::isDropDown(const QString &name) const
{
    return std::any_of(
        dropDowns.cbegin(), dropDowns.cend(), [&name](const DashboardVariable &v) { return v.name == name; });
}

const QStringList &consoleBuiltInVariables()
{
    static const QStringList names { QStringLiteral("__interval"), QStringLiteral("__interval_ms"),
        QStringLiteral("__rate_interval"), QStringLiteral("__range"), QStringLiteral("__range_s"),
        QStringLiteral("__range_ms") };
    return names;
}

GrafanaVariables readGrafanaVariables(const QJsonObject &dashboard, const QMap<QString, QString> &values)
{
    GrafanaVariables out;
    const QJsonArray list
        = dashboard.value(QLatin1String("templating")).toObject().value(QLatin1String("list")).toArray();
    for (const auto &item : list) {
        const QJsonObject v = item.toObject();
        const QString name = v.value(QLatin1String("name")).toString();
        const QString type = v.value(QLatin1String("type")).toString();
        if (!identifier().match(name).hasMatch() || name.startsWith(QLatin1String("__"))) {
            out.notes.append({ Level::Unsupported,
                GrafanaVariableReader::tr("variable \"%1\": not a usable name").arg(name) });
            continue;
        }
        const QString chosen = values.value(name);
        if (type == QLatin1String("query")) {
            readQueryVariable(v, name, chosen, out);
        } else if (type == QLatin1String("constant")) {
            out.fixed.insert(name, chosen.isEmpty() ? queryText(v) : chosen);
            out.notes.append({ Level::Mapped,
                GrafanaVariableReader::tr("variable $%1: constant \"%2\"")
                    .arg(name, out.fixed.value(name)) });
        } else if (type == QLatin1String("custom")) {
            readCustomVariable(v, name, chosen, out);
        } else if (type == QLatin1String("interval") || type == QLatin1String("textbox")) {
            readFixedVariable(v, type, name, chosen, out);
        } else if (type == QLatin1String("datasource")) {
            out.datasourceTypes.insert(name, queryText(v));
            out.notes.append({ Level::Mapped,
                GrafanaVariableReader::tr(
                    "variable $%1: datasource (%2); the console queries its configured Prometheus")
                    .arg(name, queryText(v)) });
        } else {
            out.notes.append({ Level::Unsupported,
                GrafanaVariableReader::tr("variable $%1: type \"%2\" is not supported").arg(name, type) });
        }
    }
    return out;
}

QString rewriteVariableReferences(
    const QString &expr, const GrafanaVariables &variables, QStringList *undefined, QStringList *approximated)
{
    static const QRegularExpression reference(
        QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z_]+))?\\}|\\[\\[([A-Za-z_][A-Za-z0-9_]*)(?:"
                       ":([A-Za-z_]+))?\\]\\]"
                       "|\\$([A-Za-z_][A-Za-z0-9_]*)"));
    QString out;
    qsizetype last = 0;
    for (auto it = reference.globalMatch(expr); it.hasNext();) {
        const auto m = it.next();
        out += expr.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const bool plain = m.hasCaptured(5);
        const QString name = plain ? m.captured(5) : (m.hasCaptured(1) ? m.captured(1) : m.captured(3));
        const QString format = m.hasCaptured(1) ? m.captured(2) : m.captured(4);
        if (!format.isEmpty() && format != QLatin1String("regex") && format != QLatin1String("pipe")
            && format != QLatin1String("raw"))
            approximated->append(GrafanaVariableReader::tr("${%1:%2} expanded as ${%1}").arg(name, format));
        if (variables.fixed.contains(name)) {
            out += variables.fixed.value(name);
            continue;
        }
        if (!variables.isDropDown(name) && !consoleBuiltInVariables().contains(name)) {
            if (!undefined->contains(name))
                undefined->append(name);
            out += m.captured(0);
            continue;
        }
        out += plain ? m.captured(0) : QStringLiteral("${%1}").arg(name);
    }
    out += expr.mid(last);
    return out;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "variablechain.h"

#include "queryresultformat.h"
#include "variablevalues.h"

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

class VariableChain final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::VariableChain)
};

} // namespace

std::optional<VariableValue> defaultSelection(const DashboardVariable &variable)
{
    if (!variable.defaultValues.isEmpty()) {
        return variable.defaultValues.size() == 1 ? VariableValue::single(variable.defaultValues.first())
                                                  : VariableValue::multiple(variable.defaultValues);
    }
    if (variable.includeAll)
        return VariableValue::allValues();
    return std::nullopt;
}

VariableValue followOffered(const DashboardVariable &variable, const std::optional<VariableValue> &current,
    const QStringList &offered)
{
    if (current && current->all)
        return *current;
    const auto offeredOnes = [&offered](const QStringList &values) {
        QStringList out;
        for (const QString &value : values)
            if (offered.contains(value))
                out << value;
        return out;
    };
    const auto selection = [&variable](const QStringList &values) {
        return variable.multi && values.size() > 1 ? VariableValue::multiple(values)
                                                   : VariableValue::single(values.first());
    };
    if (current) {
        const QStringList kept = offeredOnes(current->values);
        if (!kept.isEmpty())
            return selection(kept);
    }
    const QStringList defaults = offeredOnes(variable.defaultValues);
    if (!defaults.isEmpty())
        return selection(defaults);
    if (variable.includeAll || offered.isEmpty())
        return VariableValue::allValues();
    return VariableValue::single(offered.first());
}

bool allNeedsOffered(const DashboardVariable &variable)
{
    return (variable.queryResult || !variable.regex.isEmpty()) && variable.allValue.isEmpty()
        && variable.values.isEmpty();
}

QStringList queryResultLines(const QueryResult &answer)
{
    // Labels joined with a bare comma, unescaped, as Grafana writes them (formatLabelSet is
    // PromQL's form), so that a variable's regex written for Grafana matches here too.
    QStringList out;
    if (answer.type == QueryResult::String)
        return { answer.stringValue };
    for (const Series &series : answer.series) {
        if (series.points.isEmpty())
            continue;
        const Sample &last = series.points.constLast();
        if (answer.type == QueryResult::Scalar) {
            out << formatSampleValue(last.v);
            continue;
        }
        QStringList labels;
        for (auto it = series.labels.cbegin(); it != series.labels.cend(); ++it) {
            if (it.key() != QLatin1String("__name__"))
                labels << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
        }
        out << QStringLiteral("%1{%2} %3 %4")
                   .arg(series.labels.value(QStringLiteral("__name__")), labels.join(u','),
                       formatSampleValue(last.v))
                   .arg(std::llround(last.t * 1000));
    }
    return out;
}

QMap<QString, VariableValue> withAllPatterns(const QList<DashboardVariable> &variables,
    QMap<QString, VariableValue> selection, const QHash<QString, QStringList> &offered)
{
    for (const DashboardVariable &variable : variables) {
        const auto it = selection.find(variable.name);
        if (it == selection.end() || !it->all)
            continue;
        if (!variable.allValue.isEmpty()) {
            it->allPattern = variable.allValue;
        } else if (!variable.values.isEmpty()
            || (allNeedsOffered(variable) && offered.contains(variable.name))) {
            // A fixed list as the drop-down offers it (its regex and order applied).
            const QStringList values = variable.values.isEmpty()
                ? offered.value(variable.name)
                : offeredVariableValues(variable, variable.values);
            QStringList escaped;
            for (const QString &value : values)
                escaped << regexEscape(value);
            // Nothing let through matches nothing (not even a missing label), rather than everything.
            it->allPattern = escaped.isEmpty() ? QStringLiteral("[^\\s\\S]") : escaped.join(u'|');
        }
    }
    return selection;
}

QStringList dependentVariables(const QList<DashboardVariable> &variables, const QSet<QString> &changed)
{
    QSet<QString> reached = changed;
    QStringList out;
    // Each pass adds the children of what was reached; a chain of n variables needs n passes.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const DashboardVariable &variable : variables) {
            if (reached.contains(variable.name))
                continue;
            const QStringList parents = variable.referencedVariables();
            if (std::any_of(parents.cbegin(), parents.cend(),
                    [&reached](const QString &parent) { return reached.contains(parent); })) {
                reached.insert(variable.name);
                grew = true;
            }
        }
    }
    for (const DashboardVariable &variable : variables)
        if (reached.contains(variable.name) && !changed.contains(variable.name))
            out << variable.name;
    return out;
}

std::optional<QMap<QString, VariableValue>> parseVariableAssignments(
    const QStringList &assignments, QString *error)
{
    QMap<QString, VariableValue> out;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = VariableChain::tr("--var takes NAME=VALUE, got \"%1\"").arg(assignment);
            return std::nullopt;
        }
        const QString name = assignment.left(equals);
        const QString value = assignment.mid(equals + 1);
        VariableValue &selection = out[name];
        if (value == QLatin1String("All"))
            selection = VariableValue::allValues();
        else if (!selection.all && !selection.values.contains(value))
            selection.values << value;
    }
    return out;
}

QString checkSelectionFits(
    const QList<DashboardVariable> &variables, const QMap<QString, VariableValue> &selection)
{
    for (const DashboardVariable &variable : variables) {
        const auto it = selection.constFind(variable.name);
        if (it == selection.cend() || it->all || it->values.size() < 2 || variable.multi)
            continue;
        return VariableChain::tr("$%1 selects one value, but %2 were given (%3); only a multi-value "
                                 "variable takes several")
            .arg(variable.name)
            .arg(it->values.size())
            .arg(it->values.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "variablechain.h"

#include <algorithm>

namespace pivori {

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

VariableValue followOffered(
    const DashboardVariable &variable, const std::optional<VariableValue> &current, const QStringList &offered)
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

QMap<QString, VariableValue> withAllPatterns(
    const QList<DashboardVariable> &variables, QMap<QString, VariableValue> selection)
{
    for (const DashboardVariable &variable : variables) {
        const auto it = selection.find(variable.name);
        if (it == selection.end() || !it->all)
            continue;
        if (!variable.allValue.isEmpty()) {
            it->allPattern = variable.allValue;
        } else if (!variable.values.isEmpty()) {
            QStringList escaped;
            for (const QString &value : variable.values)
                escaped << regexEscape(value);
            it->allPattern = escaped.join(u'|');
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

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "promtypes.h"
#include "templating.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace pivori {

/// The selection a variable starts with: its default values, or All when it includes All
/// without a default; nullopt when it takes its first value, which must be looked up.
std::optional<VariableValue> defaultSelection(const DashboardVariable &variable);

/// The selection of @p variable once @p offered are its values (a chained variable whose parent
/// changed, or one without a default getting its first value): the values of @p current still
/// offered, else its default when offered, else All when it includes All, else the first value
/// offered; All when nothing is offered, so that the reference never stays in a query as written.
VariableValue followOffered(const DashboardVariable &variable, const std::optional<VariableValue> &current,
    const QStringList &offered);

/// @p selection with each "All" given the regex it stands for: the variable's all_value, else
/// its fixed values (each escaped), else, for a label whose values a `regex` filters, the values
/// last offered (@p offered, each escaped), else `.*`.
QMap<QString, VariableValue> withAllPatterns(const QList<DashboardVariable> &variables,
    QMap<QString, VariableValue> selection, const QHash<QString, QStringList> &offered = {});

/// True when All of @p variable stands for the values a lookup offered, not for `.*`: a label's
/// values filtered by a regex, or a query_result variable's lines, without an all_value.
bool allNeedsOffered(const DashboardVariable &variable);

/// A query_result variable's values: one line per series of an instant answer, as Grafana
/// writes them, `name{label="value",...} value timestamp-ms` (a scalar or string: its value).
QStringList queryResultLines(const QueryResult &answer);

/// The variables whose query references one of @p changed, directly or through other variables,
/// in the dashboard's order (parents before their children when written so).
QStringList dependentVariables(const QList<DashboardVariable> &variables, const QSet<QString> &changed);

/// Selections written as NAME=VALUE (snapshot's repeated --var): a name given several times
/// selects each of its values, `NAME=All` every value. Nullopt with @p error set when one is not
/// NAME=VALUE.
std::optional<QMap<QString, VariableValue>> parseVariableAssignments(
    const QStringList &assignments, QString *error);

/// Empty when @p selection fits @p variables, else what does not: several values for a variable
/// that selects one.
QString checkSelectionFits(
    const QList<DashboardVariable> &variables, const QMap<QString, VariableValue> &selection);

} // namespace pivori

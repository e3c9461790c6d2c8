// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace pivori {

/// A variable's `regex` as Grafana reads it: `/pattern/flags` (flags i, m, s; g and y change
/// nothing for one match) is searched for, anything else is anchored to the whole value.
/// Nullopt with @p error set (Qt's reason and where) when it is not a valid expression.
std::optional<QRegularExpression> variableRegex(const QString &text, QString *error);

/// The values a variable offers out of @p values (a label's values, or its fixed list): those
/// its regex matches, each turned into its capture, without repeats, in its sort order.
QStringList offeredVariableValues(const DashboardVariable &variable, const QStringList &values);

/// The `sort:` names of the console's YAML, indexed by VariableSort.
const QStringList &variableSortNames();

} // namespace pivori

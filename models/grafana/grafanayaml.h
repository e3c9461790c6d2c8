// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QList>
#include <QString>

#include <utility>

namespace pivori {

/// A dashboard as the console's YAML (`dashboards:` with one entry), every string double-quoted
/// so that no title or expression can change the structure. @p placeholders: comment lines put
/// before the panel of the given index (the panels' count: after the last one).
QString dashboardYaml(const Dashboard &dashboard, const QList<std::pair<int, QString>> &placeholders);

/// @p text as a YAML double-quoted scalar.
QString yamlQuoted(const QString &text);
/// @p values as a YAML flow list of double-quoted scalars: ["a", "b"].
QString yamlList(const QStringList &values);

} // namespace pivori

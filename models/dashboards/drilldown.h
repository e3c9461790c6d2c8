// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "promtypes.h"
#include "templating.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

namespace pivori {

/// Where a click on a series goes: the target dashboard and the variable values to set there.
struct DrillTarget final
{
    QString dashboardId;
    QList<std::pair<QString, VariableValue>> variables; ///< in the link's order
};

/// Resolves a panel's drill-down link for one clicked series. Each linked variable takes the
/// series' label of the link; a series without that label (an aggregate such as a P95 over all
/// services) keeps the source dashboard's choice of the variable of the same name when it is a
/// single value, and otherwise selects all. nullopt when the panel has no link.
std::optional<DrillTarget> resolveDrillLink(
    const DrillLink &link, const LabelSet &seriesLabels, const QMap<QString, VariableValue> &sourceVariables);

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "drilldown.h"

namespace pivori {

std::optional<DrillTarget> resolveDrillLink(
    const DrillLink &link, const LabelSet &seriesLabels, const QMap<QString, VariableValue> &sourceVariables)
{
    if (!link.isSet())
        return std::nullopt;
    DrillTarget target;
    target.dashboardId = link.dashboard;
    for (const auto &[variable, label] : link.variables) {
        const QString value = seriesLabels.value(label);
        if (!value.isEmpty()) {
            target.variables.append({ variable, VariableValue::single(value) });
            continue;
        }
        const VariableValue chosen = sourceVariables.value(variable, VariableValue::allValues());
        const bool single = !chosen.all && chosen.values.size() == 1;
        target.variables.append({ variable, single ? chosen : VariableValue::allValues() });
    }
    return target;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelcontent.h"

namespace pivori {

PanelContent::PanelContent(const Panel &panel, QWidget *parent)
    : QWidget(parent)
    , m_panel(panel)
{
}

bool PanelContent::hasSomethingToShow(PanelType type, const PanelData &panelData)
{
    if (type == PanelType::Text)
        return true;
    if (type == PanelType::Gauge || type == PanelType::Stat)
        return singleValue(panelData).has_value();
    for (const PanelSeries &s : panelData.series) {
        if (!s.points.isEmpty())
            return true;
    }
    return false;
}

std::optional<double> PanelContent::singleValue(const PanelData &panelData)
{
    if (panelData.value)
        return panelData.value;
    if (!panelData.series.isEmpty() && !panelData.series.first().points.isEmpty())
        return panelData.series.first().points.last().v;
    return std::nullopt;
}

} // namespace pivori

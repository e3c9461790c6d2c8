// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelfactory.h"

#include "bargaugepanel.h"
#include "barspanel.h"
#include "gaugepanel.h"
#include "panelframe.h"
#include "statpanel.h"
#include "tablepanel.h"
#include "textpanel.h"
#include "timeseriespanel.h"

namespace pivori {

PanelContent *PanelFactory::createContent(const Panel &panel, CrosshairSync *sync, QWidget *parent)
{
    switch (panel.type) {
    case PanelType::Gauge:
        return new GaugePanel(panel, parent);
    case PanelType::Stat:
        return new StatPanel(panel, parent);
    case PanelType::Bars:
        return new BarsPanel(panel, parent);
    case PanelType::Text:
        return new TextPanel(panel, parent);
    case PanelType::BarGauge:
        return new BarGaugePanel(panel, parent);
    case PanelType::Table:
        return new TablePanel(panel, parent);
    case PanelType::TimeSeries:
        break;
    }
    return new TimeSeriesPanel(panel, sync, parent);
}

PanelFrame *PanelFactory::create(const Panel &panel, CrosshairSync *sync, QWidget *parent)
{
    auto *frame = new PanelFrame(createContent(panel, sync), parent);
    return frame;
}

} // namespace pivori

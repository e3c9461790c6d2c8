// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "grafanafieldconfig.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace pivori {

/// The translation context of what the import says about a panel (grafanapanels.cpp and
/// grafanapaneloptions.cpp).
class GrafanaPanelReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::GrafanaPanelReader)
};

/// What a Grafana panel becomes in the console (convertGrafanaPanel() decides).
enum class GrafanaPanelKind { TimeSeries, Stat, Gauge, Text, BarGauge, Bars, Table, Placeholder };

/// A bar chart's `options.stacking`: "normal" and "percent" stack its bars, "none" (the
/// default) sets them side by side.
bool grafanaBarChartStacks(const QJsonObject &panel);
/// A bar chart over a range draws one bar per `interval` (the panel's, else its first shown
/// target's): that is the console's `bucket:`. Taken out of @p panel when it is a plain
/// duration ("1h", Grafana's ">1h" too), so the targets' reader does not report it as lost.
std::optional<qint64> takeGrafanaBucket(QJsonObject &panel, PanelImport &report);
/// Notes the panel options the console draws differently (reducers, orientation, display
/// modes, a bar chart's shape, links).
void noteGrafanaPanelOptions(const QJsonObject &panel, GrafanaPanelKind kind, PanelImport &report);
/// `fieldConfig.defaults.color`: a fixed colour for every series (an override matching all of
/// them, first so that the panel's own overrides win; on bars, each query's colour), and the
/// other colour modes as the console draws them.
void readGrafanaColorMode(const QJsonObject &panel, GrafanaPanelKind kind, Panel &p, PanelImport &report);
/// A time series panel's legend: `options.legend` (showLegend, displayMode, placement, calcs),
/// or an old graph panel's `legend` (show, alignAsTable, rightSide).
void readGrafanaLegend(const QJsonObject &panel, Panel &p, PanelImport &report);
/// Value mappings where the console shows them, and the overrides whose query is there (none
/// on bars; an axis only on time series).
void readGrafanaFieldOptions(
    const GrafanaFieldSettings &fields, GrafanaPanelKind kind, Panel &p, PanelImport &report);

} // namespace pivori

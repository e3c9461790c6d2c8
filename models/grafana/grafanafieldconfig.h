// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "importreport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace pivori {

/// What a Grafana panel says about its values: unit, limits, thresholds, stacking. Read from
/// `fieldConfig.defaults` (Grafana 7+) or from the legacy `graph` (`yaxes`) and `singlestat`
/// (`format`, `thresholds` "80,90", `colors`) options.
struct GrafanaFieldSettings final
{
    PanelUnit unit = PanelUnit::None;
    /// Every value is multiplied by this to land in the console's unit (percentunit -> percent
    /// is 100, kbytes -> bytes 1024); the expressions are rewritten to match.
    double scale = 1;
    std::optional<double> min;
    std::optional<double> max;
    QList<Threshold> thresholds; ///< sorted by value, in the console's unit
    bool stacked = false;
    std::optional<int> decimals;
    QList<ValueMapping> mappings; ///< in Grafana's order (each mapping's `index`)
    QList<FieldOverride> overrides; ///< matched by name, regex or query (refId)
    /// Targets whose series an override gives a unit of another scale than the panel's: their
    /// expressions are multiplied by this instead of `scale`.
    QHash<QString, double> refIdScales;
};

GrafanaFieldSettings readGrafanaFieldSettings(const QJsonObject &panel, PanelImport &report);

/// A Grafana unit id into @p out's unit and scale (noted in @p report when not exact).
void readGrafanaUnit(const QString &unit, GrafanaFieldSettings &out, PanelImport &report);
/// Grafana's `thresholds` ({mode, steps}) into @p out's thresholds, read against its min, max
/// and scale.
void readGrafanaThresholds(const QJsonObject &thresholds, GrafanaFieldSettings &out, PanelImport &report);

/// `mappings` (Grafana 8+ value, range, regex and special; Grafana 7's type 1 and 2), and a
/// singlestat's `valueMaps`/`rangeMaps` when @p legacyPanel is one (grafanafieldoverrides.cpp).
QList<ValueMapping> readGrafanaValueMappings(
    const QJsonArray &mappings, const QJsonObject &legacyPanel, PanelImport &report);
/// `fieldConfig.overrides` matched byName, byNames, byRegexp and byFrameRefID with the unit,
/// decimals, min, max, thresholds, fixed colour and displayName properties; the rest reported.
/// @p defaults: the panel's settings (scale, min, max); their refIdScales are filled.
QList<FieldOverride> readGrafanaOverrides(
    const QJsonArray &overrides, GrafanaFieldSettings &defaults, PanelImport &report);

/// A table panel's `organize` and `sortBy` transformations into @p p's columns and sortBy;
/// the others (and these on other panels) reported as not applied.
void readGrafanaTransformations(const QJsonObject &panel, Panel &p, PanelImport &report);

/// A Grafana colour ("green", "semi-dark-red", "#EAB839", "rgba(50, 172, 45, 0.97)") as the
/// console writes colours ("#rrggbb", lower case); empty when it is not one.
QString grafanaColorHex(const QString &color);

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "importreport.h"

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
};

GrafanaFieldSettings readGrafanaFieldSettings(const QJsonObject &panel, PanelImport &report);

/// A Grafana colour ("green", "semi-dark-red", "#EAB839", "rgba(50, 172, 45, 0.97)") as the
/// console writes colours ("#rrggbb", lower case); empty when it is not one.
QString grafanaColorHex(const QString &color);

} // namespace pivori

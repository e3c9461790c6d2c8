// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "grafanalayout.h"
#include "grafanaqueries.h"
#include "importreport.h"

#include <QSet>

#include <optional>

namespace pivori {

struct ConvertedPanel final
{
    /// Empty when nothing can be shown (an empty text panel, one without a Prometheus query): the
    /// YAML then holds a placeholder comment at its place.
    std::optional<Panel> panel;
    PanelImport report;
};

/// Converts one Grafana panel: timeseries and graph become time series panels, stat and
/// singlestat stat panels (a singlestat showing a gauge a gauge), gauge a gauge, text a text
/// panel (html as its plain text). Any other type
/// with Prometheus queries becomes a stat panel titled as a placeholder naming its type.
/// @p usedIds: the console ids taken so far; the panel's own is added.
ConvertedPanel convertGrafanaPanel(
    const LaidOutPanel &laid, const GrafanaQueryContext &context, QSet<QString> &usedIds);

/// A console id ([a-z0-9-]+) from a title, unique among @p usedIds (which it joins).
QString uniqueConsoleId(const QString &title, const QString &fallback, QSet<QString> &usedIds);

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "grafanavariables.h"
#include "importreport.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace pivori {

/// What the converter knows about the dashboard while it reads a panel's queries.
struct GrafanaQueryContext final
{
    GrafanaVariables variables;
    QMap<QString, QString> inputs; ///< `__inputs`: DS_NAME -> plugin id ("prometheus")
};

/// The Prometheus targets of one panel as console queries: expressions with Grafana's variable
/// syntax rewritten, legends, multiplied by @p scale when the unit needs it. Hidden targets,
/// targets of other datasources and targets using undefined variables are left out and said in
/// @p report; so are the options the console does not have (instant, interval, intervalFactor).
/// @p repeatBy: the variable the panel repeats by; its `label="$v"` matchers become `=~` so that
/// the one panel selects every value chosen. @p refIdScales: targets (by refId) multiplied by
/// another factor than @p scale (an override gives their series a unit of its own). Each
/// query keeps its target's refId, for the overrides that match by it.
QList<PanelQuery> readGrafanaTargets(const QJsonObject &panel, const GrafanaQueryContext &context,
    double scale, bool instantPanel, const QString &repeatBy, PanelImport &report,
    const QHash<QString, double> &refIdScales = {});

} // namespace pivori

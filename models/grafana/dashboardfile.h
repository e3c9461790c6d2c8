// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "grafanaimporter.h"
#include "importreport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pivori {

struct DashboardFile final
{
    QList<Dashboard> dashboards; ///< in the file's order
    QList<ImportReport> reports; ///< one per Grafana dashboard converted
    QStringList errors; ///< each names the file (and the ConfigMap key, line:column)

    bool ok() const { return errors.isEmpty() && !dashboards.isEmpty(); }
};

/// Reads the dashboards of a file given on its own (`snapshot --dashboard-file`): a Grafana
/// dashboard JSON, a Kubernetes ConfigMap YAML holding Grafana dashboards under `data` (also
/// several, as a List or one YAML document each), or the console's own YAML (`dashboards:`).
DashboardFile loadDashboardFile(const QString &path, const GrafanaImportOptions &options = {});

} // namespace pivori

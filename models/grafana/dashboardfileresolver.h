// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configloader.h"
#include "consoleconfig.h"
#include "grafanaimporter.h"
#include "importreport.h"

#include <QList>
#include <QLoggingCategory>
#include <QString>

namespace pivori {

/// pivori.grafana.import: one info line per Grafana dashboard converted for a configuration
/// (off by default; QT_LOGGING_RULES="pivori.grafana.import.info=true" shows them).
Q_DECLARE_LOGGING_CATEGORY(grafanaImportLog)

/// A Grafana dashboard that a configuration's dashboard file entry converted.
struct ImportedDashboard final
{
    QString file; ///< the dashboard file, absolute
    QString dashboardId;
    ImportReport report;
};

struct ResolvedDashboardFiles final
{
    /// Each at the entry's line and column in the configuration, naming the dashboard file. A
    /// problem leaves out only what it concerns: the file's other dashboards and every other
    /// dashboard are loaded.
    QList<ConfigError> problems;
    QList<ImportedDashboard> imports; ///< in the order of ConsoleConfig::dashboards
};

/// Reads the `- file:` and `- folder:` entries of a loaded configuration (the config library
/// only records them, as it cannot depend on the importer) and puts their dashboards where the
/// entries stand. Then checks what the loader could not: that the NOC playlist and the panel
/// links name dashboards that exist now; those that do not are left out and reported.
/// Clears config.dashboardFiles. Reads and converts files: not for the GUI thread.
/// @p options: variable values chosen for the conversion (`snapshot --var`), for every file.
ResolvedDashboardFiles resolveDashboardFiles(ConsoleConfig &config, const GrafanaImportOptions &options = {});

} // namespace pivori

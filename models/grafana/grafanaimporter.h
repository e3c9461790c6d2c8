// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "importreport.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace pivori {

struct GrafanaImportOptions final
{
    /// Chosen variable values (`--var name=value`): the default of a drop-down, the value of a
    /// variable the conversion fixes (custom, interval, textbox, constant).
    QMap<QString, QString> values;
};

struct GrafanaImport final
{
    bool ok = false;
    QString error; ///< why there is no dashboard: names the file and, for bad JSON, line:column
    Dashboard dashboard; ///< as the console's own parser read the YAML back
    QString yaml; ///< the import report as comments, then the `dashboards:` YAML
    ImportReport report;
};

/// Converts a Grafana dashboard (classic JSON model, schemaVersion up to 42, or the legacy
/// `rows[]` one; also as the HTTP API's {"dashboard": ...} or a v1 resource's "spec") into a
/// console dashboard. The v2 schema (`elements{}`) and a dashboard with nothing the console can
/// draw are errors, never an empty dashboard. Deterministic: the same input, the same YAML.
GrafanaImport importGrafanaDashboard(
    const QByteArray &json, const QString &sourceName, const GrafanaImportOptions &options = {});

} // namespace pivori

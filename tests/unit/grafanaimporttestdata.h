// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the Grafana import tests share: the test data imported, and panels and their report
// found by title. Header only.
#include "dashboardfile.h"
#include "grafanaimporter.h"
#include "testutils.h"

#include <QFile>
#include <QTemporaryDir>

namespace grafanatest {

using namespace pivori;

inline GrafanaImport importData(const QString &name, const GrafanaImportOptions &options = {})
{
    return importGrafanaDashboard(testutils::readData(QStringLiteral("grafana/") + name), name, options);
}

inline const Panel *panelTitled(const Dashboard &d, const QString &title)
{
    for (const Panel &p : d.panels) {
        if (p.title == title)
            return &p;
    }
    return nullptr;
}

inline const PanelImport *reportOf(const ImportReport &report, const QString &title)
{
    for (const PanelImport &p : report.panels) {
        if (p.title == title)
            return &p;
    }
    return nullptr;
}

/// The console YAML @p yaml as the loader reads it back from a file (empty when it cannot be
/// written: the caller's check of the result fails).
inline DashboardFile loadWritten(const QString &yaml)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("imported.yaml"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(yaml.toUtf8());
    out.close();
    return loadDashboardFile(path);
}

} // namespace grafanatest

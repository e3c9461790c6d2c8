// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfile.h"

#include <QObject>
#include <QString>

namespace pivori {

/// File > Open's reading: a dashboard file (Grafana JSON, a ConfigMap holding dashboards, the
/// console's own YAML) is read and converted on a pool thread, since a large Grafana dashboard
/// takes longer than the GUI thread may stop; the result comes back as a signal.
class DashboardFileOpener final : public QObject
{
    Q_OBJECT
public:
    explicit DashboardFileOpener(QObject *parent = nullptr);

    /// Starts reading @p path; finished() follows, also for a file that cannot be read.
    void open(const QString &path);
    /// How many files are being read.
    int pending() const { return m_pending; }

    /// The folder a file dialog opens in: that of the last file opened, else the home folder.
    static QString lastFolder();
    static void rememberFolderOf(const QString &path);

signals:
    void finished(const QString &path, const pivori::DashboardFile &file);

private:
    int m_pending = 0;
};

} // namespace pivori

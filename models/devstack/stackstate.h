// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace pivori {

/// Where a running demo/test stack lives. Written as JSON by `pivori-console stack` so
/// that tests and scripts started later can find the servers and the processes.
struct StackState final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::StackState)
public:
    QUrl simulator;
    QUrl prometheus;
    QList<QUrl> alertmanagers; ///< the replicas of one HA cluster
    QString workDir;
    qint64 launcherPid = 0; ///< the process that owns the stack and stops it
    QList<qint64> serverPids; ///< simulator, prometheus, alertmanager replicas
    double timeScale = 1.0;

    QByteArray toJson() const;
    static Result<StackState> fromJson(const QByteArray &json);
    static Result<StackState> readFile(const QString &path);
    /// Written atomically (QSaveFile), so a reader never sees half a file.
    bool writeFile(const QString &path, QString *problem) const;
};

} // namespace pivori

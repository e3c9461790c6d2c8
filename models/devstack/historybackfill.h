// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace pivori {

/// Gives a new demo Prometheus a past before it starts: the simulator writes its fleet's
/// recent history as OpenMetrics, and promtool turns that into blocks in Prometheus's data
/// folder, so the first screen shows an hour of curves instead of a line at the right edge.
/// Both steps run as processes (the caller's thread never waits); a step that fails ends the
/// backfill with the reason, and the stack starts without a past rather than not at all.
class HistoryBackfill final : public QObject
{
    Q_OBJECT
public:
    struct Request final
    {
        QString simulator; ///< the pivori-simulator program
        QStringList fleetArguments; ///< what makes its fleet the running one's (--seed, --services, ...)
        QString instance; ///< host:port the running simulator is scraped at
        int seconds = 3600;
        QString workFile; ///< the OpenMetrics text, removed when done
        QString dataDir; ///< Prometheus's --storage.tsdb.path
    };

    explicit HistoryBackfill(QObject *parent = nullptr);
    ~HistoryBackfill() override;

    void start(const Request &request);

signals:
    void progress(const QString &message);
    /// @p problem is empty when the history was written.
    void finished(const QString &problem);

private:
    void runPromtool();
    void finish(const QString &problem);
    void runStep(const QString &program, const QStringList &arguments, void (HistoryBackfill::*next)());

    Request m_request;
    QPointer<QProcess> m_process;
    QString m_stepName;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "serverstatus.h"

#include <QList>
#include <QObject>

class QTimer;

namespace pivori {

class HttpTransport;

/// Asks every configured Prometheus (build info, and its rules: do any fail? is the dead man's
/// switch loaded?) and every Alertmanager replica (status with its cluster state, and whether
/// the dead man's switch is present and fresh there) on a timer, and reports what it found. A
/// server that stops answering keeps the time it was last seen, so the UI can say
/// "unreachable since 14:02".
class ServerStatusPoller final : public QObject
{
    Q_OBJECT
public:
    ServerStatusPoller(HttpTransport *transport, const ConsoleConfig &config, QObject *parent = nullptr);

    void start(int intervalMs);
    void pollNow();
    const QList<ServerStatus> &statuses() const { return m_statuses; }

    /// How old the dead man's switch may be on a replica and still count as fresh.
    static constexpr qint64 kDeadMansSwitchMaxAgeMs = 5LL * 60 * 1000;

signals:
    void statusChanged(int index, const pivori::ServerStatus &status);

private:
    void update(int index, ServerStatus status);
    void pollRules(int index);
    void pollDeadMansSwitch(int index);

    HttpTransport *m_transport;
    QList<Endpoint> m_endpoints; ///< parallel to m_statuses
    QList<ServerStatus> m_statuses;
    QTimer *m_timer;
    QString m_deadMansSwitch;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlmessage.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace pivori {

class ScenarioBoard;
class Simulation;

/// The simulator's HTTP face: /metrics for Prometheus, /health for launchers, and
/// /scenarios to list and switch scenarios. Minimal HTTP/1.1, one request per connection.
class ControlServer final : public QObject
{
    Q_OBJECT

public:
    ControlServer(const Simulation &simulation, ScenarioBoard &board, QObject *parent = nullptr);

    /// Port 0 picks a free one. On failure returns false with `error` set.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }

    /// Answers one request; public so the routing can be reasoned about apart from sockets.
    ControlResponse handle(const ControlRequest &request);

private:
    void acceptConnections();
    ControlResponse scenarioAction(const ControlRequest &request, const QString &name);

    const Simulation &m_simulation;
    ScenarioBoard &m_board;
    QTcpServer m_server;
    int m_openConnections = 0;
};

} // namespace pivori

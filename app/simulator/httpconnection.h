// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "controlmessage.h"
#include "httprequestparser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace pivori {

/// One client connection of the control server: reads one request, hands it on, writes
/// one answer and closes (Connection: close). Deletes itself when the socket is gone.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of `socket`.
    HttpConnection(QTcpSocket *socket, int timeoutMs, QObject *parent = nullptr);

    /// Writes `response` (no body for HEAD) and closes the connection.
    void respond(const ControlResponse &response);

signals:
    void requestReceived(const pivori::ControlRequest &request);

private:
    void readAvailable();
    void fail(int status, const QString &message);
    void closeWriteSide();

    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    QTimer m_timeout;
    bool m_answered = false;
    bool m_headOnly = false;
    bool m_writeClosed = false;
};

} // namespace pivori

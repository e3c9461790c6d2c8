// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace pivori {

namespace {

// How long a client may take to hang up after its answer before we cut it off.
constexpr int kLingerMs = 3000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // Bounded memory per client whatever it sends; the parser gives up past its own cap.
    m_socket->setReadBufferSize(4 * HttpRequestParser::maxRequestBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        // A reset or refused write: nobody is left to answer.
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    // A client that never finishes its request must not hold a connection forever.
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_answered) {
            fail(408, tr("request not completed in time"));
        } else {
            m_socket->abort();
            deleteLater();
        }
    });
    m_timeout.start(timeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

void HttpConnection::readAvailable()
{
    if (m_answered) {
        m_socket->readAll(); // drain; the answer is already on its way
        return;
    }
    const QByteArray bytes = m_socket->read(HttpRequestParser::maxRequestBytes + 1);
    switch (m_parser.feed(bytes)) {
    case HttpRequestParser::State::Incomplete:
        if (m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
        break;
    case HttpRequestParser::State::Failed:
        fail(m_parser.errorStatus(), m_parser.errorMessage());
        break;
    case HttpRequestParser::State::Complete:
        m_headOnly = m_parser.request().method == "HEAD";
        emit requestReceived(m_parser.request());
        break;
    }
}

void HttpConnection::fail(int status, const QString &message)
{
    ControlResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body
        = QJsonDocument(QJsonObject { { QStringLiteral("error"), message } }).toJson(QJsonDocument::Compact);
    respond(response);
}

void HttpConnection::respond(const ControlResponse &response)
{
    if (m_answered)
        return;
    m_answered = true;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\nContent-Type: " + response.contentType
        + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (!m_headOnly)
        m_socket->write(response.body);
    m_timeout.start(kLingerMs);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            closeWriteSide();
    });
    if (m_socket->bytesToWrite() == 0)
        closeWriteSide();
}

void HttpConnection::closeWriteSide()
{
    if (m_writeClosed)
        return;
    m_writeClosed = true;
#ifdef Q_OS_UNIX
    // Lingering close: send FIN but keep reading until the client hangs up. Closing outright
    // while unread request bytes are pending makes the kernel send RST, and the client
    // may then lose the very error response that explains why it was cut off.
    if (::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR) == 0)
        return;
#endif
    m_socket->disconnectFromHost();
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultproxy.h"

#include <QHostAddress>
#include <QList>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

#include <memory>
#include <utility>

namespace pivori::testing {

namespace {

constexpr QByteArrayView kHeadEnd = "\r\n\r\n";

// The head's lines without the ones named @p header (case-insensitive).
QList<QByteArray> linesWithout(const QByteArray &head, const QByteArray &header)
{
    QList<QByteArray> out;
    const QByteArray prefix = header.toLower() + ':';
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (!trimmed.toLower().startsWith(prefix))
            out.append(trimmed);
    }
    return out;
}

qsizetype contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            return line.mid(15).trimmed().toLongLong();
    }
    return 0;
}

// SO_LINGER with a zero timeout turns close() into a RST: the client sees "connection reset",
// not an orderly end of the answer.
void resetSocket(QTcpSocket *socket)
{
    if (socket->state() == QAbstractSocket::ConnectedState) {
        const linger hard { 1, 0 };
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    socket->abort();
}

} // namespace

/// One client connection: reads its requests one after the other and answers them in order.
class FaultProxy::Session final : public QObject
{
public:
    Session(FaultProxy *proxy, QTcpSocket *client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, &Session::readRequests);
        connect(client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

    void reset()
    {
        resetSocket(m_client);
        deleteLater();
    }

    /// The server's answer to the request in progress (already stripped of "Connection: close").
    void answer(const QByteArray &bytes, Fault fault, int delayMs)
    {
        switch (fault) {
        case Fault::ResetAfterAnswer:
            reset();
            return;
        case Fault::TruncateAnswer: {
            const qsizetype headEnd = bytes.indexOf(kHeadEnd);
            const qsizetype bodyStart = headEnd < 0 ? 0 : headEnd + kHeadEnd.size();
            const qsizetype cut = headEnd < 0 ? bytes.size() / 2 : bodyStart + (bytes.size() - bodyStart) / 2;
            m_client->write(bytes.left(cut));
            m_client->disconnectFromHost(); // after the bytes are written
            return;
        }
        case Fault::DelayAnswer:
            QTimer::singleShot(delayMs, this, [this, bytes] { answer(bytes, Fault::PassThrough, 0); });
            return;
        default:
            m_client->write(bytes);
            m_busy = false;
            readRequests(); // a request that arrived meanwhile
            return;
        }
    }

private:
    void readRequests()
    {
        if (m_dead)
            return;
        m_buffer += m_client->readAll();
        if (m_busy)
            return;
        const qsizetype headEnd = m_buffer.indexOf(kHeadEnd);
        if (headEnd < 0)
            return;
        const QByteArray head = m_buffer.left(headEnd);
        const qsizetype total = headEnd + kHeadEnd.size() + contentLength(head);
        if (m_buffer.size() < total)
            return;
        const QByteArray body = m_buffer.mid(headEnd + kHeadEnd.size(), total - headEnd - kHeadEnd.size());
        m_buffer.remove(0, total);
        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray path = requestLine.value(1);
        const Fault fault = m_proxy->faultFor(method);
        emit m_proxy->requestSeen(method, path, fault);
        switch (fault) {
        case Fault::ResetBeforeForwarding:
            reset();
            return;
        case Fault::NeverAnswer:
            m_dead = true;
            return;
        default:
            break;
        }
        m_busy = true;
        // One request per server connection: the server closes it after answering, so the
        // answer is everything it sent.
        QByteArray upstream = linesWithout(head, "connection").join("\r\n");
        upstream += "\r\nConnection: close\r\n\r\n" + body;
        const int delayMs = m_proxy->m_rule.delayMs;
        if (fault == Fault::DelayRequest) {
            ++m_proxy->m_held;
            QTimer::singleShot(
                delayMs, m_proxy, [proxy = m_proxy, method, upstream, self = QPointer<Session>(this)] {
                    --proxy->m_held;
                    proxy->forward(method, upstream, self, Fault::PassThrough);
                });
            return;
        }
        m_proxy->forward(method, upstream, this, fault);
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QByteArray m_buffer;
    bool m_busy = false; ///< a request is with the server
    bool m_dead = false; ///< NeverAnswer: nothing more is read or written
};

FaultProxy::FaultProxy(QUrl upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(std::move(upstream))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        m_sessions.removeAll(nullptr);
        while (QTcpSocket *client = m_server.nextPendingConnection())
            m_sessions.append(new Session(this, client));
    });
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    qWarning("FaultProxy: cannot listen: %s", qPrintable(m_server.errorString()));
    return false;
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FaultProxy::setRule(const Rule &rule)
{
    m_rule = rule;
}

int FaultProxy::requestsSeen(const QByteArray &method) const
{
    if (!method.isEmpty())
        return m_seen.value(method);
    int total = 0;
    for (const int n : m_seen)
        total += n;
    return total;
}

int FaultProxy::requestsForwarded(const QByteArray &method) const
{
    if (!method.isEmpty())
        return m_forwarded.value(method);
    int total = 0;
    for (const int n : m_forwarded)
        total += n;
    return total;
}

void FaultProxy::resetClients()
{
    for (const QPointer<Session> &session : std::as_const(m_sessions)) {
        if (session)
            session->reset();
    }
    m_sessions.clear();
}

FaultProxy::Fault FaultProxy::faultFor(const QByteArray &method)
{
    ++m_seen[method];
    if (m_rule.fault == Fault::PassThrough || m_rule.times == 0
        || (!m_rule.method.isEmpty() && m_rule.method != method))
        return Fault::PassThrough;
    if (m_rule.times > 0)
        --m_rule.times;
    return m_rule.fault;
}

void FaultProxy::forward(
    const QByteArray &method, const QByteArray &bytes, const QPointer<Session> &session, Fault fault)
{
    auto *server = new QTcpSocket(this);
    auto answer = std::make_shared<QByteArray>();
    const int delayMs = m_rule.delayMs;
    connect(server, &QTcpSocket::connected, server, [this, server, bytes, method] {
        ++m_forwarded[method];
        server->write(bytes);
    });
    connect(server, &QTcpSocket::readyRead, server, [server, answer] { *answer += server->readAll(); });
    connect(server, &QTcpSocket::disconnected, this, [server, answer, session, fault, delayMs] {
        *answer += server->readAll();
        // The client keeps its connection: it must not learn that ours closed.
        const qsizetype headEnd = answer->indexOf(kHeadEnd);
        QByteArray out = headEnd < 0
            ? *answer
            : linesWithout(answer->left(headEnd), "connection").join("\r\n") + answer->mid(headEnd);
        server->deleteLater();
        if (session)
            session->answer(out, fault, delayMs);
    });
    connect(server, &QTcpSocket::errorOccurred, this, [server, session](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // the end of the answer, handled by disconnected
        qWarning("FaultProxy: upstream: %s", qPrintable(server->errorString()));
        server->deleteLater();
        if (session)
            session->reset();
    });
    server->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}

} // namespace pivori::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scripted HTTP server on loopback for the answers no real server gives on purpose: a redirect
// elsewhere, a huge answer, a drip, silence, a connection cut mid-answer, a refused connection —
// and, once the fault is over, the small answers of a healthy Prometheus and Alertmanager, so that
// a test can watch a client recover. It runs in the test's own event loop (so a test that waits
// on a child process must wait with QTRY_*, not block), and records every request it got,
// headers included, so a test can tell whether a secret reached it.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace pivori::testing {

class HostileServer final : public QObject
{
public:
    enum class Behaviour {
        Json, ///< 200 with a small Prometheus answer
        Redirect, ///< 302 to location()
        Huge, ///< 200 with hugeBytes of a valid JSON answer, streamed as the client reads
        HugeUnannounced, ///< the same without Content-Length (chunked by connection close)
        Drip, ///< 200 headers, then one byte of body every 200 ms, forever
        Silent, ///< accept and never answer
        ResetMidAnswer, ///< 200 with Content-Length, half the body, then the connection closed
        ServerError, ///< 503 with a Prometheus error body (JSON), as a server shedding load
        BadGatewayHtml, ///< 502 with an HTML page, as a reverse proxy in front of a dead server
        Garbage, ///< 200, JSON announced, bytes that are no JSON at all
        Unauthorized, ///< 401 asking for basic auth, as a server behind a password
        Refused, ///< not listening: every connection is refused (its port is kept, to listen again)
        Healthy, ///< by path, what a Prometheus 2.42 or Alertmanager 0.25 with one series says
    };

    /// One request as it arrived: its first line and its headers (names lower-cased).
    struct Request
    {
        QByteArray line;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers)
                if (key == name)
                    return value;
            return {};
        }
    };

    explicit HostileServer(Behaviour behaviour, QObject *parent = nullptr)
        : QObject(parent)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        m_port = m_server.serverPort();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        setBehaviour(behaviour);
    }

    /// Changes how the next requests are answered; Refused closes the port, anything else opens
    /// it again (on the same port).
    void setBehaviour(Behaviour behaviour)
    {
        m_behaviour = behaviour;
        if (behaviour == Behaviour::Refused)
            m_server.close();
        else if (!m_server.isListening())
            m_server.listen(QHostAddress::LocalHost, m_port);
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    const QList<Request> &requests() const { return m_requests; }

    void setLocation(const QByteArray &location) { m_location = location; }
    void setHugeBytes(qint64 bytes) { m_hugeBytes = bytes; }

    /// A Prometheus vector answer of about @p bytes: one long label value.
    static QByteArray hugeAnswerHead()
    {
        return R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"big":")";
    }
    static QByteArray hugeAnswerTail() { return R"("},"value":[1700000000,"1"]}]}})"; }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_pending[socket] += socket->readAll();
            const QByteArray &buffer = m_pending[socket];
            if (buffer.startsWith('\x16') && !socket->property("answered").toBool()) {
                // A TLS handshake to this plain server: answer as Go's net/http does to bytes that
                // are no HTTP, which the client's TLS layer reads as a record of the wrong version.
                socket->setProperty("answered", true);
                writeAnswer(socket, "400 Bad Request", "text/plain; charset=utf-8", "400 Bad Request");
                return;
            }
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0 || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            Request request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            request.line = lines.value(0).trimmed();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.append(
                        { lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed() });
            }
            m_requests.append(request);
            answer(socket);
        });
    }

    void answer(QTcpSocket *socket)
    {
        switch (m_behaviour) {
        case Behaviour::Json:
            writeAnswer(socket, "200 OK", "application/json",
                R"({"status":"success","data":{"resultType":"scalar","result":[1700000000,"1"]}})");
            break;
        case Behaviour::Redirect:
            writeAnswer(socket, "302 Found\r\nLocation: " + m_location, "text/plain", {});
            break;
        case Behaviour::Huge:
        case Behaviour::HugeUnannounced:
            streamHuge(socket);
            break;
        case Behaviour::Drip: {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            timer->start(200);
            break;
        }
        case Behaviour::Silent:
        case Behaviour::Refused: // a connection accepted before the port closed
            break;
        case Behaviour::Healthy:
            answerHealthy(socket, m_requests.constLast().line);
            break;
        case Behaviour::ServerError:
            writeAnswer(socket, "503 Service Unavailable", "application/json",
                R"({"status":"error","errorType":"unavailable","error":"too many queries in flight"})");
            break;
        case Behaviour::BadGatewayHtml:
            writeAnswer(socket, "502 Bad Gateway", "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>");
            break;
        case Behaviour::Garbage:
            writeAnswer(socket, "200 OK", "application/json", QByteArray("\x1b[2J\x07\xff\xfe not json {{{"));
            break;
        case Behaviour::Unauthorized:
            writeAnswer(socket, "401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"x\"", "text/plain",
                "Unauthorized\n");
            break;
        case Behaviour::ResetMidAnswer: {
            const QByteArray body
                = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"a"},"value":[1700000000,"1"]},)";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size() * 2) + "\r\n\r\n" + body);
            socket->flush();
            QTimer::singleShot(50, socket, [socket] { socket->abort(); });
            break;
        }
        }
    }

    /// A whole answer: @p status ("503 Service Unavailable", optionally followed by header lines).
    /// The connection closes after it: this server answers one request per connection, so a
    /// client must not wait on a kept-alive one for a second answer.
    static void writeAnswer(
        QTcpSocket *socket, const QByteArray &status, const QByteArray &type, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nConnection: close"
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    /// A healthy server's answer to the request @p line ("GET /path?query HTTP/1.1"): one series
    /// `up{job="hostile"}` of value 1, no alerts, no silences, no rules, a ready cluster.
    static void answerHealthy(QTcpSocket *socket, const QByteArray &line)
    {
        const QByteArray target = line.split(' ').value(1);
        const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray series = R"({"__name__":"up","instance":"hostile:9100","job":"hostile"})";
        QByteArray body;
        if (path == "/api/v1/query")
            body = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":)" + series
                + R"(,"value":[)" + now + R"(,"1"]}]}})";
        else if (path == "/api/v1/query_range")
            body = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":)" + series
                + R"(,"values":[[)" + QByteArray::number(now.toLongLong() - 60) + R"(,"1"],[)" + now
                + R"(,"1"]]}]}})";
        else if (path == "/api/v1/status/buildinfo")
            body = R"({"status":"success","data":{"version":"2.42.0","revision":"hostile","branch":"HEAD",)"
                   R"("buildUser":"test","buildDate":"20230201-00:00:00","goVersion":"go1.19.5"}})";
        else if (path == "/api/v1/rules")
            body = R"({"status":"success","data":{"groups":[]}})";
        else if (path == "/api/v2/status")
            body
                = R"({"cluster":{"name":"01HOSTILE","status":"ready","peers":[{"name":"01HOSTILE",)"
                  R"("address":"127.0.0.1:9094"}]},"versionInfo":{"version":"0.25.0","revision":"hostile",)"
                  R"("branch":"HEAD","buildUser":"test","buildDate":"20221222-00:00:00","goVersion":"go1.19.4"},)"
                  R"("config":{"original":"route:\n  receiver: default\nreceivers:\n- name: default\n"},)"
                  R"("uptime":"2026-12-07T00:00:00.000Z"})";
        else if (path == "/api/v2/alerts" || path == "/api/v2/alerts/groups" || path == "/api/v2/silences")
            body = "[]";
        else if (path == "/-/ready" || path == "/-/healthy") {
            writeAnswer(socket, "200 OK", "text/plain; charset=utf-8", "OK\n");
            return;
        } else {
            writeAnswer(socket, "404 Not Found", "text/plain; charset=utf-8", "404 page not found\n");
            return;
        }
        writeAnswer(socket, "200 OK", "application/json", body);
    }

    /// Writes the answer as the client takes it, so the test process never holds it whole.
    void streamHuge(QTcpSocket *socket)
    {
        const QByteArray head = hugeAnswerHead();
        const QByteArray tail = hugeAnswerTail();
        const bool announced = m_behaviour == Behaviour::Huge;
        QByteArray headers = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        headers += announced ? "Content-Length: " + QByteArray::number(m_hugeBytes) + "\r\n\r\n"
                             : QByteArray("Connection: close\r\n\r\n");
        socket->write(headers + head);
        auto remaining = std::make_shared<qint64>(m_hugeBytes - head.size() - tail.size());
        auto refill = [socket, remaining, tail] {
            if (socket->bytesToWrite() > qint64(1024) * 1024 || *remaining < 0)
                return;
            if (*remaining == 0) {
                socket->write(tail);
                *remaining = -1;
                socket->disconnectFromHost();
                return;
            }
            const qint64 n = std::min<qint64>(*remaining, qint64(256) * 1024);
            socket->write(QByteArray(n, 'x'));
            *remaining -= n;
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, refill);
        refill();
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    Behaviour m_behaviour = Behaviour::Json;
    QByteArray m_location;
    qint64 m_hugeBytes = qint64(50) * 1000 * 1000;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace pivori::testing

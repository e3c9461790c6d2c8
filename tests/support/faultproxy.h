// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

namespace pivori::testing {

/// A fault-injecting HTTP/1.1 proxy on loopback, between a client under test and a real server.
///
/// The client talks to url() as it would to the server. The proxy reads each request whole
/// (head and Content-Length body), decides what to do with it from the current rule, and
/// carries it to the server on a connection of its own (one per request, so the server's
/// answer ends where its connection ends). The client's connection is kept alive across
/// requests, as a server's would be: a client that reuses connections meets the faults on a
/// reused one too.
///
/// A request the rule does not match passes through. Counters say how many requests of a
/// method arrived and how many reached the server, so a test can tell "the client sent it
/// twice" from "the server acted twice".
class FaultProxy final : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        PassThrough,
        /// Held for delayMs, then forwarded — also when the client has given up meanwhile, as
        /// a slow network or a slow server acts late, not never.
        DelayRequest,
        /// Forwarded at once; the answer is held for delayMs.
        DelayAnswer,
        /// The server never sees the request; the client's connection is reset (RST).
        ResetBeforeForwarding,
        /// The server acts and answers; the client gets a reset instead of the answer.
        ResetAfterAnswer,
        /// The server acts; the client gets the answer's head and half its body, then the
        /// connection closes.
        TruncateAnswer,
        /// The request is read and dropped; the connection stays open, silent.
        NeverAnswer,
    };
    Q_ENUM(Fault)

    struct Rule final
    {
        Fault fault = Fault::PassThrough;
        int delayMs = 0; ///< for the Delay faults
        QByteArray method; ///< only requests of this method (GET, POST, ...); empty: all
        int times = -1; ///< how many matching requests get the fault; -1: all of them
    };

    /// Forwards to @p upstream (scheme http, host and port are used).
    explicit FaultProxy(QUrl upstream, QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Listens on 127.0.0.1, on a free port; false (and a warning) when it cannot.
    bool listen();
    /// http://127.0.0.1:<port>
    QUrl url() const;

    /// Replaces the rule; requests already held keep the fault they were given.
    void setRule(const Rule &rule);
    void passThrough() { setRule({}); }

    /// Requests that arrived from clients (any fault), of @p method or of any when empty.
    int requestsSeen(const QByteArray &method = {}) const;
    /// Requests the server received, of @p method or of any when empty.
    int requestsForwarded(const QByteArray &method = {}) const;

    /// Requests held by DelayRequest and not forwarded yet: a test waits for none before it
    /// counts what the server did.
    int requestsHeld() const { return m_held; }

    /// Resets every client connection at once (a proxy or server restart, seen from the client).
    void resetClients();

signals:
    /// A request arrived and was given @p fault.
    void requestSeen(
        const QByteArray &method, const QByteArray &path, pivori::testing::FaultProxy::Fault fault);

private:
    class Session;
    struct Request;

    Fault faultFor(const QByteArray &method);
    void forward(
        const QByteArray &method, const QByteArray &bytes, const QPointer<Session> &session, Fault fault);

    QUrl m_upstream;
    QTcpServer m_server;
    Rule m_rule;
    QHash<QByteArray, int> m_seen;
    QHash<QByteArray, int> m_forwarded;
    QList<QPointer<Session>> m_sessions;
    int m_held = 0;
};

} // namespace pivori::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace pivori {

using QueryParams = QList<std::pair<QString, QString>>;

struct HttpRequest final
{
    Endpoint endpoint;
    QByteArray method = "GET"; ///< GET, POST or DELETE
    QString path; ///< API path below the endpoint's base URL, e.g. /api/v1/query
    QueryParams params; ///< sent in the URL, or as the form body when formBody is set
    bool formBody = false; ///< POST params as application/x-www-form-urlencoded
    QByteArray jsonBody; ///< POST a JSON document instead
};

/// What came back. `transportError` is set when no HTTP answer arrived at all
/// (refused, timeout, TLS, cancelled, missing secret); otherwise status and body are
/// the server's, whatever the status, and the API layer interprets them.
struct HttpResponse final
{
    QUrl url;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    std::optional<Error> transportError;
    qint64 elapsedMs = 0;
};

/// A request in flight as its sender sees it: something to abort, and nothing of how the
/// request is carried. Cheap to copy; null when default-constructed, and once the transport
/// has let go of its request.
class HttpCall final
{
public:
    /// Ends the request that `carrier` stands for; called only while the carrier lives.
    using AbortFunction = void (*)(QObject *carrier);

    HttpCall() = default;
    HttpCall(QObject *carrier, AbortFunction abortCarrier)
        : m_carrier(carrier)
        , m_abort(abortCarrier)
    {
    }

    /// Ends the request now: its `done` sees Error::Kind::Canceled before abort() returns
    /// (unless its context is gone). Does nothing once the request has answered.
    void abort() const
    {
        if (m_carrier && m_abort)
            m_abort(m_carrier);
    }
    bool isNull() const { return !m_carrier; }

private:
    QPointer<QObject> m_carrier; ///< owned by the transport; gone once the request is over
    AbortFunction m_abort = nullptr;
};

/// The asynchronous HTTP layer the Prometheus and Alertmanager clients talk through.
/// NetworkTransport carries requests over the network; tests answer them from recorded
/// answers (RecordedTransport), so the clients' logic is tested without a server.
class HttpTransport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    /// Starts the request. `done` runs exactly once, in the event loop (never from inside
    /// send()), unless `context` is destroyed first. Aborting the returned call makes `done`
    /// see Kind::Canceled, from inside abort(). The call is null when the request failed
    /// before it was sent (done is still called, later, with that failure).
    virtual HttpCall send(const HttpRequest &request, QObject *context, Callback done) = 0;

    /// application/x-www-form-urlencoded with every reserved character escaped.
    static QByteArray encodeParams(const QueryParams &params);

private:
    Q_DISABLE_COPY_MOVE(HttpTransport)
};

} // namespace pivori

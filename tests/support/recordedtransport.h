// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"

#include <QAnyStringView>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace pivori {

/// What the recorded server says to a request: an HTTP answer (any status), or no HTTP
/// answer at all (a transport failure, or silence until the endpoint's timeout).
struct RecordedAnswer final
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    std::optional<Error::Kind> transportError; ///< set: no HTTP answer, this failure instead
    QString transportMessage; ///< the failure's text; empty: worded as NetworkTransport words it
    bool unanswered = false; ///< the server keeps silent: the endpoint's timeout ends the request
    int delayMs = 0; ///< a slow server; at or past the endpoint's timeout it is a timeout

    /// The body is the file tests/data/<relativePath> (read now; a missing file ends the test run).
    static RecordedAnswer file(
        QAnyStringView relativePath, int status = 200, const QByteArray &contentType = "application/json");
    static RecordedAnswer bytes(
        const QByteArray &body, int status = 200, const QByteArray &contentType = "application/json");
    /// No HTTP answer: Network is a refused connection, Tls a failed handshake, and so on.
    static RecordedAnswer transportFailure(Error::Kind kind, const QString &message = {});
    static RecordedAnswer noAnswer();
    /// The same answer, given `ms` later.
    RecordedAnswer delayedBy(int ms) const;
};

/// Which requests a recorded answer is for: a method and an API path (as the client asks
/// for it, below the endpoint's base URL), narrowed by server or parameters if need be.
class RecordedRoute final
{
public:
    using Condition = std::function<bool(const HttpRequest &)>;

    RecordedRoute(const QByteArray &method, QAnyStringView path);

    /// Only requests to the endpoint with this base URL (one replica of a cluster).
    RecordedRoute &onServer(const QUrl &baseUrl);
    /// Only requests carrying the parameter `key` with exactly `value`.
    RecordedRoute &withParam(QAnyStringView key, QAnyStringView value);
    /// Only requests whose parameter `key` contains `part`.
    RecordedRoute &withParamContaining(QAnyStringView key, QAnyStringView part);
    /// Only requests for which `condition` holds.
    RecordedRoute &where(Condition condition);

    bool matches(const HttpRequest &request) const;

private:
    QByteArray m_method;
    QString m_path;
    QList<Condition> m_conditions;
};

/// The value of the first parameter named `key` in `request`, or a null string.
QString paramValue(const HttpRequest &request, QAnyStringView key);

/// An HttpTransport that answers from recorded answers, so the clients and what sits on them
/// are tested without a server. It keeps NetworkTransport's promises: `done` runs exactly
/// once, always from the event loop (never from inside send()), not at all once its context
/// is gone; abort() reports Kind::Canceled before it returns; an endpoint's timeout ends an
/// unanswered request. A request no route matches gets a 404 and is listed in unmatched().
class RecordedTransport final : public HttpTransport
{
    Q_OBJECT
public:
    explicit RecordedTransport(QObject *parent = nullptr);
    ~RecordedTransport() override;

    /// Answers what `route` matches with `answer`. The latest registration that matches a
    /// request wins, so a test changes what the server says by registering again.
    void answer(const RecordedRoute &route, const RecordedAnswer &answer);
    void clearAnswers() { m_routes.clear(); }

    HttpCall send(const HttpRequest &request, QObject *context, Callback done) override;

    /// Every request seen, in order.
    const QList<HttpRequest> &requests() const { return m_requests; }
    int requestCount(const RecordedRoute &route) const;
    /// "METHOD url" of each request no route matched.
    const QStringList &unmatched() const { return m_unmatched; }
    /// Requests sent and neither answered, aborted nor dropped with their context.
    int inFlight() const { return int(m_calls.size()); }
    /// The most requests in flight at once since the last resetCounts().
    int maxInFlight() const { return m_maxInFlight; }
    void resetCounts();

private:
    struct Call final
    {
        QPointer<QObject> context;
        Callback done;
        QUrl url;
        QElapsedTimer clock;
    };

    RecordedAnswer answerFor(const HttpRequest &request, const QUrl &url);
    void finish(QObject *carrier, HttpResponse response);
    void drop(QObject *carrier);
    static void abortCall(QObject *carrier);

    QList<std::pair<RecordedRoute, RecordedAnswer>> m_routes;
    QList<HttpRequest> m_requests;
    QStringList m_unmatched;
    QHash<QObject *, Call> m_calls; ///< keyed by the call's carrier, which HttpCall watches
    int m_maxInFlight = 0;
};

} // namespace pivori

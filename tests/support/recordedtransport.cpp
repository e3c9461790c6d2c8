// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordedtransport.h"

#include "testutils.h"

#include <QFile>
#include <QTimer>

#include <algorithm>

namespace pivori {

namespace {

QUrl baseOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

// Worded as NetworkTransport words them, so a test reads the same text a user would.
QString defaultMessage(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Network:
        return RecordedTransport::tr("connection refused");
    case Error::Kind::Timeout:
        return RecordedTransport::tr("no answer within the timeout");
    case Error::Kind::Canceled:
        return RecordedTransport::tr("request cancelled");
    case Error::Kind::Tls:
        return RecordedTransport::tr("TLS handshake failed");
    default:
        return RecordedTransport::tr("the request failed");
    }
}

Error transportError(Error::Kind kind, const QString &message, const QUrl &url)
{
    Error error;
    error.kind = kind;
    error.message = message.isEmpty() ? defaultMessage(kind) : message;
    error.url = url.toDisplayString(QUrl::RemoveQuery);
    // As NetworkTransport: refused connections and failed handshakes never reached the server.
    if (message.isEmpty() && (kind == Error::Kind::Network || kind == Error::Kind::Tls))
        error.type = QStringLiteral("not_sent");
    return error;
}

} // namespace

RecordedAnswer RecordedAnswer::file(QAnyStringView relativePath, int status, const QByteArray &contentType)
{
    const QString path = testutils::dataPath(relativePath.toString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("recorded answer %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return bytes(file.readAll(), status, contentType);
}

RecordedAnswer RecordedAnswer::bytes(const QByteArray &body, int status, const QByteArray &contentType)
{
    RecordedAnswer answer;
    answer.status = status;
    answer.contentType = contentType;
    answer.body = body;
    return answer;
}

RecordedAnswer RecordedAnswer::transportFailure(Error::Kind kind, const QString &message)
{
    RecordedAnswer answer;
    answer.transportError = kind;
    answer.transportMessage = message;
    return answer;
}

RecordedAnswer RecordedAnswer::noAnswer()
{
    RecordedAnswer answer;
    answer.unanswered = true;
    return answer;
}

RecordedAnswer RecordedAnswer::delayedBy(int ms) const
{
    RecordedAnswer answer = *this;
    answer.delayMs = ms;
    return answer;
}

RecordedRoute::RecordedRoute(const QByteArray &method, QAnyStringView path)
    : m_method(method)
    , m_path(path.toString())
{
}

RecordedRoute &RecordedRoute::onServer(const QUrl &baseUrl)
{
    return where([base = baseOf(baseUrl)](
                     const HttpRequest &request) { return baseOf(request.endpoint.url) == base; });
}

RecordedRoute &RecordedRoute::withParam(QAnyStringView key, QAnyStringView value)
{
    return where([key = key.toString(), value = value.toString()](const HttpRequest &request) {
        return request.params.contains({ key, value });
    });
}

RecordedRoute &RecordedRoute::withParamContaining(QAnyStringView key, QAnyStringView part)
{
    return where([key = key.toString(), part = part.toString()](const HttpRequest &request) {
        return std::any_of(request.params.cbegin(), request.params.cend(),
            [&](const auto &param) { return param.first == key && param.second.contains(part); });
    });
}

RecordedRoute &RecordedRoute::where(Condition condition)
{
    m_conditions.append(std::move(condition));
    return *this;
}

bool RecordedRoute::matches(const HttpRequest &request) const
{
    return request.method == m_method && request.path == m_path
        && std::all_of(m_conditions.cbegin(), m_conditions.cend(),
            [&request](const Condition &condition) { return condition(request); });
}

QString paramValue(const HttpRequest &request, QAnyStringView key)
{
    const QString wanted = key.toString();
    for (const auto &[name, value] : request.params) {
        if (name == wanted)
            return value;
    }
    return {};
}

RecordedTransport::RecordedTransport(QObject *parent)
    : HttpTransport(parent)
{
}

RecordedTransport::~RecordedTransport() = default;

void RecordedTransport::answer(const RecordedRoute &route, const RecordedAnswer &answer)
{
    m_routes.append({ route, answer });
}

int RecordedTransport::requestCount(const RecordedRoute &route) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
        [&route](const HttpRequest &request) { return route.matches(request); }));
}

void RecordedTransport::resetCounts()
{
    m_requests.clear();
    m_unmatched.clear();
    m_maxInFlight = int(m_calls.size());
}

RecordedAnswer RecordedTransport::answerFor(const HttpRequest &request, const QUrl &url)
{
    for (auto it = m_routes.crbegin(); it != m_routes.crend(); ++it) {
        if (it->first.matches(request))
            return it->second;
    }
    m_unmatched.append(QString::fromLatin1(request.method) + u' ' + url.toDisplayString());
    // What Go's default mux says to a path it does not know.
    return RecordedAnswer::bytes("404 page not found\n", 404, "text/plain; charset=utf-8");
}

HttpCall RecordedTransport::send(const HttpRequest &request, QObject *context, Callback done)
{
    m_requests.append(request);
    QUrl url = request.endpoint.resolve(request.path);
    if (!request.formBody && !request.params.isEmpty())
        url.setQuery(QString::fromLatin1(encodeParams(request.params)), QUrl::StrictMode);
    const RecordedAnswer answer = answerFor(request, url);

    // The carrier stands for the request: HttpCall watches it, and the answer's timer lives on
    // it, so a request that ends early takes its pending answer with it.
    auto *carrier = new QObject(this);
    Call call { context, std::move(done), url, {} };
    call.clock.start();
    m_calls.insert(carrier, call);
    m_maxInFlight = std::max(m_maxInFlight, int(m_calls.size()));
    if (context)
        connect(context, &QObject::destroyed, carrier, [this, carrier] { drop(carrier); });

    HttpResponse response;
    response.url = url;
    int delayMs = answer.delayMs;
    const int timeoutMs = std::max(1, request.endpoint.timeoutMs);
    if (answer.unanswered || delayMs >= timeoutMs) {
        response.transportError = transportError(Error::Kind::Timeout, {}, url);
        delayMs = timeoutMs;
    } else if (answer.transportError) {
        response.transportError = transportError(*answer.transportError, answer.transportMessage, url);
    } else {
        response.status = answer.status;
        response.contentType = answer.contentType;
        response.body = answer.body;
    }
    QTimer::singleShot(delayMs, carrier, [this, carrier, response] { finish(carrier, response); });
    return HttpCall(carrier, &RecordedTransport::abortCall);
}

void RecordedTransport::finish(QObject *carrier, HttpResponse response)
{
    const auto it = m_calls.find(carrier);
    if (it == m_calls.end())
        return;
    const Call call = std::move(*it);
    m_calls.erase(it);
    carrier->deleteLater();
    if (!call.context)
        return;
    response.elapsedMs = call.clock.elapsed();
    call.done(response);
}

void RecordedTransport::drop(QObject *carrier)
{
    if (m_calls.remove(carrier))
        carrier->deleteLater();
}

void RecordedTransport::abortCall(QObject *carrier)
{
    auto *self = qobject_cast<RecordedTransport *>(carrier->parent());
    if (!self)
        return;
    const auto it = self->m_calls.constFind(carrier);
    if (it == self->m_calls.cend())
        return;
    HttpResponse response;
    response.url = it->url;
    response.transportError = transportError(Error::Kind::Canceled, {}, it->url);
    self->finish(carrier, response);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "networktransport.h"

#include "duration.h"
#include "keychainsecrets.h"
#include "smallfile.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <utility>

namespace pivori {

namespace {

/// What one request has seen so far; shared by the reply's handlers.
struct ReplyState final
{
    QUrl url;
    QByteArray body;
    qint64 limit = Endpoint::kDefaultMaxAnswerBytes;
    int timeoutMs = 0;
    bool hasClientCertificate = false;
    bool timedOut = false;
    bool tooLarge = false;
    bool truncated = false; ///< the connection ended before the announced Content-Length
    QList<QSslError> sslErrors;
    QElapsedTimer clock;
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

bool isUntrusted(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

/// A TLS failure in words that say what to do about it.
QString tlsMessage(const ReplyState &state, QNetworkReply *reply)
{
    QStringList untrusted;
    QStringList other;
    for (const QSslError &error : state.sslErrors)
        (isUntrusted(error.error()) ? untrusted : other) << error.errorString();
    if (!untrusted.isEmpty())
        return NetworkTransport::tr(
            "TLS: the server's certificate is not trusted (%1); set ca_file to the CA "
            "that signed it")
            .arg(untrusted.join(QStringLiteral("; ")));
    if (!other.isEmpty())
        return NetworkTransport::tr("TLS: %1").arg(other.join(QStringLiteral("; ")));
    if (!state.hasClientCertificate)
        return NetworkTransport::tr("TLS handshake failed: %1 (if the server requires a client certificate, "
                                    "set cert_file and key_file)")
            .arg(reply->errorString());
    return NetworkTransport::tr("TLS handshake failed: %1").arg(reply->errorString());
}

// Error::type of a failure before the request reached the server (refused, host not found, TLS
// handshake, refused by us): a write may safely go to another server. Transport errors carry no
// type otherwise. AlertmanagerClient reads it.
constexpr QLatin1StringView kNotSent { "not_sent" };

// A JSON POST creates something (an Alertmanager silence): sent twice, it is created twice. A
// form POST is a Prometheus query, which is safe to repeat.
bool isIdempotent(const HttpRequest &request)
{
    return request.method != "POST" || request.formBody;
}

/// No usable HTTP answer: why, in words that name what happened to the answer.
Error transportError(const ReplyState &state, QNetworkReply *reply)
{
    Error error;
    error.url = state.url.toDisplayString(QUrl::RemoveQuery);
    const qint64 received = state.body.size();
    if (state.tooLarge) {
        error.kind = Error::Kind::Http;
        error.message
            = NetworkTransport::tr("answer larger than the limit of %1 (max_answer_size); reading stopped")
                  .arg(sizeText(state.limit));
        return error;
    }
    if (state.truncated) {
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("connection closed after %1 of the answer: answer truncated")
                            .arg(sizeText(received));
        return error;
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        if (state.timedOut || reply->error() == QNetworkReply::TimeoutError) {
            error.kind = Error::Kind::Timeout;
            error.message = received > 0
                ? NetworkTransport::tr("answer not complete within %1 (%2 received)")
                      .arg(formatDuration(state.timeoutMs), sizeText(received))
                : NetworkTransport::tr("no answer within %1").arg(formatDuration(state.timeoutMs));
        } else {
            error.kind = Error::Kind::Canceled;
            error.message = NetworkTransport::tr("request cancelled");
        }
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.type = QString(kNotSent);
        error.kind = Error::Kind::Tls;
        error.message = tlsMessage(state, reply);
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.type = QString(kNotSent);
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        error.type = QString(kNotSent);
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("host not found");
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::NetworkSessionFailedError:
        error.kind = Error::Kind::Network;
        if (received > 0 || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            error.message = NetworkTransport::tr("connection closed after %1 of the answer: answer truncated")
                                .arg(sizeText(received));
        else if (!state.sslErrors.isEmpty()
            || (reply->url().scheme() == QLatin1String("https") && !state.hasClientCertificate))
            // A server that requires a client certificate closes the connection right after the
            // handshake (TLS 1.3), which looks like any other reset.
            error.message
                = NetworkTransport::tr("connection closed before an answer (if the server requires a "
                                       "client certificate, set cert_file and key_file)");
        else
            error.message = NetworkTransport::tr("connection closed before an answer");
        break;
    case QNetworkReply::ContentReSendError: // see OneShotBody
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("the connection closed before the answer arrived");
        break;
    default:
        error.kind = Error::Kind::Network;
        error.message = reply->errorString();
        break;
    }
    return error;
}

/// Qt's error codes 1-199 are the connection's (and its proxy's): no complete answer arrived.
/// 200-299 (4xx) and 400-499 (5xx) carry the server's answer, and so do 300-398 when a status
/// came with them (Qt files HTTP 400 as ProtocolInvalidOperationError); 399 is a malformed answer.
bool isTransportFailure(QNetworkReply::NetworkError error, bool hasStatus)
{
    const int code = int(error);
    if (code >= 1 && code < 200)
        return true;
    if (error == QNetworkReply::ProtocolFailure)
        return true;
    return code >= 300 && code < 400 && !hasStatus;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

Error redirectError(const ReplyState &state, QNetworkReply *reply, int status)
{
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    QUrl target = state.url.resolved(location);
    target.setUserInfo({});
    Error error;
    error.kind = Error::Kind::Http;
    error.httpStatus = status;
    error.url = state.url.toDisplayString(QUrl::RemoveQuery);
    error.message = location.isEmpty()
        ? NetworkTransport::tr("HTTP %1: server redirected without a target; not followed").arg(status)
        : NetworkTransport::tr("server redirected to %1; not followed (credentials are only sent to the "
                               "configured URL: correct the url in the configuration)")
              .arg(target.toDisplayString(QUrl::RemoveQuery));
    return error;
}

/// Qt 6.4 ends a reply whose connection closed mid-body without an error when no bytes were
/// left to read, whatever the Content-Length said: such an answer is cut off, not complete.
/// (A compressed answer's length is that of the compressed bytes; a chunked one has none.)
bool isShortOfItsLength(const ReplyState &state, QNetworkReply *reply)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (reply->error() != QNetworkReply::NoError || !length.isValid()
        || reply->hasRawHeader("Content-Encoding"))
        return false;
    if (reply->operation() == QNetworkAccessManager::HeadOperation)
        return false;
    return state.body.size() < length.toLongLong();
}

// A request body that can be read once only. Qt re-sends a request by itself when a
// kept-alive connection closes before the answer (QHttpNetworkConnectionChannel, also for a
// POST the server has already carried out); it re-sends only after rewinding the body, and
// this body cannot be rewound, so the request fails instead (ContentReSendError).
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray bytes, QObject *parent)
        : QIODevice(parent)
        , m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_bytes.size() - m_read);
        if (n <= 0)
            return m_read >= m_bytes.size() ? -1 : 0;
        std::memcpy(data, m_bytes.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

// QNetworkReply::abort() emits finished() before it returns, which gives HttpCall its promise.
void abortReply(QObject *reply)
{
    static_cast<QNetworkReply *>(reply)->abort();
}

/// Takes what has arrived so far and stops the reply when it passes the limit.
void readAvailable(ReplyState &state, QNetworkReply *reply)
{
    if (state.tooLarge || !reply->isOpen())
        return; // an aborted reply is closed: nothing more to take
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    if (state.body.size() + available > state.limit) {
        state.tooLarge = true;
        reply->abort();
        return;
    }
    // Straight into the body: reading into a temporary and appending that copied each of the
    // 100 MB of a 100,000-alert answer twice on the GUI thread, with an allocation per chunk.
    // Without a Content-Length (Alertmanager sends large answers chunked) the body grows by
    // doubling, so it is copied about once more in all.
    const qsizetype old = state.body.size();
    if (state.body.capacity() < old + available)
        state.body.reserve(std::max<qsizetype>(
            old + available, std::min<qsizetype>(state.limit, 2 * state.body.capacity())));
    state.body.resize(old + available);
    const qint64 read = reply->read(state.body.data() + old, available);
    state.body.resize(old + std::max<qint64>(read, 0));
}

} // namespace

NetworkTransport::NetworkTransport(QNetworkAccessManager *nam, QObject *parent)
    : HttpTransport(parent)
    , m_nam(nam)
{
}

QList<QSslCertificate> NetworkTransport::certificates(
    const QString &path, const QString &what, QString *problem)
{
    auto it = m_certCache.constFind(path);
    if (it != m_certCache.constEnd())
        return *it;
    const auto data = readSmallFile(path);
    if (!data) {
        *problem = tr("%1: %2").arg(what, data.error().message);
        return {};
    }
    const auto certs = QSslCertificate::fromData(data.value(), QSsl::Pem);
    if (certs.isEmpty()) {
        *problem = tr("%1 %2 holds no PEM certificate").arg(what, path);
        return {};
    }
    m_certCache.insert(path, certs);
    return certs;
}

QSslKey NetworkTransport::privateKey(const QString &path, QString *problem)
{
    auto it = m_keyCache.constFind(path);
    if (it != m_keyCache.constEnd())
        return *it;
    const auto data = readSmallFile(path);
    if (!data) {
        *problem = tr("key_file: %1").arg(data.error().message);
        return {};
    }
    // QSslKey must be told the algorithm; a PEM key says it only in its header, if at all.
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        const QSslKey key(data.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            m_keyCache.insert(path, key);
            return key;
        }
    }
    *problem = tr("key_file %1 holds no unencrypted PEM private key (RSA, EC or DSA)").arg(path);
    return {};
}

std::optional<QSslConfiguration> NetworkTransport::sslConfiguration(
    const Endpoint &endpoint, QString *problem)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!endpoint.caFile.isEmpty()) {
        const auto certs = certificates(endpoint.caFile, QStringLiteral("ca_file"), problem);
        if (!problem->isEmpty())
            return std::nullopt;
        ssl.addCaCertificates(certs);
    }
    if (!endpoint.certFile.isEmpty() || !endpoint.keyFile.isEmpty()) {
        if (endpoint.certFile.isEmpty() || endpoint.keyFile.isEmpty()) {
            *problem = tr("a client certificate needs both cert_file and key_file");
            return std::nullopt;
        }
        const auto certs = certificates(endpoint.certFile, QStringLiteral("cert_file"), problem);
        if (!problem->isEmpty())
            return std::nullopt;
        const QSslKey key = privateKey(endpoint.keyFile, problem);
        if (!problem->isEmpty())
            return std::nullopt;
        ssl.setLocalCertificateChain(certs);
        ssl.setPrivateKey(key);
    }
    return ssl;
}

namespace {

/// A request waiting for its secret from the keychain, then the request itself: what its
/// HttpCall aborts. Deleted once the request has answered.
class PendingKeychainCall final : public QObject
{
public:
    using QObject::QObject;

    HttpCall request; ///< null until the secret has arrived and the request is sent
    std::function<void()> cancelWaiting; ///< answers `done` with Canceled
};

void abortPendingKeychainCall(QObject *carrier)
{
    auto *pending = static_cast<PendingKeychainCall *>(carrier);
    if (!pending->request.isNull())
        pending->request.abort();
    else if (pending->cancelWaiting)
        std::exchange(pending->cancelWaiting, {})();
}

/// The keychain entry the request's auth takes its secret from, and its configuration key.
std::optional<std::pair<QString, QString>> keychainEntry(const Auth &auth)
{
    if (auth.type == Auth::Type::Basic && !auth.password.keychain.isEmpty())
        return std::pair { auth.password.keychain, QStringLiteral("password_keychain") };
    if (auth.type == Auth::Type::Bearer && !auth.token.keychain.isEmpty())
        return std::pair { auth.token.keychain, QStringLiteral("token_keychain") };
    return std::nullopt;
}

} // namespace

HttpCall NetworkTransport::sendAfterKeychain(
    const HttpRequest &request, const QString &entry, QObject *context, const Callback &done)
{
    auto *pending = new PendingKeychainCall(this);
    const QUrl url = request.endpoint.resolve(request.path);
    auto finish = [pending, done](const HttpResponse &response) {
        pending->cancelWaiting = {};
        pending->deleteLater();
        done(response);
    };
    pending->cancelWaiting = [finish, url] {
        HttpResponse response;
        response.transportError = Error { Error::Kind::Canceled, 0, QString(kNotSent),
            tr("request cancelled"), url.toDisplayString(QUrl::RemoveQuery) };
        finish(response);
    };
    QObject::connect(context, &QObject::destroyed, pending, &QObject::deleteLater);
    // When the read ends the secret is in the cache, and send() goes through; or it failed (or
    // took longer than the request may), and the request ends with why, naming the entry.
    KeychainSecrets::instance()->fetch(entry, std::max(1, request.endpoint.timeoutMs), pending,
        [this, pending, request, context, finish, url, guard = QPointer<QObject>(context)](
            const Result<QByteArray> &secret) {
            if (!guard || !pending->cancelWaiting)
                return;
            pending->cancelWaiting = {};
            if (!secret) {
                const auto key = keychainEntry(request.endpoint.auth);
                Error error = KeychainSecrets::explain(secret.error(), key->second, key->first);
                error.url = url.toDisplayString(QUrl::RemoveQuery);
                error.type = QString(kNotSent);
                HttpResponse response;
                response.transportError = error;
                finish(response);
                return;
            }
            pending->request = send(request, context, finish);
        });
    return HttpCall(pending, &abortPendingKeychainCall);
}

HttpCall NetworkTransport::send(const HttpRequest &request, QObject *context, Callback done)
{
    // A keychain secret not read yet: read it first, never waiting for it here.
    if (const auto keychain = keychainEntry(request.endpoint.auth)) {
        const auto known = KeychainSecrets::instance()->known(keychain->first);
        if (!known)
            return sendAfterKeychain(request, keychain->first, context, done);
        if (!*known) {
            Error error = KeychainSecrets::explain(known->error(), keychain->second, keychain->first);
            const QUrl failedUrl = request.endpoint.resolve(request.path);
            error.url = failedUrl.toDisplayString(QUrl::RemoveQuery);
            error.type = QString(kNotSent);
            QTimer::singleShot(0, context, [done, error] {
                HttpResponse response;
                response.transportError = error;
                done(response);
            });
            return HttpCall();
        }
        // A refused secret may have been changed in the keychain: read it again next time.
        done = [done = std::move(done), entry = keychain->first](const HttpResponse &response) {
            if (response.status == 401)
                KeychainSecrets::instance()->forgetRejected(entry);
            done(response);
        };
    }

    QUrl url = request.endpoint.resolve(request.path);
    if (!request.formBody && !request.params.isEmpty())
        url.setQuery(QString::fromLatin1(encodeParams(request.params)), QUrl::StrictMode);

    auto failNow = [context, done, url](Error error) {
        error.url = url.toDisplayString(QUrl::RemoveQuery);
        error.type = QString(kNotSent); // refused before sending
        QTimer::singleShot(0, context, [done, error] {
            HttpResponse response;
            response.transportError = error;
            done(response);
        });
        return HttpCall();
    };

    QNetworkRequest netRequest(url);
    // Never follow: a redirect would carry the Authorization header below to wherever it points.
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only. Qt 6.4's HTTP/2 handler, after a 401 (wrong password over TLS, where ALPN
    // picks HTTP/2 with Prometheus), can touch a deleted stream while the network thread is torn
    // down: `query` and `snapshot` crashed at exit in 3-4 runs of 20. A console sends a few
    // requests per server per refresh; keep-alive HTTP/1.1 loses nothing that matters here.
    netRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    netRequest.setRawHeader("Accept", "application/json");
    netRequest.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("pivori-console/" PIVORI_VERSION));

    for (const auto &[name, value] : request.endpoint.headers)
        netRequest.setRawHeader(name, value);

    const Auth &auth = request.endpoint.auth;
    if (auth.type == Auth::Type::Basic) {
        auto password = readSecret(auth.password);
        if (!password)
            return failNow(password.error());
        netRequest.setRawHeader("Authorization",
            "Basic " + QByteArray(auth.username.toUtf8() + ':' + password.value()).toBase64());
    } else if (auth.type == Auth::Type::Bearer) {
        auto token = readSecret(auth.token);
        if (!token)
            return failNow(token.error());
        netRequest.setRawHeader("Authorization", "Bearer " + token.value());
    }

    const Endpoint &endpoint = request.endpoint;
    if (!endpoint.caFile.isEmpty() || !endpoint.certFile.isEmpty() || !endpoint.keyFile.isEmpty()) {
        QString problem;
        const auto ssl = sslConfiguration(endpoint, &problem);
        if (!ssl)
            return failNow(Error { Error::Kind::Config, 0, {}, problem, {} });
        netRequest.setSslConfiguration(*ssl);
    }

    QByteArray body;
    if (request.formBody) {
        netRequest.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        body = encodeParams(request.params);
    } else if (!request.jsonBody.isEmpty()) {
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = request.jsonBody;
    }

    QNetworkReply *reply = nullptr;
    if (isIdempotent(request)) {
        reply = m_nam->sendCustomRequest(netRequest, request.method, body);
    } else {
        netRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        netRequest.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        auto *once = new OneShotBody(body, nullptr);
        reply = m_nam->sendCustomRequest(netRequest, request.method, once);
        once->setParent(reply);
    }

    auto state = std::make_shared<ReplyState>();
    state->url = url;
    state->limit = std::max<qint64>(1, endpoint.maxAnswerBytes);
    state->timeoutMs = std::max(1, endpoint.timeoutMs);
    state->hasClientCertificate = !endpoint.certFile.isEmpty();
    state->clock.start();

    // Our own timer rather than setTransferTimeout: it bounds the whole exchange (a server that
    // drips a byte a second never ends a transfer timeout), and tells a timeout apart from a
    // cancellation by the caller (both surface as OperationCanceledError).
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(state->timeoutMs);

    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (!length.isValid())
            return;
        if (length.toLongLong() > state->limit) {
            state->tooLarge = true;
            reply->abort();
        } else if (length.toLongLong() > 0) {
            state->body.reserve(length.toLongLong()); // one allocation, not a doubling series
        }
    });
    QObject::connect(
        reply, &QNetworkReply::readyRead, reply, [reply, state] { readAvailable(*state, reply); });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [state](const QList<QSslError> &errors) { state->sslErrors += errors; });

    // Deleted on finish whoever listens, so a reply whose context died does not linger.
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    // The guard matters while `context` is being destroyed: its destroyed() aborts the
    // reply, whose finished() would otherwise still reach this lambda.
    QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, done, state, guard = QPointer<QObject>(context)] {
            if (!guard)
                return;
            readAvailable(*state, reply);
            HttpResponse response;
            response.url = state->url;
            response.elapsedMs = state->clock.elapsed();
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            state->truncated = isShortOfItsLength(*state, reply);
            // An aborted reply (superseded, cancelled, timed out, too large) may already carry a
            // status, but its body is incomplete: a transport outcome, not the server's answer.
            if (state->tooLarge || state->truncated || isTransportFailure(reply->error(), status.toInt() > 0)
                || !status.isValid() || status.toInt() <= 0) {
                response.transportError = transportError(*state, reply);
            } else if (isRedirect(status.toInt())) {
                response.transportError = redirectError(*state, reply, status.toInt());
            } else {
                response.status = status.toInt();
                response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                response.body = std::exchange(state->body, {});
            }
            state->body = {}; // the memory goes now, not when the last handler lets go of the state
            done(response);
        });
    // If the context dies first the reply must not leak.
    QObject::connect(context, &QObject::destroyed, reply, [reply] { reply->abort(); });
    return HttpCall(reply, &abortReply);
}

} // namespace pivori

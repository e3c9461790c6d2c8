// SPDX-License-Identifier: GPL-3.0-or-later
#include "networktransport.h"

#include "keychainsecrets.h"
#include "replyreader.h"
#include "smallfile.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <utility>

namespace pivori {

namespace {

// A JSON POST creates something (an Alertmanager silence): sent twice, it is created twice. A
// form POST is a Prometheus query, which is safe to repeat.
bool isIdempotent(const HttpRequest &request)
{
    return request.method != "POST" || request.formBody;
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

    ReplyExpectations expect;
    expect.url = url;
    expect.maxAnswerBytes = endpoint.maxAnswerBytes;
    expect.timeoutMs = endpoint.timeoutMs;
    expect.hasClientCertificate = !endpoint.certFile.isEmpty();
    return readReply(reply, expect, context, std::move(done));
}

} // namespace pivori

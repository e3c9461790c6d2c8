// SPDX-License-Identifier: GPL-3.0-or-later
#include "networktransport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

namespace pivori {

namespace {

const char *const kTimedOutProperty = "pivoriTimedOut";

Error transportError(QNetworkReply *reply, const QUrl &url)
{
    Error error;
    error.url = url.toDisplayString(QUrl::RemoveQuery);
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        if (reply->property(kTimedOutProperty).toBool()) {
            error.kind = Error::Kind::Timeout;
            error.message = NetworkTransport::tr("no answer within the timeout");
        } else {
            error.kind = Error::Kind::Canceled;
            error.message = NetworkTransport::tr("request cancelled");
        }
        break;
    case QNetworkReply::TimeoutError:
        error.kind = Error::Kind::Timeout;
        error.message = NetworkTransport::tr("no answer within the timeout");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = Error::Kind::Tls;
        error.message = NetworkTransport::tr("TLS handshake failed: %1").arg(reply->errorString());
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("host not found");
        break;
    default:
        error.kind = Error::Kind::Network;
        error.message = reply->errorString();
        break;
    }
    return error;
}

// QNetworkReply::abort() emits finished() before it returns, which gives HttpCall its promise.
void abortReply(QObject *reply)
{
    static_cast<QNetworkReply *>(reply)->abort();
}

} // namespace

NetworkTransport::NetworkTransport(QNetworkAccessManager *nam, QObject *parent)
    : HttpTransport(parent)
    , m_nam(nam)
{
}

QList<QSslCertificate> NetworkTransport::caCertificates(const QString &path, QString *problem)
{
    auto it = m_caCache.constFind(path);
    if (it != m_caCache.constEnd())
        return *it;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("cannot read CA file %1: %2").arg(path, file.errorString());
        return {};
    }
    const auto certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        *problem = tr("CA file %1 holds no PEM certificate").arg(path);
        return {};
    }
    m_caCache.insert(path, certs);
    return certs;
}

HttpCall NetworkTransport::send(const HttpRequest &request, QObject *context, Callback done)
{
    QUrl url = request.endpoint.resolve(request.path);
    if (!request.formBody && !request.params.isEmpty())
        url.setQuery(QString::fromLatin1(encodeParams(request.params)), QUrl::StrictMode);

    auto failNow = [context, done, url](Error error) {
        error.url = url.toDisplayString(QUrl::RemoveQuery);
        QTimer::singleShot(0, context, [done, error] {
            HttpResponse response;
            response.transportError = error;
            done(response);
        });
        return HttpCall();
    };

    QNetworkRequest netRequest(url);
    netRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
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

    if (!request.endpoint.caFile.isEmpty()) {
        QString problem;
        const auto certs = caCertificates(request.endpoint.caFile, &problem);
        if (!problem.isEmpty())
            return failNow(Error { Error::Kind::Config, 0, {}, problem, {} });
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(certs);
        netRequest.setSslConfiguration(ssl);
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

    QNetworkReply *reply = m_nam->sendCustomRequest(netRequest, request.method, body);

    // Our own timer rather than setTransferTimeout, so a timeout is told apart from a
    // cancellation by the caller (both surface as OperationCanceledError).
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOutProperty, true);
        reply->abort();
    });
    timer->start(std::max(1, request.endpoint.timeoutMs));

    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    // Deleted on finish whoever listens, so a reply whose context died does not linger.
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    // The guard matters while `context` is being destroyed: its destroyed() aborts the
    // reply, whose finished() would otherwise still reach this lambda.
    QObject::connect(reply, &QNetworkReply::finished, context,
        [reply, url, done, clock, guard = QPointer<QObject>(context)] {
            if (!guard)
                return;
            HttpResponse response;
            response.url = url;
            response.elapsedMs = clock->elapsed();
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            // An aborted reply (superseded, cancelled, timed out) may already carry a status,
            // but its body is gone: it is a transport outcome, not the server's answer.
            if (status.isValid() && status.toInt() > 0
                && reply->error() != QNetworkReply::OperationCanceledError) {
                response.status = status.toInt();
                response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                response.body = reply->readAll();
            } else {
                response.transportError = transportError(reply, url);
            }
            done(response);
        });
    // If the context dies first the reply must not leak.
    QObject::connect(context, &QObject::destroyed, reply, [reply] { reply->abort(); });
    return HttpCall(reply, &abortReply);
}

} // namespace pivori

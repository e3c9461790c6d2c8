// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectivitychecks.h"

#include "checkverdict.h"
#include "unitformat.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace pivori {

CheckResult ConnectivityChecks::judgeHttp(const HealthCheck &check, const HttpResponse &response)
{
    const QString url = check.url.toDisplayString(QUrl::RemoveUserInfo);
    if (response.transportError)
        return CheckVerdict::fromError(*response.transportError, CheckStatus::Fail, url);
    CheckResult r;
    CheckVerdict::applyValue(r, double(response.elapsedMs) / 1000.0, check);
    if (response.status < 200 || response.status > 299) {
        r.status = CheckStatus::Fail;
        r.message = tr("%1 answered HTTP %2").arg(url).arg(response.status);
        r.link = url;
        return r;
    }
    switch (r.status) {
    case CheckStatus::Pass:
        r.message = tr("%1 answered HTTP %2 in %3").arg(url).arg(response.status).arg(r.value);
        break;
    case CheckStatus::Warn:
    case CheckStatus::Fail:
        r.message = tr("%1 answered HTTP %2, but slowly: %3").arg(url).arg(response.status).arg(r.value);
        break;
    case CheckStatus::Unknown:
        break;
    }
    return r;
}

CheckResult ConnectivityChecks::judgeCertificate(const HealthCheck &check, const QSslCertificate &certificate,
    const QDateTime &now, const QString &verifyProblem)
{
    if (certificate.isNull())
        return CheckVerdict::make(CheckStatus::Unknown, tr("the server presented no certificate"));
    const QDateTime expires = certificate.expiryDate().toUTC();
    const auto left = double(now.secsTo(expires));
    CheckResult r;
    CheckVerdict::applyValue(r, left, check);
    const QString subject = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const QString host = check.url.host();
    const QString date = expires.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (left <= 0) {
        r.status = CheckStatus::Fail;
        r.value = tr("expired");
        r.message = tr("the certificate of %1 (%2) expired on %3").arg(host, subject, date);
    } else {
        r.message = tr("the certificate of %1 (%2) expires on %3, in %4").arg(host, subject, date, r.value);
    }
    if (!verifyProblem.isEmpty())
        r.message += tr("; note: %1").arg(verifyProblem);
    return r;
}

void ConnectivityChecks::startHttp(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    Endpoint endpoint;
    endpoint.url = check.url;
    endpoint.timeoutMs = int(check.timeoutMs);
    QueryParams params; // Endpoint::resolve drops the query: send it as parameters
    for (const auto &[key, value] : QUrlQuery(check.url).queryItems(QUrl::FullyDecoded))
        params.append({ key, value });
    context.get(
        endpoint, QString(),
        [check, done](const HttpResponse &response) { done(judgeHttp(check, response)); }, params);
}

void ConnectivityChecks::startTcp(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const QString where = check.host + QLatin1Char(':') + QString::number(check.port);
    auto *socket = check.tls ? new QSslSocket(context.scope) : new QTcpSocket(context.scope);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto finished = std::make_shared<bool>(false);
    const auto finish = [done, finished, socket](CheckResult r) {
        if (*finished)
            return;
        *finished = true;
        socket->abort();
        done(std::move(r));
    };
    const auto connected = [finish, clock, where, tls = check.tls] {
        CheckResult r = CheckVerdict::make(CheckStatus::Pass,
            tls ? tr("%1 accepts TLS connections").arg(where) : tr("%1 accepts connections").arg(where));
        r.numericValue = double(clock->elapsed()) / 1000.0;
        r.value = formatValue(*r.numericValue, PanelUnit::Seconds);
        finish(r);
    };
    QObject::connect(socket, &QAbstractSocket::errorOccurred, socket, [finish, socket, where] {
        finish(CheckVerdict::make(CheckStatus::Fail, tr("%1: %2").arg(where, socket->errorString())));
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        QObject::connect(ssl, &QSslSocket::encrypted, ssl, connected);
        QObject::connect(ssl, &QSslSocket::sslErrors, ssl, [finish, where](const QList<QSslError> &errors) {
            QStringList text;
            for (const QSslError &e : errors)
                text << e.errorString();
            finish(CheckVerdict::make(CheckStatus::Fail,
                tr("%1: the TLS handshake failed: %2").arg(where, text.join(QStringLiteral("; ")))));
        });
        ssl->connectToHostEncrypted(check.host, quint16(check.port));
    } else {
        QObject::connect(socket, &QAbstractSocket::connected, socket, connected);
        socket->connectToHost(check.host, quint16(check.port));
    }
}

namespace {

struct TlsTarget final
{
    QString host;
    quint16 port = 443;
};

/// The URL a check names, or every https:// server of the configuration (Prometheus,
/// Alertmanager replicas, http checks), each host:port once.
QList<TlsTarget> tlsTargets(const HealthCheck &check, const ConsoleConfig &config)
{
    QList<QUrl> urls;
    if (!check.url.isEmpty()) {
        urls << check.url;
    } else {
        for (const PrometheusServer &server : config.prometheus)
            urls << server.endpoint.url;
        for (const AlertmanagerCluster &cluster : config.alertmanagers) {
            for (const Endpoint &replica : cluster.replicas)
                urls << replica.url;
        }
        for (const HealthCheck &other : config.healthChecks) {
            if (other.type == HealthCheck::Type::Http)
                urls << other.url;
        }
    }
    QList<TlsTarget> out;
    QSet<QString> seen;
    for (const QUrl &url : urls) {
        if (url.scheme() != QLatin1String("https"))
            continue;
        const TlsTarget target { url.host(), quint16(url.port(443)) };
        if (seen.contains(target.host + QLatin1Char(':') + QString::number(target.port)))
            continue;
        seen.insert(target.host + QLatin1Char(':') + QString::number(target.port));
        out.append(target);
    }
    return out;
}

/// Opens a TLS connection to @p target and reports the certificate it presents (verified or not).
void readCertificate(const TlsTarget &target, QObject *scope,
    const std::function<void(const QSslCertificate &, const QString &verifyProblem, const QString &error)>
        &done)
{
    auto *socket = new QSslSocket(scope);
    // Read the certificate whether or not it is trusted: an expired or self-signed one is
    // exactly what the check must report, not a handshake it gives up on.
    socket->setPeerVerifyMode(QSslSocket::QueryPeer);
    socket->setPeerVerifyName(target.host);
    auto finished = std::make_shared<bool>(false);
    const QString host = target.host;
    QObject::connect(socket, &QSslSocket::encrypted, socket, [done, finished, socket, host] {
        if (*finished)
            return;
        *finished = true;
        QStringList problems;
        for (const QSslError &e : QSslCertificate::verify(socket->peerCertificateChain(), host)) {
            if (e.error() != QSslError::CertificateExpired) // the verdict says that itself
                problems << e.errorString();
        }
        const QSslCertificate certificate = socket->peerCertificate();
        socket->abort();
        done(certificate, problems.join(QStringLiteral("; ")), QString());
    });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, socket, [done, finished, socket] {
        if (*finished)
            return;
        *finished = true;
        const QString error = socket->errorString();
        socket->abort();
        done(QSslCertificate(), QString(), error);
    });
    socket->connectToHostEncrypted(target.host, target.port);
}

} // namespace

void ConnectivityChecks::startTlsExpiry(
    const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const QList<TlsTarget> targets = tlsTargets(check, context.config);
    if (targets.isEmpty()) {
        CheckResult r = CheckVerdict::make(
            CheckStatus::Pass, tr("no https:// server is configured: no certificate to expire"));
        r.threshold = CheckVerdict::thresholdText(check);
        done(r);
        return;
    }
    struct State
    {
        QList<CheckResult> results;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->pending = int(targets.size());
    state->results.resize(targets.size());
    const QDateTime now = context.now;
    for (int i = 0; i < targets.size(); ++i) {
        HealthCheck one = check;
        one.url = QUrl(QStringLiteral("https://%1:%2").arg(targets.at(i).host).arg(targets.at(i).port));
        readCertificate(targets.at(i), context.scope,
            [state, done, one, now, i](
                const QSslCertificate &certificate, const QString &verifyProblem, const QString &error) {
                state->results[i] = error.isEmpty()
                    ? judgeCertificate(one, certificate, now, verifyProblem)
                    : CheckVerdict::make(CheckStatus::Fail,
                        tr("%1:%2: %3").arg(one.url.host()).arg(one.url.port()).arg(error));
                if (--state->pending > 0)
                    return;
                // The worst certificate speaks; the others are named when they are not fine.
                const CheckResult *worst = &state->results.constFirst();
                for (const CheckResult &r : std::as_const(state->results)) {
                    if (checkStatusRank(r.status) > checkStatusRank(worst->status)
                        || (r.status == worst->status && r.numericValue && worst->numericValue
                            && *r.numericValue < *worst->numericValue))
                        worst = &r;
                }
                CheckResult out = *worst;
                if (state->results.size() > 1) {
                    QStringList others;
                    for (const CheckResult &r : std::as_const(state->results)) {
                        if (&r != worst && r.status != CheckStatus::Pass)
                            others << r.message;
                    }
                    out.message = tr("%1 (the earliest of %2 certificates)")
                                      .arg(worst->message, QString::number(state->results.size()));
                    if (!others.isEmpty())
                        out.message += QStringLiteral("; ") + others.join(QStringLiteral("; "));
                }
                done(out);
            });
    }
}

} // namespace pivori

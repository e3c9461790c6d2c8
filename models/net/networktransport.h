// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

class QNetworkAccessManager;

namespace pivori {

/// HttpTransport over a QNetworkAccessManager: auth headers, extra CA and client certificate,
/// per-request timeout and answer size limit, error classification, and correct percent-encoding
/// (a '+' in PromQL must reach Go as "%2B", not as a space).
///
/// Redirects are never followed: the credentials this transport adds belong to the configured
/// server, and the monitoring APIs do not redirect; a redirect means a wrong URL (or a hostile
/// server) and is reported with its target.
///
/// The answer is read as it arrives (never one large readAll() at the end), so reading it never
/// holds the event loop, and reading stops as soon as it passes the endpoint's size limit.
class NetworkTransport final : public HttpTransport
{
    Q_OBJECT
public:
    explicit NetworkTransport(QNetworkAccessManager *nam, QObject *parent = nullptr);

    HttpCall send(const HttpRequest &request, QObject *context, Callback done) override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    /// Sends @p request once the keychain @p entry its auth needs has been read.
    HttpCall sendAfterKeychain(
        const HttpRequest &request, const QString &entry, QObject *context, const Callback &done);
    /// The TLS settings for @p endpoint (extra CA, client certificate); nullopt with @p problem
    /// set when one of its files cannot be used.
    std::optional<QSslConfiguration> sslConfiguration(const Endpoint &endpoint, QString *problem);
    QList<QSslCertificate> certificates(const QString &path, const QString &what, QString *problem);
    QSslKey privateKey(const QString &path, QString *problem);

    QNetworkAccessManager *m_nam;
    QHash<QString, QList<QSslCertificate>> m_certCache;
    QHash<QString, QSslKey> m_keyCache;
};

} // namespace pivori

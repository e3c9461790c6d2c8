// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>

class QNetworkAccessManager;

namespace pivori {

/// HttpTransport over a QNetworkAccessManager: auth headers, extra CA, per-request timeout,
/// error classification, and correct percent-encoding (a '+' in PromQL must reach Go as
/// "%2B", not as a space).
class NetworkTransport final : public HttpTransport
{
    Q_OBJECT
public:
    explicit NetworkTransport(QNetworkAccessManager *nam, QObject *parent = nullptr);

    HttpCall send(const HttpRequest &request, QObject *context, Callback done) override;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

private:
    QList<QSslCertificate> caCertificates(const QString &path, QString *problem);

    QNetworkAccessManager *m_nam;
    QHash<QString, QList<QSslCertificate>> m_caCache;
};

} // namespace pivori

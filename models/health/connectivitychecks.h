// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkcontext.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace pivori {

/// Connectivity and certificates, measured by the console itself rather than read from a
/// metric: a service's /health URL (status and latency), a TCP (optionally TLS) connection to a
/// database or cache, and the certificate an https endpoint presents in its TLS handshake.
class ConnectivityChecks final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ConnectivityChecks)

public:
    static void startHttp(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startTcp(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startTlsExpiry(const HealthCheck &check, CheckContext &context, const CheckDone &done);

    static CheckResult judgeHttp(const HealthCheck &check, const HttpResponse &response);
    /// @p verifyProblem: why the chain would not be trusted (empty when it would).
    static CheckResult judgeCertificate(const HealthCheck &check, const QSslCertificate &certificate,
        const QDateTime &now, const QString &verifyProblem);
};

} // namespace pivori

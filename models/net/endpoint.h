// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backendprofile.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace pivori {

/// Where a secret lives. Secrets are never written inline in a config file: they come
/// from an environment variable, from a file (e.g. a mounted Kubernetes secret) or from an
/// entry of the desktop keychain.
struct SecretRef final
{
    QString env; ///< name of an environment variable
    QString file; ///< path to a file whose content (trailing newline stripped) is the secret
    QString keychain; ///< entry name in the desktop keychain (KeychainSecrets)

    bool isSet() const { return !env.isEmpty() || !file.isEmpty() || !keychain.isEmpty(); }
};

/// Reads the secret now (so a rotated token file is picked up on the next request). A keychain
/// entry cannot be read at once: this gives what KeychainSecrets already holds, and NetworkTransport
/// fetches the entry first.
Result<QByteArray> readSecret(const SecretRef &ref);

struct Auth final
{
    enum class Type { None, Basic, Bearer };
    Type type = Type::None;
    QString username; ///< basic only
    SecretRef password; ///< basic only
    SecretRef token; ///< bearer only
};

/// One HTTP server we talk to: a Prometheus, or one Alertmanager replica.
struct Endpoint final
{
    QUrl url; ///< base URL, e.g. http://localhost:9090 (a path prefix is kept)
    Auth auth;
    QString caFile; ///< extra CA bundle (PEM) to trust; TLS is always verified
    QString certFile; ///< client certificate (PEM) for servers that require one (mTLS)
    QString keyFile; ///< the client certificate's private key (PEM, unencrypted)
    int timeoutMs = 10000;
    /// An answer larger than this is cut off and reported: a runaway query or a hostile server
    /// must not fill the console's memory.
    qint64 maxAnswerBytes = kDefaultMaxAnswerBytes;

    static constexpr qint64 kDefaultMaxAnswerBytes = 64LL * 1024 * 1024;
    /// An Alertmanager's alerts answer is about 1 KB per alert: 100,000 alerts on a bad day are
    /// ~100 MB, which the inbox takes (read in slices, parsed on a pool thread); a bound still.
    static constexpr qint64 kDefaultAlertmanagerMaxAnswerBytes = 256LL * 1024 * 1024;
    /// Sent with every request, e.g. Mimir's tenant (X-Scope-OrgID).
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// What answers at the URL (Prometheus servers only; an Alertmanager keeps the default).
    BackendProfile backend;

    /// The URL for an API path below the base, with no credentials in it.
    QUrl resolve(const QString &apiPath) const;
};

} // namespace pivori

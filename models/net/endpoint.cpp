// SPDX-License-Identifier: GPL-3.0-or-later
#include "endpoint.h"

#include "keychainsecrets.h"
#include "smallfile.h"

#include <QCoreApplication>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class SecretReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::SecretReader)
};

} // namespace

Result<QByteArray> readSecret(const SecretRef &ref)
{
    if (!ref.env.isEmpty()) {
        const QByteArray value = qgetenv(ref.env.toLocal8Bit().constData());
        if (value.isEmpty())
            return Error { Error::Kind::Config, 0, {},
                SecretReader::tr("environment variable %1 (a secret) is not set or empty").arg(ref.env), {} };
        return value;
    }
    if (!ref.file.isEmpty()) {
        auto read = readSmallFile(ref.file);
        if (!read)
            return Error { Error::Kind::Config, 0, {},
                SecretReader::tr("secret file: %1").arg(read.error().message), {} };
        QByteArray value = std::move(read).value();
        while (value.endsWith('\n') || value.endsWith('\r'))
            value.chop(1);
        return value;
    }
    if (!ref.keychain.isEmpty()) {
        if (const auto known = KeychainSecrets::instance()->known(ref.keychain))
            return *known;
        return Error { Error::Kind::Config, 0, {},
            SecretReader::tr("keychain entry \"%1\" has not been read yet").arg(ref.keychain), {} };
    }
    return Error { Error::Kind::Config, 0, {}, SecretReader::tr("no secret source given"), {} };
}

QUrl Endpoint::resolve(const QString &apiPath) const
{
    QUrl out = url;
    QString base = out.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    out.setPath(base + apiPath);
    out.setUserInfo({});
    out.setQuery(QString());
    out.setFragment({});
    return out;
}

} // namespace pivori

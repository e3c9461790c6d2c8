// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecrets.h"

#include "duration.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <utility>

namespace pivori {

namespace {

// Long enough that a refused unlock prompt is not shown again at every refresh, short enough
// that an entry stored with secret-tool is picked up without a restart.
constexpr qint64 kRememberFailureMs = 30'000;

// Error::type of a failed read: why, for KeychainSecrets::explain() to word.
const QString kNoService = QStringLiteral("keychain_no_service");
const QString kNotFound = QStringLiteral("keychain_not_found");
const QString kDenied = QStringLiteral("keychain_denied");
const QString kTimeout = QStringLiteral("keychain_timeout");
const QString kOther = QStringLiteral("keychain_other");

Error readError(const QString &reason, const QString &detail)
{
    return Error { Error::Kind::Config, 0, reason, detail, {} };
}

/// QtKeychain's outcome as one of our reasons. Through libsecret, a bus without a Secret Service
/// (nothing registered, nothing to start) and no bus at all both come as OtherError with GLib's
/// text, not as NoBackendAvailable.
QString reasonOf(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return kNotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return kDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return kNoService;
    default:
        break;
    }
    // GLib's messages may be translated, but the service's name stays as it is.
    if (detail.contains(QLatin1String("org.freedesktop.secrets")))
        return kNoService;
    // No session bus at all ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect").
    // Connecting to a local socket, once per process: no wait worth the name.
    if (!QDBusConnection::sessionBus().isConnected())
        return kNoService;
    return kOther;
}

} // namespace

KeychainSecrets::KeychainSecrets(QObject *parent)
    : QObject(parent)
{
}

KeychainSecrets *KeychainSecrets::instance()
{
    // Owned by the application object, so it and its jobs go before the event loop's machinery.
    static QPointer<KeychainSecrets> one;
    if (!one)
        one = new KeychainSecrets(QCoreApplication::instance());
    return one;
}

QString KeychainSecrets::serviceName()
{
    return QStringLiteral("pivori-console");
}

std::optional<Result<QByteArray>> KeychainSecrets::known(const QString &entry) const
{
    const auto it = m_entries.constFind(entry);
    if (it == m_entries.cend() || !it->result)
        return std::nullopt;
    if (!it->result->ok() && it->since.elapsed() > kRememberFailureMs)
        return std::nullopt;
    return it->result;
}

void KeychainSecrets::forgetRejected(const QString &entry)
{
    const auto it = m_entries.find(entry);
    if (it == m_entries.end() || it->reading || !it->result || !it->result->ok())
        return;
    if (it->readAfterRejection && it->since.elapsed() < kRememberFailureMs)
        return;
    it->result.reset();
    it->readAfterRejection = true;
}

void KeychainSecrets::fetch(const QString &entry, int timeoutMs, QObject *context, ReadCallback done)
{
    if (const auto result = known(entry)) {
        QTimer::singleShot(0, context, [done = std::move(done), result = *result] { done(result); });
        return;
    }
    Entry &state = m_entries[entry];
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    state.waiters.append({ context, std::move(done), timer });
    // The waiter gives up; the read itself goes on and fills the cache for the next request.
    connect(timer, &QTimer::timeout, this, [this, entry, timer, timeoutMs] {
        Entry &waiting = m_entries[entry];
        for (qsizetype i = 0; i < waiting.waiters.size(); ++i) {
            if (waiting.waiters.at(i).timer != timer)
                continue;
            const Waiter waiter = waiting.waiters.takeAt(i);
            if (waiter.context)
                waiter.done(readError(kTimeout, formatDuration(timeoutMs)));
            break;
        }
        timer->deleteLater();
    });
    timer->start(std::max(1, timeoutMs));
    if (!state.reading)
        startRead(entry);
}

void KeychainSecrets::startRead(const QString &entry)
{
    m_entries[entry].reading = true;
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [this, entry](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::NoError)
            finishRead(entry, read->binaryData());
        else
            finishRead(entry, readError(reasonOf(read->error(), read->errorString()), read->errorString()));
    });
    job->start();
}

void KeychainSecrets::finishRead(const QString &entry, const Result<QByteArray> &result)
{
    Entry &state = m_entries[entry];
    state.reading = false;
    state.result = result;
    state.since.start();
    const QList<Waiter> waiters = std::exchange(state.waiters, {});
    for (const Waiter &waiter : waiters) {
        delete waiter.timer.data();
        if (waiter.context)
            waiter.done(result);
    }
}

void KeychainSecrets::store(
    const QString &entry, const QByteArray &secret, QObject *context, StoreCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    // Text, not binary: QtKeychain keeps binary data base64-encoded, which `secret-tool lookup`
    // would show as such; a password or token is text.
    job->setTextData(QString::fromUtf8(secret));
    connect(job, &QKeychain::Job::finished, context,
        [this, entry, secret, done = std::move(done)](QKeychain::Job *finished) {
            if (finished->error() != QKeychain::NoError) {
                done(
                    readError(reasonOf(finished->error(), finished->errorString()), finished->errorString()));
                return;
            }
            Entry &state = m_entries[entry];
            state.result = secret;
            state.since.start();
            done(std::nullopt);
        });
    job->start();
}

Error KeychainSecrets::explain(const Error &reason, const QString &key, const QString &entry)
{
    // key is password_keychain or token_keychain; its *_file sibling is the way out.
    const QString fileKey = QString(key).replace(QLatin1String("_keychain"), QLatin1String("_file"));
    const QString where = tr("%1 \"%2\"").arg(key, entry);
    QString message;
    if (reason.type == kNoService)
        message = tr("%1: no Secret Service on the session bus: start gnome-keyring or use %2")
                      .arg(where, fileKey);
    else if (reason.type == kNotFound)
        message = tr("%1: no such entry in the keychain (service %2); store it from Settings or with "
                     "secret-tool")
                      .arg(where, serviceName());
    else if (reason.type == kDenied)
        message = tr("%1: the keychain refused access (%2); unlock it and allow Pivori Console")
                      .arg(where, reason.message);
    else if (reason.type == kTimeout)
        message = tr("%1: the keychain did not answer within %2 (is it waiting to be unlocked?)")
                      .arg(where, reason.message);
    else
        message = tr("%1: keychain error: %2").arg(where, reason.message);
    return Error { Error::Kind::Config, 0, {}, message, reason.url };
}

} // namespace pivori

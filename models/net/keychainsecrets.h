// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace pivori {

/// Secrets kept in the desktop keychain (the Secret Service on Linux: gnome-keyring, KeePassXC,
/// KWallet's bridge) through QtKeychain, under the service "pivori-console" and the entry name
/// the configuration gives (auth's password_keychain / token_keychain).
///
/// Reading an entry is a D-Bus round trip that may wait for the user to unlock the keychain, so
/// it is never done while a caller waits: the first request for an entry starts one read, the
/// requests that need the entry meanwhile wait for that same read (each for at most its own
/// timeout; the read goes on and fills the cache for the next request), and the secret is then
/// kept in memory for the life of the process. A failed read is remembered for a short while,
/// so a refused unlock prompt is not shown again at every refresh.
///
/// Lives in, and is used from, the thread of the QCoreApplication.
class KeychainSecrets final : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Result<QByteArray> &)>;
    using StoreCallback = std::function<void(const std::optional<Error> &)>;

    /// The one instance, owned by the application object.
    static KeychainSecrets *instance();
    /// The keychain service every entry of ours is stored under.
    static QString serviceName();

    /// The entry's secret when it has been read, or the error of a recent failed read; nullopt
    /// when it must be read first (fetch()).
    std::optional<Result<QByteArray>> known(const QString &entry) const;
    /// Calls @p done, later and unless @p context is gone first, with the entry's secret or why
    /// there is none: at the latest after @p timeoutMs.
    void fetch(const QString &entry, int timeoutMs, QObject *context, ReadCallback done);
    /// The server refused the entry's secret (HTTP 401): it may have been changed in the
    /// keychain since it was read, so the next request reads it again. While the server keeps
    /// refusing what was read again, at most once every 30 s (an unlock prompt may come with it).
    void forgetRejected(const QString &entry);
    /// Writes @p secret under @p entry (the Settings dialog); @p done gets nullopt on success.
    void store(const QString &entry, const QByteArray &secret, QObject *context, StoreCallback done);

    /// A failed read (from known() or fetch()) in words for the user, naming the configuration
    /// key (password_keychain or token_keychain) and the entry, and what to do about it.
    static Error explain(const Error &failure, const QString &key, const QString &entry);

private:
    explicit KeychainSecrets(QObject *parent);

    struct Waiter
    {
        QPointer<QObject> context;
        ReadCallback done;
        QPointer<QObject> timer;
    };
    struct Entry
    {
        std::optional<Result<QByteArray>> result;
        QElapsedTimer since; ///< when result was set
        bool reading = false;
        bool readAfterRejection = false; ///< the present result was read again after a 401
        QList<Waiter> waiters;
    };

    void startRead(const QString &entry);
    void finishRead(const QString &entry, const Result<QByteArray> &result);

    QHash<QString, Entry> m_entries;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pivori {

/// The durable journal of acknowledgements that Alertmanager has not confirmed yet.
///
/// One JSON file (`ack-outbox.json`) in a directory chosen by the caller (the console passes
/// its AppDataLocation). Every change is written at once and atomically (QSaveFile), so after
/// a crash or a restart the file holds either the old or the new list, never half of one.
/// A file that cannot be read back is never deleted or overwritten: it is moved aside
/// (`ack-outbox.json.corrupt-<time>`) and load() says so, naming both paths.
class AckOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::AckOutbox)
public:
    struct Entry final
    {
        /// Pending: waits for its next attempt. Sent: a POST went out and its answer is not
        /// known (in flight, or the console stopped meanwhile) — the silence may exist.
        enum class State { Pending, Sent };

        QString token; ///< unique per acknowledge action; ends up in the silence comment
        QString cluster; ///< the Alertmanager cluster's configured name
        QList<Matcher> matchers;
        qint64 durationMs = 0;
        QString comment; ///< the author's text, without "ACK!" and the token
        QString author;
        QDateTime createdAt; ///< when the operator acknowledged; the silence ends at createdAt + duration
        State state = State::Pending;
        int attempts = 0; ///< tries so far; after the first one a POST may have landed
        QDateTime nextAttempt;
        QString lastError; ///< why the last attempt failed, for the UI
        /// Replicas (their URLs, as AlertmanagerClient names them; "*" for all of them) that may
        /// hold the silence although no answer said so: a POST to them was reset, timed out or
        /// answered in part. Before the next POST each of them must answer the token lookup.
        QStringList unsureReplicas;

        QDateTime endsAt() const { return createdAt.addMSecs(durationMs); }
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit AckOutbox(QString directory);

    /// Reads the journal; a missing file is an empty outbox. On a corrupt file, keeps every
    /// entry that still makes sense, moves the file aside and returns false with @p problem.
    bool load(QString *problem);

    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &token) const;

    /// Each of these changes the list in memory even when writing fails (the caller can still
    /// send the ack in this session), and returns false with @p problem if the disk refused.
    bool add(const Entry &entry, QString *problem);
    bool update(const Entry &entry, QString *problem);
    bool remove(const QString &token, QString *problem);

    QString directory() const { return m_directory; }
    QString journalPath() const;

    /// Delay before the next attempt after @p attempts failed ones: 2 s, 4 s, 8 s, … capped at 60 s.
    static qint64 backoffMs(int attempts);
    static constexpr qint64 kFirstBackoffMs = 2'000;
    static constexpr qint64 kMaxBackoffMs = 60'000;
    /// A journal larger than this is treated as corrupt rather than read into memory.
    static constexpr qint64 kMaxJournalBytes = 16 * 1024 * 1024;

    static QByteArray toJson(const QList<Entry> &entries);
    /// Entries that fail to parse are skipped and described in @p problems.
    static Result<QList<Entry>> fromJson(const QByteArray &json, QStringList *problems);

private:
    bool save(QString *problem) const;
    QString moveAside(QString *problem) const;

    QString m_directory;
    QList<Entry> m_entries;
    bool m_saveBlocked = false; ///< the journal exists but could not be read: never overwrite it
};

} // namespace pivori

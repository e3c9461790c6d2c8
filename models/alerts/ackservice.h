// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ackoutbox.h"
#include "matcher.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace pivori {

class AlertmanagerClient;
class IdentifyingLabels;
struct InboxAlert;
struct Silence;

/// Acknowledges alerts so that no acknowledgement is lost or reported done too early.
///
/// acknowledge() writes the ack to the on-disk outbox first, then POSTs the silence through
/// the cluster's AlertmanagerClient (which already tries each replica in turn). Only when
/// Alertmanager returned a silence id is the entry removed and acknowledged() emitted. When
/// every replica failed, the entry stays pending and is retried with exponential backoff
/// (AckOutbox::backoffMs), also after a restart of the console. A POST whose answer was lost
/// (reset, timeout, truncated) may still have created the silence: it is not sent to another
/// replica (AlertmanagerClient) nor re-sent by the network stack (NetworkTransport),
/// and every attempt after the first one first looks for a silence carrying the ack's token
/// on every replica, taking that one instead of creating a second. It posts again only when
/// the replicas the lost POST went to (AckOutbox::Entry::unsureReplicas; all of them after a
/// restart) answered that lookup. A 4xx answer is final: ackRejected().
class AckService final : public QObject
{
    Q_OBJECT
public:
    /// Loads the outbox from @p journalDirectory and schedules what it holds.
    explicit AckService(const QString &journalDirectory, QObject *parent = nullptr);

    /// What went wrong reading the journal at construction; empty when nothing did.
    QString journalProblem() const { return m_journalProblem; }

    /// The client for @p cluster (not owned; nullptr removes it). Pending acks of that cluster
    /// are tried at once, so a cluster that comes back, or is re-pointed, drains its backlog.
    void setClient(const QString &cluster, AlertmanagerClient *client);
    AlertmanagerClient *client(const QString &cluster) const;

    /// Journals and sends one ack silence; returns its token, or an empty string (and
    /// operationFailed) when the request is unusable: unknown cluster, no matcher, no duration.
    QString acknowledge(const QString &cluster, const QList<Matcher> &matchers, qint64 durationMs,
        const QString &comment, const QString &author);
    /// One ack per distinct (cluster, identifying matchers) among @p alerts; returns the tokens.
    QStringList acknowledge(const QList<InboxAlert> &alerts, const IdentifyingLabels &identifying,
        qint64 durationMs, const QString &comment, const QString &author);

    /// Adds @p extraMs to the silence's end, in place: same id, matchers and startsAt.
    void extend(const QString &cluster, const QString &silenceId, qint64 extraMs);
    /// Expires the silence and every other active silence carrying the same ack token (one
    /// ack made twice is still one ack): unacknowledged() once per silence expired.
    void unacknowledge(const QString &cluster, const QString &silenceId);

    /// Acks not confirmed yet, oldest first.
    QList<AckOutbox::Entry> pendingAcks() const { return m_outbox.entries(); }
    /// Tries every pending ack whose cluster has a client now, ignoring the backoff.
    void retryNow();

    /// The silence created by the ack with @p token, if @p silences holds it: same token in
    /// the comment, same author and the same matchers (in any order).
    static const Silence *findLanded(const AckOutbox::Entry &entry, const QList<Silence> &silences);

signals:
    void acknowledged(const QString &token, const QString &cluster, const QString &silenceId);
    /// Every replica failed; the ack stays in the outbox until @p nextAttempt.
    void ackDeferred(const QString &token, const QString &message, const QDateTime &nextAttempt);
    /// Alertmanager refused it, or it expired before it could be sent; it left the outbox.
    void ackRejected(const QString &token, const QString &message);
    /// The outbox changed (added, attempted, removed).
    void pendingChanged();
    void extended(const QString &cluster, const QString &silenceId, const QDateTime &until);
    void unacknowledged(const QString &cluster, const QString &silenceId);
    void operationFailed(const QString &message);
    /// The journal could not be written: acks of this session are in memory only.
    void journalError(const QString &message);

private:
    void attempt(const QString &token);
    void post(const QString &token);
    void succeed(const QString &token, const QString &silenceId);
    void failAttempt(const QString &token, const Error &error);
    void expireOne(const QString &cluster, const QString &silenceId);
    void reject(const QString &token, const QString &message);
    void store(const AckOutbox::Entry &entry);
    void schedule();
    void onTimer();

    AckOutbox m_outbox;
    QString m_journalProblem;
    QHash<QString, QPointer<AlertmanagerClient>> m_clients;
    QSet<QString> m_inFlight;
    QTimer m_timer;
};

} // namespace pivori

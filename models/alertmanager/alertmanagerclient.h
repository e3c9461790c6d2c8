// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"
#include "endpoint.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace pivori {

class HttpTransport;
struct HttpRequest;

/// The API v2 client for one Alertmanager HA cluster (one or more replicas).
///
/// Reads ask every replica at once and merge the answers (ReplicaMerger): alerts are not
/// gossiped, so a replica that is down or was never sent an alert must not hide it. A read
/// fails only when every replica failed. Writes go to the replicas one at a time in the
/// configured order: a replica that was not reached or answered 5xx moves on to the next, a
/// 4xx is the final answer. A POST that may have been carried out without an answer (reset,
/// timeout, truncated answer) is not sent anywhere else: it fails with isOutcomeUnknown(), and
/// the caller looks for the silence before sending it again. Every callback runs in the event
/// loop, once, and never after `context` is gone.
class AlertmanagerClient final : public QObject
{
    Q_OBJECT
public:
    struct ReplicaError final
    {
        QString replicaUrl;
        Error error;
    };
    struct AlertsSnapshot final
    {
        QList<Alert> alerts; ///< merged, sorted by fingerprint
        QList<ReplicaError> failures; ///< replicas that did not answer usefully
    };
    struct SilencesSnapshot final
    {
        QList<Silence> silences; ///< merged by id
        QList<ReplicaError> failures;
    };
    struct ReplicaStatus final
    {
        QString replicaUrl;
        ClusterStatus status; ///< valid when error is empty
        std::optional<Error> error; ///< why this replica's status is unknown
    };
    struct WriteOutcome final
    {
        QString id; ///< the silence id created, updated or expired
        QString replicaUrl; ///< the replica that accepted the write
    };

    template <typename T> using Callback = std::function<void(Result<T>)>;

    /// Replicas without a timeout get a default one: no request may wait forever.
    AlertmanagerClient(
        HttpTransport *transport, QString clusterName, QList<Endpoint> replicas, QObject *parent = nullptr);

    QString clusterName() const { return m_clusterName; }
    const QList<Endpoint> &replicas() const { return m_replicas; }

    /// GET /api/v2/alerts on every replica; `filter` goes as repeated `filter=` parameters.
    void fetchAlerts(const QList<Matcher> &filter, QObject *context, Callback<AlertsSnapshot> done);
    /// GET /api/v2/silences on every replica.
    void fetchSilences(QObject *context, Callback<SilencesSnapshot> done);
    struct GroupsSnapshot final
    {
        QList<AlertGroup> groups; ///< merged across replicas (ReplicaMerger::mergeGroups)
        QList<ReplicaError> failures;
    };
    /// GET /api/v2/alerts/groups on every replica, merged; `filter` as for fetchAlerts.
    void fetchAlertGroups(const QList<Matcher> &filter, QObject *context, Callback<GroupsSnapshot> done);
    /// GET /api/v2/silence/{id} on every replica; the newest copy wins. "not found" only when
    /// no replica has it.
    void fetchSilence(const QString &id, QObject *context, Callback<Silence> done);
    /// GET /api/v2/status on every replica; never an error as a whole: each entry says.
    void fetchStatus(QObject *context, Callback<QList<ReplicaStatus>> done);

    /// POST /api/v2/silences; the outcome holds the id the server gave (new, or the same on update).
    void createSilence(const PostableSilence &silence, QObject *context, Callback<WriteOutcome> done);
    /// DELETE /api/v2/silence/{id}.
    void expireSilence(const QString &id, QObject *context, Callback<WriteOutcome> done);

    /// True for a failed createSilence() that may have created the silence all the same: it
    /// was sent and the answer was lost (reset, timeout, truncated, or a 2xx that made no
    /// sense); error.url names the replica. False when it certainly did not (not reached,
    /// 5xx everywhere, 4xx).
    static bool isOutcomeUnknown(const Error &error);

    static constexpr int kDefaultTimeoutMs = 10000;

private:
    struct ReplicaAnswer;
    using FanOutDone = std::function<void(const QList<ReplicaAnswer> &)>;
    using WriteJudge = std::function<Result<QString>(int, const QByteArray &, const QByteArray &)>;

    void fanOut(const HttpRequest &request, QObject *context, FanOutDone done);
    void writeInOrder(
        const HttpRequest &request, QObject *context, WriteJudge judge, Callback<WriteOutcome> done);
    template <typename T> bool failEarly(QObject *context, const Callback<T> &done);
    /// Reads `request` from every replica, parses each answer and merges the lists into a
    /// Snapshot{merged, failures}; an error only when every replica failed.
    template <typename Item, typename Snapshot, typename Parse, typename Merge>
    void fetchMerged(
        const HttpRequest &request, QObject *context, Callback<Snapshot> done, Parse parse, Merge merge);

    QPointer<HttpTransport> m_transport;
    QString m_clusterName;
    QList<Endpoint> m_replicas;
};

} // namespace pivori

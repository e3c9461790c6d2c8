// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertmanagerclient.h"
#include "inboxalert.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace pivori {

class AckService;
class AlertInboxModel;

/// Polls every Alertmanager cluster for its alerts and silences and turns one round of
/// answers into the inbox: InboxAlerts with ack info, inhibitors and pending acks.
///
/// A round asks all clusters at once (each client asks all its replicas) and publishes when
/// the last answer is in. A replica that fails is reported on its cluster and changes
/// nothing else (the client merges the others). A cluster that fails entirely keeps its last
/// known alerts, marked stale, so one unreachable cluster is a banner, not an empty inbox.
/// A round still running when the timer fires is left to finish; answers of an old round
/// are dropped. A silence expired through the AckService is shown as expired at once, without
/// waiting for the next round (its alerts fire again in the inbox immediately).
class AlertPoller final : public QObject
{
    Q_OBJECT
public:
    /// How one cluster answered the last round.
    struct ClusterState final
    {
        QString cluster;
        bool reachable = false; ///< alerts were read from at least one replica
        bool polled = false; ///< false until its first answer
        QList<AlertmanagerClient::ReplicaError> failures; ///< replicas that failed (alerts or silences)
        QString message; ///< one line for the banner; empty when all replicas answered
        QDateTime lastSuccess; ///< when alerts were last read (UTC)
    };

    explicit AlertPoller(QObject *parent = nullptr);

    /// The clusters to poll (not owned). Alerts of clusters no longer listed disappear.
    void setClients(const QList<AlertmanagerClient *> &clients);
    /// Marks alerts matched by the service's pending acks, and polls again when an ack landed.
    void setAckService(AckService *service);
    /// Sends every published list to @p model (AlertInboxModel::setAlerts).
    void setModel(AlertInboxModel *model);

    /// The dead man's switch (ConsoleConfig::deadMansSwitch): always firing on purpose, so
    /// never an alert of the inbox, the band, the tray or the counts. Empty hides nothing.
    void setDeadMansSwitch(const QString &alertname) { m_deadMansSwitch = alertname; }

    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    /// Polls now and then every interval; in the first 30 s, every second while the inbox is
    /// empty (a stack started together with the console has sent nothing yet).
    void start();
    void stop();
    /// Starts a round now unless one is running.
    void pollNow();
    bool isPolling() const { return m_pending > 0; }

    const QList<InboxAlert> &alerts() const { return m_alerts; }
    /// The silences of @p cluster as of the last round that read them.
    QList<Silence> silences(const QString &cluster) const;
    const QList<ClusterState> &clusterStates() const { return m_states; }

signals:
    /// A round finished: every cluster's alerts, merged.
    void alertsUpdated(const QList<pivori::InboxAlert> &alerts);
    void clusterStatesChanged(const QList<pivori::AlertPoller::ClusterState> &states);
    void roundFinished();

private:
    struct ClusterData final
    {
        QList<Alert> alerts;
        QList<Silence> silences;
        bool alertsRead = false; ///< this round
        bool silencesRead = false;
        QList<AlertmanagerClient::ReplicaError> failures; ///< this round
        std::optional<Error> alertsError; ///< this round, when no replica gave alerts
        std::optional<Error> silencesError;
        QDateTime lastSuccess;
    };

    /// What combining needs of one cluster, copied (implicitly shared) so that a worker
    /// thread can combine while answers keep arriving here.
    struct CombineInput final
    {
        QString cluster;
        QList<Alert> alerts;
        QList<Silence> silences;
        bool stale = false;
        QList<QList<Matcher>> pendingAcks;
    };

    void answered();
    /// Just started and nothing in the inbox yet: the next round comes after a second.
    bool isWarmingUp() const;
    /// Combines every cluster into the inbox list and sends it on, then runs @p then. Large
    /// inboxes are combined on a worker thread (see kCombineHereBelow in the .cpp).
    void publish(const std::function<void()> &then = {});
    void apply(QList<InboxAlert> alerts);
    QList<CombineInput> combineInputs() const;
    static QList<InboxAlert> combine(const QList<CombineInput> &inputs, const QString &deadMansSwitch);
    void markExpired(const QString &cluster, const QString &silenceId);
    void applyExpiries(const QString &cluster, QList<Silence> *silences);

    QList<QPointer<AlertmanagerClient>> m_clients;
    QHash<QString, ClusterData> m_data;
    /// Silences this console expired (cluster -> ids) that a replica may still report as
    /// active: expired here until the servers agree, so an un-acknowledged alert is shown
    /// firing at once and stays so.
    QHash<QString, QSet<QString>> m_expiredHere;
    QPointer<AckService> m_ackService;
    QPointer<AlertInboxModel> m_model;
    QList<InboxAlert> m_alerts;
    QString m_deadMansSwitch;
    QList<ClusterState> m_states;
    QTimer m_timer;
    QTimer m_warmUpTimer; ///< the quick next round while warming up (isWarmingUp())
    QElapsedTimer m_sinceStart;
    int m_pending = 0;
    quint64 m_round = 0;
    quint64 m_publishGeneration = 0; ///< only the latest combination is applied
    bool m_pollAgain = false; ///< something changed during a round: start another when it ends
};

} // namespace pivori

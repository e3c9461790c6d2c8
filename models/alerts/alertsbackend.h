// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identifyinglabels.h"
#include "inboxalert.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pivori {

class AckService;
class AlertInboxModel;
class AlertPoller;
class AlertmanagerClient;
class HttpTransport;
class SilenceTableModel;
struct ConsoleConfig;

/// The one owner of everything the console knows about alerts: a client per configured
/// Alertmanager cluster, the poller, the acknowledgement service with its disk outbox, and the
/// inbox and silence models. The composition root (the main window, or a command) makes one
/// and hands it to every view that needs alerts; views read it, none owns a copy, so data flows
/// one way: backend -> models -> views.
class AlertsBackend final : public QObject
{
    Q_OBJECT
public:
    /// Without a journal directory there is no ack service: a read-only backend, as the
    /// `alerts` and `snapshot` commands need. Polling starts with start().
    AlertsBackend(const ConsoleConfig &config, HttpTransport *transport, const QString &journalDirectory = {},
        QObject *parent = nullptr);
    ~AlertsBackend() override;

    /// False when the configuration names no Alertmanager cluster.
    bool hasClusters() const { return !m_clients.isEmpty(); }
    QList<AlertmanagerClient *> clients() const { return m_clients; }
    AlertmanagerClient *client(const QString &cluster) const;

    AlertPoller *poller() const { return m_poller; }
    /// nullptr for a read-only backend.
    AckService *ackService() const { return m_ackService; }
    AlertInboxModel *inboxModel() const { return m_inbox; }
    SilenceTableModel *silenceModel() const { return m_silences; }
    const IdentifyingLabels &identifyingLabels() const { return m_identifying; }
    QString serviceLabel() const { return m_serviceLabel; }

    /// The inbox's alerts with these keys, in the order given; unknown keys are skipped.
    QList<InboxAlert> alerts(const QStringList &keys) const;
    /// Alerts firing and not acknowledged, silenced or inhibited, with this severity label.
    int firingCount(const QString &severity) const;
    /// Clusters that have answered at least once since the start.
    const QSet<QString> &answeredClusters() const { return m_answered; }

    /// Polls now and then every refresh.alerts interval of the configuration.
    void start();
    /// Polls every cluster now (a round already running is left to finish).
    void refreshNow();

signals:
    /// A round finished and the models hold it. @p newcomers are the alerts of clusters that
    /// answered for the first time in this round (their backlog, not news).
    void roundApplied(const QList<pivori::InboxAlert> &newcomers, bool anyClusterAnswered);

private:
    void onRoundFinished();

    IdentifyingLabels m_identifying;
    QString m_serviceLabel;
    QList<AlertmanagerClient *> m_clients;
    AckService *m_ackService = nullptr;
    AlertPoller *m_poller = nullptr;
    AlertInboxModel *m_inbox = nullptr;
    SilenceTableModel *m_silences = nullptr;
    QSet<QString> m_answered;
};

} // namespace pivori

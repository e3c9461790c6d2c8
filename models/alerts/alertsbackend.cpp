// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsbackend.h"

#include "ackservice.h"
#include "alertinboxmodel.h"
#include "alertmanagerclient.h"
#include "alertpoller.h"
#include "consoleconfig.h"
#include "silencetablemodel.h"

#include <algorithm>

namespace pivori {

AlertsBackend::AlertsBackend(
    const ConsoleConfig &config, HttpTransport *transport, const QString &journalDirectory, QObject *parent)
    : QObject(parent)
    , m_serviceLabel(config.labels.service)
{
    // In the order data flows: clients -> poller -> models, and acks back through the service.
    if (!journalDirectory.isEmpty())
        m_ackService = new AckService(journalDirectory, this);
    for (const AlertmanagerCluster &cluster : config.alertmanagers) {
        auto *client = new AlertmanagerClient(transport, cluster.name, cluster.replicas, this);
        m_clients.append(client);
        if (m_ackService)
            m_ackService->setClient(cluster.name, client);
    }
    m_inbox = new AlertInboxModel(this);
    m_inbox->setServiceLabel(config.labels.service);
    m_silences = new SilenceTableModel(this);
    m_poller = new AlertPoller(this);
    m_poller->setDeadMansSwitch(config.deadMansSwitch);
    m_poller->setClients(m_clients);
    if (m_ackService)
        m_poller->setAckService(m_ackService);
    m_poller->setModel(m_inbox);
    m_poller->setInterval(int(std::clamp<qint64>(config.refresh.alertsMs, 1000, 24 * 3600 * 1000)));
    connect(m_poller, &AlertPoller::roundFinished, this, &AlertsBackend::onRoundFinished);
}

AlertsBackend::~AlertsBackend() = default;

AlertmanagerClient *AlertsBackend::client(const QString &cluster) const
{
    for (AlertmanagerClient *client : m_clients) {
        if (client->clusterName() == cluster)
            return client;
    }
    return nullptr;
}

QList<InboxAlert> AlertsBackend::alerts(const QStringList &keys) const
{
    QList<InboxAlert> out;
    for (const QString &key : keys) {
        if (const InboxAlert *alert = m_inbox->alertAt(m_inbox->indexOf(key)))
            out.append(*alert);
    }
    return out;
}

int AlertsBackend::firingCount(const QString &severity) const
{
    return m_inbox->firingCounts().value(severity);
}

void AlertsBackend::start()
{
    if (hasClusters())
        m_poller->start();
}

void AlertsBackend::refreshNow()
{
    m_poller->pollNow();
}

void AlertsBackend::onRoundFinished()
{
    QStringList clusters;
    QList<InboxAlert> newcomers;
    bool anyAnswer = false;
    for (const AlertPoller::ClusterState &state : m_poller->clusterStates()) {
        clusters.append(state.cluster);
        m_silences->setSilences(state.cluster, m_poller->silences(state.cluster));
        if (!state.reachable)
            continue;
        anyAnswer = true;
        if (!m_answered.contains(state.cluster)) {
            m_answered.insert(state.cluster);
            for (const InboxAlert &alert : m_poller->alerts()) {
                if (alert.cluster == state.cluster)
                    newcomers.append(alert);
            }
        }
    }
    m_silences->retainClusters(clusters);
    emit roundApplied(newcomers, anyAnswer);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportedalerts.h"

#include "alertmanagerclient.h"
#include "alertpoller.h"
#include "alertsbackend.h"
#include "inboxformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pivori {

ExportedAlerts ExportedAlerts::from(const AlertsBackend *backend, const QString &rulesDoubt)
{
    ExportedAlerts out;
    if (!backend || !backend->hasClusters())
        return out;
    out.configured = true;
    const AlertPoller *poller = backend->poller();
    out.alerts = poller->alerts();
    QSet<QString> heard;
    for (const AlertPoller::ClusterState &state : poller->clusterStates()) {
        heard.insert(state.cluster);
        if (state.lastSuccess.isValid())
            out.anyRead = true;
        if (state.reachable)
            continue;
        const QString reason = state.message.isEmpty() ? tr("no answer in time") : state.message;
        out.problems << tr("Alertmanager cluster \"%1\" did not answer: %2").arg(state.cluster, reason);
    }
    // A cluster still silent when the export is taken (its first round not over) has no state yet.
    for (const AlertmanagerClient *client : backend->clients()) {
        if (!heard.contains(client->clusterName()))
            out.problems << tr("Alertmanager cluster \"%1\" did not answer: %2")
                                .arg(client->clusterName(), tr("no answer in time"));
    }
    if (!rulesDoubt.isEmpty())
        out.problems << tr("The list may miss alerts: %1.").arg(rulesDoubt);
    return out;
}

std::optional<QList<InboxAlert>> ExportedAlerts::reportAlerts() const
{
    if (!configured)
        return std::nullopt;
    return alerts;
}

QJsonValue ExportedAlerts::json() const
{
    if (!configured || !anyRead)
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(inboxAlertsToJson(alerts)).array();
}

} // namespace pivori

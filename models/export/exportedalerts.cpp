#include "exportedalerts.h"

#include "alertpoller.h"
#include "alertsbackend.h"
#include "inboxformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pivori {

ExportedAlerts ExportedAlerts::from(const AlertsBackend *backend)
{
    ExportedAlerts out;
    if (!backend || !backend->hasClusters())
        return out;
    out.configured = true;
    const AlertPoller *poller = backend->poller();
    out.alerts = poller->alerts();
    for (const AlertPoller::ClusterState &state : poller->clusterStates()) {
        if (state.lastSuccess.isValid())
            out.anyRead = true;
        if (state.reachable)
            continue;
        // A cluster still silent when the export is taken has no message of its own yet.
        const QString reason = state.polled && !state.message.isEmpty() ? state.message : tr("no answer in time");
        out.problems << tr("Alertmanager cluster \"%1\" did not answer: %2").arg(state.cluster, reason);
    }
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

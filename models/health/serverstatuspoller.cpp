// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstatuspoller.h"

#include "alertmanagerchecks.h"
#include "alertmanagerclient.h"
#include "alertmanagerparser.h"
#include "httptransport.h"
#include "prometheuschecks.h"
#include "prometheusclient.h"
#include "prometheusparser.h"
#include "statusanswer.h"

#include <QTimer>

namespace pivori {

ServerStatusPoller::ServerStatusPoller(HttpTransport *transport, const ConsoleConfig &config, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_timer(new QTimer(this))
    , m_deadMansSwitch(config.deadMansSwitch)
{
    for (const PrometheusServer &server : config.prometheus) {
        ServerStatus status;
        status.kind = ServerStatus::Kind::Prometheus;
        status.name = server.name;
        status.url = server.endpoint.url;
        m_statuses.append(status);
        m_endpoints.append(server.endpoint);
    }
    for (const AlertmanagerCluster &cluster : config.alertmanagers) {
        for (qsizetype i = 0; i < cluster.replicas.size(); ++i) {
            ServerStatus status;
            status.kind = ServerStatus::Kind::Alertmanager;
            status.name = cluster.replicas.size() > 1 ? QStringLiteral("%1 #%2").arg(cluster.name).arg(i + 1)
                                                      : cluster.name;
            status.url = cluster.replicas[i].url;
            m_statuses.append(status);
            m_endpoints.append(cluster.replicas[i]);
        }
    }
    connect(m_timer, &QTimer::timeout, this, &ServerStatusPoller::pollNow);
}

void ServerStatusPoller::start(int intervalMs)
{
    m_timer->start(intervalMs);
    pollNow();
}

void ServerStatusPoller::pollNow()
{
    for (int i = 0; i < m_endpoints.size(); ++i) {
        const bool isPrometheus = m_statuses[i].kind == ServerStatus::Kind::Prometheus;
        HttpRequest request;
        request.endpoint = forStatusAnswer(m_endpoints[i]); // parsed here, on the GUI thread
        request.path
            = isPrometheus ? QStringLiteral("/api/v1/status/buildinfo") : QStringLiteral("/api/v2/status");
        m_transport->send(request, this, [this, i, isPrometheus](const HttpResponse &response) {
            ServerStatus status = m_statuses[i];
            status.checked = true;
            status.roundTripMs = response.elapsedMs;
            QString problem;
            if (response.transportError) {
                problem = response.transportError->message;
            } else if (isPrometheus) {
                auto info = PrometheusParser::parseBuildInfoResponse(
                    response.status, response.contentType, response.body);
                if (info)
                    status.version = info.value().version;
                else
                    problem = info.error().message;
                status.detail = info ? QString() : problem;
            } else {
                auto cluster
                    = AlertmanagerParser::parseStatus(response.status, response.contentType, response.body);
                if (cluster) {
                    status.version = cluster.value().version;
                    status.detail = tr("cluster %1, %n peer(s)", nullptr, int(cluster.value().peers.size()))
                                        .arg(cluster.value().status);
                } else {
                    problem = cluster.error().message;
                }
            }
            status.reachable = problem.isEmpty();
            if (status.reachable) {
                status.lastSuccess = QDateTime::currentDateTimeUtc();
                status.unreachableSince = {};
            } else {
                status.detail = problem;
                if (!status.unreachableSince.isValid())
                    status.unreachableSince = QDateTime::currentDateTimeUtc();
            }
            update(i, status);
        });
        if (isPrometheus && m_endpoints[i].backend.has(BackendProfile::Feature::Rules))
            pollRules(i);
        else if (!m_deadMansSwitch.isEmpty())
            pollDeadMansSwitch(i);
    }
}

void ServerStatusPoller::pollRules(int index)
{
    // A client per round: it parses a large rules answer off the GUI thread.
    auto *client = new PrometheusClient(m_transport, m_endpoints[index], this);
    client->rules(client, [this, index, client](const Result<QList<PromRuleGroup>> &groups) {
        client->deleteLater();
        ServerStatus status = m_statuses[index];
        status.rulesChecked = true;
        if (!groups) { // unreachable: the build-info answer says so
            if (status != m_statuses[index])
                update(index, status);
            return;
        }
        status.failingRuleGroups = PrometheusChecks::failingRuleGroups(groups.value());
        status.hasDeadMansSwitch = !m_deadMansSwitch.isEmpty()
            && PrometheusChecks::hasAlertingRule(groups.value(), m_deadMansSwitch);
        if (status.failingRuleGroups.isEmpty())
            status.rulesFailingSince = {};
        else if (!status.rulesFailingSince.isValid())
            status.rulesFailingSince = QDateTime::currentDateTimeUtc();
        if (status != m_statuses[index])
            update(index, status);
    });
}

void ServerStatusPoller::pollDeadMansSwitch(int index)
{
    auto *client = new AlertmanagerClient(m_transport, QString(), { m_endpoints[index] }, this);
    const QList<Matcher> filter { Matcher { QStringLiteral("alertname"), m_deadMansSwitch } };
    client->fetchAlerts(
        filter, client, [this, index, client](Result<AlertmanagerClient::AlertsSnapshot> answer) {
            client->deleteLater();
            if (!answer)
                return; // unreachable: the status answer says so
            const QDateTime now = QDateTime::currentDateTimeUtc();
            ServerStatus status = m_statuses[index];
            const bool fresh = AlertmanagerChecks::watchdogFresh(
                answer.value().alerts, m_deadMansSwitch, now, kDeadMansSwitchMaxAgeMs);
            if (fresh) {
                status.deadMansSwitchMissingSince = {};
            } else if (!status.deadMansSwitchMissingSince.isValid()) {
                // Missing since it was last known fresh: the newest copy, or the first time we looked.
                QDateTime newest;
                for (const Alert &alert : answer.value().alerts) {
                    if (alert.updatedAt.isValid() && (!newest.isValid() || alert.updatedAt > newest))
                        newest = alert.updatedAt;
                }
                status.deadMansSwitchMissingSince = newest.isValid() ? newest : now;
            }
            status.deadMansSwitchFresh = fresh;
            if (status != m_statuses[index])
                update(index, status);
        });
}

void ServerStatusPoller::update(int index, ServerStatus status)
{
    m_statuses[index] = std::move(status);
    emit statusChanged(index, m_statuses[index]);
}

} // namespace pivori

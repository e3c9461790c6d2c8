// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkcontext.h"
#include "promtypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pivori {

/// The checks of a Prometheus server itself: alive and ready, configuration loaded, targets
/// scraped, rules evaluated, Alertmanagers connected, storage healthy. Each `judge` is the
/// verdict on the parsed answers (tested on recorded answers); `start` asks the server.
class PrometheusChecks final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::PrometheusChecks)

public:
    static void startHealth(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startConfig(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startTargets(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startRules(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startAlertmanagers(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startTsdb(const HealthCheck &check, CheckContext &context, const CheckDone &done);

    /// /-/healthy and /-/ready answers.
    static CheckResult judgeHealth(
        const QString &server, const HttpResponse &healthy, const HttpResponse &ready);
    /// The data of /api/v1/status/runtimeinfo.
    static CheckResult judgeConfig(const QString &server, const QJsonObject &runtimeInfo);
    static CheckResult judgeTargets(const PromTargets &targets);
    /// @p missed: `increase(prometheus_rule_group_iterations_missed_total[..])` by rule_group,
    /// when Prometheus scrapes itself (null otherwise).
    static CheckResult judgeRules(const QList<PromRuleGroup> &groups, const QueryResult *missed);
    /// The data of /api/v1/alertmanagers against the configured replicas; @p errors:
    /// `increase(prometheus_notifications_errors_total[..])` when known.
    static CheckResult judgeAlertmanagers(
        const QJsonObject &data, const QList<AlertmanagerCluster> &configured, const QueryResult *errors);
    /// The data of /api/v1/status/tsdb; @p failedCompactions as for the others.
    static CheckResult judgeTsdb(
        const HealthCheck &check, const QJsonObject &tsdb, const QueryResult *failedCompactions);

    /// "group (file): the first rule error" for each group with a rule whose last evaluation
    /// failed. Also read by ServerStatusPoller: failing groups mean the counts cannot be believed.
    static QStringList failingRuleGroups(const QList<PromRuleGroup> &groups);
    /// Whether an alerting rule named @p alertname is loaded (the dead man's switch is shipped).
    static bool hasAlertingRule(const QList<PromRuleGroup> &groups, const QString &alertname);
};

} // namespace pivori

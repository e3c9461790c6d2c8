// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"
#include "checkcontext.h"

#include <QCoreApplication>

#include <optional>

namespace pivori {

/// The checks of the Alertmanager HA clusters, and the end-to-end dead man's switch: every
/// replica ready, the cluster formed, one configuration on all, and the Watchdog alert (always
/// firing in Prometheus) present and fresh on every replica, so alerts are known to flow.
class AlertmanagerChecks final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::AlertmanagerChecks)

public:
    /// What one replica answered (an error, or its answer).
    struct ReplicaAnswer final
    {
        QString cluster;
        QString replica; ///< URL
        std::optional<Error> error;
        int httpStatus = 0; ///< /-/ready
        ClusterStatus status; ///< /api/v2/status
        QList<Alert> alerts; ///< /api/v2/alerts filtered to the watchdog
    };

    static void startReplicas(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startCluster(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startConfigHash(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    static void startWatchdog(const HealthCheck &check, CheckContext &context, const CheckDone &done);

    static CheckResult judgeReplicas(const QList<ReplicaAnswer> &answers);
    /// @p expectedPeers: replicas configured per cluster.
    static CheckResult judgeCluster(
        const QList<ReplicaAnswer> &answers, const QHash<QString, int> &expectedPeers);
    static CheckResult judgeConfigHash(const QList<ReplicaAnswer> &answers);
    static CheckResult judgeWatchdog(
        const QList<ReplicaAnswer> &answers, const QString &alertname, const QDateTime &now, qint64 maxAgeMs);

    /// Whether @p alerts hold @p alertname, active, updated within @p maxAgeMs of @p now and not ended.
    static bool watchdogFresh(
        const QList<Alert> &alerts, const QString &alertname, const QDateTime &now, qint64 maxAgeMs);
    /// A short fingerprint of a replica's loaded configuration (first 12 hex digits of SHA-256).
    static QString configHash(const QString &configOriginal);
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"

#include <QList>
#include <QString>

#include <utility>

namespace pivori {

/// Combines what the replicas of one Alertmanager HA cluster report into one view.
/// Pure and deterministic: the same input gives the same output, whatever order the
/// records arrived in within a replica.
class ReplicaMerger final
{
public:
    ReplicaMerger() = delete;

    /// Alerts are not gossiped, so each replica knows only what was sent to it: the union by
    /// fingerprint. Where several replicas have an alert, the record with the newest updatedAt
    /// wins (the first replica on a tie); silencedBy, inhibitedBy and receivers are unioned
    /// (a silence one replica has not learned yet still counts) and seenBy lists the replicas
    /// in input order. An alert silenced or inhibited anywhere is Suppressed. Sorted by fingerprint.
    static QList<Alert> mergeAlerts(const QList<std::pair<QString, QList<Alert>>> &perReplica);

    /// Silences are gossiped: union by id, the newest updatedAt wins (the first replica on a tie).
    /// Sorted as Alertmanager does: active (soonest end first), pending (soonest start first),
    /// expired (latest end first); ties by id.
    static QList<Silence> mergeSilences(const QList<std::pair<QString, QList<Silence>>> &perReplica);

    /// Groups are the same route (receiver + group labels) on every replica; their alerts are
    /// merged as mergeAlerts does. Sorted by receiver, then group labels.
    static QList<AlertGroup> mergeGroups(const QList<std::pair<QString, QList<AlertGroup>>> &perReplica);
};

} // namespace pivori

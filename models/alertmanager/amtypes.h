// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Value types of the Alertmanager API v2 (0.25) as the console uses them. Plain structs:
// the parser fills them, the merger combines replicas, the item models display them.

#include "matcher.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pivori {

/// One alert as a replica reports it (gettableAlert), plus which replicas reported it.
struct Alert final
{
    enum class State { Unprocessed, Active, Suppressed };

    QString fingerprint; ///< hash of the label set; the same on every replica
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QStringList receivers;
    QDateTime startsAt;
    QDateTime updatedAt; ///< when this replica last received it; differs between replicas
    QDateTime endsAt;
    QString generatorUrl; ///< may be empty
    State state = State::Unprocessed;
    QStringList silencedBy; ///< silence ids
    QStringList inhibitedBy; ///< fingerprints of the inhibiting alerts
    QStringList seenBy; ///< replica URLs that returned it; filled by ReplicaMerger

    friend bool operator==(const Alert &, const Alert &) = default;
};

/// A silence as a replica reports it (gettableSilence). Silences are gossiped, so every
/// healthy replica has the same ones under the same ids.
struct Silence final
{
    enum class State { Active, Pending, Expired };

    QString id;
    QList<Matcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString createdBy;
    QString comment;
    State state = State::Active;

    friend bool operator==(const Silence &, const Silence &) = default;
};

/// What the console sends to create (no id) or update (id) a silence.
struct PostableSilence final
{
    QString id; ///< empty for a new silence
    QList<Matcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QString createdBy;
    QString comment;

    /// The JSON body of POST /api/v2/silences; times in UTC as RFC 3339 with milliseconds.
    QByteArray toJson() const; // defined in alertmanagerparser.cpp, next to the reading side
};

/// One replica's view of its HA cluster (the `cluster` part of /api/v2/status, plus version).
struct ClusterStatus final
{
    struct Peer final
    {
        QString name;
        QString address;
        friend bool operator==(const Peer &, const Peer &) = default;
    };

    QString name; ///< this replica's peer name (a new ULID on every start)
    QString status; ///< "ready", "settling" or "disabled" (HA off)
    QList<Peer> peers; ///< includes the replica itself; empty when HA is off
    QString version;
    QString uptime; ///< Alertmanager reports the start time here (RFC 3339)
    QString configOriginal; ///< the loaded YAML, secrets shown as <secret>

    friend bool operator==(const ClusterStatus &, const ClusterStatus &) = default;
};

/// One entry of /api/v2/alerts/groups.
struct AlertGroup final
{
    QMap<QString, QString> labels; ///< the route's group_by labels
    QString receiver;
    QList<Alert> alerts;

    friend bool operator==(const AlertGroup &, const AlertGroup &) = default;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicamerger.h"

#include <QMap>

#include <algorithm>

namespace pivori {

namespace {

void unite(QStringList *into, const QStringList &more)
{
    for (const QString &item : more) {
        if (!into->contains(item))
            into->append(item);
    }
}

int stateRank(Silence::State state)
{
    switch (state) {
    case Silence::State::Active:
        return 0;
    case Silence::State::Pending:
        return 1;
    case Silence::State::Expired:
        return 2;
    }
    return 3;
}

bool silenceBefore(const Silence &a, const Silence &b)
{
    if (a.state != b.state)
        return stateRank(a.state) < stateRank(b.state);
    switch (a.state) {
    case Silence::State::Active:
        if (a.endsAt != b.endsAt)
            return a.endsAt < b.endsAt;
        break;
    case Silence::State::Pending:
        if (a.startsAt != b.startsAt)
            return a.startsAt < b.startsAt;
        break;
    case Silence::State::Expired:
        if (a.endsAt != b.endsAt)
            return a.endsAt > b.endsAt;
        break;
    }
    return a.id < b.id;
}

} // namespace

QList<Alert> ReplicaMerger::mergeAlerts(const QList<std::pair<QString, QList<Alert>>> &perReplica)
{
    // QMap keeps the result sorted by fingerprint, which is also Alertmanager's own order.
    QMap<QString, Alert> merged;
    for (const auto &[replicaUrl, alerts] : perReplica) {
        for (const Alert &alert : alerts) {
            auto it = merged.find(alert.fingerprint);
            if (it == merged.end()) {
                Alert first = alert;
                first.seenBy = QStringList { replicaUrl };
                merged.insert(alert.fingerprint, std::move(first));
                continue;
            }
            QStringList silencedBy = it->silencedBy;
            QStringList inhibitedBy = it->inhibitedBy;
            QStringList receivers = it->receivers;
            QStringList seenBy = it->seenBy;
            unite(&silencedBy, alert.silencedBy);
            unite(&inhibitedBy, alert.inhibitedBy);
            unite(&receivers, alert.receivers);
            unite(&seenBy, QStringList { replicaUrl });
            if (alert.updatedAt > it->updatedAt)
                *it = alert;
            it->silencedBy = silencedBy;
            it->inhibitedBy = inhibitedBy;
            it->receivers = receivers;
            it->seenBy = seenBy;
        }
    }

    QList<Alert> out;
    out.reserve(merged.size());
    for (Alert &alert : merged) {
        // Unions are sorted so that the answer does not depend on which replica came first.
        alert.silencedBy.sort();
        alert.inhibitedBy.sort();
        alert.receivers.sort();
        if (!alert.silencedBy.isEmpty() || !alert.inhibitedBy.isEmpty())
            alert.state = Alert::State::Suppressed;
        out.append(std::move(alert));
    }
    return out;
}

QList<Silence> ReplicaMerger::mergeSilences(const QList<std::pair<QString, QList<Silence>>> &perReplica)
{
    QMap<QString, Silence> merged;
    for (const auto &replica : perReplica) {
        for (const Silence &silence : replica.second) {
            auto it = merged.find(silence.id);
            if (it == merged.end())
                merged.insert(silence.id, silence);
            else if (silence.updatedAt > it->updatedAt)
                *it = silence;
        }
    }
    QList<Silence> out(merged.cbegin(), merged.cend());
    std::stable_sort(out.begin(), out.end(), silenceBefore);
    return out;
}

QList<AlertGroup> ReplicaMerger::mergeGroups(const QList<std::pair<QString, QList<AlertGroup>>> &perReplica)
{
    // Keyed by receiver and group labels: QMap keeps the output order deterministic.
    using Key = std::pair<QString, QList<std::pair<QString, QString>>>;
    QMap<Key, QList<std::pair<QString, QList<Alert>>>> alertsByGroup;
    QMap<Key, QMap<QString, QString>> labelsByGroup;
    for (const auto &[replica, groups] : perReplica) {
        for (const AlertGroup &group : groups) {
            QList<std::pair<QString, QString>> labels;
            for (auto it = group.labels.cbegin(); it != group.labels.cend(); ++it)
                labels.append({ it.key(), it.value() });
            const Key key { group.receiver, labels };
            alertsByGroup[key].append({ replica, group.alerts });
            labelsByGroup[key] = group.labels;
        }
    }
    QList<AlertGroup> out;
    for (auto it = alertsByGroup.cbegin(); it != alertsByGroup.cend(); ++it)
        out.append(AlertGroup { labelsByGroup.value(it.key()), it.key().first, mergeAlerts(it.value()) });
    return out;
}

} // namespace pivori

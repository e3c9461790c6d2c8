// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxalert.h"

#include "acknowledgement.h"

#include <QHash>

namespace pivori {

InboxAlert::State InboxAlert::state() const
{
    if (ack)
        return State::Acknowledged;
    if (!alert.silencedBy.isEmpty())
        return State::Silenced;
    if (!alert.inhibitedBy.isEmpty())
        return State::Inhibited;
    return State::Firing;
}

QString InboxAlert::stateName(State state)
{
    switch (state) {
    case State::Firing:
        return QStringLiteral("firing");
    case State::Acknowledged:
        return QStringLiteral("acknowledged");
    case State::Silenced:
        return QStringLiteral("silenced");
    case State::Inhibited:
        return QStringLiteral("inhibited");
    }
    return {};
}

QString InboxAlert::stateText(State state)
{
    switch (state) {
    case State::Firing:
        return tr("firing");
    case State::Acknowledged:
        return tr("acknowledged");
    case State::Silenced:
        return tr("silenced");
    case State::Inhibited:
        return tr("inhibited");
    }
    return {};
}

QString InboxAlert::where() const
{
    for (const char *name : { "service", "pod", "node", "instance" }) {
        if (const QString value = label(QLatin1String(name)); !value.isEmpty())
            return value;
    }
    return {};
}

QString InboxAlert::describeLabels(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() == QLatin1String("alertname"))
            continue;
        parts.append(Matcher { it.key(), it.value(), false, true }.toString());
    }
    return labels.value(QStringLiteral("alertname")) + u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QList<InboxAlert> InboxAlert::fromSnapshot(
    const QString &cluster, const QList<Alert> &alerts, const QList<Silence> &silences)
{
    QHash<QString, Silence> silencesById;
    silencesById.reserve(silences.size());
    for (const Silence &silence : silences)
        silencesById.insert(silence.id, silence);
    QHash<QString, const Alert *> byFingerprint;
    byFingerprint.reserve(alerts.size());
    for (const Alert &alert : alerts)
        byFingerprint.insert(alert.fingerprint, &alert);

    QList<InboxAlert> out;
    out.reserve(alerts.size());
    for (const Alert &alert : alerts) {
        InboxAlert row;
        row.alert = alert;
        row.cluster = cluster;
        // Alertmanager's status of an alert can lag the end of a silence (a replica that has not
        // heard of the expiry yet, merged in by the union of silencedBy; a round that crossed
        // the DELETE): a silence known to have ended silences nothing. Without this an alert
        // just un-acknowledged reads as "silenced" for a poll and leaves the inbox.
        row.alert.silencedBy.removeIf([&silencesById](const QString &id) {
            const auto it = silencesById.constFind(id);
            return it != silencesById.cend() && it->state == Silence::State::Expired;
        });
        row.ack = Acknowledgement::forAlert(alert, silencesById);
        for (const QString &fingerprint : alert.inhibitedBy) {
            const Alert *source = byFingerprint.value(fingerprint);
            row.inhibitors.append(source ? describeLabels(source->labels) : fingerprint);
        }
        out.append(std::move(row));
    }
    return out;
}

} // namespace pivori

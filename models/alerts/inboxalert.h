// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ackinfo.h"
#include "amtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pivori {

/// One row of the alert inbox: an alert as its HA cluster reports it (replicas already merged
/// by fingerprint), the cluster it came from, and what the console adds on top of it.
struct InboxAlert final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::InboxAlert)
public:
    /// What the operator needs to know first, in this order of precedence: an alert that is
    /// acknowledged and also inhibited is "acknowledged" (someone owns it).
    enum class State { Firing, Acknowledged, Silenced, Inhibited };

    Alert alert;
    QString cluster;
    std::optional<AckInfo> ack; ///< the ack silence covering it (the longest-lasting one)
    QStringList inhibitors; ///< `alertname{labels}` of each inhibiting alert, the fingerprint if unknown
    bool ackPending = false; ///< an acknowledgement for it waits in the outbox
    bool stale = false; ///< its cluster did not answer the last poll: this is the last known state

    State state() const;
    /// Unique across clusters: the same labels in two clusters are two alerts.
    QString key() const { return cluster + u'/' + alert.fingerprint; }
    QString label(const QString &name) const { return alert.labels.value(name); }
    QString alertname() const { return alert.labels.value(QStringLiteral("alertname")); }
    QString severity() const { return alert.labels.value(QStringLiteral("severity")); }
    QString summary() const { return alert.annotations.value(QStringLiteral("summary")); }
    /// Where it fires, in one word for a wall: the first of its service, pod, node or
    /// instance labels; empty when it has none of them.
    QString where() const;

    /// Stable lower-case words for JSON and scripts: firing, acknowledged, silenced, inhibited.
    static QString stateName(State state);
    /// The same, translated for people.
    static QString stateText(State state);

    /// The inbox rows of one cluster: ack info from the ack silences among @p silences,
    /// inhibitors named after the alerts they point at. Keeps the order of @p alerts.
    /// silencedBy loses the silences @p silences knows as expired (the alert's status lags).
    static QList<InboxAlert> fromSnapshot(
        const QString &cluster, const QList<Alert> &alerts, const QList<Silence> &silences);

    /// `alertname{k="v", …}` without alertname inside the braces, for one-line descriptions.
    static QString describeLabels(const QMap<QString, QString> &labels);

    friend bool operator==(const InboxAlert &, const InboxAlert &) = default;
};

} // namespace pivori

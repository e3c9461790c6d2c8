// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"
#include "inboxalert.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pivori {

/// A silence and the cluster that holds it, as the command line lists them.
struct ClusterSilence final
{
    QString cluster;
    Silence silence;
};

/// A JSON array with one object per alert: cluster, fingerprint, labels, annotations, state
/// (firing, acknowledged, silenced, inhibited), silencedBy, inhibitedBy, inhibitors (readable),
/// acknowledged ({by, until, silenceId, comment} or null), startsAt, receivers, generatorURL.
QByteArray inboxAlertsToJson(const QList<InboxAlert> &alerts);
/// A plain-text table for a terminal. Alert text goes through terminalSafe(), so a hostile
/// label cannot drive the terminal or read as something else.
QString inboxAlertsToTable(const QList<InboxAlert> &alerts, const QString &serviceLabel);

/// A JSON array: cluster, id, state, matchers ([{name, value, isRegex, isEqual}]), matcherText,
/// startsAt, endsAt, updatedAt, createdBy, comment, acknowledgement (bool).
QByteArray silencesToJson(const QList<ClusterSilence> &silences);
QString silencesToTable(const QList<ClusterSilence> &silences);

/// @p text as InboxAlertText::visible() shows it: control characters (C0, DEL, C1), bidi
/// controls and invisible characters written out as "⟨U+202E⟩", so a hostile label can neither
/// drive the terminal nor hide or reorder text.
QString terminalSafe(const QString &text);

} // namespace pivori

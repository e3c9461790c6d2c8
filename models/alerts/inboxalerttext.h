// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxalert.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pivori {

/// How an inbox alert reads as text, the same in the inbox, its tooltips, the free-text
/// filter and the command line's table.
class InboxAlertText final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::InboxAlertText)
public:
    InboxAlertText() = delete;

    /// 0 critical, 1 warning, 2 info, 3 any other value, 4 no severity: the order people triage in.
    static int severityRank(const QString &severity);
    /// "service / instance"; the instance is the first of pod, instance, node that differs
    /// from the service. Without either: the job.
    static QString source(const InboxAlert &alert, const QString &serviceLabel);
    /// Local time in the locale's short format; empty for an invalid time.
    static QString time(const QDateTime &time);
    /// The state as people read it; an ack waiting in the outbox shows as "acknowledging…".
    static QString state(const InboxAlert &alert);
    /// Why it is not firing: who acknowledged it until when, or what inhibits it; else empty.
    static QString stateDetail(const InboxAlert &alert);
    /// Lower-case labels (`name=value`), annotations, cluster, state, ack author and comment,
    /// inhibitors: what free text is matched against.
    static QString searchText(const InboxAlert &alert);
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxalert.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pivori {

/// What the NOC alert band shows, worked out from the inbox: firing alerts per severity,
/// how many are already owned (acknowledged), and the newest critical and warning alerts
/// that need someone — the ones a wall should put in front of the room.
struct AlertBandSummary final
{
    QMap<QString, int> firing; ///< severity label → alerts in state Firing
    int acknowledged = 0;
    /// Newest first, critical before warning, at most `perSeverity` of each; only Firing.
    QList<InboxAlert> newest;

    static AlertBandSummary from(const QList<InboxAlert> &alerts, int perSeverity = 3);
};

} // namespace pivori

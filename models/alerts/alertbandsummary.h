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
///
/// The counts and the ticker's entries come from one pass over the same alerts, and an
/// entry's place is told against its severity's count (place()), so the ticker's "2/4" and
/// the band's "4 CRITICAL" cannot disagree.
struct AlertBandSummary final
{
    QMap<QString, int> firing; ///< severity label → alerts in state Firing
    int acknowledged = 0;
    /// Newest first, critical before warning, at most `perSeverity` of each; only Firing.
    QList<InboxAlert> newest;

    /// Where ticker entry @p index stands: the @p position-th newest of the @p of firing
    /// alerts of its severity (@p of is that severity's count on the band).
    struct Place
    {
        QString severity;
        int position = 0;
        int of = 0;
    };
    Place place(int index) const;

    static AlertBandSummary from(const QList<InboxAlert> &alerts, int perSeverity = 10);
};

} // namespace pivori

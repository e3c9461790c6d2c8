// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace pivori {

/// Who acknowledged an alert and until when, read from the ack silence that covers it.
/// An acknowledgement is an ordinary Alertmanager silence whose comment starts with "ACK!",
/// so the Alertmanager UI, amtool and every console instance see the same state.
struct AckInfo final
{
    QString silenceId;
    QString author; ///< the silence's createdBy
    QDateTime startsAt;
    QDateTime until; ///< the silence's endsAt
    QString comment; ///< what the author wrote, without the "ACK!" prefix and the token
    QString token; ///< the console's `[ack:…]` token; empty for acks made elsewhere

    friend bool operator==(const AckInfo &, const AckInfo &) = default;
};

} // namespace pivori

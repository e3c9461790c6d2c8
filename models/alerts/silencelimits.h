// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pivori {

/// How long an acknowledgement or silence may last, in one place for the dialogs, the ack
/// service and the `ack` command.
///
/// At most 90 days. Alertmanager takes any end, so `ack --duration 1000y` would hide an alert
/// from everyone for a millennium; an acknowledgement says someone is on it now, and one that
/// outlasts a quarter has been forgotten, not handled. Whoever still needs it then
/// acknowledges again, or fixes the rule.
class SilenceLimits final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::SilenceLimits)
public:
    SilenceLimits() = delete;

    static constexpr int kMaxDays = 90;
    static constexpr qint64 kMaxDurationMs = qint64(kMaxDays) * 24 * 3600 * 1000;

    /// Why an acknowledgement or silence lasting @p ms is refused, for the operator; empty when
    /// it is allowed (positive and at most kMaxDurationMs).
    static QString durationProblem(qint64 ms);
    /// The same for a silence that would end at @p end, seen from @p now.
    static QString endProblem(const QDateTime &end, const QDateTime &now);
    /// The reason alone: "an acknowledgement or silence may last at most 90 days: …".
    static QString limitText();
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencelimits.h"

namespace pivori {

QString SilenceLimits::limitText()
{
    // kMaxDays is well above one: no plural forms needed.
    return tr("an acknowledgement or silence may last at most %1 days: a longer one is forgotten "
              "rather than handled, and hides the alert from everyone after you. Acknowledge again "
              "when it runs out, or fix the alert's rule")
        .arg(kMaxDays);
}

QString SilenceLimits::durationProblem(qint64 ms)
{
    if (ms <= 0)
        return tr("the duration must be positive");
    return ms > kMaxDurationMs ? limitText() : QString();
}

QString SilenceLimits::endProblem(const QDateTime &end, const QDateTime &now)
{
    if (!end.isValid() || end <= now)
        return tr("the end must be in the future");
    return now.msecsTo(end) > kMaxDurationMs ? limitText() : QString();
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ageformat.h"

#include <algorithm>

namespace pivori {

QString AgeFormat::compact(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%1d %2h").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1h %2m").arg(hours).arg(minutes % 60);
    if (minutes > 0)
        return tr("%1m %2s").arg(minutes).arg(seconds % 60);
    return tr("%1s").arg(seconds);
}

} // namespace pivori

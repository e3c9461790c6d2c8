// SPDX-License-Identifier: GPL-3.0-or-later
#include "timepoint.h"

#include "duration.h"

#include <QTimeZone>

#include <cmath>

namespace pivori {

std::optional<QDateTime> parseTimePoint(QStringView text, const QDateTime &now)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed == u"now")
        return now.toUTC();
    if (trimmed.startsWith(u"now-")) {
        const auto ms = parseDurationMs(trimmed.mid(4));
        if (!ms)
            return std::nullopt;
        return now.toUTC().addMSecs(-*ms);
    }
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber) {
        // Unix seconds; refuse what no one means (negative, or past the year 9999).
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 253402300799.0)
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
    }
    QDateTime parsed = QDateTime::fromString(trimmed.toString(), Qt::ISODateWithMs);
    // An RFC 3339 time always names its offset; without one we would be guessing the zone.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toUTC();
}

} // namespace pivori

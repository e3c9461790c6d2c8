// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace pivori {

/// A point in time as a person or a script types it on the command line:
/// `now`, `now-15m` (any duration), unix seconds (`1700000000.5`) or RFC 3339
/// (`2026-11-25T14:02:00Z`, `2026-11-25T15:02:00+01:00`). Returned in UTC.
std::optional<QDateTime> parseTimePoint(QStringView text, const QDateTime &now);

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pivori {

/// Parses a Prometheus-style duration such as "500ms", "30s", "1h30m", "2d" or "1w".
/// Units are ms, s, m, h, d, w (7d) and y (365d); each at most once, largest first, with
/// non-negative integer amounts. "0" alone is accepted, as Prometheus does. Anything else
/// (spaces, signs, fractions, a bare number, overflow past qint64 milliseconds) gives nullopt.
std::optional<qint64> parseDurationMs(QStringView text);

/// The shortest canonical spelling of a duration: 90000 -> "1m30s", 0 -> "0s", 86400000 -> "1d".
/// A negative value is written with a leading '-'. parseDurationMs(formatDuration(x)) == x for x >= 0.
QString formatDuration(qint64 ms);

} // namespace pivori

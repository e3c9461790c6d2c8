// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace pivori {

/// A well-formed query_range answer of `seriesCount` x `pointCount` points, written the way
/// Prometheus writes it. For the parser's tests and the benchmarks; not part of the parser.
QByteArray syntheticMatrixAnswer(
    int seriesCount, int pointCount, qint64 startMs = 1700000000000, qint64 stepMs = 15000);

} // namespace pivori

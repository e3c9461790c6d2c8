// SPDX-License-Identifier: GPL-3.0-or-later
// Durations (`refresh: 30s`, `--step`, `now-15m`) and time points (`--from`, `--to`).
#include "duration.h"
#include "fuzzcheck.h"
#include "timepoint.h"

#include <QDateTime>

using namespace pivori;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    if (const auto ms = parseDurationMs(text)) {
        fuzz::check(*ms >= 0, "negative duration accepted", text);
        const QString canonical = formatDuration(*ms);
        fuzz::check(parseDurationMs(canonical) == ms, "formatDuration does not read back",
            text + u" -> " + canonical);
    }
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC);
    if (const auto point = parseTimePoint(text, now)) {
        fuzz::check(point->isValid(), "invalid time point accepted", text);
        fuzz::check(point->timeSpec() == Qt::UTC, "time point not in UTC", text);
    }
    return 0;
}

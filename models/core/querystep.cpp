// SPDX-License-Identifier: GPL-3.0-or-later
#include "querystep.h"

#include <algorithm>
#include <limits>

namespace pivori {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;

// Sub-second steps are there for callers that pass a small minStepMs (a fast scrape).
constexpr qint64 kNiceSteps[] = {
    1,
    2,
    5,
    10,
    20,
    50,
    100,
    200,
    500,
    kSecond,
    2 * kSecond,
    5 * kSecond,
    10 * kSecond,
    15 * kSecond,
    30 * kSecond,
    kMinute,
    2 * kMinute,
    5 * kMinute,
    10 * kMinute,
    15 * kMinute,
    30 * kMinute,
    kHour,
    2 * kHour,
    3 * kHour,
    6 * kHour,
    12 * kHour,
    kDay,
    2 * kDay,
    kWeek,
};

qint64 ceilDiv(qint64 a, qint64 b)
{
    return a / b + (a % b != 0 ? 1 : 0);
}

qint64 roundUpToNice(qint64 ms)
{
    for (qint64 step : kNiceSteps) {
        if (step >= ms)
            return step;
    }
    // Past a week, whole weeks; saturate rather than overflow on absurd ranges.
    const qint64 weeks = ceilDiv(ms, kWeek);
    if (weeks > std::numeric_limits<qint64>::max() / kWeek)
        return ms;
    return weeks * kWeek;
}

} // namespace

qint64 chooseStepMs(qint64 rangeMs, int pixelWidth, qint64 minStepMs)
{
    rangeMs = std::max<qint64>(rangeMs, 0);
    const qint64 pixels = std::max(pixelWidth, 1);
    const qint64 perPixel = ceilDiv(rangeMs, pixels);
    const qint64 forLimit = ceilDiv(rangeMs, kMaxPointsPerSeries);
    const qint64 wanted = std::max({ perPixel, forLimit, minStepMs, qint64(1) });
    // Rounding up only lowers the point count, so the 11,000 limit still holds.
    return roundUpToNice(wanted);
}

BucketSpan clockAlignedBuckets(qint64 rangeStartMs, qint64 rangeEndMs, qint64 stepMs)
{
    stepMs = std::max<qint64>(stepMs, 1);
    rangeEndMs = std::max(rangeEndMs, rangeStartMs);
    // Floor division that also holds before 1970 (negative times in tests).
    const auto floorTo = [stepMs](qint64 ms) {
        const qint64 q = ms / stepMs;
        return (ms % stepMs != 0 && ms < 0 ? q - 1 : q) * stepMs;
    };
    BucketSpan span;
    span.stepMs = stepMs;
    span.firstEndMs = floorTo(rangeStartMs) + stepMs;
    const qint64 endFloor = floorTo(rangeEndMs);
    span.lastEndMs = std::max(span.firstEndMs, endFloor == rangeEndMs ? endFloor : endFloor + stepMs);
    return span;
}

QString msToSecondsText(qint64 ms)
{
    const bool negative = ms < 0;
    // Unsigned so that the most negative value does not overflow on negation.
    const quint64 magnitude = negative ? quint64(0) - quint64(ms) : quint64(ms);
    QString out = QString::number(magnitude / 1000);
    const quint64 fraction = magnitude % 1000;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(3, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0')))
            digits.chop(1);
        out += QLatin1Char('.') + digits;
    }
    return negative ? QLatin1Char('-') + out : out;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration.h"

#include <array>
#include <limits>

namespace pivori {

namespace {

struct Unit
{
    const char16_t *suffix;
    quint64 ms;
};

// Largest first: the order a duration must be written in, and the order formatDuration emits.
constexpr std::array<Unit, 7> kUnits { {
    { u"y", 365ULL * 24 * 3600 * 1000 },
    { u"w", 7ULL * 24 * 3600 * 1000 },
    { u"d", 24ULL * 3600 * 1000 },
    { u"h", 3600ULL * 1000 },
    { u"m", 60ULL * 1000 },
    { u"s", 1000ULL },
    { u"ms", 1ULL },
} };

constexpr quint64 kMaxMs = static_cast<quint64>(std::numeric_limits<qint64>::max());

// Index into kUnits of the unit that starts at text[pos], and its length in characters.
std::optional<std::pair<qsizetype, qsizetype>> unitAt(QStringView text, qsizetype pos)
{
    const QChar c = text[pos];
    const bool nextIsS = pos + 1 < text.size() && text[pos + 1] == QLatin1Char('s');
    if (c == QLatin1Char('m'))
        return nextIsS ? std::pair<qsizetype, qsizetype> { 6, 2 } : std::pair<qsizetype, qsizetype> { 4, 1 };
    for (qsizetype i = 0; i < 6; ++i) {
        if (i != 4 && c == QChar(kUnits[static_cast<size_t>(i)].suffix[0]))
            return std::pair<qsizetype, qsizetype> { i, 1 };
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseDurationMs(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text == u"0")
        return 0;

    quint64 total = 0;
    qsizetype lastUnit = -1;
    qsizetype pos = 0;
    while (pos < text.size()) {
        quint64 amount = 0;
        const qsizetype digitsStart = pos;
        while (pos < text.size() && text[pos] >= QLatin1Char('0') && text[pos] <= QLatin1Char('9')) {
            const quint64 digit = static_cast<quint64>(text[pos].unicode() - u'0');
            if (amount > (kMaxMs - digit) / 10)
                return std::nullopt;
            amount = amount * 10 + digit;
            ++pos;
        }
        if (pos == digitsStart || pos == text.size())
            return std::nullopt; // a unit without an amount, or an amount without a unit
        const auto unit = unitAt(text, pos);
        if (!unit || unit->first <= lastUnit)
            return std::nullopt; // unknown unit, repeated unit, or units out of order
        lastUnit = unit->first;
        pos += unit->second;

        const quint64 unitMs = kUnits[static_cast<size_t>(unit->first)].ms;
        if (amount > (kMaxMs - total) / unitMs)
            return std::nullopt;
        total += amount * unitMs;
    }
    return static_cast<qint64>(total);
}

QString formatDuration(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    // Work in unsigned so that the most negative qint64 has a magnitude too.
    quint64 rest = static_cast<quint64>(ms);
    if (ms < 0) {
        out += QLatin1Char('-');
        rest = ~rest + 1;
    }
    for (const Unit &unit : kUnits) {
        const quint64 amount = rest / unit.ms;
        if (amount == 0)
            continue;
        out += QString::number(amount) + QString::fromUtf16(unit.suffix);
        rest -= amount * unit.ms;
    }
    return out;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "timerange.h"

#include "duration.h"

#include <QDateTime>

#include <algorithm>
#include <cstdlib>

namespace pivori {

namespace {

constexpr qint64 kMinimumSpanMs = 1000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

TimeRange TimeRange::relative(qint64 durationMs)
{
    TimeRange range;
    range.m_relative = true;
    range.m_durationMs = std::max(durationMs, kMinimumSpanMs);
    return range;
}

TimeRange TimeRange::absolute(qint64 startMs, qint64 endMs)
{
    if (endMs < startMs)
        std::swap(startMs, endMs);
    // Prometheus accepts start == end, but a plot of an empty span has no x axis to draw.
    if (endMs - startMs < kMinimumSpanMs)
        endMs = startMs + kMinimumSpanMs;
    TimeRange range;
    range.m_relative = false;
    range.m_startMs = startMs;
    range.m_endMs = endMs;
    range.m_durationMs = 0;
    return range;
}

QList<TimeRange::Preset> TimeRange::presets()
{
    // The keys are not translated: they are what a user types after --range.
    return {
        { QStringLiteral("5m"), 5 * kMinute, tr("Last 5 minutes") },
        { QStringLiteral("15m"), 15 * kMinute, tr("Last 15 minutes") },
        { QStringLiteral("1h"), kHour, tr("Last 1 hour") },
        { QStringLiteral("6h"), 6 * kHour, tr("Last 6 hours") },
        { QStringLiteral("24h"), kDay, tr("Last 24 hours") },
        { QStringLiteral("7d"), 7 * kDay, tr("Last 7 days") },
    };
}

std::optional<TimeRange> TimeRange::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const Preset &preset : presets()) {
        if (preset.key == trimmed)
            return relative(preset.durationMs);
    }
    const auto ms = parseDurationMs(trimmed);
    if (!ms || *ms <= 0)
        return std::nullopt;
    return relative(*ms);
}

TimeRange::Resolved TimeRange::resolve(qint64 nowMs) const
{
    if (m_relative)
        return { nowMs - m_durationMs, nowMs };
    return { m_startMs, m_endMs };
}

QString TimeRange::key() const
{
    if (!m_relative)
        return {};
    for (const Preset &preset : presets()) {
        if (preset.durationMs == m_durationMs)
            return preset.key;
    }
    return formatDuration(m_durationMs);
}

QString TimeRange::displayName() const
{
    if (m_relative) {
        for (const Preset &preset : presets()) {
            if (preset.durationMs == m_durationMs)
                return preset.name;
        }
        return tr("Last %1").arg(formatDuration(m_durationMs));
    }
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_startMs);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(m_endMs);
    const QString dayAndTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    // The date once when both ends fall on the same day keeps the label short.
    const QString endText
        = start.date() == end.date() ? end.toString(QStringLiteral("HH:mm:ss")) : end.toString(dayAndTime);
    return tr("%1 to %2").arg(start.toString(dayAndTime), endText);
}

QString TimeRange::zoneText(qint64 atMs, const QTimeZone &zone)
{
    // Computed rather than QTimeZone::displayName(), whose wording depends on the locale.
    const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC));
    const QString id = QString::fromUtf8(zone.id());
    if (offset == 0 && (id == QLatin1String("UTC") || id == QLatin1String("Etc/UTC")))
        return QStringLiteral("UTC"); // not "UTC+00:00 (UTC)", nor "UTCUTC"
    const int minutes = std::abs(offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return id.isEmpty() ? utc : QStringLiteral("%1 (%2)").arg(utc, id);
}

QString TimeRange::spanText(const Resolved &span, const QTimeZone &zone)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(span.startMs, zone);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(span.endMs, zone);
    const QString dayAndTime = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString endText
        = start.date() == end.date() ? end.toString(QStringLiteral("HH:mm:ss")) : end.toString(dayAndTime);
    return tr("%1 – %2 %3").arg(start.toString(dayAndTime), endText, zoneText(span.endMs, zone));
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pivori {

/// The span a dashboard shows: either relative ("the last hour", moving with the clock) or
/// absolute (a fixed start and end, e.g. after zooming or for an incident report).
/// Times are unix milliseconds. A value type: cheap to copy and compare.
class TimeRange final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::TimeRange)
public:
    /// One entry of the range picker.
    struct Preset
    {
        QString key; ///< as written on the command line and in settings: "5m", "1h", "7d"
        qint64 durationMs = 0;
        QString name; ///< translated, e.g. "Last 1 hour"
    };

    /// The concrete span at one moment.
    struct Resolved
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint64 durationMs() const { return endMs - startMs; }
        friend bool operator==(const Resolved &a, const Resolved &b)
        {
            return a.startMs == b.startMs && a.endMs == b.endMs;
        }
    };

    /// The last hour, the default of a dashboard without `time_range`.
    TimeRange() = default;

    /// Ending now; a duration below one second is raised to one second.
    static TimeRange relative(qint64 durationMs);
    /// Fixed span; start and end are swapped if given the wrong way round, and an empty span
    /// is widened to one second, so resolve() always gives a usable range.
    static TimeRange absolute(qint64 startMs, qint64 endMs);

    /// 5m, 15m, 1h, 6h, 24h, 7d.
    static QList<Preset> presets();
    /// A preset key, or any Prometheus duration ("90m", "2d"), as a relative range.
    static std::optional<TimeRange> fromText(const QString &text);

    bool isRelative() const { return m_relative; }
    /// The length of the span (for an absolute range, end - start).
    qint64 durationMs() const { return m_relative ? m_durationMs : m_endMs - m_startMs; }
    qint64 startMs() const { return m_startMs; } ///< absolute ranges only
    qint64 endMs() const { return m_endMs; } ///< absolute ranges only

    Resolved resolve(qint64 nowMs) const;
    /// The preset key ("1h") of a relative range, or its duration ("90m"); empty when absolute.
    QString key() const;
    /// "Last 1 hour", "Last 90m", or "2024-03-01 10:00:00 – 11:30:00" (local time) when absolute.
    QString displayName() const;

    /// A span with its zone, every digit readable: "2026-12-06 13:10:00 – 13:25:00
    /// UTC+01:00 (Europe/Paris)"; the end repeats the date when it falls on another day.
    static QString spanText(const Resolved &span, const QTimeZone &zone = QTimeZone::systemTimeZone());
    /// The zone as a person checks it against a clock: "UTC+01:00 (Europe/Paris)", or "UTC".
    static QString zoneText(qint64 atMs, const QTimeZone &zone = QTimeZone::systemTimeZone());

    friend bool operator==(const TimeRange &a, const TimeRange &b)
    {
        return a.m_relative == b.m_relative
            && (a.m_relative ? a.m_durationMs == b.m_durationMs
                             : a.m_startMs == b.m_startMs && a.m_endMs == b.m_endMs);
    }
    friend bool operator!=(const TimeRange &a, const TimeRange &b) { return !(a == b); }

private:
    bool m_relative = true;
    qint64 m_durationMs = 3'600'000;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
};

} // namespace pivori

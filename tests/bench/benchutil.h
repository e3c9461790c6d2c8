// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small measuring helpers shared by the benchmarks: wall time statistics, the process's
// CPU time and its proportional set size (PSS, what a process really costs in memory).
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

namespace pivori::bench {

struct Stats
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
};

/// Runs @p work @p runs times (after one warm-up) and returns wall-time statistics.
inline Stats measure(int runs, const std::function<void()> &work)
{
    work();
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms.first(), ms.last() };
}

/// User + system CPU time this process has used so far, in milliseconds.
inline double cpuTimeMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

/// Proportional set size of a process in KiB (from /proc/PID/smaps_rollup), 0 if unknown.
inline qint64 pssKiB(qint64 pid = 0)
{
    QFile file(
        pid ? QStringLiteral("/proc/%1/smaps_rollup").arg(pid) : QStringLiteral("/proc/self/smaps_rollup"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

/// A value in KiB from /proc/PID/status (e.g. "VmRSS:"), 0 if unknown.
inline qint64 statusKiB(qint64 pid, const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

/// The integer after @p name on the command line (`--minutes 30`), else @p fallback.
inline int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

inline void report(const char *name, const QString &value)
{
    std::printf("%-48s %s\n", name, value.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace pivori::bench

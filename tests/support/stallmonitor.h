// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <iterator>

namespace pivori::testutils {

/// Measures how long the GUI thread stops answering: a timer of the thread it lives in fires
/// every few milliseconds, and when it is late, the lateness is the length of the work that
/// held the event loop. maxStallMs() is the longest such stall since start() or reset().
///
/// Lateness is wall time: on a loaded machine it also counts the time the thread waited for a
/// CPU. maxBusyMs() is the load-independent part: the most CPU time the thread spent between
/// two ticks, i.e. the longest piece of work done at once.
///
/// Work done outside the event loop (a synchronous call in a test) counts as one stall when
/// the loop gets control again, which is what a user would feel. One timer and a clock read:
/// cheap enough to leave running through a test or a benchmark.
class StallMonitor final : public QObject
{
public:
    explicit StallMonitor(int periodMs = 5, QObject *parent = nullptr)
        : QObject(parent)
        , m_periodMs(periodMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(periodMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        reset();
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    /// Forgets what was measured; the next stall counts from now.
    void reset()
    {
        m_max = 0;
        m_maxBusy = 0;
        m_stalls.clear();
        m_clock.start();
        m_cpuAtTick = threadCpuMs();
    }

    /// The longest time the thread did not run its event loop, minus the timer period (ms).
    double maxStallMs() const { return m_max; }
    /// The most CPU time the thread used between two ticks (ms): its longest work at once.
    double maxBusyMs() const { return m_maxBusy; }
    /// Every stall longer than @p thresholdMs, in order.
    QList<double> stallsOver(double thresholdMs) const
    {
        QList<double> out;
        std::copy_if(m_stalls.cbegin(), m_stalls.cend(), std::back_inserter(out),
            [thresholdMs](double ms) { return ms > thresholdMs; });
        return out;
    }

private:
    void tick()
    {
        if (!m_clock.isValid())
            return;
        const double late = double(m_clock.nsecsElapsed()) / 1e6 - m_periodMs;
        m_clock.restart();
        const double cpu = threadCpuMs();
        m_maxBusy = std::max(m_maxBusy, cpu - m_cpuAtTick);
        m_cpuAtTick = cpu;
        if (late > 1.0)
            m_stalls.append(late);
        m_max = std::max(m_max, late);
    }

    static double threadCpuMs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_periodMs;
    double m_max = 0;
    double m_maxBusy = 0;
    double m_cpuAtTick = 0;
    QList<double> m_stalls;
};

} // namespace pivori::testutils

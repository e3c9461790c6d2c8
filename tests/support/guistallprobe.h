// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The longest the GUI thread went without turning its event loop, measured the way a user
// feels it: a timer on the GUI thread that should tick every few ms, and how late it came.
// Small on purpose (one timer, one maximum); for panel tests and benchmarks.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace pivori {

class GuiStallProbe final : public QObject
{
public:
    static constexpr int kTickMs = 5;

    explicit GuiStallProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longestNs = std::max(m_longestNs, now - m_lastNs - qint64(kTickMs) * 1'000'000);
            m_lastNs = now;
        });
    }

    /// Starts (again) from no stall.
    void start()
    {
        m_longestNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    /// Stops; a stall still under way when this is called is counted up to now.
    void stop()
    {
        if (m_timer.isActive())
            m_longestNs
                = std::max(m_longestNs, m_clock.nsecsElapsed() - m_lastNs - qint64(kTickMs) * 1'000'000);
        m_timer.stop();
    }
    /// The longest lateness of a tick, in ms.
    double longestStallMs() const { return std::max<qint64>(m_longestNs, 0) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

} // namespace pivori

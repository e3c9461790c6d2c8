// SPDX-License-Identifier: GPL-3.0-or-later
#include "nocrotation.h"

#include <algorithm>

namespace pivori {

namespace {

constexpr qint64 kMinimumIntervalMs = 1000;

} // namespace

NocRotation::NocRotation(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(30'000);
    connect(&m_timer, &QTimer::timeout, this, &NocRotation::next);
}

void NocRotation::setPageCount(int count)
{
    m_count = std::max(0, count);
    const int first = m_count > 0 ? 0 : -1;
    if (std::exchange(m_current, first) != first)
        emit currentChanged(m_current);
    restartTimer();
}

void NocRotation::setInterval(qint64 ms)
{
    m_timer.setInterval(int(std::clamp<qint64>(ms, kMinimumIntervalMs, 24LL * 3600 * 1000)));
    restartTimer();
}

qint64 NocRotation::remainingMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void NocRotation::start()
{
    m_started = true;
    restartTimer();
}

void NocRotation::next()
{
    if (m_count > 0)
        show((m_current + 1) % m_count);
}

void NocRotation::previous()
{
    if (m_count > 0)
        show((m_current - 1 + m_count) % m_count);
}

void NocRotation::show(int index)
{
    if (index < 0 || index >= m_count)
        return;
    const bool changed = index != m_current;
    m_current = index;
    restartTimer();
    if (changed)
        emit currentChanged(m_current);
}

void NocRotation::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    restartTimer();
    emit pausedChanged(m_paused);
}

void NocRotation::restartTimer()
{
    if (m_started && !m_paused && m_count > 1)
        m_timer.start();
    else
        m_timer.stop();
}

} // namespace pivori

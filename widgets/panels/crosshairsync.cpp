// SPDX-License-Identifier: GPL-3.0-or-later
#include "crosshairsync.h"

namespace pivori {

void CrosshairSync::setHoverTime(qint64 timeMs, const QObject *source)
{
    if (timeMs < 0) {
        clear(source);
        return;
    }
    if (timeMs == m_timeMs && source == m_source)
        return;
    m_timeMs = timeMs;
    m_source = source;
    emit hoverTimeChanged(m_timeMs);
}

void CrosshairSync::clear(const QObject *source)
{
    // Leaving one panel and entering the next can arrive in either order.
    if (source && m_source && source != m_source)
        return;
    if (m_timeMs < 0)
        return;
    m_timeMs = -1;
    m_source = nullptr;
    emit hoverTimeChanged(m_timeMs);
}

} // namespace pivori

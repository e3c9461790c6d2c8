// SPDX-License-Identifier: GPL-3.0-or-later
#include "timerangehistory.h"

namespace pivori {

void TimeRangeHistory::push(const TimeRange &range)
{
    if (range == m_current)
        return; // a zoom that changed nothing must not cost the user an extra "back"
    m_previous.append(m_current);
    if (m_previous.size() > kMaxDepth)
        m_previous.removeFirst();
    m_current = range;
}

const TimeRange &TimeRangeHistory::back()
{
    if (!m_previous.isEmpty())
        m_current = m_previous.takeLast();
    return m_current;
}

void TimeRangeHistory::reset(const TimeRange &range)
{
    m_previous.clear();
    m_current = range;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timerange.h"

#include <QList>

namespace pivori {

/// The ranges a dashboard showed before each zoom, so that "back" undoes one zoom at a time.
/// Choosing a preset is not a zoom: reset() starts a new history from it.
class TimeRangeHistory final
{
public:
    /// The deepest history kept; older entries are forgotten first.
    static constexpr int kMaxDepth = 50;

    explicit TimeRangeHistory(const TimeRange &initial = TimeRange())
        : m_current(initial)
    {
    }

    const TimeRange &current() const { return m_current; }
    /// Makes `range` current, remembering the previous one (not when they are equal).
    void push(const TimeRange &range);
    bool canGoBack() const { return !m_previous.isEmpty(); }
    /// Returns to the range before the last push and returns it; without history, stays put.
    const TimeRange &back();
    /// Forgets the history and makes `range` current.
    void reset(const TimeRange &range);
    int depth() const { return int(m_previous.size()); }

private:
    TimeRange m_current;
    QList<TimeRange> m_previous;
};

} // namespace pivori

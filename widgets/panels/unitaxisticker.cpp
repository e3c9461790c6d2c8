// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitaxisticker.h"

#include <cmath>

namespace pivori {

double UnitAxisTicker::getTickStep(const QCPRange &range)
{
    double step = axisTickStep(m_unit, range.lower, range.upper, std::max(1, tickCount()));
    if (!(step > 0))
        step = range.size() > 0 ? range.size() : 1;
    // QCustomPlot asks for the step before any label: the labels' scale is settled here.
    m_scale = axisScale(m_unit, std::max(std::fabs(range.lower), std::fabs(range.upper)), step);
    return step;
}

int UnitAxisTicker::getSubTickCount(double)
{
    return 0;
}

QString UnitAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return formatTick(tick, m_scale, locale);
}

} // namespace pivori

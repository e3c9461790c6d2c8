// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitaxisticker.h"

#include <algorithm>
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

QString UnitAxisTicker::liftedLabel(const QString &label)
{
    // A no-break space: a line that is empty may be dropped when the text is measured.
    return label + QStringLiteral("\n\u00a0");
}

void UnitAxisTicker::generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
    QVector<double> &ticks, QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    QCPAxisTicker::generate(range, locale, formatChar, precision, ticks, subTicks, tickLabels);
    if (!tickLabels || ticks.isEmpty() || tickLabels->size() != ticks.size())
        return;
    // Only a label on the lower edge: the others have room above and below.
    const double tolerance = std::max(std::fabs(range.size()) * 1e-9, 1e-12);
    if (std::fabs(ticks.first() - range.lower) <= tolerance)
        (*tickLabels)[0] = liftedLabel(tickLabels->at(0));
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

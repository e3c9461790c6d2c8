// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the time series panel: includes qcustomplot.h, so never include it from a
// public header (QCustomPlot is a private dependency of pivori_widgets).

#include "consoleconfig.h"
#include "unitformat.h"

#include <qcustomplot.h>

namespace pivori {

/// Value-axis ticks round in the unit they are labelled in, all labels in one scale
/// ("0 ms … 800 ms", "0 GB … 2 GB").
class UnitAxisTicker final : public QCPAxisTicker
{
public:
    explicit UnitAxisTicker(PanelUnit unit)
        : m_unit(unit)
    {
    }

    /// The text of a label that QCustomPlot centres on its tick but should sit above it: the
    /// label at the bottom of the axis gets an empty second line, so its text ends on the
    /// axis line instead of hanging below it into the time labels ("0 s" over "13:10").
    static QString liftedLabel(const QString &label);

protected:
    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
        QVector<double> &ticks, QVector<double> *subTicks, QVector<QString> *tickLabels) override;
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    PanelUnit m_unit;
    AxisScale m_scale;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "promtypes.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pivori {

/// What the crosshair tooltip says at one time: every series' value there, largest first,
/// "no traffic" for NaN, "no data" where the series has no point, and a total when stacked.
class CrosshairReadout final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::CrosshairReadout)

public:
    struct Series
    {
        QString name;
        QColor color;
        const QList<Sample> *points = nullptr; ///< ascending time
        double stepSec = 0; ///< a point counts within half a step of the time; 0 = any distance
        std::optional<PanelUnit> unit {}; ///< an override's unit; absent = the panel's
        int decimals = -1; ///< the series' decimals; below 0 = automatic
    };

    /// @p unit and @p decimals: the panel's, for the total and for series without their own.
    CrosshairReadout(
        qint64 timeMs, const QList<Series> &series, PanelUnit unit, bool withTotal, int decimals = -1);

    /// The time (of the nearest point, else the hovered one), then "name: value" per line.
    QString plainText() const { return m_plain; }
    /// The same as a small table for QToolTip; every name and value is HTML-escaped.
    QString html() const { return m_html; }

private:
    QString m_plain;
    QString m_html;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace pivori {

/// How health check statuses look and read: a colour and always a word with it, so a status
/// never depends on telling red from green. The same colours as the alert severities.
class HealthStatusStyle final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::HealthStatusStyle)
public:
    HealthStatusStyle() = delete;

    /// Green, amber, red; grey-violet for unknown (not green: unknown is not fine).
    static QColor color(CheckStatus status);
    /// "pass", "warn", "fail", "unknown".
    static QString word(CheckStatus status);
    /// Problems first: fail, unknown, warn, pass (0 is the most urgent).
    static int urgency(CheckStatus status);
    /// "2 failing, 5 warning, 4 unknown, 18 passing", leaving out zeros; "no checks ran" for
    /// an empty run, which is not an all-clear.
    static QString countsText(const CheckRun &run);
    /// The short verdict of a run for a tab or a title: "2 failing", "3 warning", "1 unknown",
    /// "all 31 passing", or "no checks ran".
    static QString verdictText(const CheckRun &run);
};

} // namespace pivori

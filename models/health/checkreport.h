// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pivori {

/// A run of health checks written for people and for machines: the `check` command's table,
/// JSON, Nagios line and report file, and its exit code.
class CheckReport final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::CheckReport)

public:
    /// The Nagios plugin convention: any failure 2, else any unknown 3 (a check that could not
    /// run is not an all-clear, but it is not known to be broken either), else any warning 1,
    /// else 0. An empty run is 3.
    static int exitCode(const CheckRun &run);
    /// "pass", "warn", "fail", "unknown": the machine words of --json.
    static QString statusKey(CheckStatus status);
    /// "PASS", "WARN", "FAIL", "UNKNOWN" as the table shows them (translated).
    static QString statusWord(CheckStatus status);

    /// `{"checks": [...], "summary": {...}, "time": "..."}`, indented.
    static QByteArray toJson(const CheckRun &run);
    /// The checks grouped by category, one line each, and a summary line. @p colour adds
    /// ANSI colours to the status words (for a terminal).
    static QString toTable(const CheckRun &run, bool colour);
    /// One Nagios/Icinga line: "HEALTH CRITICAL - summary | 'label'=value[unit];warn;crit ...".
    static QString toNagios(const CheckRun &run);
    /// The text report file: a header with the time, the table, and each non-passing check's link.
    static QString reportText(const CheckRun &run);
    /// "health-report-20261206-183000.txt" and "metrics-20261206-183000.json", as the guide's script names
    /// them.
    static QString reportFileName(const CheckRun &run);
    static QString snapshotFileName(const CheckRun &run);
};

} // namespace pivori

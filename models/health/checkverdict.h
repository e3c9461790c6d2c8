// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"
#include "consoleconfig.h"
#include "result.h"

#include <QCoreApplication>

namespace pivori {

/// How a measured value or a failed request becomes a verdict; shared by every family of checks.
class CheckVerdict final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::CheckVerdict)

public:
    /// Pass, Warn or Fail for @p value against the check's limits; Unknown for NaN.
    static CheckStatus judge(double value, const HealthCheck &check);
    /// "> 500 ms warn, > 750 ms fail"; empty when the check has no limits.
    static QString thresholdText(const HealthCheck &check);
    /// Sets status, value (formatted in the check's unit), numeric value, limits and threshold.
    static void applyValue(CheckResult &result, double value, const HealthCheck &check);

    static CheckResult make(CheckStatus status, const QString &message);
    /// A request that did not get an answer. A timeout is Unknown and says so; otherwise
    /// @p unreachable is the status: Fail when the server itself is the subject of the check,
    /// Unknown ("data not available") when it only carries the data.
    static CheckResult fromError(const Error &error, CheckStatus unreachable, const QString &what);
    /// Unknown: the data the check reads does not exist (e.g. no kube-state-metrics).
    static CheckResult noData(const QString &what);
};

} // namespace pivori

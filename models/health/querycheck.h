// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkcontext.h"
#include "promtypes.h"

#include <QCoreApplication>

namespace pivori {

/// `prometheus_query`: one PromQL value against warn/crit limits. No series is Unknown (data
/// not available), never a pass: write `or vector(0)` into the query where absence means zero.
class QueryCheck final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::QueryCheck)

public:
    static void start(const HealthCheck &check, CheckContext &context, const CheckDone &done);
    /// The verdict on an answer: with several series, the worst one speaks (and is named).
    static CheckResult judge(const HealthCheck &check, const QueryResult &answer);
    /// `{service="trading", pod="x"}` without __name__; empty for no labels.
    static QString labelText(const LabelSet &labels);
};

} // namespace pivori

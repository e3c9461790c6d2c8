// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkverdict.h"

#include "unitformat.h"

#include <cmath>

namespace pivori {

CheckStatus CheckVerdict::judge(double value, const HealthCheck &check)
{
    if (std::isnan(value))
        return CheckStatus::Unknown;
    if ((check.critAbove && value > *check.critAbove) || (check.critBelow && value < *check.critBelow))
        return CheckStatus::Fail;
    if ((check.warnAbove && value > *check.warnAbove) || (check.warnBelow && value < *check.warnBelow))
        return CheckStatus::Warn;
    return CheckStatus::Pass;
}

QString CheckVerdict::thresholdText(const HealthCheck &check)
{
    const auto f = [&check](double v) { return formatValue(v, check.unit); };
    QStringList parts;
    if (check.warnAbove)
        parts << tr("> %1 warn").arg(f(*check.warnAbove));
    if (check.critAbove)
        parts << tr("> %1 fail").arg(f(*check.critAbove));
    if (check.warnBelow)
        parts << tr("< %1 warn").arg(f(*check.warnBelow));
    if (check.critBelow)
        parts << tr("< %1 fail").arg(f(*check.critBelow));
    return parts.join(QStringLiteral(", "));
}

void CheckVerdict::applyValue(CheckResult &result, double value, const HealthCheck &check)
{
    result.status = judge(value, check);
    result.numericValue = value;
    result.value = formatValue(value, check.unit);
    result.threshold = thresholdText(check);
    const bool lower = !check.warnAbove && !check.critAbove && (check.warnBelow || check.critBelow);
    result.limitsAreLower = lower;
    result.warnAt = lower ? check.warnBelow : check.warnAbove;
    result.failAt = lower ? check.critBelow : check.critAbove;
    switch (check.unit) {
    case PanelUnit::Seconds:
        result.perfUnit = QStringLiteral("s");
        break;
    case PanelUnit::Milliseconds:
        result.perfUnit = QStringLiteral("ms");
        break;
    case PanelUnit::Percent:
        result.perfUnit = QStringLiteral("%");
        break;
    case PanelUnit::Bytes:
        result.perfUnit = QStringLiteral("B");
        break;
    default:
        result.perfUnit.clear();
        break;
    }
}

CheckResult CheckVerdict::make(CheckStatus status, const QString &message)
{
    CheckResult r;
    r.status = status;
    r.message = message;
    return r;
}

CheckResult CheckVerdict::fromError(const Error &error, CheckStatus unreachable, const QString &what)
{
    if (error.kind == Error::Kind::Timeout) {
        CheckResult r = make(
            CheckStatus::Unknown, tr("timed out: %1 did not answer in time (%2)").arg(what, error.message));
        r.timedOut = true;
        return r;
    }
    // A server that only carries the data: its failure leaves the value unknown, and says so.
    if (unreachable == CheckStatus::Unknown)
        return make(unreachable, tr("data not available: %1: %2").arg(what, error.describe()));
    return make(unreachable, tr("%1: %2").arg(what, error.describe()));
}

CheckResult CheckVerdict::noData(const QString &what)
{
    return make(CheckStatus::Unknown, tr("data not available: %1").arg(what));
}

} // namespace pivori

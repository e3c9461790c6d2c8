// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkresult.h"

#include <algorithm>

namespace pivori {

QString checkStatusKey(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int checkStatusRank(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return 0;
    case CheckStatus::Warn:
        return 1;
    case CheckStatus::Unknown:
        return 2;
    case CheckStatus::Fail:
        return 3;
    }
    return 2;
}

CheckStatus CheckRun::overall() const
{
    if (results.isEmpty())
        return CheckStatus::Unknown;
    CheckStatus worst = CheckStatus::Pass;
    for (const CheckResult &r : results)
        if (checkStatusRank(r.status) > checkStatusRank(worst))
            worst = r.status;
    return worst;
}

int CheckRun::count(CheckStatus status) const
{
    return int(std::count_if(
        results.cbegin(), results.cend(), [status](const CheckResult &r) { return r.status == status; }));
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkresult.h"

#include <algorithm>

namespace pivori {

namespace {
/// Severity rank: a failure outweighs an unknown, which outweighs a warning.
int rank(CheckStatus status)
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
} // namespace

CheckStatus CheckRun::overall() const
{
    if (results.isEmpty())
        return CheckStatus::Unknown;
    CheckStatus worst = CheckStatus::Pass;
    for (const CheckResult &r : results)
        if (rank(r.status) > rank(worst))
            worst = r.status;
    return worst;
}

int CheckRun::count(CheckStatus status) const
{
    return int(std::count_if(
        results.cbegin(), results.cend(), [status](const CheckResult &r) { return r.status == status; }));
}

} // namespace pivori

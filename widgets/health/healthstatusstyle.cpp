// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthstatusstyle.h"

#include "thresholdcolors.h"

#include <QStringList>

namespace pivori {

QColor HealthStatusStyle::color(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return ThresholdColors::severityColor(Severity::Ok);
    case CheckStatus::Warn:
        return ThresholdColors::severityColor(Severity::Warning);
    case CheckStatus::Fail:
        return ThresholdColors::severityColor(Severity::Critical);
    case CheckStatus::Unknown:
        break;
    }
    return QColor(0x8e, 0x7c, 0xc3); // violet-grey: neither fine nor a known failure
}

QString HealthStatusStyle::word(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return tr("pass");
    case CheckStatus::Warn:
        return tr("warn");
    case CheckStatus::Fail:
        return tr("fail");
    case CheckStatus::Unknown:
        break;
    }
    return tr("unknown");
}

int HealthStatusStyle::urgency(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return 0;
    case CheckStatus::Unknown:
        return 1;
    case CheckStatus::Warn:
        return 2;
    case CheckStatus::Pass:
        break;
    }
    return 3;
}

QString HealthStatusStyle::countsText(const CheckRun &run)
{
    if (run.results.isEmpty())
        return tr("no checks ran");
    QStringList parts;
    if (const int n = run.count(CheckStatus::Fail))
        parts << tr("%n failing", nullptr, n);
    if (const int n = run.count(CheckStatus::Warn))
        parts << tr("%n warning", nullptr, n);
    if (const int n = run.count(CheckStatus::Unknown))
        parts << tr("%n unknown", nullptr, n);
    if (const int n = run.count(CheckStatus::Pass))
        parts << tr("%n passing", nullptr, n);
    return parts.join(QStringLiteral(", "));
}

QString HealthStatusStyle::verdictText(const CheckRun &run)
{
    if (run.results.isEmpty())
        return tr("no checks ran");
    if (const int n = run.count(CheckStatus::Fail))
        return tr("%n failing", nullptr, n);
    if (const int n = run.count(CheckStatus::Unknown))
        return tr("%n unknown", nullptr, n);
    if (const int n = run.count(CheckStatus::Warn))
        return tr("%n warning", nullptr, n);
    return tr("all %n passing", nullptr, int(run.results.size()));
}

} // namespace pivori

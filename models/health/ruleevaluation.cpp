// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleevaluation.h"

namespace pivori {

RuleEvaluation RuleEvaluation::fromStatuses(const QList<ServerStatus> &statuses)
{
    RuleEvaluation out;
    bool anyPrometheus = false;
    bool allChecked = true;
    for (const ServerStatus &status : statuses) {
        if (status.kind != ServerStatus::Kind::Prometheus)
            continue;
        anyPrometheus = true;
        if (!status.checked) {
            allChecked = false;
            continue;
        }
        if (status.reachable)
            continue;
        out.causes << tr("Prometheus %1 is unreachable").arg(status.name);
        // The earliest moment after which nothing is known to have been evaluated.
        const QDateTime stopped = status.lastSuccess.isValid() ? status.lastSuccess : status.unreachableSince;
        if (stopped.isValid() && (!out.since.isValid() || stopped < out.since))
            out.since = stopped;
    }
    if (!out.causes.isEmpty()) {
        out.state = State::Stopped;
        return out;
    }
    if (!anyPrometheus) {
        out.causes << tr("no Prometheus is configured to vouch for the alert rules");
        return out;
    }
    if (!allChecked) {
        out.causes << tr("Prometheus not checked yet");
        out.pending = true;
        return out;
    }
    out.state = State::Running;
    return out;
}

QString RuleEvaluation::countsText(const QTimeZone &zone) const
{
    if (state == State::Running || pending)
        return {};
    const QString why = causes.join(QStringLiteral("; "));
    if (state == State::Stopped && since.isValid()) {
        const QDateTime local = since.toTimeZone(zone);
        const bool today = local.date() == QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
        const QString at
            = local.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
        return tr("unknown since %1 — rules are not being evaluated (%2)").arg(at, why);
    }
    if (state == State::Stopped)
        return tr("unknown — rules are not being evaluated (%1)").arg(why);
    return tr("unknown — %1").arg(why);
}

} // namespace pivori

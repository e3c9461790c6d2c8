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
    const auto stoppedAt = [&out](const QDateTime &at) {
        if (at.isValid() && (!out.since.isValid() || at < out.since))
            out.since = at;
    };
    // A Prometheus that answers but whose rule groups fail evaluates none of their alerts.
    bool deadMansSwitchShipped = false;
    for (const ServerStatus &status : statuses) {
        if (status.kind != ServerStatus::Kind::Prometheus || !status.checked || !status.reachable)
            continue;
        deadMansSwitchShipped = deadMansSwitchShipped || status.hasDeadMansSwitch;
        if (status.failingRuleGroups.isEmpty())
            continue;
        out.causes << tr("rule groups of Prometheus %1 fail: %2")
                          .arg(status.name, status.failingRuleGroups.join(QStringLiteral("; ")));
        stoppedAt(status.rulesFailingSince);
    }
    // The dead man's switch silent on every replica that answers: whatever Prometheus says,
    // no alert reaches Alertmanager. Judged only when the rule is shipped, so a setup without
    // one is not doubted forever.
    if (deadMansSwitchShipped) {
        int replicas = 0;
        int silent = 0;
        QDateTime silentSince;
        for (const ServerStatus &status : statuses) {
            if (status.kind != ServerStatus::Kind::Alertmanager || !status.reachable
                || !status.deadMansSwitchFresh.has_value())
                continue;
            ++replicas;
            if (*status.deadMansSwitchFresh)
                continue;
            ++silent;
            if (status.deadMansSwitchMissingSince.isValid()
                && (!silentSince.isValid() || status.deadMansSwitchMissingSince > silentSince))
                silentSince = status.deadMansSwitchMissingSince; // silent everywhere once the last one went
        }
        if (replicas > 0 && silent == replicas) {
            out.causes << tr("the dead man's switch has not reached any Alertmanager replica");
            stoppedAt(silentSince);
        }
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

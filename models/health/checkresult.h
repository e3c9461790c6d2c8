// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pivori {

/// A check's verdict, ordered by severity so the worst of several is their maximum.
/// The numbers are the Nagios plugin exit codes except Unknown, which Nagios numbers 3 too
/// but ranks below a failure; `check` maps them itself.
enum class CheckStatus { Pass = 0, Warn = 1, Fail = 2, Unknown = 3 };

/// "pass", "warn", "fail", "unknown": the key the JSON output and the history file use.
QString checkStatusKey(CheckStatus status);
/// Severity rank: a failure outweighs an unknown, which outweighs a warning.
int checkStatusRank(CheckStatus status);

/// The outcome of one health check in one run.
struct CheckResult final
{
    QString category; ///< e.g. "Prometheus", "Alertmanager", "End to end", "Performance"
    QString name; ///< unique within the set, stable across runs (history keys on it)
    CheckStatus status = CheckStatus::Unknown;
    QString message; ///< one sentence for a person
    QString value; ///< the measured value, formatted with its unit; empty if none
    QString threshold; ///< e.g. "> 500 ms warn, > 1000 ms fail"; empty if none
    std::optional<double> numericValue; ///< for performance data (--nagios, --json)
    std::optional<double> warnAt;
    std::optional<double> failAt;
    /// warnAt/failAt are lower limits (a value under them is bad), e.g. days left on a certificate.
    bool limitsAreLower = false;
    /// The Nagios unit of numericValue: "s", "%", "B" or empty.
    QString perfUnit;
    /// Where to look when it is not passing: "dashboard:<id>", "runbook:<alertname>",
    /// "target:<scrapeUrl>", "rulegroup:<file>/<group>" or an http(s) URL; empty if none.
    QString link;
    bool timedOut = false;
    qint64 elapsedMs = 0;
};

/// One run of a set of checks.
struct CheckRun final
{
    QDateTime startedAt;
    QDateTime finishedAt;
    QList<CheckResult> results;

    /// The worst status; Pass for an empty run is wrong, so an empty run is Unknown.
    CheckStatus overall() const;
    int count(CheckStatus status) const;
};

} // namespace pivori

Q_DECLARE_METATYPE(pivori::CheckRun)

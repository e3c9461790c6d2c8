// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pivori {

/// One check changing its status between two runs: "13:20 prometheus-rules pass -> fail".
struct HealthTransition final
{
    QDateTime at; ///< when the run that saw the new status finished (UTC)
    QString check; ///< CheckResult::name
    QString category;
    CheckStatus from = CheckStatus::Unknown;
    CheckStatus to = CheckStatus::Unknown;

    friend bool operator==(const HealthTransition &, const HealthTransition &) = default;
};

/// What the history keeps of one run: when, how long, and every check's status.
struct HealthRunRecord final
{
    QDateTime startedAt;
    QDateTime finishedAt;
    QHash<QString, CheckStatus> statuses; ///< by check name

    friend bool operator==(const HealthRunRecord &, const HealthRunRecord &) = default;
};

/// How much history is kept: the last 200 runs and 1000 flips, none older than 7 days.
struct HealthHistoryLimits final
{
    int maxRuns = 200;
    int maxTransitions = 1000;
    qint64 maxAgeMs = 7LL * 24 * 3600 * 1000;
};

/// The last runs of the health checks and which check flipped when, kept across restarts in
/// one JSON file (written all or nothing, so a crash never leaves half of it).
///
/// Bounded by count and by age, so a console left running for months keeps a small file:
/// at most maxRuns runs and maxTransitions flips, none older than maxAgeMs. A check that is
/// missing from a run (a run of a selection, a check removed from the config) keeps its last
/// status; it flips only when a run reports it with another status.
class HealthHistory final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::HealthHistory)
public:
    using Limits = HealthHistoryLimits;

    /// @p path empty: defaultPath().
    explicit HealthHistory(QString path = QString(), Limits limits = Limits());

    /// `health-history.json` in the user's application data directory.
    static QString defaultPath();
    const QString &path() const { return m_path; }

    /// Reads the file. A missing file is an empty history (true). A damaged one is moved
    /// aside (kept as `<path>.corrupt-<time>`) and the history starts empty; an unreadable one
    /// is left alone and never overwritten. Both return false with a sentence for the user,
    /// naming the file, in @p problem.
    bool load(QString *problem);
    /// Writes the file (creating its directory). False with the reason in @p problem.
    bool save(QString *problem) const;
    /// True after a load that found a file it must not overwrite (unreadable, or damaged and
    /// not movable): save() refuses, and so must anyone writing toJson() themselves.
    bool isSaveBlocked() const { return m_saveBlocked; }
    /// What save() does with the bytes: creates the directory, writes all or nothing. Safe to
    /// call from any thread, so a window can write the history off its GUI thread.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *problem);

    /// Adds @p run (dropping what falls out of the limits) and returns the flips it made,
    /// against each check's last known status. A check seen for the first time is no flip.
    QList<HealthTransition> record(const CheckRun &run);

    /// Oldest first.
    const QList<HealthRunRecord> &runs() const { return m_runs; }
    /// Oldest first.
    const QList<HealthTransition> &transitions() const { return m_transitions; }
    /// The last recorded status of @p check, if any run reported it.
    std::optional<CheckStatus> lastStatus(const QString &check) const;
    void clear();

    /// The file's words for a status: "pass", "warn", "fail", "unknown" (never translated).
    static QString statusKey(CheckStatus status);
    static std::optional<CheckStatus> statusFromKey(const QString &key);

    /// The history as the file holds it, and back; fromJson fails on anything it cannot read.
    QByteArray toJson() const;
    bool fromJson(const QByteArray &bytes, QString *why);

    /// Files larger than this are not read: no history this console writes comes near it.
    static constexpr qint64 kMaxFileBytes = 16LL * 1024 * 1024;

private:
    void prune(const QDateTime &now);
    QString moveAside(QString *problem) const;

    QString m_path;
    Limits m_limits;
    QList<HealthRunRecord> m_runs;
    QList<HealthTransition> m_transitions;
    QHash<QString, CheckStatus> m_last; ///< every check's last known status, across runs
    bool m_saveBlocked = false;
};

} // namespace pivori

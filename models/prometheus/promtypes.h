// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pivori {

/// Labels exactly as Prometheus sends its `metric` object (`__name__` only when kept).
using LabelSet = QMap<QString, QString>;

/// One point. NaN and ±Inf are kept as IEEE values: they mean something (e.g. "no traffic").
struct Sample final
{
    double t = 0; ///< unix seconds, millisecond precision
    double v = 0;
};

/// One time series of a query answer. Points are in server order (ascending time); a step
/// without data is absent, so plot by `t`, never by index.
struct Series final
{
    LabelSet labels;
    QList<Sample> points;
};

/// The `data` of /api/v1/query and /api/v1/query_range.
struct QueryResult final
{
    enum ResultType { Vector, Matrix, Scalar, String };
    ResultType type = Vector;
    /// vector: one point per series; matrix: many; scalar: one series with empty labels; string: empty.
    QList<Series> series;
    QString stringValue; ///< string results only
    double stringTime = 0; ///< string results only: the evaluation time
    QStringList warnings; ///< Prometheus's warnings plus ours (e.g. skipped native histograms)
};

/// One entry of /api/v1/targets `activeTargets`.
struct PromTarget final
{
    enum class Health { Unknown, Up, Down };
    QString scrapePool;
    QString scrapeUrl;
    QString globalUrl;
    LabelSet labels; ///< after relabelling: job, instance, ...
    LabelSet discoveredLabels; ///< before relabelling
    Health health = Health::Unknown;
    QString lastError; ///< empty when the last scrape worked
    QDateTime lastScrape; ///< invalid before the first scrape
    double lastScrapeDurationSec = 0;
    QString scrapeInterval; ///< as Prometheus wrote it, e.g. "15s"
    double scrapeIntervalSec = 0; ///< 0 when the text could not be read
    QString scrapeTimeout;
    double scrapeTimeoutSec = 0;
};

/// /api/v1/targets: the active targets and the label sets of the dropped ones.
struct PromTargets final
{
    QList<PromTarget> active;
    QList<LabelSet> dropped; ///< discoveredLabels of each dropped target
};

/// An alert as Prometheus sees it (from /api/v1/alerts or inside an alerting rule).
struct PromAlert final
{
    enum class State { Inactive, Pending, Firing };
    LabelSet labels;
    LabelSet annotations;
    State state = State::Inactive;
    QDateTime activeAt; ///< when it first became pending; invalid when absent
    double value = 0; ///< the expression's value when last evaluated
};

/// One rule of a rule group.
struct PromRule final
{
    enum class Type { Alerting, Recording };
    enum class Health { Unknown, Ok, Err };
    Type type = Type::Recording;
    QString name;
    QString query;
    PromAlert::State state = PromAlert::State::Inactive; ///< alerting rules only
    double durationSec = 0; ///< the `for:` of an alerting rule
    Health health = Health::Unknown;
    QString lastError;
    LabelSet labels;
    LabelSet annotations;
    QList<PromAlert> alerts;
    double evaluationTimeSec = 0;
    QDateTime lastEvaluation;
};

struct PromRuleGroup final
{
    QString name;
    QString file;
    double intervalSec = 0;
    double evaluationTimeSec = 0;
    QDateTime lastEvaluation;
    QList<PromRule> rules;
};

/// /api/v1/status/buildinfo. `version` is kept verbatim: Debian appends suffixes.
struct PromBuildInfo final
{
    QString version;
    QString revision;
    QString branch;
    QString buildUser;
    QString buildDate;
    QString goVersion;
};

} // namespace pivori

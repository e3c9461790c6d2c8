// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycheck.h"

#include "checkverdict.h"
#include "prometheusclient.h"
#include "unitformat.h"

#include <cmath>

namespace pivori {

namespace {

int rank(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return 1;
    case CheckStatus::Warn:
        return 2;
    case CheckStatus::Fail:
        return 3;
    case CheckStatus::Unknown:
        break;
    }
    return 0; // a NaN series says less than any series with a value
}

bool lowIsBad(const HealthCheck &check)
{
    return !check.warnAbove && !check.critAbove && (check.warnBelow || check.critBelow);
}

} // namespace

QString QueryCheck::labelText(const LabelSet &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != QLatin1String("__name__"))
            parts << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value());
    }
    return parts.isEmpty() ? QString()
                           : QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

CheckResult QueryCheck::judge(const HealthCheck &check, const QueryResult &answer)
{
    if (answer.type != QueryResult::Vector && answer.type != QueryResult::Scalar)
        return CheckVerdict::make(CheckStatus::Unknown,
            tr("the query must give an instant vector or a scalar, not a range or a string"));
    const Series *worst = nullptr;
    double worstValue = 0;
    int counted = 0;
    for (const Series &series : answer.series) {
        if (series.points.isEmpty())
            continue;
        ++counted;
        const double v = series.points.constLast().v;
        if (!worst) {
            worst = &series;
            worstValue = v;
            continue;
        }
        const int a = rank(CheckVerdict::judge(v, check));
        const int b = rank(CheckVerdict::judge(worstValue, check));
        // Among equals, the value nearest the limit: the highest, or the lowest for lower limits.
        const bool further = lowIsBad(check) ? v < worstValue : v > worstValue;
        if (a > b || (a == b && !std::isnan(v) && (std::isnan(worstValue) || further))) {
            worst = &series;
            worstValue = v;
        }
    }
    if (!worst)
        return CheckVerdict::noData(tr("the query returned no series"));

    CheckResult r;
    CheckVerdict::applyValue(r, worstValue, check);
    if (std::isnan(worstValue)) {
        r.status = CheckStatus::Unknown;
        r.message = tr("data not available: the query gives NaN (no traffic to measure)");
        return r;
    }
    const QString where = labelText(worst->labels);
    const QString value = where.isEmpty() ? r.value : tr("%1 at %2").arg(r.value, where);
    const QString of = counted > 1 ? tr(" (the worst of %1 series)").arg(counted) : QString();
    const auto limit = [&check](const std::optional<double> &v) { return formatValue(*v, check.unit); };
    switch (r.status) {
    case CheckStatus::Pass:
        r.message = tr("%1, within the limits%2").arg(value, of);
        break;
    case CheckStatus::Warn:
        r.message = lowIsBad(check)
            ? tr("%1, under the warning limit of %2%3").arg(value, limit(check.warnBelow), of)
            : tr("%1, over the warning limit of %2%3").arg(value, limit(check.warnAbove), of);
        break;
    case CheckStatus::Fail:
        r.message = (check.critBelow && worstValue < *check.critBelow)
            ? tr("%1, under the failure limit of %2%3").arg(value, limit(check.critBelow), of)
            : tr("%1, over the failure limit of %2%3").arg(value, limit(check.critAbove), of);
        break;
    case CheckStatus::Unknown:
        break;
    }
    return r;
}

void QueryCheck::start(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const PrometheusServer *server = context.prometheus(check);
    if (!server) {
        done(CheckVerdict::make(CheckStatus::Unknown, tr("no Prometheus is configured to ask")));
        return;
    }
    auto *client = new PrometheusClient(
        &context.transport, CheckContext::bounded(server->endpoint, check), context.scope);
    const QString name = server->name;
    client->query(
        check.expr, std::nullopt, context.scope, [check, done, name](const Result<QueryResult> &answer) {
            if (!answer) {
                // The Prometheus only carries the data here: its outage makes the value unknown.
                CheckResult r = CheckVerdict::fromError(
                    answer.error(), CheckStatus::Unknown, tr("Prometheus %1").arg(name));
                r.threshold = CheckVerdict::thresholdText(check);
                done(r);
                return;
            }
            done(judge(check, answer.value()));
        });
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheuschecks.h"

#include "checkverdict.h"
#include "prometheusclient.h"
#include "querycheck.h"
#include "unitformat.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <memory>

namespace pivori {

namespace {

/// How many failures a message names before it says "and N more".
constexpr int kNamed = 3;

QString named(const QStringList &items)
{
    if (items.size() <= kNamed)
        return items.join(QStringLiteral("; "));
    return PrometheusChecks::tr("%1; and %2 more")
        .arg(items.mid(0, kNamed).join(QStringLiteral("; ")), QString::number(items.size() - kNamed));
}

/// The series of a self-monitoring query with a positive value, as "labels: value".
QStringList positive(const QueryResult *answer, const QString &label)
{
    QStringList out;
    if (!answer)
        return out;
    for (const Series &s : answer->series) {
        if (!s.points.isEmpty() && s.points.constLast().v > 0.5)
            out << QStringLiteral("%1 (%2)")
                       .arg(s.labels.value(label, QueryCheck::labelText(s.labels)))
                       .arg(std::round(s.points.constLast().v));
    }
    return out;
}

/// host:port with localhost written as 127.0.0.1, so a configured URL and the one
/// Prometheus reports compare equal.
QString hostPort(const QUrl &url)
{
    QString host = url.host();
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    return host + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

CheckResult noPrometheus()
{
    return CheckVerdict::make(
        CheckStatus::Unknown, PrometheusChecks::tr("no Prometheus is configured to check"));
}

/// The verdict of a check that needs an API the server's backend does not have (rules on
/// VictoriaMetrics, say): not a failure of the platform, so it passes and says why it checked
/// nothing. Nullopt when the backend has the API.
std::optional<CheckResult> lacking(
    const PrometheusServer &server, BackendProfile::Feature feature, const QString &what)
{
    const BackendProfile &backend = server.endpoint.backend;
    if (backend.has(feature))
        return std::nullopt;
    CheckResult r = CheckVerdict::make(CheckStatus::Pass, backend.notAvailableText(what));
    r.value = PrometheusChecks::tr("not available");
    return r;
}

/// A query that only adds detail: its failure or absence never decides the verdict.
void optionalQuery(CheckContext &context, const Endpoint &endpoint, const QString &expr,
    const std::function<void(std::shared_ptr<QueryResult>)> &done)
{
    auto *client = new PrometheusClient(&context.transport, endpoint, context.scope);
    client->query(expr, std::nullopt, context.scope, [done](const Result<QueryResult> &answer) {
        done(answer ? std::make_shared<QueryResult>(answer.value()) : nullptr);
    });
}

} // namespace

CheckResult PrometheusChecks::judgeHealth(
    const QString &server, const HttpResponse &healthy, const HttpResponse &ready)
{
    for (const HttpResponse *r : { &healthy, &ready }) {
        if (r->transportError)
            return CheckVerdict::fromError(
                *r->transportError, CheckStatus::Fail, tr("Prometheus %1").arg(server));
    }
    if (healthy.status != 200)
        return CheckVerdict::make(CheckStatus::Fail,
            tr("Prometheus %1 is not healthy: /-/healthy answered HTTP %2").arg(server).arg(healthy.status));
    if (ready.status != 200)
        return CheckVerdict::make(CheckStatus::Fail,
            tr("Prometheus %1 is alive but not ready (HTTP %2): it is still loading its data and serves no "
               "queries")
                .arg(server)
                .arg(ready.status));
    CheckResult r
        = CheckVerdict::make(CheckStatus::Pass, tr("Prometheus %1 is healthy and ready").arg(server));
    r.value = tr("%1 ms").arg(std::max(healthy.elapsedMs, ready.elapsedMs));
    return r;
}

CheckResult PrometheusChecks::judgeConfig(const QString &server, const QJsonObject &info)
{
    const QJsonValue success = info.value(QLatin1String("reloadConfigSuccess"));
    const QString when = info.value(QLatin1String("lastConfigTime")).toString();
    if (!success.isBool())
        return CheckVerdict::make(CheckStatus::Unknown,
            tr("Prometheus %1 does not report whether its configuration loaded").arg(server));
    if (!success.toBool())
        return CheckVerdict::make(CheckStatus::Fail,
            tr("the last configuration reload of Prometheus %1 failed; it still runs the configuration "
               "loaded at "
               "%2")
                .arg(server, when));
    CheckResult r = CheckVerdict::make(
        CheckStatus::Pass, tr("the configuration of Prometheus %1 loaded at %2").arg(server, when));
    r.value = when;
    return r;
}

CheckResult PrometheusChecks::judgeTargets(const PromTargets &targets)
{
    QStringList down;
    QString firstUrl;
    for (const PromTarget &t : targets.active) {
        if (t.health != PromTarget::Health::Down)
            continue;
        const QString who = t.labels.value(QStringLiteral("job")) + QLatin1Char('/')
            + t.labels.value(QStringLiteral("instance"));
        down << (t.lastError.isEmpty() ? who : tr("%1: %2").arg(who, t.lastError));
        if (firstUrl.isEmpty())
            firstUrl = t.scrapeUrl;
    }
    const int total = int(targets.active.size());
    CheckResult r;
    r.value = tr("%1 of %2 up").arg(total - down.size()).arg(total);
    r.numericValue = total - down.size();
    r.threshold = tr("all up");
    if (total == 0) {
        r.status = CheckStatus::Warn;
        r.message = tr("no scrape targets: Prometheus collects nothing");
    } else if (down.isEmpty()) {
        r.status = CheckStatus::Pass;
        r.message = tr("every target is up");
    } else {
        r.status = CheckStatus::Fail;
        r.message = tr("targets down: %1").arg(named(down));
        r.link = QStringLiteral("target:") + firstUrl;
    }
    return r;
}

QStringList PrometheusChecks::failingRuleGroups(const QList<PromRuleGroup> &groups)
{
    QStringList out;
    for (const PromRuleGroup &g : groups) {
        for (const PromRule &rule : g.rules) {
            if (rule.health == PromRule::Health::Err || !rule.lastError.isEmpty()) {
                out << tr("%1 (%2): %3").arg(g.name, g.file, rule.lastError);
                break;
            }
        }
    }
    return out;
}

bool PrometheusChecks::hasAlertingRule(const QList<PromRuleGroup> &groups, const QString &alertname)
{
    for (const PromRuleGroup &g : groups) {
        for (const PromRule &rule : g.rules) {
            if (rule.type == PromRule::Type::Alerting && rule.name == alertname)
                return true;
        }
    }
    return false;
}

CheckResult PrometheusChecks::judgeRules(const QList<PromRuleGroup> &groups, const QueryResult *missed)
{
    CheckResult r;
    int rules = 0;
    for (const PromRuleGroup &g : groups)
        rules += int(g.rules.size());
    r.value = tr("groups: %1").arg(groups.size());
    r.numericValue = double(groups.size());
    r.threshold = tr("no errors, no missed or overrunning evaluations");
    const QStringList failing = failingRuleGroups(groups);
    if (!failing.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.message = tr("rule groups failing — their alerts are not evaluated: %1").arg(named(failing));
        for (const PromRuleGroup &g : groups) {
            if (failing.constFirst().startsWith(g.name + QStringLiteral(" ("))) {
                r.link = QStringLiteral("rulegroup:%1/%2").arg(g.file, g.name);
                break;
            }
        }
        return r;
    }
    if (groups.isEmpty()) {
        r.status = CheckStatus::Warn;
        r.message = tr("no rule groups are loaded: no alert can fire");
        return r;
    }
    QStringList slow;
    for (const PromRuleGroup &g : groups) {
        if (g.intervalSec > 0 && g.evaluationTimeSec > g.intervalSec)
            slow << tr("%1 takes %2 for a %3 interval")
                        .arg(g.name, formatValue(g.evaluationTimeSec, PanelUnit::Seconds),
                            formatValue(g.intervalSec, PanelUnit::Seconds));
    }
    const QStringList skipped = positive(missed, QStringLiteral("rule_group"));
    if (!slow.isEmpty() || !skipped.isEmpty()) {
        r.status = CheckStatus::Warn;
        QStringList parts;
        if (!slow.isEmpty())
            parts << tr("evaluation longer than the interval: %1").arg(named(slow));
        if (!skipped.isEmpty())
            parts << tr("missed iterations: %1").arg(named(skipped));
        r.message = parts.join(QStringLiteral("; "));
        return r;
    }
    r.status = CheckStatus::Pass;
    r.message = tr("rules evaluated without errors: %1").arg(rules)
        + (missed ? QString() : tr(" (missed iterations not known: Prometheus does not scrape itself)"));
    return r;
}

CheckResult PrometheusChecks::judgeAlertmanagers(
    const QJsonObject &data, const QList<AlertmanagerCluster> &configured, const QueryResult *errors)
{
    QSet<QString> active;
    for (const auto &v : data.value(QLatin1String("activeAlertmanagers")).toArray())
        active.insert(hostPort(QUrl(v.toObject().value(QLatin1String("url")).toString())));
    QStringList missing;
    int wanted = 0;
    for (const AlertmanagerCluster &cluster : configured) {
        for (const Endpoint &replica : cluster.replicas) {
            ++wanted;
            if (!active.contains(hostPort(replica.url)))
                missing << replica.url.toString();
        }
    }
    CheckResult r;
    r.value = tr("connected: %1").arg(active.size());
    r.numericValue = double(active.size());
    r.threshold = wanted > 0 ? tr("every configured replica (%1)").arg(wanted) : tr("at least one");
    if (active.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.message = tr("Prometheus sends its alerts to no Alertmanager: no alert reaches anyone");
        return r;
    }
    if (!missing.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.message = tr("Prometheus does not send alerts to %1").arg(named(missing));
        return r;
    }
    const QStringList failing = positive(errors, QStringLiteral("alertmanager"));
    if (!failing.isEmpty()) {
        r.status = CheckStatus::Warn;
        r.message = tr("notifications to Alertmanager failed recently: %1").arg(named(failing));
        return r;
    }
    r.status = CheckStatus::Pass;
    r.message = tr("alerts go to every configured replica")
        + (errors ? QString() : tr(" (notification errors not known: Prometheus does not scrape itself)"));
    return r;
}

CheckResult PrometheusChecks::judgeTsdb(
    const HealthCheck &check, const QJsonObject &tsdb, const QueryResult *failedCompactions)
{
    const QJsonObject head = tsdb.value(QLatin1String("headStats")).toObject();
    if (!head.contains(QLatin1String("numSeries")))
        return CheckVerdict::noData(tr("the TSDB status has no head statistics"));
    CheckResult r;
    CheckVerdict::applyValue(r, head.value(QLatin1String("numSeries")).toDouble(), check);
    r.value = tr("%1 head series").arg(r.value);
    const QStringList failed = positive(failedCompactions, QStringLiteral("instance"));
    if (!failed.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.message = tr("compactions are failing: the disk may be full or the data damaged");
        return r;
    }
    switch (r.status) {
    case CheckStatus::Pass:
        r.message = tr("storage healthy")
            + (failedCompactions ? QString()
                                 : tr(" (compaction failures not known: Prometheus does not scrape itself)"));
        break;
    case CheckStatus::Warn:
    case CheckStatus::Fail:
        r.message = tr("the head holds many series: memory use grows with them");
        break;
    case CheckStatus::Unknown:
        break;
    }
    return r;
}

void PrometheusChecks::startHealth(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const PrometheusServer *server = context.prometheus(check);
    if (!server) {
        done(noPrometheus());
        return;
    }
    struct State
    {
        HttpResponse healthy, ready;
        int pending = 2;
    };
    auto state = std::make_shared<State>();
    const Endpoint endpoint = CheckContext::bounded(server->endpoint, check);
    const QString name = server->name;
    const auto answered = [state, done, name] {
        if (--state->pending == 0)
            done(judgeHealth(name, state->healthy, state->ready));
    };
    const BackendProfile &backend = endpoint.backend;
    Endpoint readyEndpoint = endpoint;
    if (backend.readyAtRoot())
        readyEndpoint.url.setPath(QString()); // Mimir's /ready is outside its /prometheus prefix
    const bool hasHealthy = !backend.healthyPath().isEmpty();
    if (hasHealthy) {
        context.get(endpoint, backend.healthyPath(), [state, answered](const HttpResponse &r) {
            state->healthy = r;
            answered();
        });
    } else {
        --state->pending; // a store without a liveness path: its readiness answers for both
    }
    context.get(readyEndpoint, backend.readyPath(), [state, answered, hasHealthy](const HttpResponse &r) {
        state->ready = r;
        if (!hasHealthy)
            state->healthy = r;
        answered();
    });
}

void PrometheusChecks::startConfig(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const PrometheusServer *server = context.prometheus(check);
    if (!server) {
        done(noPrometheus());
        return;
    }
    if (const auto verdict
        = lacking(*server, BackendProfile::Feature::RuntimeInfo, tr("The configuration reload status"))) {
        done(*verdict);
        return;
    }
    const QString name = server->name;
    context.get(CheckContext::bounded(server->endpoint, check), QStringLiteral("/api/v1/status/runtimeinfo"),
        [done, name](const HttpResponse &response) {
            Error problem;
            const auto data = CheckContext::apiData(response, &problem);
            done(data ? judgeConfig(name, *data)
                      : CheckVerdict::fromError(problem, CheckStatus::Fail, tr("Prometheus %1").arg(name)));
        });
}

void PrometheusChecks::startTargets(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const PrometheusServer *server = context.prometheus(check);
    if (!server) {
        done(noPrometheus());
        return;
    }
    if (const auto verdict
        = lacking(*server, BackendProfile::Feature::Targets, tr("The scrape target list"))) {
        done(*verdict);
        return;
    }
    auto *client = new PrometheusClient(
        &context.transport, CheckContext::bounded(server->endpoint, check), context.scope);
    const QString name = server->name;
    client->targets(context.scope, [done, name](const Result<PromTargets> &answer) {
        done(answer ? judgeTargets(answer.value())
                    : CheckVerdict::fromError(
                        answer.error(), CheckStatus::Unknown, tr("Prometheus %1").arg(name)));
    });
}

void PrometheusChecks::startRules(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const PrometheusServer *server = context.prometheus(check);
    if (!server) {
        done(noPrometheus());
        return;
    }
    if (const auto verdict
        = lacking(*server, BackendProfile::Feature::Rules, tr("The rule evaluation status"))) {
        done(*verdict);
        return;
    }
    struct State
    {
        std::optional<Result<QList<PromRuleGroup>>> groups;
        std::shared_ptr<QueryResult> missed;
        int pending = 2;
    };
    auto state = std::make_shared<State>();
    const QString name = server->name;
    const auto answered = [state, done, name] {
        if (--state->pending > 0)
            return;
        const Result<QList<PromRuleGroup>> &groups = *state->groups;
        done(groups
                ? judgeRules(groups.value(), state->missed.get())
                : CheckVerdict::fromError(groups.error(), CheckStatus::Fail, tr("Prometheus %1").arg(name)));
    };
    const Endpoint endpoint = CheckContext::bounded(server->endpoint, check);
    auto *client = new PrometheusClient(&context.transport, endpoint, context.scope);
    client->rules(context.scope, [state, answered](const Result<QList<PromRuleGroup>> &answer) {
        state->groups = answer;
        answered();
    });
    optionalQuery(context, endpoint,
        QStringLiteral("sum by (rule_group) (increase(prometheus_rule_group_iterations_missed_total[15m]))"),
        [state, answered](const std::shared_ptr<QueryResult> &answer) {
            // An empty answer means Prometheus does not scrape itself: not known, rather than none.
            state->missed = answer && !answer->series.isEmpty() ? answer : nullptr;
            answered();
        });
}

void PrometheusChecks::startAlertmanagers(
    const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const PrometheusServer *server = context.prometheus(check);
    if (!server) {
        done(noPrometheus());
        return;
    }
    if (const auto verdict = lacking(*server, BackendProfile::Feature::Alertmanagers,
            tr("The list of Alertmanagers Prometheus sends to"))) {
        done(*verdict);
        return;
    }
    struct State
    {
        std::optional<HttpResponse> list;
        std::shared_ptr<QueryResult> errors;
        int pending = 2;
    };
    auto state = std::make_shared<State>();
    const QString name = server->name;
    const QList<AlertmanagerCluster> configured = context.config.alertmanagers;
    const auto answered = [state, done, name, configured] {
        if (--state->pending > 0)
            return;
        Error problem;
        const auto data = CheckContext::apiData(*state->list, &problem);
        done(data ? judgeAlertmanagers(*data, configured, state->errors.get())
                  : CheckVerdict::fromError(problem, CheckStatus::Fail, tr("Prometheus %1").arg(name)));
    };
    const Endpoint endpoint = CheckContext::bounded(server->endpoint, check);
    context.get(endpoint, QStringLiteral("/api/v1/alertmanagers"), [state, answered](const HttpResponse &r) {
        state->list = r;
        answered();
    });
    optionalQuery(context, endpoint,
        QStringLiteral("sum by (alertmanager) (increase(prometheus_notifications_errors_total[10m]))"),
        [state, answered](const std::shared_ptr<QueryResult> &answer) {
            state->errors = answer && !answer->series.isEmpty() ? answer : nullptr;
            answered();
        });
}

void PrometheusChecks::startTsdb(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const PrometheusServer *server = context.prometheus(check);
    if (!server) {
        done(noPrometheus());
        return;
    }
    if (const auto verdict = lacking(*server, BackendProfile::Feature::TsdbStatus, tr("The TSDB status"))) {
        done(*verdict);
        return;
    }
    struct State
    {
        std::optional<HttpResponse> status;
        std::shared_ptr<QueryResult> failed;
        int pending = 2;
    };
    auto state = std::make_shared<State>();
    const QString name = server->name;
    const auto answered = [state, done, name, check] {
        if (--state->pending > 0)
            return;
        Error problem;
        const auto data = CheckContext::apiData(*state->status, &problem);
        done(data ? judgeTsdb(check, *data, state->failed.get())
                  : CheckVerdict::fromError(problem, CheckStatus::Fail, tr("Prometheus %1").arg(name)));
    };
    const Endpoint endpoint = CheckContext::bounded(server->endpoint, check);
    context.get(endpoint, QStringLiteral("/api/v1/status/tsdb"), [state, answered](const HttpResponse &r) {
        state->status = r;
        answered();
    });
    optionalQuery(context, endpoint,
        QStringLiteral("sum by (instance) (increase(prometheus_tsdb_compactions_failed_total[1h]))"),
        [state, answered](const std::shared_ptr<QueryResult> &answer) {
            state->failed = answer && !answer->series.isEmpty() ? answer : nullptr;
            answered();
        });
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcheckrunner.h"

#include "alertmanagerchecks.h"
#include "checkcontext.h"
#include "checkverdict.h"
#include "connectivitychecks.h"
#include "consoleconfig.h"
#include "httptransport.h"
#include "prometheuschecks.h"
#include "querycheck.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace pivori {

namespace {

using Start = void (*)(const HealthCheck &, CheckContext &, const CheckDone &);

Start starterFor(HealthCheck::Type type)
{
    using T = HealthCheck::Type;
    switch (type) {
    case T::PrometheusQuery:
        return &QueryCheck::start;
    case T::Http:
        return &ConnectivityChecks::startHttp;
    case T::Targets:
        return &PrometheusChecks::startTargets;
    case T::AlertmanagerCluster:
        return &AlertmanagerChecks::startCluster;
    case T::PrometheusHealth:
        return &PrometheusChecks::startHealth;
    case T::PrometheusConfig:
        return &PrometheusChecks::startConfig;
    case T::PrometheusRules:
        return &PrometheusChecks::startRules;
    case T::PrometheusAlertmanagers:
        return &PrometheusChecks::startAlertmanagers;
    case T::PrometheusTsdb:
        return &PrometheusChecks::startTsdb;
    case T::AlertmanagerReplicas:
        return &AlertmanagerChecks::startReplicas;
    case T::AlertmanagerConfigHash:
        return &AlertmanagerChecks::startConfigHash;
    case T::Watchdog:
        return &AlertmanagerChecks::startWatchdog;
    case T::Tcp:
        return &ConnectivityChecks::startTcp;
    case T::TlsExpiry:
        return &ConnectivityChecks::startTlsExpiry;
    }
    return nullptr;
}

} // namespace

/// One run in flight: a slot per selected check, filled by its verdict or its timeout.
struct HealthCheckRunner::Pending final
{
    CheckRun run;
    QList<QObject *> scopes; ///< per check; deleted once the check has its verdict
    QList<bool> finished;
    int remaining = 0;
    QElapsedTimer clock;
};

HealthCheckRunner::HealthCheckRunner(const ConsoleConfig &config, HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(transport)
{
}

HealthCheckRunner::~HealthCheckRunner()
{
    // Scopes are children: deleting them here cancels what is in flight without a verdict.
    m_pending.reset();
}

QList<HealthCheck> HealthCheckRunner::selected(
    const QList<HealthCheck> &checks, const CheckSelection &selection)
{
    QList<HealthCheck> out;
    for (const HealthCheck &check : checks) {
        const bool categoryOk = selection.categories.isEmpty()
            || selection.categories.contains(check.effectiveCategory(), Qt::CaseInsensitive);
        const bool nameOk
            = selection.names.isEmpty() || selection.names.contains(check.name, Qt::CaseInsensitive);
        if (categoryOk && nameOk)
            out.append(check);
    }
    return out;
}

void HealthCheckRunner::run(const CheckSelection &selection)
{
    if (m_running)
        return;
    m_running = true;
    emit started();

    const QList<HealthCheck> checks = selected(m_config.healthChecks, selection);
    m_pending = std::make_unique<Pending>();
    Pending &p = *m_pending;
    p.clock.start();
    p.run.startedAt = QDateTime::currentDateTimeUtc();
    p.remaining = int(checks.size());
    for (const HealthCheck &check : checks) {
        CheckResult placeholder;
        placeholder.category = check.effectiveCategory();
        placeholder.name = check.name;
        p.run.results.append(placeholder);
        p.scopes.append(new QObject(this));
        p.finished.append(false);
    }
    if (checks.isEmpty()) {
        // Still asynchronous, as a run with checks is: callers connect after run().
        QTimer::singleShot(0, this, &HealthCheckRunner::complete);
        return;
    }
    // Started after every slot exists: a check may answer synchronously (no server configured).
    const quint64 generation = ++m_generation;
    for (int i = 0; i < checks.size(); ++i) {
        const HealthCheck &check = checks.at(i);
        QObject *scope = p.scopes.at(i);
        auto context
            = std::make_shared<CheckContext>(CheckContext { m_config, m_transport, scope, p.run.startedAt });
        QElapsedTimer checkClock;
        checkClock.start();
        auto *timer = new QTimer(scope);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, i, generation, check] {
            CheckResult r = CheckVerdict::make(CheckStatus::Unknown,
                tr("timed out after %1 ms: no answer in time, so nothing is known").arg(check.timeoutMs));
            r.timedOut = true;
            r.threshold = CheckVerdict::thresholdText(check);
            record(generation, i, r);
        });
        timer->start(int(check.timeoutMs));
        const CheckDone done = [this, i, generation, context, checkClock](CheckResult r) {
            Q_UNUSED(context) // kept alive while the check runs
            r.elapsedMs = checkClock.elapsed();
            record(generation, i, std::move(r));
        };
        const Start start = starterFor(check.type);
        if (!start) {
            done(CheckVerdict::make(CheckStatus::Unknown, tr("this kind of check is not known")));
            continue;
        }
        start(check, *context, done);
    }
}

void HealthCheckRunner::record(quint64 generation, int index, CheckResult result)
{
    if (!m_pending || generation != m_generation || m_pending->finished.at(index))
        return;
    Pending &p = *m_pending;
    p.finished[index] = true;
    const HealthCheck *check = nullptr;
    for (const HealthCheck &c : m_config.healthChecks) {
        if (c.name == p.run.results.at(index).name) {
            check = &c;
            break;
        }
    }
    CheckResult &slot = p.run.results[index];
    result.category = slot.category;
    result.name = slot.name;
    if (result.elapsedMs == 0)
        result.elapsedMs = p.clock.elapsed();
    if (check && !check->link.isEmpty())
        result.link = check->link; // the configured place to look wins over the check's own
    slot = std::move(result);
    // Cancels whatever the check still has in flight; later not now, as we may be inside its callback.
    p.scopes.at(index)->deleteLater();
    if (--p.remaining == 0)
        QTimer::singleShot(0, this, &HealthCheckRunner::complete);
}

void HealthCheckRunner::complete()
{
    if (!m_pending)
        return;
    CheckRun run = std::move(m_pending->run);
    run.finishedAt = QDateTime::currentDateTimeUtc();
    m_pending.reset();
    m_running = false;
    emit finished(run);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
// The health checks on recorded answers (no server): each family's verdict, "no data" is
// unknown and never a pass, a check that hangs times out and says so, and a run always ends.
// The real stack is tst_healthcheckslive's.
#include "alertmanagerchecks.h"
#include "alertmanagerparser.h"
#include "connectivitychecks.h"
#include "healthcheckrunner.h"
#include "prometheuschecks.h"
#include "prometheusparser.h"
#include "recordedtransport.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace pivori;

namespace {

// Never contacted: the recorded transport answers in their place.
const QUrl kPrometheus(QStringLiteral("http://127.0.0.1:19090"));
const QUrl kReplicaA(QStringLiteral("http://127.0.0.1:19093"));
const QUrl kReplicaB(QStringLiteral("http://127.0.0.1:19095"));

Endpoint endpointFor(const QUrl &url)
{
    Endpoint endpoint;
    endpoint.url = url;
    endpoint.timeoutMs = 5000;
    return endpoint;
}

ConsoleConfig stackConfig()
{
    ConsoleConfig config;
    config.prometheus = { PrometheusServer { QStringLiteral("main"), endpointFor(kPrometheus) } };
    config.alertmanagers = { AlertmanagerCluster {
        QStringLiteral("prod"), { endpointFor(kReplicaA), endpointFor(kReplicaB) } } };
    return config;
}

HealthCheck check(const QString &name, HealthCheck::Type type)
{
    HealthCheck c;
    c.name = name;
    c.type = type;
    c.timeoutMs = 2000;
    return c;
}

HealthCheck query(const QString &name, const QString &expr)
{
    HealthCheck c = check(name, HealthCheck::Type::PrometheusQuery);
    c.expr = expr;
    return c;
}

/// Runs @p config's checks on @p transport and returns the run (fails the test if it never ends).
CheckRun runChecks(
    const ConsoleConfig &config, RecordedTransport &transport, const CheckSelection &selection = {})
{
    HealthCheckRunner runner(config, transport);
    QSignalSpy finished(&runner, &HealthCheckRunner::finished);
    runner.run(selection);
    if (!finished.wait(10000))
        return {};
    return finished.constFirst().constFirst().value<CheckRun>();
}

const CheckResult *result(const CheckRun &run, const QString &name)
{
    for (const CheckResult &r : run.results) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

RecordedRoute queryRoute(const QString &exprPart)
{
    return RecordedRoute("GET", "/api/v1/query").withParamContaining("query", exprPart);
}

AlertmanagerChecks::ReplicaAnswer replica(
    const QUrl &url, const QString &statusFile = {}, const QString &alertsFile = {})
{
    AlertmanagerChecks::ReplicaAnswer a;
    a.cluster = QStringLiteral("prod");
    a.replica = url.toString();
    if (!statusFile.isEmpty())
        a.status = AlertmanagerParser::parseStatus(200, "application/json", testutils::readData(statusFile))
                       .value();
    if (!alertsFile.isEmpty())
        a.alerts = AlertmanagerParser::parseAlerts(200, "application/json", testutils::readData(alertsFile))
                       .value();
    return a;
}

} // namespace

class TestHealthChecks final : public QObject
{
    Q_OBJECT

private slots:
    void absentSeriesAreUnknownNeverAPass()
    {
        RecordedTransport transport;
        transport.answer(
            queryRoute(QStringLiteral("velero")), RecordedAnswer::file("health/vector-empty.json"));
        transport.answer(queryRoute(QStringLiteral("rate(")), RecordedAnswer::file("health/vector-nan.json"));
        ConsoleConfig config = stackConfig();
        HealthCheck backup = query(
            QStringLiteral("Backup age"), QStringLiteral("time() - velero_backup_last_successful_timestamp"));
        backup.critAbove = 86400;
        HealthCheck errors
            = query(QStringLiteral("Errors"), QStringLiteral("sum(rate(x[5m])) / sum(rate(y[5m]))"));
        errors.warnAbove = 0.1;
        config.healthChecks = { backup, errors };
        const CheckRun run = runChecks(config, transport);
        QCOMPARE(run.results.size(), 2);
        const CheckResult *b = result(run, QStringLiteral("Backup age"));
        QCOMPARE(b->status, CheckStatus::Unknown);
        QVERIFY2(b->message.contains(QLatin1String("data not available")), qPrintable(b->message));
        QVERIFY(!b->timedOut);
        const CheckResult *e = result(run, QStringLiteral("Errors"));
        QCOMPARE(e->status, CheckStatus::Unknown); // 0/0: no traffic to measure
        QVERIFY2(e->message.contains(QLatin1String("no traffic")), qPrintable(e->message));
        QCOMPARE(run.overall(), CheckStatus::Unknown);
    }

    void theWorstSeriesSpeaksAndIsNamed()
    {
        RecordedTransport transport;
        transport.answer(queryRoute(QStringLiteral("quantile")),
            RecordedAnswer::file("health/vector-three-services.json"));
        ConsoleConfig config = stackConfig();
        HealthCheck p95 = query(QStringLiteral("P95"), QStringLiteral("histogram_quantile(0.95, x)"));
        p95.unit = PanelUnit::Seconds;
        p95.warnAbove = 0.5;
        p95.critAbove = 0.75;
        config.healthChecks = { p95 };
        const CheckResult r = runChecks(config, transport).results.value(0);
        QCOMPARE(r.status, CheckStatus::Warn);
        QVERIFY2(r.message.contains(QLatin1String("service=\"trading\"")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("worst of 3")), qPrintable(r.message));
        QCOMPARE(r.numericValue.value_or(0), 0.62);
        QCOMPARE(r.value, QStringLiteral("620 ms"));
        QCOMPARE(r.threshold, QStringLiteral("> 500 ms warn, > 750 ms fail"));
        QCOMPARE(r.warnAt.value_or(0), 0.5);
        QCOMPARE(r.failAt.value_or(0), 0.75);
    }

    void lowerLimitsJudgeTheLowestSeries()
    {
        RecordedTransport transport;
        transport.answer(
            queryRoute(QStringLiteral("probe_ssl")), RecordedAnswer::file("health/vector-cert-expiry.json"));
        ConsoleConfig config = stackConfig();
        HealthCheck certs = query(
            QStringLiteral("Certificates"), QStringLiteral("probe_ssl_earliest_cert_expiry - time()"));
        certs.unit = PanelUnit::Seconds;
        certs.warnBelow = 604800;
        certs.critBelow = 86400;
        config.healthChecks = { certs };
        const CheckResult r = runChecks(config, transport).results.value(0);
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.contains(QLatin1String("auth.pivori.app")), qPrintable(r.message));
        QVERIFY(r.limitsAreLower);
        QCOMPARE(r.value, QStringLiteral("12 h"));
    }

    void aCheckThatHangsTimesOutAndSaysSo()
    {
        RecordedTransport transport;
        transport.answer(queryRoute(QStringLiteral("slow")), RecordedAnswer::noAnswer());
        transport.answer(
            queryRoute(QStringLiteral("fast")), RecordedAnswer::file("health/vector-three-services.json"));
        ConsoleConfig config = stackConfig();
        config.prometheus[0].endpoint.timeoutMs = 60'000; // the check's own timeout must end it
        HealthCheck slow = query(QStringLiteral("Slow"), QStringLiteral("slow_query"));
        slow.timeoutMs = 300;
        config.healthChecks = { slow, query(QStringLiteral("Fast"), QStringLiteral("fast_query")) };
        QElapsedTimer clock;
        clock.start();
        const CheckRun run = runChecks(config, transport);
        QVERIFY2(clock.elapsed() < 3000, "a run waits for no more than its longest timeout");
        QCOMPARE(run.results.size(), 2);
        const CheckResult *r = result(run, QStringLiteral("Slow"));
        QVERIFY(r->timedOut);
        QCOMPARE(r->status, CheckStatus::Unknown);
        QVERIFY2(r->message.contains(QLatin1String("timed out")), qPrintable(r->message));
        QCOMPARE(result(run, QStringLiteral("Fast"))->status, CheckStatus::Pass);
        QTRY_COMPARE(transport.inFlight(), 0); // the hung request was cancelled with its check
    }

    void prometheusDownFailsItsOwnChecksButOnlyBlursTheData()
    {
        RecordedTransport transport;
        const RecordedAnswer refused = RecordedAnswer::transportFailure(Error::Kind::Network);
        transport.answer(RecordedRoute("GET", "/-/healthy"), refused);
        transport.answer(RecordedRoute("GET", "/-/ready"), refused);
        transport.answer(RecordedRoute("GET", "/api/v1/rules"), refused);
        transport.answer(RecordedRoute("GET", "/api/v1/query"), refused);
        ConsoleConfig config = stackConfig();
        config.healthChecks = { check(QStringLiteral("Prometheus"), HealthCheck::Type::PrometheusHealth),
            check(QStringLiteral("Rules"), HealthCheck::Type::PrometheusRules),
            query(QStringLiteral("P95"), QStringLiteral("up")) };
        const CheckRun run = runChecks(config, transport);
        QCOMPARE(result(run, QStringLiteral("Prometheus"))->status, CheckStatus::Fail);
        QCOMPARE(result(run, QStringLiteral("Rules"))->status, CheckStatus::Fail);
        QCOMPARE(result(run, QStringLiteral("P95"))->status, CheckStatus::Unknown);
        QCOMPARE(run.overall(), CheckStatus::Fail);
    }

    void failingRuleGroupIsNamedWithItsError()
    {
        RecordedTransport transport;
        transport.answer(
            RecordedRoute("GET", "/api/v1/rules"), RecordedAnswer::file("health/rules-failing.json"));
        transport.answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file("health/vector-empty.json"));
        ConsoleConfig config = stackConfig();
        config.healthChecks = { check(QStringLiteral("Rules"), HealthCheck::Type::PrometheusRules) };
        const CheckResult r = runChecks(config, transport).results.value(0);
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.contains(QLatin1String("broken (/tmp/stack/broken.yml)")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("duplicate series")), qPrintable(r.message));
        QCOMPARE(r.link, QStringLiteral("rulegroup:/tmp/stack/broken.yml/broken"));

        const auto groups = PrometheusParser::parseRulesResponse(
            200, "application/json", testutils::readData(QStringLiteral("health/rules-failing.json")));
        QVERIFY(PrometheusChecks::hasAlertingRule(groups.value(), QStringLiteral("Watchdog")));
        QVERIFY(!PrometheusChecks::hasAlertingRule(groups.value(), QStringLiteral("Heartbeat")));
    }

    void overrunningAndMissedEvaluationsWarn()
    {
        const auto slow = PrometheusParser::parseRulesResponse(
            200, "application/json", testutils::readData(QStringLiteral("health/rules-slow.json")));
        const CheckResult r = PrometheusChecks::judgeRules(slow.value(), nullptr);
        QCOMPARE(r.status, CheckStatus::Warn);
        QVERIFY2(r.message.contains(QLatin1String("heavy takes")), qPrintable(r.message));

        QueryResult missed;
        missed.series = { Series {
            testutils::labels({ { "rule_group", "/etc/r.yml;pivori-slo" } }), { Sample { 0, 3 } } } };
        const CheckResult m = PrometheusChecks::judgeRules(
            { PromRuleGroup { QStringLiteral("pivori-slo"), {}, 15, 0.1, {}, {} } }, &missed);
        QCOMPARE(m.status, CheckStatus::Warn);
        QVERIFY2(m.message.contains(QLatin1String("missed iterations")), qPrintable(m.message));
    }

    void downTargetsAreListedWithTheirError()
    {
        RecordedTransport transport;
        transport.answer(
            RecordedRoute("GET", "/api/v1/targets"), RecordedAnswer::file("health/targets-down.json"));
        ConsoleConfig config = stackConfig();
        config.healthChecks = { check(QStringLiteral("Targets"), HealthCheck::Type::Targets) };
        const CheckResult r = runChecks(config, transport).results.value(0);
        QCOMPARE(r.status, CheckStatus::Fail);
        QCOMPARE(r.value, QStringLiteral("1 of 2 up"));
        QVERIFY2(r.message.contains(QLatin1String("pivori-services/127.0.0.1:39117")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("connection refused")), qPrintable(r.message));
        QCOMPARE(r.link, QStringLiteral("target:http://127.0.0.1:39117/metrics"));
    }

    void prometheusMustSendToEveryReplica()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v1/alertmanagers"),
            RecordedAnswer::file("health/alertmanagers-one.json"));
        transport.answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file("health/vector-empty.json"));
        ConsoleConfig config = stackConfig();
        config.healthChecks = { check(QStringLiteral("To AM"), HealthCheck::Type::PrometheusAlertmanagers) };
        CheckResult r = runChecks(config, transport).results.value(0);
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.contains(kReplicaB.toString()), qPrintable(r.message));

        transport.answer(RecordedRoute("GET", "/api/v1/alertmanagers"),
            RecordedAnswer::file("health/alertmanagers-both.json"));
        r = runChecks(config, transport).results.value(0);
        QCOMPARE(r.status, CheckStatus::Pass);
        // localhost and 127.0.0.1 are the same replica
        config.alertmanagers[0].replicas[0].url = QUrl(QStringLiteral("http://localhost:19093"));
        QCOMPARE(runChecks(config, transport).results.value(0).status, CheckStatus::Pass);
    }

    void failedConfigReloadFails()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v1/status/runtimeinfo"),
            RecordedAnswer::file("health/runtimeinfo-reload-failed.json"));
        transport.answer(
            RecordedRoute("GET", "/api/v1/status/tsdb"), RecordedAnswer::file("health/tsdb.json"));
        transport.answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file("health/vector-empty.json"));
        ConsoleConfig config = stackConfig();
        config.healthChecks = { check(QStringLiteral("Config"), HealthCheck::Type::PrometheusConfig),
            check(QStringLiteral("TSDB"), HealthCheck::Type::PrometheusTsdb) };
        const CheckRun run = runChecks(config, transport);
        QCOMPARE(result(run, QStringLiteral("Config"))->status, CheckStatus::Fail);
        QVERIFY(
            result(run, QStringLiteral("Config"))->message.contains(QLatin1String("2026-12-06T17:40:10Z")));
        QCOMPARE(result(run, QStringLiteral("TSDB"))->status, CheckStatus::Pass);
        QCOMPARE(result(run, QStringLiteral("TSDB"))->numericValue.value_or(0), 1854.0);
    }

    void replicasAndClusterAndConfigHash()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/-/ready").onServer(kReplicaA),
            RecordedAnswer::bytes("OK", 200, "text/plain"));
        transport.answer(RecordedRoute("GET", "/-/ready").onServer(kReplicaB),
            RecordedAnswer::transportFailure(Error::Kind::Network));
        transport.answer(RecordedRoute("GET", "/api/v2/status").onServer(kReplicaA),
            RecordedAnswer::file("alertmanager/status-ready.json"));
        transport.answer(RecordedRoute("GET", "/api/v2/status").onServer(kReplicaB),
            RecordedAnswer::file("health/status-other-config.json"));
        ConsoleConfig config = stackConfig();
        config.healthChecks = { check(QStringLiteral("Ready"), HealthCheck::Type::AlertmanagerReplicas),
            check(QStringLiteral("Cluster"), HealthCheck::Type::AlertmanagerCluster),
            check(QStringLiteral("Hash"), HealthCheck::Type::AlertmanagerConfigHash) };
        const CheckRun run = runChecks(config, transport);
        QCOMPARE(result(run, QStringLiteral("Ready"))->status, CheckStatus::Fail);
        QCOMPARE(result(run, QStringLiteral("Ready"))->value, QStringLiteral("1 of 2 ready"));
        QVERIFY(result(run, QStringLiteral("Ready"))->message.contains(kReplicaB.toString()));
        QCOMPARE(result(run, QStringLiteral("Cluster"))->status, CheckStatus::Pass);
        QCOMPARE(result(run, QStringLiteral("Hash"))->status, CheckStatus::Fail);
        QVERIFY2(
            result(run, QStringLiteral("Hash"))->message.contains(QLatin1String("different configurations")),
            qPrintable(result(run, QStringLiteral("Hash"))->message));

        // A replica that sees only itself is not in the cluster.
        QHash<QString, int> expected { { QStringLiteral("prod"), 3 } };
        const CheckResult short3 = AlertmanagerChecks::judgeCluster(
            { replica(kReplicaA, QStringLiteral("alertmanager/status-ready.json")) }, expected);
        QCOMPARE(short3.status, CheckStatus::Fail);
        QVERIFY2(short3.message.contains(QLatin1String("2 of 3 peers")), qPrintable(short3.message));
    }

    void watchdogPresentAndFreshOnEveryReplica()
    {
        const QString watchdog = QStringLiteral("Watchdog");
        const QDateTime updated(QDate(2026, 12, 6), QTime(18, 0, 0, 500), Qt::UTC);
        const auto both = QList { replica(kReplicaA, {}, QStringLiteral("health/alerts-watchdog.json")),
            replica(kReplicaB, {}, QStringLiteral("health/alerts-watchdog.json")) };
        QCOMPARE(AlertmanagerChecks::judgeWatchdog(both, watchdog, updated.addSecs(60), 300'000).status,
            CheckStatus::Pass);

        // Stale: not refreshed for longer than allowed (its endsAt has not passed yet).
        const CheckResult stale
            = AlertmanagerChecks::judgeWatchdog(both, watchdog, updated.addSecs(200), 60'000);
        QCOMPARE(stale.status, CheckStatus::Fail);
        QVERIFY2(stale.message.contains(QLatin1String("stale")), qPrintable(stale.message));

        // Missing on one replica: that replica gets no alerts.
        const auto one = QList { replica(kReplicaA, {}, QStringLiteral("health/alerts-watchdog.json")),
            replica(kReplicaB) };
        const CheckResult missing
            = AlertmanagerChecks::judgeWatchdog(one, watchdog, updated.addSecs(60), 300'000);
        QCOMPARE(missing.status, CheckStatus::Fail);
        QVERIFY2(missing.message.contains(QLatin1String("missing on ") + kReplicaB.toString()),
            qPrintable(missing.message));
        QCOMPARE(missing.value, QStringLiteral("1 of 2 replicas"));

        // Unreadable replica, the other fine: unknown, not pass.
        auto unread = both;
        unread[1].error = Error { Error::Kind::Network, 0, {}, QStringLiteral("Connection refused"), {} };
        QCOMPARE(AlertmanagerChecks::judgeWatchdog(unread, watchdog, updated.addSecs(60), 300'000).status,
            CheckStatus::Unknown);
    }

    void certificateExpiryBands()
    {
        const QList<QSslCertificate> certs
            = QSslCertificate::fromData(testutils::readData(QStringLiteral("health/cert-shop.pem")));
        QCOMPARE(certs.size(), 1);
        const QSslCertificate &cert = certs.constFirst();
        const QDateTime expiry = cert.expiryDate().toUTC();
        HealthCheck c = check(QStringLiteral("TLS"), HealthCheck::Type::TlsExpiry);
        c.url = QUrl(QStringLiteral("https://shop.pivori.test"));
        c.unit = PanelUnit::Seconds;
        c.warnBelow = 7 * 86400.0;
        c.critBelow = 86400.0;
        QCOMPARE(
            ConnectivityChecks::judgeCertificate(c, cert, expiry.addDays(-30), {}).status, CheckStatus::Pass);
        const CheckResult warn = ConnectivityChecks::judgeCertificate(c, cert, expiry.addDays(-3), {});
        QCOMPARE(warn.status, CheckStatus::Warn);
        QVERIFY2(warn.message.contains(QLatin1String("shop.pivori.test")), qPrintable(warn.message));
        QCOMPARE(ConnectivityChecks::judgeCertificate(c, cert, expiry.addSecs(-3600), {}).status,
            CheckStatus::Fail);
        const CheckResult expired
            = ConnectivityChecks::judgeCertificate(c, cert, expiry.addDays(1), QStringLiteral("self-signed"));
        QCOMPARE(expired.status, CheckStatus::Fail);
        QVERIFY2(expired.message.contains(QLatin1String("expired")), qPrintable(expired.message));
        QVERIFY2(expired.message.contains(QLatin1String("self-signed")), qPrintable(expired.message));
    }

    void httpStatusAndLatency()
    {
        HealthCheck c = check(QStringLiteral("Trading"), HealthCheck::Type::Http);
        c.url = QUrl(QStringLiteral("http://trading:8040/health"));
        c.unit = PanelUnit::Seconds;
        c.warnAbove = 0.5;
        c.critAbove = 1;
        HttpResponse ok;
        ok.status = 200;
        ok.elapsedMs = 40;
        QCOMPARE(ConnectivityChecks::judgeHttp(c, ok).status, CheckStatus::Pass);
        HttpResponse slow = ok;
        slow.elapsedMs = 700;
        QCOMPARE(ConnectivityChecks::judgeHttp(c, slow).status, CheckStatus::Warn);
        HttpResponse broken = ok;
        broken.status = 503;
        const CheckResult r = ConnectivityChecks::judgeHttp(c, broken);
        QCOMPARE(r.status, CheckStatus::Fail);
        QVERIFY2(r.message.contains(QLatin1String("HTTP 503")), qPrintable(r.message));
    }

    void selectionByCategoryAndName()
    {
        RecordedTransport transport;
        transport.answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file("health/vector-three-services.json"));
        ConsoleConfig config = stackConfig();
        HealthCheck a = query(QStringLiteral("A"), QStringLiteral("a"));
        a.category = QStringLiteral("Performance");
        HealthCheck b = query(QStringLiteral("B"), QStringLiteral("b"));
        b.category = QStringLiteral("Backups");
        config.healthChecks = { a, b, check(QStringLiteral("Watchdog"), HealthCheck::Type::Watchdog) };
        config.deadMansSwitch.clear();
        CheckRun run = runChecks(config, transport, CheckSelection { { QStringLiteral("backups") }, {} });
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results[0].name, QStringLiteral("B"));
        QCOMPARE(run.results[0].category, QStringLiteral("Backups"));
        run = runChecks(
            config, transport, CheckSelection { {}, { QStringLiteral("watchdog"), QStringLiteral("A") } });
        QCOMPARE(run.results.size(), 2);
        QCOMPARE(run.results[0].name, QStringLiteral("A")); // configured order
        QCOMPARE(run.results[1].category, QStringLiteral("End to end"));
        QCOMPARE(run.results[1].status, CheckStatus::Unknown); // no dead man's switch configured
        // An empty selection result still finishes, as Unknown.
        run = runChecks(config, transport, CheckSelection { { QStringLiteral("nothing") }, {} });
        QVERIFY(run.results.isEmpty());
        QCOMPARE(run.overall(), CheckStatus::Unknown);
        QVERIFY(run.finishedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestHealthChecks)
#include "tst_healthchecks.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic exporter, driven as a black box through its command line and HTTP API:
// the fleet it describes and the numbers it reports in normal operation.
#include "simulatorharness.h"

using namespace simulatortest;

class TestSimulatorModel final : public QObject
{
    Q_OBJECT

private slots:
    void badCommandLineExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown flag is named") << args({ "--bogus" }) << str("bogus");
        QTest::newRow("seed must be a number") << args({ "--seed", "x" }) << str("--seed");
        QTest::newRow("time scale must be positive") << args({ "--time-scale", "0" }) << str("--time-scale");
        QTest::newRow("time scale must be a number") << args({ "--time-scale", "fast" }) << str("fast");
        QTest::newRow("listen needs a port") << args({ "--listen", "127.0.0.1" }) << str("--listen");
        QTest::newRow("listen host must be an address")
            << args({ "--listen", "example.org:80" }) << str("example.org");
        QTest::newRow("listen port must fit 16 bits")
            << args({ "--listen", "127.0.0.1:70000" }) << str("70000");
        QTest::newRow("unknown scenario is named") << args({ "--scenario", "meteor" }) << str("meteor");
        QTest::newRow("bad scenario target is named")
            << args({ "--scenario", "node-not-ready:node-9" }) << str("node-9");
        QTest::newRow("pod scenario rejects a node")
            << args({ "--scenario", "memory-leak:node-1" }) << str("node-1");
        QTest::newRow("stray argument is named") << args({ "extra" }) << str("extra");
        QTest::newRow("fewer services than the platform's")
            << args({ "--services", "14" }) << str("--services");
        QTest::newRow("services must be a number") << args({ "--services", "many" }) << str("many");
        QTest::newRow("pods per service must be positive")
            << args({ "--pods-per-service", "0" }) << str("--pods-per-service");
    }

    void badCommandLineExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = runSimulator(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')) && err.startsWith(QLatin1String("pivori-simulator: ")),
            qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void helpListsEveryScenario()
    {
        const Run run = runSimulator(args({ "--help" }));
        QCOMPARE(run.exitCode, 0);
        for (const char *name : { "latency-spike", "error-burst", "memory-leak", "cpu-saturation",
                 "crash-loop", "node-not-ready", "service-down", "--time-scale", "--seed", "--port-file" })
            QVERIFY2(run.out.contains(name), name);
    }

    void announcesItsPortOnStdoutAndInTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Simulator simulator({ str("--port-file"), dir.filePath(str("port")) });
        QVERIFY2(simulator.waitListening(), qPrintable(simulator.line()));
        QFile file(dir.filePath(str("port")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().toUInt(), uint(simulator.port()));
        const Reply health = simulator.request("GET", str("/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.body, QByteArray("ok"));
    }

    void metricsUseTheGuideNamesAndLabels()
    {
        Simulator simulator({});
        QVERIFY(simulator.waitListening());
        const Reply reply = simulator.request("GET", str("/metrics"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        for (const char *declaration : { "http_request_duration_seconds histogram",
                 "http_requests_total counter", "container_memory_working_set_bytes gauge",
                 "container_cpu_usage_seconds_total counter", "kube_pod_container_resource_limits gauge",
                 "http_server_active_connections gauge", "kube_pod_container_status_restarts_total counter",
                 "kube_node_status_condition gauge", "probe_success gauge", "probe_duration_seconds gauge",
                 "probe_ssl_earliest_cert_expiry gauge", "velero_backup_last_successful_timestamp gauge" })
            QVERIFY2(reply.body.contains(QByteArray(QByteArray("# TYPE ") + declaration)), declaration);
        // Prometheus attaches job and instance itself; the exporter must not claim them.
        QVERIFY(!reply.body.contains("instance=\"") && !reply.body.contains("job=\""));

        const Scrape scrape = parseExposition(reply.body);
        QSet<QString> services;
        for (const Sample &sample : scrape.value(str("http_requests_total")))
            services.insert(sample.labels.value(str("service")));
        QCOMPARE(services.size(), 15);
        QVERIFY(services.contains(str("geolocation")) && services.contains(str("trading"))
            && services.contains(str("market-data")));

        QHash<QString, int> podsPerService;
        static const QRegularExpression podName(str("^([a-z-]+)-[b-z2-9]{9,10}-[b-z2-9]{5}$"));
        for (const Sample &sample : scrape.value(str("container_memory_working_set_bytes"))) {
            const auto match = podName.match(sample.labels.value(str("pod")));
            QVERIFY2(match.hasMatch(), qPrintable(sample.labels.value(str("pod"))));
            QCOMPARE(match.captured(1), sample.labels.value(str("container")));
            QCOMPARE(sample.labels.value(str("namespace")), str("production"));
            ++podsPerService[match.captured(1)];
        }
        QCOMPARE(podsPerService.size(), 15);
        for (auto it = podsPerService.begin(); it != podsPerService.end(); ++it)
            QVERIFY2(it.value() >= 2 && it.value() <= 3, qPrintable(it.key()));

        QCOMPARE(scrape.value(str("kube_node_status_condition")).size(), 9);
        QCOMPARE(total(scrape, "kube_node_status_condition", { { "status", "true" } }), 3.0);
        QCOMPARE(total(scrape, "probe_success"), 15.0);
        QCOMPARE(total(scrape, "probe_success", { { "target", "http://trading:8040/health" } }), 1.0);
        QCOMPARE(total(scrape, "probe_ssl_earliest_cert_expiry",
                     { { "target", "https://geolocation.pivori.app" } })
                > 0,
            true);
    }

    void sameSeedSameFleetOtherSeedOtherPods()
    {
        auto limitsOf = [](const char *seed) {
            Simulator simulator(args({ "--seed", seed }));
            QSet<QString> limits;
            if (!simulator.waitListening())
                return limits;
            for (const Sample &sample : simulator.scrape().value(str("kube_pod_container_resource_limits")))
                limits.insert(sample.labels.value(str("pod")) + QLatin1Char('/')
                    + sample.labels.value(str("resource")) + QLatin1Char('=')
                    + QString::number(sample.value));
            return limits;
        };
        const QSet<QString> first = limitsOf("5");
        QVERIFY(first.size() >= 60);
        QCOMPARE(limitsOf("5"), first);
        QVERIFY(!limitsOf("6").intersects(first));
    }

    void normalOperationStaysInsideTheGuideTargets()
    {
        Simulator simulator(args({ "--seed", "3" }));
        QVERIFY(simulator.waitListening());
        const Scrape before = simulator.scrape();
        QElapsedTimer clock;
        clock.start();
        Scrape after;
        // Enough traffic that one floor()ed bucket count cannot move a percentile.
        QTRY_VERIFY_WITH_TIMEOUT(
            (after = simulator.scrape(),
                delta(after, before, "http_requests_total", { { "service", "reporting" } }) > 150.0),
            15000);
        const double seconds = clock.elapsed() / 1000.0;

        for (const Sample &probe : after.value(str("probe_success"))) {
            const QString service = probe.labels.value(str("service"));
            const QByteArray name = service.toUtf8();
            const double rate
                = delta(after, before, "http_requests_total", { { "service", name.constData() } }) / seconds;
            const double p50 = quantile(0.5, after, before, service);
            const double p95 = quantile(0.95, after, before, service);
            const double p99 = quantile(0.99, after, before, service);
            const QString what
                = str("%1: %2 req/s, p50 %3 p95 %4 p99 %5").arg(service).arg(rate).arg(p50).arg(p95).arg(p99);
            QVERIFY2(rate > 20.0 && rate < 700.0, qPrintable(what));
            QVERIFY2(p50 >= 0.04 && p50 <= 0.11, qPrintable(what));
            QVERIFY2(p95 >= 0.12 && p95 < 0.4, qPrintable(what));
            QVERIFY2(p99 < 0.7, qPrintable(what));
            const double serverErrors = statusShare(after, before, service, args({ "500", "503" }));
            const double clientErrors = statusShare(after, before, service, args({ "400", "404" }));
            // A 5xx series appears with its first failed request (about one a minute on a
            // quiet service), so over these seconds a service may show none yet.
            QVERIFY2(serverErrors < 0.001, qPrintable(what + QString::number(serverErrors)));
            QVERIFY2(clientErrors > 0.008 && clientErrors < 0.035,
                qPrintable(what + QString::number(clientErrors)));
        }
        for (const Sample &memory : after.value(str("container_memory_working_set_bytes")))
            QVERIFY2(
                memory.value > 2.5e8 && memory.value < 1.3e9, qPrintable(memory.labels.value(str("pod"))));
        QCOMPARE(total(after, "probe_success"), 15.0);
        QCOMPARE(delta(after, before, "kube_pod_container_status_restarts_total"), 0.0);
        const double now = QDateTime::currentSecsSinceEpoch();
        for (const Sample &expiry : after.value(str("probe_ssl_earliest_cert_expiry")))
            QVERIFY(expiry.value > now + 19 * 86400.0 && expiry.value < now + 81 * 86400.0);
        for (const Sample &backup : after.value(str("velero_backup_last_successful_timestamp")))
            QVERIFY(backup.value <= now + 1 && backup.value > now - 86400.0);
    }

    void fiveHundredSeriesAppearWithTheFirstFailedRequest()
    {
        Simulator simulator({});
        QVERIFY(simulator.waitListening());
        // Nothing has failed yet: no 5xx series at all, while 4xx and success series exist.
        const Scrape first = simulator.scrape();
        QVERIFY(scrapeHasNoStatus(first, "500") && scrapeHasNoStatus(first, "503"));
        QVERIFY(!first.value(str("http_requests_total")).isEmpty());

        // A burst of errors on the service that never fails makes its 5xx series appear.
        QCOMPARE(simulator.status("POST", "/scenarios/error-burst?target=reporting"), 200);
        QTRY_VERIFY_WITH_TIMEOUT(total(simulator.scrape(), "http_requests_total",
                                     { { "service", "reporting" }, { "status", "500" } })
                >= 1.0,
            10000);
    }

    void scaleOptionsAddGeneratedServicesAfterThePlatform()
    {
        Simulator simulator(args({ "--services", "150", "--pods-per-service", "4" }));
        QVERIFY(simulator.waitListening());
        const Scrape scrape = simulator.scrape();
        QSet<QString> services;
        for (const Sample &sample : scrape.value(str("probe_success")))
            services.insert(sample.labels.value(str("service")));
        QCOMPARE(services.size(), 150);
        // The platform's services are still there, beside generated, readable names.
        QVERIFY(services.contains(str("trading")) && services.contains(str("ledger-api")));
        static const QRegularExpression readable(str("^[a-z]+(-[a-z]+)*(-[0-9]+)?$"));
        for (const QString &service : std::as_const(services))
            QVERIFY2(readable.match(service).hasMatch(), qPrintable(service));
        QCOMPARE(scrape.value(str("container_memory_working_set_bytes")).size(), 600);
        // 600 pods need more than the guide's three nodes.
        QVERIFY(scrape.value(str("kube_node_status_condition")).size() > 9);
    }

private:
    static bool scrapeHasNoStatus(const Scrape &scrape, const char *status)
    {
        for (const Sample &sample : scrape.value(str("http_requests_total"))) {
            if (sample.labels.value(str("status")) == QLatin1String(status))
                return false;
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestSimulatorModel)
#include "tst_simulatormodel.moc"

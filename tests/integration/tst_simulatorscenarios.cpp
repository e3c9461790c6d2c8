// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic exporter's scenarios, driven through its HTTP API: what each one changes,
// that it recovers, and that hostile input never takes the exporter down.
#include "simulatorharness.h"

using namespace simulatortest;

class TestSimulatorScenarios final : public QObject
{
    Q_OBJECT

private slots:
    void scenarioApi_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        auto row
            = [](const char *name, const char *verb, const char *path, int status, const char *mentions) {
                  QTest::newRow(name) << QByteArray(verb) << str(path) << status << str(mentions);
              };
        row("listing names every scenario", "GET", "/scenarios", 200, "service-down");
        row("switch on with the default target", "POST", "/scenarios/node-not-ready", 200, "node-3");
        row("pod scenario given a service picks its first pod", "POST",
            "/scenarios/memory-leak?target=trading", 200, "\"target\":\"trading-");
        row("percent-encoded target is decoded", "POST", "/scenarios/latency-spike?target=se%61rch", 200,
            "\"target\":\"search\"");
        row("switch off reports what stopped", "DELETE", "/scenarios/node-not-ready", 200, "node-3");
        row("unknown scenario on is 404", "POST", "/scenarios/meteor", 404, "meteor");
        row("unknown scenario off is 404", "DELETE", "/scenarios/meteor", 404, "meteor");
        row("unknown node is 400", "POST", "/scenarios/node-not-ready?target=node-9", 400, "node-9");
        row("service scenario rejects a node", "POST", "/scenarios/error-burst?target=node-1", 400, "node-1");
        row("reading a scenario is not allowed", "GET", "/scenarios/crash-loop", 405, "POST");
        row("posting to metrics is not allowed", "POST", "/metrics", 405, "GET");
        row("unknown path is 404", "GET", "/admin", 404, "/admin");
        row("nested scenario path is 404", "POST", "/scenarios/crash-loop/x", 404, "crash-loop/x");
    }

    void scenarioApi()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        Simulator simulator({});
        QVERIFY(simulator.waitListening());
        if (verb == "DELETE") // something to switch off first
            QCOMPARE(simulator.request("POST", path).status == 200, status == 200);
        const Reply reply = simulator.request(verb, path);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.body.contains(mentions.toUtf8()), reply.body.constData());
        if (status != 200)
            QVERIFY2(QJsonDocument::fromJson(reply.body).object().contains(QLatin1String("error")),
                reply.body.constData());
    }

    void scenarioSwitchesAreListedAsActive()
    {
        Simulator simulator(args({ "--scenario", "crash-loop", "--scenario", "service-down:search" }));
        QVERIFY(simulator.waitListening());
        auto active = [&simulator] {
            QStringList entries;
            for (const auto &value : simulator.scenarios().value(QLatin1String("active")).toArray()) {
                const QJsonObject entry = value.toObject();
                if (entry.value(QLatin1String("since")).toDouble() < 1.6e9)
                    entries << str("since is not a unix time");
                entries << entry.value(QLatin1String("name")).toString() + QLatin1Char(':')
                        + entry.value(QLatin1String("target")).toString();
            }
            return entries;
        };
        const QString crashLoop = str("crash-loop:") + simulator.defaultTarget("crash-loop");
        QVERIFY(crashLoop.startsWith(QLatin1String("crash-loop:payments-")));
        QCOMPARE(active(), (QStringList { crashLoop, str("service-down:search") }));
        QCOMPARE(simulator.status("POST", "/scenarios/service-down"), 200);
        QCOMPARE(simulator.status("POST", "/scenarios/service-down"), 200); // idempotent
        QCOMPARE(active().size(), 3);
        QCOMPARE(simulator.status("DELETE", "/scenarios/service-down?target=search"), 200);
        QCOMPARE(active(), (QStringList { crashLoop, str("service-down:notifications") }));
        QCOMPARE(simulator.status("DELETE", "/scenarios/crash-loop"), 200);
        QCOMPARE(simulator.status("DELETE", "/scenarios/service-down"), 200);
        QCOMPARE(active(), QStringList());
    }

    void nodeAndServiceScenariosFlipAndRecover()
    {
        Simulator simulator(args({ "--time-scale", "60" }));
        QVERIFY(simulator.waitListening());
        const Labels node3 { { "node", "node-3" }, { "status", "true" } };
        const Labels notifications { { "service", "notifications" } };
        QCOMPARE(simulator.status("POST", "/scenarios/node-not-ready"), 200);
        QCOMPARE(simulator.status("POST", "/scenarios/service-down"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(total(simulator.scrape(), "kube_node_status_condition", node3), 0.0, 5000);
        QCOMPARE(total(simulator.scrape(), "kube_node_status_condition",
                     { { "node", "node-3" }, { "status", "false" } }),
            1.0);
        QTRY_COMPARE_WITH_TIMEOUT(total(simulator.scrape(), "probe_success", notifications), 0.0, 5000);
        // Once down, the service's counters stand still while the others keep counting.
        const Scrape stopped = simulator.scrape();
        QTRY_VERIFY_WITH_TIMEOUT(delta(simulator.scrape(), stopped, "http_requests_total") > 500.0, 5000);
        QCOMPARE(delta(simulator.scrape(), stopped, "http_requests_total", notifications), 0.0);
        QCOMPARE(total(simulator.scrape(), "http_server_active_connections", notifications), 0.0);

        QCOMPARE(simulator.status("DELETE", "/scenarios/node-not-ready"), 200);
        QCOMPARE(simulator.status("DELETE", "/scenarios/service-down"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(total(simulator.scrape(), "kube_node_status_condition", node3), 1.0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(total(simulator.scrape(), "probe_success", notifications), 1.0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            delta(simulator.scrape(), stopped, "http_requests_total", notifications) > 0.0, 5000);
    }

    void healthCheckScenariosBreakWhatTheChecksRead()
    {
        Simulator simulator(args({ "--time-scale", "60" }));
        QVERIFY(simulator.waitListening());
        QTRY_VERIFY_WITH_TIMEOUT(
            total(simulator.scrape(), "velero_backup_last_successful_timestamp") > 0.0, 5000);
        const Scrape healthy = simulator.scrape();
        const auto now = double(QDateTime::currentSecsSinceEpoch());
        // Healthy: every pod ready, volumes under 80 %, backups within a day, certificates far off.
        QCOMPARE(total(healthy, "kube_pod_status_ready", { { "condition", "false" } }), 0.0);
        QVERIFY(total(healthy, "kube_pod_status_ready", { { "condition", "true" } }) > 10.0);
        const Labels postgres { { "persistentvolumeclaim", "data-postgres-0" } };
        QVERIFY(total(healthy, "kubelet_volume_stats_used_bytes", postgres)
            < 0.8 * total(healthy, "kubelet_volume_stats_capacity_bytes", postgres));
        QVERIFY(now - total(healthy, "velero_backup_last_successful_timestamp", { { "schedule", "daily" } })
            < 86400.0);
        const Labels auth { { "service", "auth" } };
        QVERIFY(total(healthy, "probe_ssl_earliest_cert_expiry", auth) - now > 7 * 86400.0);

        for (const char *scenario : { "pod-not-ready", "stale-backup", "cert-expiring", "volume-filling" })
            QCOMPARE(
                simulator.status("POST", QByteArray(QByteArray("/scenarios/") + scenario).constData()), 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            total(simulator.scrape(), "kube_pod_status_ready", { { "condition", "false" } }), 1.0, 5000);
        const Scrape broken = simulator.scrape();
        QCOMPARE(total(broken, "kubelet_volume_stats_used_bytes", postgres),
            0.95 * total(broken, "kubelet_volume_stats_capacity_bytes", postgres));
        QVERIFY(now - total(broken, "velero_backup_last_successful_timestamp", { { "schedule", "daily" } })
            > 86400.0);
        const double left = total(broken, "probe_ssl_earliest_cert_expiry", auth) - now;
        QVERIFY2(left > 0 && left < 86400.0, qPrintable(QString::number(left)));

        for (const char *scenario : { "pod-not-ready", "stale-backup", "cert-expiring", "volume-filling" })
            QCOMPARE(simulator.status("DELETE", QByteArray(QByteArray("/scenarios/") + scenario).constData()),
                200);
        QTRY_COMPARE_WITH_TIMEOUT(
            total(simulator.scrape(), "kube_pod_status_ready", { { "condition", "false" } }), 0.0, 5000);
        QVERIFY(now
                - total(simulator.scrape(), "velero_backup_last_successful_timestamp",
                    { { "schedule", "daily" } })
            < 86400.0);
    }

    void latencySpikeAndErrorBurstShiftTheirService()
    {
        Simulator simulator(args({ "--scenario", "latency-spike", "--scenario", "error-burst" }));
        QVERIFY(simulator.waitListening());
        const Scrape before = simulator.scrape();
        Scrape after;
        QTRY_VERIFY_WITH_TIMEOUT(
            (after = simulator.scrape(),
                delta(after, before, "http_requests_total", { { "service", "trading" } }) > 500.0),
            15000);
        const double p95 = quantile(0.95, after, before, str("trading"));
        const double p99 = quantile(0.99, after, before, str("trading"));
        QVERIFY2(p95 > 0.65 && p95 < 0.95, qPrintable(QString::number(p95)));
        QVERIFY2(p99 > 1.4 && p99 < 2.3, qPrintable(QString::number(p99)));
        QVERIFY(quantile(0.95, after, before, str("market-data")) < 0.4);
        const double burst = statusShare(after, before, str("market-data"), args({ "500", "503" }));
        QVERIFY2(qAbs(burst - 0.08) < 0.005, qPrintable(QString::number(burst)));
        QVERIFY(statusShare(after, before, str("trading"), args({ "500", "503" })) < 0.001);
    }

    void podScenariosLeakSaturateAndRestart()
    {
        // At time scale 600 the leak reaches the limit in 1.5 s and the pod restarts every 0.5 s.
        Simulator simulator(args({ "--time-scale", "600", "--scenario", "memory-leak", "--scenario",
            "cpu-saturation", "--scenario", "crash-loop" }));
        QVERIFY(simulator.waitListening());
        const QByteArray leakingPod = simulator.defaultTarget("memory-leak").toUtf8();
        const QByteArray busyPod = simulator.defaultTarget("cpu-saturation").toUtf8();
        const QByteArray crashingPod = simulator.defaultTarget("crash-loop").toUtf8();
        const Labels leaking { { "pod", leakingPod.constData() } };
        const Labels busy { { "pod", busyPod.constData() } };
        const Labels crashing { { "pod", crashingPod.constData() } };
        const char *memory = "container_memory_working_set_bytes";
        const char *restarts = "kube_pod_container_status_restarts_total";

        const Scrape before = simulator.scrape();
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(total(simulator.scrape(), memory, leaking) > 1.95e9, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(delta(simulator.scrape(), before, restarts, crashing) >= 3.0, 10000);
        // A CPU rate needs a couple of seconds of history; the fleet's traffic tells when they passed.
        QTRY_VERIFY_WITH_TIMEOUT(delta(simulator.scrape(), before, "http_requests_total") > 5000.0, 10000);
        const Scrape after = simulator.scrape();
        const double seconds = clock.elapsed() / 1000.0;
        QVERIFY2(total(after, memory, leaking) < 2.0e9, "the leak stays under the 2 GB limit");
        const double limit = total(after, "kube_pod_container_resource_limits",
            { { "pod", busyPod.constData() }, { "resource", "cpu" } });
        const double share
            = delta(after, before, "container_cpu_usage_seconds_total", busy) / seconds / limit;
        QVERIFY2(share > 0.8 && share < 1.05, qPrintable(QString::number(share)));

        QCOMPARE(simulator.status("DELETE", "/scenarios/memory-leak"), 200);
        QTRY_VERIFY_WITH_TIMEOUT(total(simulator.scrape(), memory, leaking) < 1.3e9, 5000);
        QCOMPARE(simulator.status("DELETE", "/scenarios/crash-loop"), 200);
        const Scrape settled = simulator.scrape();
        // Several restart intervals (0.5 s each) later, the count has not moved.
        QTRY_VERIFY_WITH_TIMEOUT(delta(simulator.scrape(), settled, "http_requests_total") > 4000.0, 10000);
        QCOMPARE(delta(simulator.scrape(), settled, restarts, crashing), 0.0);
    }

    void hostileInputIsRefusedAndServingContinues_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("statusLine");
        QByteArray noise;
        for (int i = 0; i < 256; ++i)
            noise.append(char((i * 97 + 13) % 256));
        QByteArray manyHeaders("GET /health HTTP/1.1\r\n");
        for (int i = 0; i < 100; ++i)
            manyHeaders += "H" + QByteArray::number(i) + ": v\r\n";
        const QByteArray post("POST /scenarios/crash-loop HTTP/1.1\r\n");
        auto row = [](const char *name, const QByteArray &bytes, const char *status) {
            QTest::newRow(name) << bytes << QByteArray(status);
        };
        row("binary noise", noise, "HTTP/1.1 400");
        row("NUL bytes", QByteArray(40, '\0') + "\r\n\r\n", "HTTP/1.1 400");
        row("request line without version", QByteArray("GET /metrics\r\n\r\n"), "HTTP/1.1 400");
        row("unsupported HTTP version", QByteArray("GET /health HTTP/2.0\r\n\r\n"), "HTTP/1.1 505");
        row("absolute-form target", QByteArray("GET http://x/health HTTP/1.1\r\n\r\n"), "HTTP/1.1 400");
        row("bare LF line ends", QByteArray("GET /health HTTP/1.1\nHost: x\n\n"), "HTTP/1.1 400");
        row("control character in path", QByteArray("GET /he%0Alth HTTP/1.1\r\n\r\n"), "HTTP/1.1 400");
        row("folded header", QByteArray("GET /health HTTP/1.1\r\n folded\r\n\r\n"), "HTTP/1.1 400");
        row("header without colon", QByteArray("GET /health HTTP/1.1\r\nnocolon\r\n\r\n"), "HTTP/1.1 400");
        row("oversized header",
            QByteArray("GET /health HTTP/1.1\r\nX: ") + QByteArray(20000, 'a') + "\r\n\r\n", "HTTP/1.1 431");
        row("endless request line", QByteArray("GET /") + QByteArray(20000, 'a'), "HTTP/1.1 400");
        row("too many headers", manyHeaders + "\r\n", "HTTP/1.1 431");
        row("huge Content-Length", post + "Content-Length: 99999999\r\n\r\n", "HTTP/1.1 413");
        row("negative Content-Length", post + "Content-Length: -1\r\n\r\n", "HTTP/1.1 400");
        row("chunked body", post + "Transfer-Encoding: chunked\r\n\r\n", "HTTP/1.1 501");
        row("invalid UTF-8 path", QByteArray("GET /\xff\xfe%ff HTTP/1.1\r\n\r\n"), "HTTP/1.1 404");
        row("body is read and ignored", QByteArray("GET /health HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"),
            "HTTP/1.1 200");
        row("HEAD has headers only", QByteArray("HEAD /health HTTP/1.0\r\n\r\n"), "HTTP/1.1 200");
        row("truncated request, then hang-up", QByteArray("GET /heal"), "");
    }

    void hostileInputIsRefusedAndServingContinues()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, statusLine);
        Simulator simulator({});
        QVERIFY(simulator.waitListening());

        QTcpSocket socket;
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, simulator.port());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        socket.write(bytes);
        if (statusLine.isEmpty()) {
            socket.disconnectFromHost();
        } else {
            // The server answers and then closes: the whole answer is in once the socket is down.
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
            QVERIFY2(answer.startsWith(statusLine), answer.left(120).constData());
            if (bytes.startsWith("HEAD"))
                QVERIFY(answer.endsWith("\r\n\r\n"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(simulator.running());
        QCOMPARE(simulator.status("GET", "/health"), 200);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorScenarios)
#include "tst_simulatorscenarios.moc"

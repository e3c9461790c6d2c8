// SPDX-License-Identifier: GPL-3.0-or-later
// The window's consumers of the servers' answers (a dashboard panel, the alert inbox's poller,
// the status bar's server poller, the Health page's checks, the NOC wall's banners and alert
// band) against answers no honest server gives: a drip, silence, 100 MB, a connection cut
// mid-answer, 503 with a JSON error, a 502 HTML page, garbage, 401, a refused connection, a
// redirect to another origin, a TLS handshake that fails. Each consumer must say what happened
// and name the server, within its timeout, without ever passing on what the server sent raw, and
// without holding the GUI thread: the longest work at once is measured by a stall monitor and
// reported. Once the server is healthy again, one refresh of each must bring it back, and the
// process's memory must return near where it was before the fault. The servers are scripted
// (tests/support/hostileserver.h) and run in this event loop. Label `fault`.
#include "alertband.h"
#include "alertpoller.h"
#include "alertsbackend.h"
#include "configloader.h"
#include "dashboardrefresher.h"
#include "healthcheckrunner.h"
#include "heaptrim.h"
#include "hostileserver.h"
#include "networktransport.h"
#include "nocwindow.h"
#include "prometheusclient.h"
#include "sanitizedbuild.h"
#include "serverstatuspoller.h"
#include "stallmonitor.h"
#include "unreachablebanners.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace pivori;
using namespace pivori::testing;

namespace {

using Behaviour = HostileServer::Behaviour;

constexpr auto kPasswordVariable = "PIVORI_TEST_GUIFAULTS_PASSWORD";
constexpr QByteArrayView kPassword = "guifaults-secret-42";

/// One Prometheus and one Alertmanager, both @p url, behind basic auth, with a timeout of @p timeoutS
/// seconds, a dashboard of one time series panel and a health check querying Prometheus.
ConsoleConfig configFor(const QString &url, int timeoutS)
{
    const QByteArray yaml
        = QStringLiteral("prometheus:\n  - name: hostile-prom\n    url: %1\n    timeout: %3s\n"
                         "    auth: {type: basic, username: alice, password_env: %2}\n"
                         "alertmanagers:\n  - name: hostile-am\n    timeout: %3s\n"
                         "    auth: {type: basic, username: alice, password_env: %2}\n"
                         "    replicas: [%1]\n"
                         "dashboards:\n  - id: d\n    title: D\n    panels:\n"
                         "      - {id: p, title: P, type: timeseries, queries: [{expr: up}]}\n"
                         "health_checks:\n  - {name: up, type: prometheus_query, server: hostile-prom, "
                         "expr: up, timeout: %4s}\n")
              .arg(url, QLatin1String(kPasswordVariable))
              .arg(timeoutS)
              .arg(timeoutS + 1)
              .toUtf8();
    const ConfigLoadResult loaded = ConfigLoader::loadText(yaml, QStringLiteral("hostile.yaml"));
    return loaded.config;
}

/// What a consumer may show of a server's answer: never its raw bytes.
bool isInert(const QString &text)
{
    return !text.contains(QChar(0x1b)) && !text.contains(QChar(0x07))
        && !text.contains(QLatin1String("<html>"));
}

/// Resident set size of this process (bytes), from /proc.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    return statm.readAll().split(' ').value(1).toLongLong() * 4096;
}

/// Resident memory once the allocator has given back what is free, as the window does now and
/// then: what the process still holds, not what glibc keeps cached.
qint64 heldBytes()
{
    releaseFreeHeapMemory();
    return residentBytes();
}

} // namespace

class TestGuiFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv(kPasswordVariable, kPassword.toByteArray()); }

    void consumersReportTheFaultAndRecover_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QString>("says"); // beside the server's name or address (a pattern)
        QTest::addColumn<bool>("tls"); // the console speaks TLS to a server that does not
        QTest::addColumn<int>("timeoutS"); // the servers' timeout
        QTest::newRow("drip") << int(Behaviour::Drip) << QString() << false << 1;
        QTest::newRow("silent") << int(Behaviour::Silent) << QString() << false << 1;
        QTest::newRow("100 MB") << int(Behaviour::Huge) << QString() << false << 1;
        // Without a Content-Length the limit is met only after 64 MiB have been read: time for
        // that, so that the memory check sees what reading them left behind.
        QTest::newRow("100 MB unannounced")
            << int(Behaviour::HugeUnannounced)
            << QStringLiteral("max_answer_size|unexpected answer") // Alertmanager: no array, no cluster
            << false << 30;
        QTest::newRow("reset") << int(Behaviour::ResetMidAnswer) << QString() << false << 1;
        QTest::newRow("503 JSON") << int(Behaviour::ServerError) << QStringLiteral("503") << false << 1;
        QTest::newRow("502 HTML") << int(Behaviour::BadGatewayHtml) << QStringLiteral("502") << false << 1;
        QTest::newRow("garbage") << int(Behaviour::Garbage) << QStringLiteral("JSON") << false << 1;
        QTest::newRow("401") << int(Behaviour::Unauthorized) << QStringLiteral("401") << false << 1;
        QTest::newRow("refused") << int(Behaviour::Refused) << QStringLiteral("refused") << false << 1;
        QTest::newRow("redirect") << int(Behaviour::Redirect) << QStringLiteral("redirected") << false << 1;
        QTest::newRow("TLS") << int(Behaviour::Healthy) << QStringLiteral("TLS") << true << 1;
    }

    void consumersReportTheFaultAndRecover()
    {
        QFETCH(int, behaviour);
        QFETCH(QString, says);
        QFETCH(bool, tls);
        QFETCH(int, timeoutS);
        HostileServer server { Behaviour::Healthy };
        server.setHugeBytes(qint64(100) * 1000 * 1000); // past the default limit of 64 MiB
        // Where the redirect points: another origin, which must never see a request (nor the
        // password).
        HostileServer elsewhere { Behaviour::Healthy };
        server.setLocation(elsewhere.url().toUtf8() + "/api/v1/query?query=up");
        QString url = server.url();
        if (tls)
            url.replace(QLatin1String("http://"), QLatin1String("https://"));
        const ConsoleConfig config = configFor(url, timeoutS);
        QVERIFY(
            !config.prometheus.isEmpty() && !config.alertmanagers.isEmpty() && !config.dashboards.isEmpty());
        const auto namesServer = [&server](const QString &text) {
            return text.contains(QStringLiteral("127.0.0.1:%1").arg(server.port()))
                || text.contains(QLatin1String("hostile-"));
        };

        QNetworkAccessManager nam;
        NetworkTransport transport(&nam);

        // A panel of a dashboard.
        PrometheusClient prometheus(&transport, config.prometheus.constFirst().endpoint);
        DashboardRefresher refresher(&prometheus, config.dashboards.constFirst());
        std::optional<PanelData> panel;
        connect(&refresher, &DashboardRefresher::panelUpdated, this,
            [&panel](const QString &, const PanelData &data) {
                if (data.state != PanelData::State::Loading)
                    panel = data;
            });
        // The alert inbox's poller.
        AlertsBackend alerts(config, &transport);
        // The status bar's servers.
        ServerStatusPoller servers(&transport, config);
        // The wall, built on the same pollers as the window.
        NocWindow wall(config, &prometheus, &servers, &alerts);
        // The Health page's checks.
        HealthCheckRunner health(config, transport);
        std::optional<CheckRun> checked;
        connect(
            &health, &HealthCheckRunner::finished, this, [&checked](const CheckRun &run) { checked = run; });

        const auto serversChecked = [&servers](bool reachable) {
            return std::all_of(servers.statuses().cbegin(), servers.statuses().cend(),
                [reachable](const ServerStatus &s) { return s.checked && s.reachable == reachable; });
        };
        const auto cluster = [&alerts] {
            const QList<AlertPoller::ClusterState> &states = alerts.poller()->clusterStates();
            return states.isEmpty() ? AlertPoller::ClusterState() : states.constFirst();
        };
        const auto refreshAll = [&] {
            panel.reset();
            checked.reset();
            refresher.refreshNow();
            alerts.refreshNow();
            servers.pollNow();
            health.run();
        };
        const auto upCheck = [&checked] {
            const auto up = std::find_if(checked->results.cbegin(), checked->results.cend(),
                [](const CheckResult &r) { return r.name == QLatin1String("up"); });
            return up == checked->results.cend() ? CheckResult() : *up;
        };
        // Each has a 1 s timeout; start-up and a loaded CI machine come on top.
        const int roundMs = 20'000 + 2'000 * timeoutS;

        // A healthy round first, so that the fault meets consumers that have shown data (and the
        // process has loaded what it loads once).
        if (!tls) {
            alerts.start();
            servers.start(60'000);
            refresher.refreshNow();
            health.run();
            QTRY_VERIFY_WITH_TIMEOUT(
                panel.has_value() && serversChecked(true) && cluster().reachable && checked.has_value(),
                roundMs);
            QCOMPARE(panel->state, PanelData::State::Ok);
            QCOMPARE(upCheck().status, CheckStatus::Pass);
            server.setBehaviour(static_cast<Behaviour>(behaviour));
        }
        const qint64 heldBefore = heldBytes();

        testutils::StallMonitor stalls;
        stalls.start();
        QElapsedTimer clock;
        clock.start();
        if (tls) {
            alerts.start();
            servers.start(60'000);
        }
        refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(panel.has_value() && serversChecked(false) && cluster().polled
                && !cluster().reachable && checked.has_value(),
            roundMs);
        const qint64 reportedMs = clock.elapsed();
        stalls.stop();

        QCOMPARE(panel->state, PanelData::State::Error);
        QVERIFY2(namesServer(panel->error), qPrintable(panel->error));
        QVERIFY2(panel->error.contains(QRegularExpression(says)), qPrintable(panel->error));
        QVERIFY2(isInert(panel->error), qPrintable(panel->error));

        QVERIFY2(namesServer(cluster().message), qPrintable(cluster().message));
        QVERIFY2(cluster().message.contains(QRegularExpression(says)), qPrintable(cluster().message));
        QVERIFY2(isInert(cluster().message), qPrintable(cluster().message));

        for (const ServerStatus &status : servers.statuses()) {
            QVERIFY2(status.detail.contains(QRegularExpression(says)), qPrintable(status.detail));
            QVERIFY2(isInert(status.detail), qPrintable(status.detail));
        }
        // The wall says which servers it cannot reach, and never reads as an all-clear.
        QTRY_COMPARE_WITH_TIMEOUT(wall.banners()->texts().size(), 2, 10000);
        const QString banners = wall.banners()->texts().join(u'|');
        QVERIFY2(banners.contains(QLatin1String("Prometheus unreachable"))
                && banners.contains(QLatin1String("Alertmanager hostile-am unreachable")),
            qPrintable(banners));
        const QString band = wall.alertBand()->tickerText();
        QVERIFY2(band.contains(QLatin1String("hostile-am unreachable")), qPrintable(band));
        QVERIFY(isInert(banners) && isInert(band));

        const CheckResult up = upCheck();
        QVERIFY(!up.name.isEmpty());
        QVERIFY(up.status != CheckStatus::Pass);
        QVERIFY2(isInert(up.message), qPrintable(up.message));
        // The runner's own timeout names the check (models/health); any other failure the server.
        if (!up.message.contains(QLatin1String("timed out after"))) {
            QVERIFY2(namesServer(up.message), qPrintable(up.message));
            QVERIFY2(up.message.contains(QRegularExpression(says)), qPrintable(up.message));
        }
        // No request, and so no password, went where the redirect pointed.
        QVERIFY(elsewhere.requests().isEmpty());

        // Healthy again: one refresh of each brings everything back. (A console that spoke TLS
        // to a plain server is a configuration mistake: it stays until the URL is fixed.)
        // Never frozen: the 100 ms budget is the benchmarks' to prove (docs/benchmarks.md); this
        // catches a consumer that parses a whole hostile answer on the GUI thread (a 100 MB
        // Alertmanager "status" took 0.65 s). Sanitizers make the same work several times slower.
        const double boundMs = testutils::kSanitizedBuild ? 1000 : 250;
        QVERIFY2(stalls.maxBusyMs() < boundMs, qPrintable(QString::number(stalls.maxBusyMs())));
        if (tls) {
            report(reportedMs, stalls, heldBefore, -1);
            return;
        }
        server.setBehaviour(Behaviour::Healthy);
        clock.restart();
        refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.has_value() && serversChecked(true) && cluster().reachable && checked.has_value(), roundMs);
        QCOMPARE(panel->state, PanelData::State::Ok);
        QCOMPARE(upCheck().status, CheckStatus::Pass);
        QTRY_VERIFY_WITH_TIMEOUT(wall.banners()->texts().isEmpty(), 10000);
        QVERIFY2(!wall.alertBand()->tickerText().contains(QLatin1String("unreachable")),
            qPrintable(wall.alertBand()->tickerText()));
        const qint64 recoveredMs = clock.elapsed();

        // Memory: what the fault brought in (a poll that began during it may still be reading
        // its 64 MiB) is given back once those reads end; a few MiB of caches and
        // fragmentation may stay.
        constexpr qint64 kMayStay = qint64(16) * 1024 * 1024;
        qint64 heldAfter = heldBytes();
        QTRY_VERIFY2_WITH_TIMEOUT((heldAfter = heldBytes()) - heldBefore < kMayStay,
            qPrintable(QStringLiteral("%1 MiB more held after the fault")
                           .arg(double(heldAfter - heldBefore) / 1024 / 1024, 0, 'f', 1)),
            roundMs);
        report(reportedMs, stalls, heldBefore, heldAfter);
        qInfo("recovered %lld ms after the server did", recoveredMs);
    }

private:
    static void report(
        qint64 reportedMs, const testutils::StallMonitor &stalls, qint64 heldBefore, qint64 heldAfter)
    {
        qInfo("all reported after %lld ms; longest GUI-thread work at once %.0f ms (stall %.0f ms); "
              "resident %.1f MiB before the fault%s",
            reportedMs, stalls.maxBusyMs(), stalls.maxStallMs(), double(heldBefore) / 1024 / 1024,
            heldAfter < 0 ? ""
                          : qPrintable(QStringLiteral(", %1 MiB after the recovery")
                                           .arg(double(heldAfter) / 1024 / 1024, 0, 'f', 1)));
    }
};

QTEST_MAIN(TestGuiFaults)
#include "tst_guifaults.moc"

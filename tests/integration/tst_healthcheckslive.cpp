// SPDX-License-Identifier: GPL-3.0-or-later
// `check` against real servers, each broken for real: a replica stopped, Prometheus stopped
// (its dead man's switch goes stale), a rule group whose query fails at evaluation, a scrape
// target down, a stale backup, a TCP listener closed, and TLS certificates made with a chosen
// expiry served by `openssl s_server`. Each asserts the matching check's status and the exit code.
#include "networktransport.h"
#include "pipelinehealth.h"
#include "serverprocess.h"
#include "serverstatuspoller.h"
#include "stackfixture.h"
#include "stacklauncher.h"
#include "testutils.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <memory>

using namespace pivori;
using namespace pivori::testing;

namespace {
bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(500);
}

QJsonObject checkNamed(const QByteArray &json, const QString &name)
{
    for (const auto &v : QJsonDocument::fromJson(json).object().value(QLatin1String("checks")).toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestHealthChecksLive final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StackLauncher> m_stack;
    QTemporaryDir m_dir;
    QProcess m_brokenPrometheus;
    QUrl m_brokenUrl;
    QTcpServer m_database;
    std::vector<std::unique_ptr<QProcess>> m_tlsServers;
    QString m_config;

    /// `check --config <ours> --json --only NAME`: the exit code and the check's JSON object.
    std::pair<int, QJsonObject> check(const QString &name)
    {
        const CommandRun run = runConsole({ QStringLiteral("check"), QStringLiteral("--config"), m_config,
                                              QStringLiteral("--json"), QStringLiteral("--only"), name },
            20000);
        return { run.exitCode, checkNamed(run.out, name) };
    }

    QString status(const QString &name)
    {
        return check(name).second.value(QLatin1String("status")).toString();
    }

    quint16 startTlsServer(int days)
    {
        const QString base = m_dir.filePath(QStringLiteral("cert-%1d").arg(days));
        QProcess req;
        req.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-days"), QString::number(days),
                QStringLiteral("-subj"), QStringLiteral("/CN=shop.pivori.test"), QStringLiteral("-keyout"),
                base + QStringLiteral(".key"), QStringLiteral("-out"), base + QStringLiteral(".pem") });
        if (!req.waitForFinished(20000) || req.exitCode() != 0)
            return 0;
        const quint16 port = pickFreeLoopbackPort();
        auto server = std::make_unique<QProcess>();
        testutils::stopWithTest(*server);
        server->start(QStringLiteral("openssl"),
            { QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("-cert"), base + QStringLiteral(".pem"), QStringLiteral("-key"),
                base + QStringLiteral(".key"), QStringLiteral("-www"), QStringLiteral("-quiet") });
        if (!server->waitForStarted(5000))
            return 0;
        m_tlsServers.push_back(std::move(server));
        return port;
    }

    void stopServer(const QString &name)
    {
        QSignalSpy stopped(m_stack.get(), &StackLauncher::serverStopped);
        QVERIFY(m_stack->stopServer(name));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StackOptions options;
        options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
        options.timeScale = 60;
        m_stack = std::make_unique<StackLauncher>(options);
        QSignalSpy ready(m_stack.get(), &StackLauncher::ready);
        m_stack->start();

        // A second Prometheus whose only rule group fails at every evaluation.
        QDir().mkpath(m_dir.filePath(QStringLiteral("broken")));
        for (const char *name : { "broken-rules.yml", "broken-prometheus.yml" }) {
            QFile file(m_dir.filePath(QStringLiteral("broken/") + QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(
                file.write(testutils::readData(QStringLiteral("health/live/") + QLatin1String(name))) > 0);
        }
        QFile promConfig(m_dir.filePath(QStringLiteral("broken/broken-prometheus.yml")));
        const quint16 brokenPort = pickFreeLoopbackPort();
        m_brokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(brokenPort));
        testutils::stopWithTest(m_brokenPrometheus);
        m_brokenPrometheus.start(QStringLiteral("prometheus"),
            { QStringLiteral("--config.file=") + promConfig.fileName(),
                QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("broken/data")),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(brokenPort),
                QStringLiteral("--log.level=error") });
        QVERIFY(m_brokenPrometheus.waitForStarted(5000));

        QVERIFY(m_database.listen(QHostAddress::LocalHost));
        const quint16 weekLeft = startTlsServer(3); // under 7 days: a warning
        const quint16 hoursLeft = startTlsServer(1); // under a day: a failure
        QVERIFY(weekLeft && hoursLeft);
        QTRY_VERIFY_WITH_TIMEOUT(listening(weekLeft) && listening(hoursLeft), 10000);

        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
        const StackState &s = m_stack->state();
        m_config = m_dir.filePath(QStringLiteral("console.yaml"));
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QString::fromUtf8(testutils::readData(QStringLiteral("health/live/console.yaml.in")))
                         .arg(s.prometheus.toString(), m_brokenUrl.toString(), s.alertmanagers[0].toString(),
                             s.alertmanagers[1].toString())
                         .arg(m_database.serverPort())
                         .arg(weekLeft)
                         .arg(hoursLeft)
                         .toUtf8());
        config.close();
    }

    void cleanupTestCase()
    {
        for (auto &server : m_tlsServers) {
            server->kill();
            server->waitForFinished(5000);
        }
        m_brokenPrometheus.terminate();
        if (!m_brokenPrometheus.waitForFinished(5000))
            m_brokenPrometheus.kill();
        QSignalSpy stopped(m_stack.get(), &StackLauncher::stopped);
        m_stack->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    }

    void aHealthyPipelinePassesAndExitsZero()
    {
        // Rules need a few evaluations and the Watchdog a few seconds to reach both replicas.
        const QStringList args { QStringLiteral("check"), QStringLiteral("--config"), m_config,
            QStringLiteral("--category"), QStringLiteral("Prometheus,Alertmanager,End to end") };
        CommandRun run;
        QTRY_VERIFY_WITH_TIMEOUT((run = runConsole(args, 20000)).exitCode == 0, 40000);
        QVERIFY2(run.out.contains("total 8: 8 passed"), run.out.constData());
        QVERIFY2(!run.out.contains('\x1b'), "no colours into a pipe");
    }

    void tcpToARealListenerAndItsAbsence()
    {
        auto [code, result] = check(QStringLiteral("Database"));
        QCOMPARE(code, 0);
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("pass"));
        m_database.close();
        std::tie(code, result) = check(QStringLiteral("Database"));
        QCOMPARE(code, 2);
        QVERIFY2(result.value(QLatin1String("message")).toString().contains(QLatin1String("refused")),
            qPrintable(result.value(QLatin1String("message")).toString()));
    }

    void certificateExpiryFromTheHandshake()
    {
        auto [code, result] = check(QStringLiteral("Shop certificate"));
        QCOMPARE(code, 1); // three days left: under the week's warning
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("warn"));
        QVERIFY2(
            result.value(QLatin1String("message")).toString().contains(QLatin1String("shop.pivori.test")),
            qPrintable(result.value(QLatin1String("message")).toString()));
        std::tie(code, result) = check(QStringLiteral("Expiring certificate"));
        QCOMPARE(code, 2);
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    }

    void aRuleGroupFailingAtEvaluation()
    {
        QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("Broken rules")), QStringLiteral("fail"), 20000);
        const auto [code, result] = check(QStringLiteral("Broken rules"));
        QCOMPARE(code, 2);
        QVERIFY2(result.value(QLatin1String("message")).toString().contains(QLatin1String("broken")),
            qPrintable(result.value(QLatin1String("message")).toString()));

        // The one model every view reads: the counts cannot be believed while a group fails.
        QNetworkAccessManager nam;
        NetworkTransport transport(&nam);
        ConsoleConfig config;
        config.prometheus = { PrometheusServer { QStringLiteral("broken"), endpointFor(m_brokenUrl) } };
        ServerStatusPoller servers(&transport, config);
        PipelineHealth pipeline(&servers);
        servers.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(pipeline.ruleEvaluation().state, RuleEvaluation::State::Stopped, 10000);
        QVERIFY2(
            pipeline.ruleEvaluation().countsText().contains(QLatin1String("rules are not being evaluated")),
            qPrintable(pipeline.ruleEvaluation().countsText()));
        QVERIFY(pipeline.ruleEvaluation().since.isValid());

        // `alerts` cannot vouch for an empty list either: unknown, said on stderr, exit 3.
        const StackState &s = m_stack->state();
        const CommandRun alerts = runConsole({ QStringLiteral("alerts"), QStringLiteral("--prometheus"),
            m_brokenUrl.toString(), QStringLiteral("--alertmanager"), s.alertmanagers[0].toString(),
            QStringLiteral("--alertmanager"), s.alertmanagers[1].toString() });
        QCOMPARE(alerts.exitCode, 3);
        QVERIFY2(alerts.err.contains("rules are not being evaluated"), alerts.err.constData());
        QVERIFY2(!alerts.out.contains("Watchdog"), "the dead man's switch is never listed as an alert");
    }

    void aStaleBackup()
    {
        QCOMPARE(status(QStringLiteral("Backup age")), QStringLiteral("pass"));
        QCOMPARE(
            httpRequest("POST", apiUrl(m_stack->state().simulator, QStringLiteral("/scenarios/stale-backup")))
                .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("Backup age")), QStringLiteral("fail"), 15000);
        httpRequest("DELETE", apiUrl(m_stack->state().simulator, QStringLiteral("/scenarios/stale-backup")));
        QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("Backup age")), QStringLiteral("pass"), 15000);
    }

    void aScrapeTargetDown()
    {
        stopServer(QStringLiteral("simulator"));
        QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("Targets")), QStringLiteral("fail"), 15000);
        const auto [code, result] = check(QStringLiteral("Targets"));
        QCOMPARE(code, 2);
        QVERIFY2(result.value(QLatin1String("message")).toString().contains(QLatin1String("pivori-services")),
            qPrintable(result.value(QLatin1String("message")).toString()));
        QVERIFY(m_stack->restartServer(QStringLiteral("simulator")));
        QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("Targets")), QStringLiteral("pass"), 15000);
    }

    void aReplicaStopped()
    {
        stopServer(QStringLiteral("alertmanager-2"));
        auto [code, result] = check(QStringLiteral("Replicas"));
        QCOMPARE(code, 2);
        QVERIFY2(result.value(QLatin1String("message"))
                     .toString()
                     .contains(m_stack->state().alertmanagers[1].toString()),
            qPrintable(result.value(QLatin1String("message")).toString()));
        QCOMPARE(status(QStringLiteral("Cluster")), QStringLiteral("fail"));
        QCOMPARE(status(QStringLiteral("Watchdog")), QStringLiteral("unknown")); // cannot ask that replica
        QVERIFY(m_stack->restartServer(QStringLiteral("alertmanager-2")));
        QTRY_VERIFY_WITH_TIMEOUT(clusterReady(m_stack->state().alertmanagers[1]), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("Watchdog")), QStringLiteral("pass"), 30000);
    }

    void prometheusStoppedSilencesTheWatchdog()
    {
        stopServer(QStringLiteral("prometheus"));
        const auto [code, result] = check(QStringLiteral("Prometheus"));
        QCOMPARE(code, 2);
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        // Nothing refreshes the dead man's switch any more: stale within its 10 s.
        QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("Watchdog")), QStringLiteral("fail"), 30000);
        const CommandRun nagios = runConsole({ QStringLiteral("check"), QStringLiteral("--config"), m_config,
            QStringLiteral("--nagios"), QStringLiteral("--only"), QStringLiteral("Watchdog,Prometheus") });
        QCOMPARE(nagios.exitCode, 2);
        QVERIFY2(
            nagios.out.startsWith("HEALTH CRITICAL - 0 passed, 0 warning, 2 failed"), nagios.out.constData());
        QVERIFY(m_stack->restartServer(QStringLiteral("prometheus")));
        QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("Watchdog")), QStringLiteral("pass"), 40000);
    }
};

QTEST_GUILESS_MAIN(TestHealthChecksLive)
#include "tst_healthcheckslive.moc"

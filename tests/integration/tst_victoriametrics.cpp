// SPDX-License-Identifier: GPL-3.0-or-later
// A scale-out backend: VictoriaMetrics (Debian's victoria-metrics) scraping the synthetic
// exporter, with the built-in dashboards, `query` and `check` run against it through a
// `flavor: victoriametrics` server. The APIs it lacks are reported as not available there.
#include "serverprocess.h"
#include "simulatorharness.h"
#include "stackfixture.h"

using namespace pivori;
using namespace pivori::testing;

class TestVictoriaMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_simulator = std::make_unique<simulatortest::Simulator>(QStringList());
        QVERIFY(m_simulator->waitListening());

        // The same job name as the demo stack's, so the dashboards' selectors match.
        QFile scrape(m_dir.filePath(QStringLiteral("scrape.yml")));
        QVERIFY(scrape.open(QIODevice::WriteOnly));
        scrape.write(QStringLiteral("global:\n  scrape_interval: 1s\nscrape_configs:\n"
                                    "  - job_name: pivori-services\n    honor_labels: true\n"
                                    "    static_configs:\n      - targets: [ \"127.0.0.1:%1\" ]\n")
                         .arg(m_simulator->port())
                         .toUtf8());
        scrape.close();

        const quint16 port = pickFreeLoopbackPort();
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        // latencyOffset 0: answer with the newest samples (the default hides the last 30 s).
        testutils::stopWithTest(m_vm);
        m_vm.start(QStringLiteral("victoria-metrics"),
            { QStringLiteral("-storageDataPath=%1").arg(m_dir.filePath(QStringLiteral("data"))),
                QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(port),
                QStringLiteral("-promscrape.config=%1").arg(scrape.fileName()),
                QStringLiteral("-search.latencyOffset=0s"), QStringLiteral("-search.disableCache"),
                QStringLiteral("-loggerLevel=ERROR") });
        QVERIFY2(m_vm.waitForStarted(10000), qPrintable(m_vm.errorString()));
        // A minute of history at one scrape a second: rate()s over [1m] have data.
        QTRY_VERIFY_WITH_TIMEOUT(countSeries(QStringLiteral("http_requests_total")) > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            countSeries(QStringLiteral("rate(http_requests_total[1m]) > 0")) > 40, 90000);

        // The built-in configuration with its Prometheus replaced by this VictoriaMetrics.
        QFile builtIn(QStringLiteral(PIVORI_SOURCE_DIR "/resources/console.yaml"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QByteArray text = builtIn.readAll();
        const QByteArray local = "  - name: local\n    url: http://localhost:9090\n";
        QVERIFY(text.contains(local));
        const QByteArray vm = QByteArray("  - name: vm\n    url: ") + m_url.toString().toUtf8()
            + "\n    flavor: victoriametrics\n";
        text.replace(local, vm);
        // No Alertmanager here: the dashboards are drawn without alerts (snapshot says so).
        const QByteArray alertmanagers = "alertmanagers:\n  - name: local\n    replicas:\n      - "
                                         "http://localhost:9093\n    timeout: 10s\n";
        QVERIFY(text.contains(alertmanagers));
        text.replace(alertmanagers, QByteArray());
        QFile config(m_dir.filePath(QStringLiteral("console.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(text);
        m_config = config.fileName();
    }

    void cleanupTestCase()
    {
        m_vm.terminate();
        if (!m_vm.waitForFinished(10000))
            m_vm.kill();
    }

    void queryAnswersFromTheStore()
    {
        const CommandRun run = runConsole({ QStringLiteral("query"), QStringLiteral("--config"), m_config,
            QStringLiteral("--json"), QStringLiteral("sum by (service) (rate(http_requests_total[1m]))") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray result
            = QJsonDocument::fromJson(run.out).object()[QLatin1String("result")].toArray();
        QCOMPARE(result.size(), 15);
    }

    void snapshotDrawsEveryBuiltInDashboard_data()
    {
        QTest::addColumn<QString>("dashboard");
        for (const char *id : { "production", "microservices", "kubernetes" })
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void snapshotDrawsEveryBuiltInDashboard()
    {
        QFETCH(QString, dashboard);
        const QString json = m_dir.filePath(dashboard + QStringLiteral(".json"));
        const CommandRun run = runConsole(
            { QStringLiteral("snapshot"), QStringLiteral("--config"), m_config, QStringLiteral("--dashboard"),
                dashboard, QStringLiteral("--range"), QStringLiteral("2m"), QStringLiteral("--out"),
                m_dir.filePath(dashboard + QStringLiteral(".png")), QStringLiteral("--data"), json },
            90000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray panels
            = QJsonDocument::fromJson(file.readAll()).object()[QLatin1String("panels")].toArray();
        QVERIFY(panels.size() >= 3);
        int withData = 0;
        for (const auto &value : panels) {
            const QJsonObject panel = value.toObject();
            QVERIFY2(panel[QLatin1String("error")].isNull(),
                qPrintable(panel[QLatin1String("id")].toString() + QStringLiteral(": ")
                    + panel[QLatin1String("error")].toString()));
            withData += panel[QLatin1String("series")].toArray().isEmpty() ? 0 : 1;
        }
        QVERIFY2(qsizetype(withData) * 2 >= panels.size(),
            qPrintable(QStringLiteral("%1 of %2").arg(withData).arg(panels.size())));
    }

    void checkSaysWhatTheBackendLacks()
    {
        const CommandRun run = runConsole(
            { QStringLiteral("check"), QStringLiteral("--config"), m_config, QStringLiteral("--json"),
                QStringLiteral("--category"), QStringLiteral("Prometheus") },
            60000);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QHash<QString, QJsonObject> byName;
        for (const auto &value : root[QLatin1String("checks")].toArray())
            byName.insert(value.toObject()[QLatin1String("name")].toString(), value.toObject());
        QVERIFY2(byName.size() >= 6, run.out.constData());
        for (const char *lacking : { "Prometheus configuration loaded", "Rule groups evaluated",
                 "Prometheus sends to Alertmanager", "Prometheus storage (TSDB)" }) {
            const QJsonObject check = byName.value(QString::fromLatin1(lacking));
            QCOMPARE(check[QLatin1String("status")].toString(), QStringLiteral("pass"));
            QVERIFY2(check[QLatin1String("message")].toString().contains(
                         QStringLiteral("not available on this backend (VictoriaMetrics)")),
                qPrintable(check[QLatin1String("message")].toString()));
        }
        // What it has is checked for real: it is ready, and it scrapes the exporter.
        for (const char *real : { "Prometheus healthy and ready", "Scrape targets up" }) {
            const QJsonObject check = byName.value(QString::fromLatin1(real));
            QVERIFY2(check[QLatin1String("status")].toString() == QLatin1String("pass")
                    && !check[QLatin1String("message")].toString().contains(QLatin1String("not available")),
                qPrintable(QString::fromLatin1(real) + QStringLiteral(": ")
                    + check[QLatin1String("message")].toString()));
        }
        QCOMPARE(run.exitCode, 0);
    }

private:
    int countSeries(const QString &expr)
    {
        QUrl url = apiUrl(m_url, QStringLiteral("/api/v1/query"));
        url.setQuery(QStringLiteral("query=") + QString::fromLatin1(QUrl::toPercentEncoding(expr)));
        return int(getJson(url).object()[QLatin1String("data")][QLatin1String("result")].toArray().size());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<simulatortest::Simulator> m_simulator;
    QProcess m_vm;
    QUrl m_url;
    QString m_config;
};

QTEST_GUILESS_MAIN(TestVictoriaMetrics)
#include "tst_victoriametrics.moc"

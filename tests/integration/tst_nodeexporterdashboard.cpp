// SPDX-License-Identifier: GPL-3.0-or-later
// A Grafana dashboard shaped like the community's Node Exporter ones (a datasource variable,
// job and node variables chained through label_values, $__rate_interval, stacking, a legacy
// graph panel, a hidden target) against real data: Debian's prometheus-node-exporter on
// loopback, scraped with Prometheus and an Alertmanager themselves by a Prometheus of this
// test's own. `snapshot
// --dashboard-file` renders it, and every point and value it plotted equals Prometheus's
// answer to the expanded expression at the same start, end and step.
#include "alertmanagerprocess.h"
#include "freeport.h"
#include "serverprocess.h"
#include "snapshotcompare.h"
#include "stackfixture.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace pivori;
using namespace pivori::testing;

class TestNodeExporterDashboard final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    testutils::AlertmanagerProcess m_alertmanager; ///< the snapshot's --data carries its alerts
    std::vector<std::unique_ptr<QProcess>> m_servers;
    QUrl m_prometheus;
    QString m_nodeInstance;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Starts @p program with @p arguments, its output in NAME.log; false when it did not start.
    bool start(const QString &name, const QString &program, const QStringList &arguments)
    {
        auto server = std::make_unique<QProcess>();
        server->setProcessChannelMode(QProcess::MergedChannels);
        testutils::stopWithTest(*server);
        server->setStandardOutputFile(path(name + QStringLiteral(".log")));
        server->start(program, arguments);
        if (!server->waitForStarted(10000))
            return false;
        m_servers.push_back(std::move(server));
        return true;
    }

    /// The first instant query result's labels and value, or an empty object.
    QJsonObject firstResult(const QString &expr) const
    {
        const QJsonArray result = snapshotcompare::askPrometheus(
            m_prometheus, QStringLiteral("/api/v1/query"), { { QStringLiteral("query"), expr } })
                                      .value(QLatin1String("data"))
                                      .toObject()
                                      .value(QLatin1String("result"))
                                      .toArray();
        return result.isEmpty() ? QJsonObject() : result.first().toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString problem;
        QVERIFY2(m_alertmanager.start(&problem), qPrintable(problem));
        const quint16 nodePort = pickFreeLoopbackPort();
        const quint16 prometheusPort = pickFreeLoopbackPort(false, { nodePort });
        QVERIFY(nodePort != 0 && prometheusPort != 0);
        m_nodeInstance = QStringLiteral("127.0.0.1:%1").arg(nodePort);
        // Only the collectors the dashboard reads: the defaults also walk every disk and
        // hardware sensor of the host, which a test has no business with.
        QVERIFY2(start(QStringLiteral("node-exporter"), QStringLiteral("prometheus-node-exporter"),
                     { QStringLiteral("--web.listen-address=%1").arg(m_nodeInstance),
                         QStringLiteral("--collector.disable-defaults"), QStringLiteral("--collector.cpu"),
                         QStringLiteral("--collector.meminfo"), QStringLiteral("--collector.loadavg"),
                         QStringLiteral("--collector.netdev"), QStringLiteral("--collector.uname"),
                         QStringLiteral("--collector.stat"), QStringLiteral("--collector.time") }),
            "prometheus-node-exporter (Debian package prometheus-node-exporter) did not start");
        const QByteArray config = QStringLiteral("global:\n  scrape_interval: 2s\n"
                                                 "scrape_configs:\n"
                                                 "  - job_name: node\n"
                                                 "    static_configs: [ { targets: [ \"%1\" ] } ]\n"
                                                 "  - job_name: prometheus\n"
                                                 "    static_configs: [ { targets: [ \"127.0.0.1:%2\" ] } ]\n"
                                                 "  - job_name: alertmanager\n"
                                                 "    static_configs: [ { targets: [ \"%3\" ] } ]\n")
                                      .arg(m_nodeInstance)
                                      .arg(prometheusPort)
                                      .arg(m_alertmanager.url().authority())
                                      .toUtf8();
        QFile file(path(QStringLiteral("prometheus.yml")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(config) == config.size());
        file.close();
        QVERIFY(start(QStringLiteral("prometheus"), QStringLiteral("prometheus"),
            { QStringLiteral("--config.file=%1").arg(path(QStringLiteral("prometheus.yml"))),
                QStringLiteral("--storage.tsdb.path=%1").arg(path(QStringLiteral("data"))),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(prometheusPort),
                QStringLiteral("--log.level=warn") }));
        m_prometheus = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(prometheusPort));
        // Rates over $__rate_interval (at least a minute) need two scrapes in the window, and
        // the snapshot ends 20 s back (settledSnapshotEnd): 30 s of node samples are enough.
        QTRY_VERIFY_WITH_TIMEOUT(
            !firstResult(QStringLiteral("count(node_load1 offset 30s)")).isEmpty(), 90000);
    }

    void cleanupTestCase()
    {
        for (const auto &server : m_servers) {
            server->terminate();
            if (!server->waitForFinished(10000))
                server->kill();
        }
    }

    void pointsEqualPrometheus()
    {
        const QString json = path(QStringLiteral("data.json"));
        const qint64 askedAt = QDateTime::currentSecsSinceEpoch();
        const CommandRun run = runConsole(
            { QStringLiteral("snapshot"), QStringLiteral("--prometheus"), m_prometheus.toString(),
                QStringLiteral("--dashboard-file"),
                testutils::dataPath(QStringLiteral("grafana/node-exporter.json")), QStringLiteral("--range"),
                QStringLiteral("2m"), QStringLiteral("--end"), QString::number(settledSnapshotEnd(askedAt)),
                QStringLiteral("--size"), QStringLiteral("1920x1080"), QStringLiteral("--out"),
                path(QStringLiteral("node.png")), QStringLiteral("--data"), json,
                QStringLiteral("--alertmanager"), m_alertmanager.url().toString() },
            90000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile data(json);
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(data.readAll()).object();

        // The variables were resolved in order: job from node_uname_info, then node from the job.
        const QJsonObject variables = root.value(QLatin1String("variables")).toObject();
        QVERIFY2(QJsonDocument(variables).toJson().contains(m_nodeInstance.toUtf8()),
            QJsonDocument(variables).toJson().constData());
        int withData = 0;
        const QJsonArray panels = root.value(QLatin1String("panels")).toArray();
        for (const auto &panel : panels) {
            for (const auto &query : panel.toObject().value(QLatin1String("queries")).toArray()) {
                const QString expr = query.toObject().value(QLatin1String("expr")).toString();
                QVERIFY2(!expr.contains(QLatin1Char('$')), qPrintable(expr)); // every variable expanded
                QVERIFY2(
                    !expr.contains(QLatin1String("node_memory_Cached_bytes")), "a hidden target was queried");
            }
            const QByteArray text = QJsonDocument(panel.toObject()).toJson(QJsonDocument::Compact);
            withData += text.contains("\"points\":[[") || text.contains("\"value\":") ? 1 : 0;
        }
        QCOMPARE(panels.size(), 10);
        QVERIFY2(withData >= 9, qPrintable(QString::number(withData)));

        const SnapshotComparison comparison = compareSnapshotData(m_prometheus, root, askedAt);
        QVERIFY2(comparison.failure.isEmpty(), qPrintable(comparison.failure));
        qInfo("%d points and values equal Prometheus's", comparison.comparedPoints);
        QVERIFY2(comparison.comparedPoints > 100, qPrintable(QString::number(comparison.comparedPoints)));
    }
};

QTEST_MAIN(TestNodeExporterDashboard)
#include "tst_nodeexporterdashboard.moc"

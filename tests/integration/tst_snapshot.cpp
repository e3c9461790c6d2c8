// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console snapshot` renders every built-in dashboard headless, and every plotted
// point it reports equals Prometheus's own answer to the same query, start, end and step.
// Its PDF and SVG are valid, its "alerts" are Alertmanager's, and --report writes the folder.
#include "snapshotcompare.h"
#include "stackfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QXmlStreamReader>

using namespace pivori;
using namespace pivori::testing;

namespace {

using snapshotcompare::labelKey;

/// Each alert as "fingerprint labels", sorted: what identifies it, whoever lists it.
QStringList alertIdentities(const QJsonArray &alerts)
{
    QStringList out;
    for (const auto &value : alerts) {
        const QJsonObject alert = value.toObject();
        out << alert[QLatin1String("fingerprint")].toString() + u' '
                + labelKey(alert[QLatin1String("labels")].toObject());
    }
    out.sort();
    return out;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestSnapshot final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QTemporaryDir m_dir;
    QString m_marker;
    QString m_silenceId;

    /// The fixture's Alertmanager pair, so the snapshot reads the alerts the tests post.
    QStringList alertmanagerArgs() const
    {
        QStringList args;
        for (const QUrl &replica : m_stack.alertmanagers)
            args << QStringLiteral("--alertmanager") << replica.toString();
        return args;
    }

    CommandRun snapshot(const QStringList &extra)
    {
        return runConsole(QStringList { QStringLiteral("snapshot"), QStringLiteral("--prometheus"),
                              m_stack.prometheus.toString(), QStringLiteral("--dashboard"),
                              QStringLiteral("production"), QStringLiteral("--range"), QStringLiteral("2m"),
                              QStringLiteral("--size"), QStringLiteral("1600x1000") }
                + alertmanagerArgs() + extra,
            90000);
    }

    /// Every alert of the HA pair: replicas gossip silences but not alerts, so an alert posted
    /// to one replica only (as other tests do) is the cluster's all the same. The dead man's
    /// switch (Watchdog) is left out, as the console leaves it out of every alert view.
    QStringList clusterAlertIdentities() const
    {
        QStringList all;
        for (const QUrl &replica : m_stack.alertmanagers) {
            QJsonArray alerts;
            for (const auto &alert : getJson(apiUrl(replica, QStringLiteral("/api/v2/alerts"))).array()) {
                if (alert[QLatin1String("labels")][QLatin1String("alertname")].toString()
                    != QLatin1String("Watchdog"))
                    alerts.append(alert);
            }
            all += alertIdentities(alerts);
        }
        all.removeDuplicates();
        all.sort();
        return all;
    }

    /// Posts the test's alert (its summary hostile HTML) to both replicas, as Prometheus does.
    void postAlert(const QDateTime &endsAt)
    {
        const QJsonArray alerts { QJsonObject {
            { QStringLiteral("labels"),
                QJsonObject { { QStringLiteral("alertname"), QStringLiteral("PivoriSnapshotTest") },
                    { QStringLiteral("severity"), QStringLiteral("warning") },
                    { QStringLiteral("service"), QStringLiteral("snapshot-test") },
                    { QStringLiteral("test_run"), m_marker } } },
            { QStringLiteral("annotations"),
                QJsonObject { { QStringLiteral("summary"),
                    QStringLiteral("<script>alert(1)</script> from the snapshot test") } } },
            { QStringLiteral("startsAt"),
                QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs) },
            { QStringLiteral("endsAt"), endsAt.toString(Qt::ISODateWithMs) } } };
        for (const QUrl &replica : m_stack.alertmanagers) {
            const RawReply reply = httpRequest(
                "POST", apiUrl(replica, QStringLiteral("/api/v2/alerts")), QJsonDocument(alerts).toJson());
            QVERIFY2(reply.status == 200, reply.body.constData());
        }
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_stack.alertmanagers.isEmpty());
        m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        postAlert(QDateTime::currentDateTimeUtc().addSecs(900));
        // Acknowledged the way the console does it: an "ACK!" silence, here from "alice".
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonObject silence {
            { QStringLiteral("matchers"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("test_run") },
                    { QStringLiteral("value"), m_marker }, { QStringLiteral("isRegex"), false },
                    { QStringLiteral("isEqual"), true } } } },
            { QStringLiteral("startsAt"), now.toString(Qt::ISODateWithMs) },
            { QStringLiteral("endsAt"), now.addSecs(3600).toString(Qt::ISODateWithMs) },
            { QStringLiteral("createdBy"), QStringLiteral("alice") },
            { QStringLiteral("comment"), QStringLiteral("ACK! rolling back the deploy") }
        };
        const RawReply reply
            = httpRequest("POST", apiUrl(m_stack.alertmanagers[0], QStringLiteral("/api/v2/silences")),
                QJsonDocument(silence).toJson());
        QVERIFY2(reply.status == 200, reply.body.constData());
        m_silenceId = QJsonDocument::fromJson(reply.body).object()[QLatin1String("silenceID")].toString();
        QVERIFY(!m_silenceId.isEmpty());
        // Rates need a few scrapes behind them before every panel has data, and the snapshots
        // end 20 s in the past (pointsEqualPrometheus).
        QTRY_VERIFY_WITH_TIMEOUT(hasScrapedHistory(m_stack.prometheus, 40), 90000);
    }

    void pointsEqualPrometheus_data()
    {
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("production, all services") << "production" << QStringList {};
        QTest::newRow("microservices, all services") << "microservices" << QStringList {};
        QTest::newRow("microservices filtered to trading")
            << "microservices" << QStringList { QStringLiteral("--var"), QStringLiteral("service=trading") };
        QTest::newRow("kubernetes") << "kubernetes" << QStringList {};
    }

    void pointsEqualPrometheus()
    {
        QFETCH(QString, dashboard);
        QFETCH(QStringList, extra);
        const QString png = m_dir.filePath(dashboard + QStringLiteral(".png"));
        const QString json = m_dir.filePath(dashboard + QStringLiteral(".json"));
        const qint64 askedAt = QDateTime::currentSecsSinceEpoch();
        const QString end = QString::number(settledSnapshotEnd(askedAt));
        const CommandRun run
            = runConsole(QStringList { QStringLiteral("snapshot"), QStringLiteral("--prometheus"),
                             m_stack.prometheus.toString(), QStringLiteral("--dashboard"), dashboard,
                             QStringLiteral("--range"), QStringLiteral("2m"), QStringLiteral("--end"), end,
                             QStringLiteral("--size"), QStringLiteral("1600x1000"), QStringLiteral("--out"),
                             png, QStringLiteral("--data"), json }
                    + extra + alertmanagerArgs(),
                90000);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        // --size is the width and the least height: legends naming every series make it taller.
        const QImage image(png);
        QCOMPARE(image.width(), 1600);
        QVERIFY2(image.height() >= 1000, qPrintable(QString::number(image.height())));

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root[QLatin1String("dashboard")][QLatin1String("id")].toString(), dashboard);
        const QJsonArray panels = root[QLatin1String("panels")].toArray();
        QVERIFY(panels.size() >= 3);
        if (!extra.isEmpty()) { // the variable reached Prometheus: every expression names the service
            for (const auto &panel : panels)
                for (const auto &q : panel.toObject()[QLatin1String("queries")].toArray())
                    QVERIFY2(
                        q.toObject()[QLatin1String("expr")].toString().contains(QStringLiteral("trading")),
                        qPrintable(panel.toObject()[QLatin1String("id")].toString()));
        }
        const SnapshotComparison comparison = compareSnapshotData(m_stack.prometheus, root, askedAt);
        QVERIFY2(comparison.failure.isEmpty(), qPrintable(comparison.failure));
        const int comparedPoints = comparison.comparedPoints;
        QVERIFY2(comparedPoints > 10, qPrintable(QString::number(comparedPoints)));
    }

    void pdfAndSvgAreValid()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("production.pdf"));
        const QString svg = m_dir.filePath(QStringLiteral("production.svg"));
        for (const QString &out : { pdf, svg }) {
            const CommandRun run = snapshot({ QStringLiteral("--out"), out });
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        QVERIFY2(!pdfinfo.isEmpty(), "pdfinfo is missing: install poppler-utils (installer/install-deps.sh)");
        QProcess info;
        info.start(pdfinfo, { pdf });
        QVERIFY(info.waitForFinished(30000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(info.exitCode() == 0, info.readAllStandardError().constData());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(out));
        // --size 1600x1000 at 96 px to the inch, taller where legends need it.
        const auto page = QRegularExpression(QStringLiteral("Page size:\\s+1200 x ([\\d.]+) pts")).match(out);
        QVERIFY2(page.hasMatch() && page.captured(1).toDouble() >= 750, qPrintable(out));

        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int polylines = 0;
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("polyline"))
                ++polylines;
            else if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(polylines >= 10, qPrintable(QString::number(polylines))); // the series, as lines
        QVERIFY2(texts.contains(QStringLiteral("Production - Performance & Reliability")),
            qPrintable(texts.join(u'|')));
        // The header names the variable's value, the picture's legends every series.
        QVERIFY2(texts.contains(QStringLiteral("service = All")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("5xx")));
    }

    void alertsEqualAlertmanager()
    {
        const QString json = m_dir.filePath(QStringLiteral("alerts.json"));
        const QString png = m_dir.filePath(QStringLiteral("alerts.png"));
        // Rules fire and resolve on their own: retried until one snapshot and the API's answer
        // right after it describe the same moment.
        QStringList ours;
        QStringList theirs;
        QJsonObject root;
        // Not QTRY_VERIFY: it counts its timeout in polling steps, not in wall time, and each
        // attempt here runs a process.
        int attempts = 0;
        bool same = false;
        const QDeadlineTimer deadline(60000);
        while (!same && !deadline.hasExpired()) {
            ++attempts;
            const CommandRun run = snapshot({ QStringLiteral("--out"), png, QStringLiteral("--data"), json });
            if (run.exitCode != 0)
                qWarning("snapshot failed: %s", run.err.constData());
            root = readJson(json);
            ours = alertIdentities(root[QLatin1String("alerts")].toArray());
            theirs = clusterAlertIdentities();
            if (ours != theirs)
                qWarning("attempt %d: snapshot has %d alerts, the cluster %d", attempts, int(ours.size()),
                    int(theirs.size()));
            same = run.exitCode == 0 && ours == theirs && ours.join(u'\n').contains(m_marker);
        }
        QCOMPARE(ours, theirs);
        QVERIFY2(
            same, qPrintable(QStringLiteral("no snapshot with our alert after %1 attempts").arg(attempts)));
        qInfo("alerts compared on attempt %d: %d alerts", attempts, int(ours.size()));
        QVERIFY(root[QLatin1String("alerts")].isArray());
        // The same words as `alerts --json`, acknowledgement included.
        for (const auto &value : root[QLatin1String("alerts")].toArray()) {
            const QJsonObject alert = value.toObject();
            if (alert[QLatin1String("labels")][QLatin1String("test_run")].toString() != m_marker)
                continue;
            QCOMPARE(alert[QLatin1String("state")].toString(), QStringLiteral("acknowledged"));
            QCOMPARE(alert[QLatin1String("acknowledged")][QLatin1String("by")].toString(),
                QStringLiteral("alice"));
        }
    }

    void withoutAlertmanagerAlertsAreNull()
    {
        const QString json = m_dir.filePath(QStringLiteral("no-am.json"));
        QTemporaryDir configDir;
        QFile config(configDir.filePath(QStringLiteral("console.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            "prometheus:\n  - name: test\n    url: " + m_stack.prometheus.toString().toUtf8() + "\n");
        config.close();
        const CommandRun run
            = runConsole({ QStringLiteral("snapshot"), QStringLiteral("--config"), config.fileName(),
                             QStringLiteral("--dashboard"), QStringLiteral("production"),
                             QStringLiteral("--range"), QStringLiteral("2m"), QStringLiteral("--out"),
                             m_dir.filePath(QStringLiteral("no-am.png")), QStringLiteral("--data"), json },
                90000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("no Alertmanager configured"), run.err.constData());
        const QJsonObject root = readJson(json);
        QVERIFY(root.contains(QLatin1String("alerts")));
        QVERIFY(root[QLatin1String("alerts")].isNull());
    }

    void unreachableAlertmanagerFailsButRenders()
    {
        const QString png = m_dir.filePath(QStringLiteral("am-down.png"));
        const CommandRun run = runConsole(
            { QStringLiteral("snapshot"), QStringLiteral("--prometheus"), m_stack.prometheus.toString(),
                QStringLiteral("--alertmanager"), deadUrl().toString(), QStringLiteral("--dashboard"),
                QStringLiteral("production"), QStringLiteral("--range"), QStringLiteral("2m"),
                QStringLiteral("--size"), QStringLiteral("800x600"), QStringLiteral("--out"), png,
                QStringLiteral("--data"), m_dir.filePath(QStringLiteral("am-down.json")) },
            90000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("unreachable"), run.err.constData());
        QCOMPARE(QImage(png).width(), 800);
        QVERIFY(QImage(png).height() >= 600);
    }

    void reportWritesTheFolder()
    {
        const QString dir = m_dir.filePath(QStringLiteral("report"));
        const CommandRun run = snapshot({ QStringLiteral("--report"), dir, QStringLiteral("--var"),
            QStringLiteral("service=market-data") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject data = readJson(QDir(dir).filePath(QStringLiteral("data.json")));
        const QJsonArray panels = data[QLatin1String("panels")].toArray();
        QCOMPARE(panels.size(), 9); // the production dashboard's panels
        QVERIFY(data[QLatin1String("alerts")].isArray());
        const QImage dashboard(QDir(dir).filePath(QStringLiteral("dashboard.png")));
        QCOMPARE(dashboard.width(), 1600);
        QVERIFY(dashboard.height() >= 1000);
        for (const auto &panel : panels) {
            const QString file = QStringLiteral("panel-%1.png").arg(panel[QLatin1String("id")].toString());
            QVERIFY2(!QImage(QDir(dir).filePath(file)).isNull(), qPrintable(file));
        }
        QFile md(QDir(dir).filePath(QStringLiteral("report.md")));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(md.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("PivoriSnapshotTest")), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("Acknowledged: by alice")));
        QVERIFY(markdown.contains(QStringLiteral("panel-latency.png")));
        // One service's report does not read like every service's.
        QVERIFY2(
            markdown.contains(QStringLiteral("**Variables:** service = market-data")), qPrintable(markdown));
        QCOMPARE(
            data[QLatin1String("variables")][QLatin1String("service")][QLatin1String("values")].toArray(),
            QJsonArray { QStringLiteral("market-data") });
        QFile html(QDir(dir).filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(!page.contains("<script>"));
        QVERIFY(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(page.contains("rolling back the deploy"));
        QVERIFY(page.contains("service = market-data"));
    }

    void cleanupTestCase()
    {
        // Leave the shared stack as found: the ack expired, the alert resolved.
        if (!m_silenceId.isEmpty())
            httpRequest(
                "DELETE", apiUrl(m_stack.alertmanagers[0], QStringLiteral("/api/v2/silence/") + m_silenceId));
        if (!m_marker.isEmpty())
            postAlert(QDateTime::currentDateTimeUtc());
    }

    void unreachableServerStillRenders()
    {
        const QString png = m_dir.filePath(QStringLiteral("down.png"));
        const CommandRun run
            = runConsole({ QStringLiteral("snapshot"), QStringLiteral("--prometheus"),
                             QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--dashboard"),
                             QStringLiteral("production"), QStringLiteral("--size"),
                             QStringLiteral("800x600"), QStringLiteral("--out"), png },
                60000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("connection refused"), run.err.constData());
        QCOMPARE(QImage(png).width(), 800);
        QVERIFY(QImage(png).height() >= 600);
    }

    void unknownDashboardIsNamed()
    {
        const CommandRun run = runConsole({ QStringLiteral("snapshot"), QStringLiteral("--dashboard"),
            QStringLiteral("nope"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.png")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("nope") && run.err.contains("production"), run.err.constData());
    }
};

QTEST_MAIN(TestSnapshot)
#include "tst_snapshot.moc"

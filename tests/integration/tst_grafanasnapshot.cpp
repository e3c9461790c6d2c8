// SPDX-License-Identifier: GPL-3.0-or-later
// A Grafana dashboard, converted by `import-grafana`, opened as is by `snapshot
// --dashboard-file` or named by a configuration's `- file:` entry (`snapshot --dashboard ID`),
// renders against the real stack, and every point it plots equals Prometheus's own answer to
// the expanded expression at the same start, end and step.
#include "snapshotcompare.h"
#include "stackfixture.h"
#include "testutils.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pivori;
using namespace pivori::testing;

namespace {

QString grafanaFile(const char *name)
{
    return testutils::dataPath(QStringLiteral("grafana/") + QLatin1String(name));
}

} // namespace

class TestGrafanaSnapshot final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QTemporaryDir m_dir;

    /// The fixture's Alertmanager pair: a snapshot with --data also reads the alerts.
    QStringList alertmanagerArgs() const
    {
        QStringList args;
        for (const QUrl &replica : m_stack.alertmanagers)
            args << QStringLiteral("--alertmanager") << replica.toString();
        return args;
    }

    /// Renders @p file and compares every point of every panel with Prometheus; returns how many.
    int comparePoints(const QString &file, const QStringList &extra, const QString &mustContain)
    {
        return compareSnapshot({ QStringLiteral("--dashboard-file"), file }, extra, mustContain);
    }

    /// The same for the dashboard that @p source names (--dashboard-file F, or --config C --dashboard ID).
    int compareSnapshot(const QStringList &source, const QStringList &extra, const QString &mustContain)
    {
        const QString json = m_dir.filePath(QStringLiteral("data.json"));
        const QString png = m_dir.filePath(QStringLiteral("picture.png"));
        const qint64 askedAt = QDateTime::currentSecsSinceEpoch();
        const QString end = QString::number(settledSnapshotEnd(askedAt));
        const CommandRun run = runConsole(QStringList { QStringLiteral("snapshot"),
                                              QStringLiteral("--prometheus"), m_stack.prometheus.toString() }
                + source
                + QStringList { QStringLiteral("--range"), QStringLiteral("2m"), QStringLiteral("--end"), end,
                    QStringLiteral("--size"), QStringLiteral("1600x1000"), QStringLiteral("--out"), png,
                    QStringLiteral("--data"), json }
                + extra + alertmanagerArgs(),
            90000);
        if (run.exitCode != 0) {
            qWarning("%s", run.err.constData());
            return -1;
        }
        QFile data(json);
        if (!data.open(QIODevice::ReadOnly))
            return -1;
        const QJsonObject root = QJsonDocument::fromJson(data.readAll()).object();
        for (const auto &panel : root[QLatin1String("panels")].toArray()) {
            if (panel.toObject()[QLatin1String("collapsed")].toBool())
                continue; // never queried: its expressions are as written
            for (const auto &q : panel.toObject()[QLatin1String("queries")].toArray()) {
                const QString expr = q.toObject()[QLatin1String("expr")].toString();
                // Grafana's syntax never reaches Prometheus.
                if (expr.contains(QLatin1String("[[")) || expr.contains(QLatin1Char('$'))
                    || (!mustContain.isEmpty() && expr.contains(QLatin1String("job=~"))
                        && !expr.contains(mustContain))) {
                    qWarning("%s: %s", qPrintable(panel.toObject()[QLatin1String("id")].toString()),
                        qPrintable(expr));
                    return -1;
                }
            }
        }
        const SnapshotComparison comparison = compareSnapshotData(m_stack.prometheus, root, askedAt);
        if (!comparison.failure.isEmpty()) {
            qWarning("%s", qPrintable(comparison.failure));
            return -1;
        }
        const int compared = comparison.comparedPoints;
        return compared;
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        QVERIFY(m_dir.isValid());
        // The snapshots end 20 s in the past (settledSnapshotEnd), and rates need scrapes before that.
        QTRY_VERIFY_WITH_TIMEOUT(hasScrapedHistory(m_stack.prometheus, 40), 90000);
    }

    void importGrafanaWritesYamlAndReport()
    {
        const QString yaml = m_dir.filePath(QStringLiteral("stack.yaml"));
        const CommandRun run = runConsole({ QStringLiteral("import-grafana"),
            grafanaFile("stack-overview.json"), QStringLiteral("--out"), yaml });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("panels: 5 mapped, 0 approximated, 0 unsupported"), run.out.constData());
        QVERIFY2(run.out.contains("mapped: panel \"Request rate\" (timeseries) in row \"Services\""),
            run.out.constData());
        const QByteArray written = testutils::readFile(yaml);
        QVERIFY(written.startsWith("# Grafana import of"));
        QVERIFY(written.contains("dashboards:"));
        // Without --out the YAML goes to stdout, the same each time.
        const CommandRun first
            = runConsole({ QStringLiteral("import-grafana"), grafanaFile("stack-overview.json") });
        const CommandRun second
            = runConsole({ QStringLiteral("import-grafana"), grafanaFile("stack-overview.json") });
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, second.out);
        QCOMPARE(first.out, written);
    }

    void importGrafanaErrors()
    {
        const CommandRun v2
            = runConsole({ QStringLiteral("import-grafana"), grafanaFile("v2-elements.json") });
        QCOMPARE(v2.exitCode, 1);
        QVERIFY2(v2.err.contains("v2 schema"), v2.err.constData());
        QVERIFY(v2.out.isEmpty());
        const CommandRun none = runConsole({ QStringLiteral("import-grafana") });
        QCOMPARE(none.exitCode, 2);
        const CommandRun missing
            = runConsole({ QStringLiteral("import-grafana"), m_dir.filePath(QStringLiteral("absent.json")) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("absent.json"));
        const CommandRun snapshot = runConsole({ QStringLiteral("snapshot"), QStringLiteral("--prometheus"),
            m_stack.prometheus.toString(), QStringLiteral("--dashboard-file"), grafanaFile("text-only.json"),
            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.png")) });
        QCOMPARE(snapshot.exitCode, 1);
        QVERIFY2(snapshot.err.contains("nothing the console can draw"), snapshot.err.constData());
    }

    void pointsEqualPrometheus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("Grafana JSON, all jobs")
            << grafanaFile("stack-overview.json") << QStringList() << QString();
        QTest::newRow("Grafana JSON, --var job=prometheus")
            << grafanaFile("stack-overview.json")
            << QStringList { QStringLiteral("--var"), QStringLiteral("job=prometheus") }
            << QStringLiteral("prometheus");
        QTest::newRow("ConfigMap") << grafanaFile("configmap.yaml") << QStringList() << QString();
    }

    void pointsEqualPrometheus()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, extra);
        QFETCH(QString, mustContain);
        const int compared = comparePoints(file, extra, mustContain);
        qInfo("%d points and values equal Prometheus's", compared);
        QVERIFY2(compared > 10, qPrintable(QString::number(compared)));
    }

    /// Grafana bar gauge, table and text panels, as the console's own kinds: every bar and row
    /// is Prometheus's instant answer at the snapshot's time; the text is carried as written.
    void barGaugeAndTableEqualPrometheus()
    {
        const int compared = comparePoints(grafanaFile("stack-kinds.json"), {}, QString());
        qInfo("%d bars and rows equal Prometheus's instant answer", compared);
        // At least the targets of the stack (prometheus, alertmanager, the services), twice.
        QVERIFY2(compared >= 4, qPrintable(QString::number(compared)));
        QFile data(m_dir.filePath(QStringLiteral("data.json")));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QJsonArray panels
            = QJsonDocument::fromJson(data.readAll()).object()[QLatin1String("panels")].toArray();
        QStringList types;
        for (const auto &p : panels)
            types << p.toObject()[QLatin1String("type")].toString();
        // Grafana's bar charts: one reading per series becomes a bar gauge, a range bars per step.
        QCOMPARE(types,
            (QStringList { QStringLiteral("text"), QStringLiteral("bargauge"), QStringLiteral("table"),
                QStringLiteral("bargauge"), QStringLiteral("bars"), QStringLiteral("stat") }));
        // $busiest is a query_result() variable: its first value came from Prometheus's answer.
        const QString busiest = panels[5]
                                    .toObject()[QLatin1String("queries")]
                                    .toArray()[0]
                                    .toObject()[QLatin1String("expr")]
                                    .toString();
        QVERIFY2(
            !busiest.contains(u'$') && !busiest.contains(QLatin1String("job=\"\"")), qPrintable(busiest));
        QVERIFY(panels[0].toObject()[QLatin1String("content")].toString().contains(
            QLatin1String("<b>literal</b>")));
        QVERIFY(!panels[1].toObject()[QLatin1String("series")].toArray().isEmpty());
        for (const int barChart : { 3, 4 })
            QVERIFY2(!panels[barChart].toObject()[QLatin1String("series")].toArray().isEmpty(),
                qPrintable(panels[barChart].toObject()[QLatin1String("title")].toString()));
    }

    /// A configuration whose `dashboards:` name a Grafana JSON file (relative to the configuration)
    /// and, beside it, a broken one: the good one is drawn by `snapshot --dashboard ID`.
    QString writeConfigWithDashboardFiles()
    {
        QString path = m_dir.filePath(QStringLiteral("files/console.yaml"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::copy(grafanaFile("broken.json"), m_dir.filePath(QStringLiteral("files/broken.json")));
        const QString relative
            = QDir(QFileInfo(path).absolutePath()).relativeFilePath(grafanaFile("stack-overview.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            QStringLiteral("prometheus:\n  - name: stack\n    url: %1\n"
                           "dashboards:\n  - file: %2\n  - file: broken.json\n  - builtin: production\n")
                .arg(m_stack.prometheus.toString(), relative)
                .toUtf8());
        return path;
    }

    void configEntryRendersWithSnapshotDashboard()
    {
        const QString config = writeConfigWithDashboardFiles();
        QVERIFY(!config.isEmpty());
        // $window is an interval variable, which the conversion fixes: --var chooses its value for
        // the configuration's files as for --dashboard-file (the saved value is 1m).
        const int compared
            = compareSnapshot({ QStringLiteral("--config"), config, QStringLiteral("--dashboard"),
                                  QStringLiteral("stack-overview") },
                { QStringLiteral("--var"), QStringLiteral("window=5m") }, {});
        qInfo("%d points of a dashboards: file entry equal Prometheus's", compared);
        QVERIFY2(compared > 10, qPrintable(QString::number(compared)));
        QFile data(m_dir.filePath(QStringLiteral("data.json")));
        QVERIFY(data.open(QIODevice::ReadOnly));
        QStringList expressions;
        for (const auto &panel :
            QJsonDocument::fromJson(data.readAll()).object()[QLatin1String("panels")].toArray()) {
            for (const auto &q : panel.toObject()[QLatin1String("queries")].toArray())
                expressions << q.toObject()[QLatin1String("expr")].toString();
        }
        QVERIFY2(expressions.filter(QStringLiteral("[5m]")).size() == 1, qPrintable(expressions.join(u'\n')));
        QVERIFY(expressions.filter(QStringLiteral("[1m]")).isEmpty());
    }

    void validateReportsDashboardFiles()
    {
        const QString config = writeConfigWithDashboardFiles();
        const CommandRun run
            = runConsole({ QStringLiteral("validate"), config, QStringLiteral("--import-reports") });
        QCOMPARE(run.exitCode, 1);
        // The broken file at its entry (line 6), by name; the good one with its import report.
        QVERIFY2(run.err.contains("console.yaml:6:11: dashboard file left out: "), run.err.constData());
        QVERIFY2(run.err.contains("broken.json:"), run.err.constData());
        QVERIFY2(run.out.contains("dashboard \"stack-overview\" converted from "), run.out.constData());
        QVERIFY2(run.out.contains("panels: 5 mapped, 0 approximated, 0 unsupported"), run.out.constData());
    }

    void convertedYamlRendersTheSame()
    {
        const QString yaml = m_dir.filePath(QStringLiteral("converted.yaml"));
        const CommandRun run = runConsole({ QStringLiteral("import-grafana"),
            grafanaFile("stack-overview.json"), QStringLiteral("--out"), yaml });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const int compared = comparePoints(yaml, {}, {});
        QVERIFY2(compared > 10, qPrintable(QString::number(compared)));
    }
};

QTEST_GUILESS_MAIN(TestGrafanaSnapshot)
#include "tst_grafanasnapshot.moc"

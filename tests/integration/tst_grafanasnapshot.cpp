// SPDX-License-Identifier: GPL-3.0-or-later
// A Grafana dashboard, converted by `import-grafana` or opened as is by `snapshot
// --dashboard-file`, renders against the real stack, and every point it plots equals
// Prometheus's own answer to the expanded expression at the same start, end and step.
#include "stackfixture.h"
#include "testutils.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pivori;
using namespace pivori::testing;

namespace {

QString seconds(const QJsonValue &value)
{
    return QString::number(value.toDouble(), 'f', 3);
}

// Prometheus sends "1.5", "NaN", "+Inf"; the snapshot numbers, null, "+Inf".
QJsonValue snapshotValue(const QString &text)
{
    if (text == QLatin1String("NaN"))
        return QJsonValue(QJsonValue::Null);
    if (text == QLatin1String("+Inf") || text == QLatin1String("-Inf"))
        return text;
    return text.toDouble();
}

QString labelKey(const QJsonObject &labels)
{
    return QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact));
}

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

    QJsonObject prometheus(const QString &path, const QList<std::pair<QString, QString>> &params)
    {
        QUrl url = m_stack.prometheus;
        url.setPath(path);
        const RawReply reply
            = httpRequest("POST", url, formEncode(params), "application/x-www-form-urlencoded");
        return QJsonDocument::fromJson(reply.body).object();
    }

    /// Renders @p file and compares every point of every panel with Prometheus; returns how many.
    int comparePoints(const QString &file, const QStringList &extra, const QString &mustContain)
    {
        const QString json = m_dir.filePath(QStringLiteral("data.json"));
        const QString png = m_dir.filePath(QStringLiteral("picture.png"));
        const QString end = QString::number(QDateTime::currentSecsSinceEpoch() - 2);
        const CommandRun run
            = runConsole(QStringList { QStringLiteral("snapshot"), QStringLiteral("--prometheus"),
                             m_stack.prometheus.toString(), QStringLiteral("--dashboard-file"), file,
                             QStringLiteral("--range"), QStringLiteral("2m"), QStringLiteral("--end"), end,
                             QStringLiteral("--size"), QStringLiteral("1600x1000"), QStringLiteral("--out"),
                             png, QStringLiteral("--data"), json }
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
        const QJsonArray panels = root[QLatin1String("panels")].toArray();
        int compared = 0;
        for (const auto &panelValue : panels) {
            const QJsonObject panel = panelValue.toObject();
            const QString id = panel[QLatin1String("id")].toString();
            if (!panel[QLatin1String("error")].isNull()) {
                qWarning("%s: %s", qPrintable(id), qPrintable(panel[QLatin1String("error")].toString()));
                return -1;
            }
            const QJsonObject range = panel[QLatin1String("range")].toObject();
            const QJsonArray queries = panel[QLatin1String("queries")].toArray();
            const QJsonArray series = panel[QLatin1String("series")].toArray();
            for (const auto &q : queries) {
                const QString expr = q.toObject()[QLatin1String("expr")].toString();
                // Grafana's syntax never reaches Prometheus.
                if (expr.contains(QLatin1String("[[")) || expr.contains(QLatin1Char('$'))
                    || (!mustContain.isEmpty() && expr.contains(QLatin1String("job=~"))
                        && !expr.contains(mustContain))) {
                    qWarning("%s: %s", qPrintable(id), qPrintable(expr));
                    return -1;
                }
            }
            if (range.contains(QLatin1String("time"))) { // gauge, stat: one instant value
                const QJsonObject answer = prometheus(QStringLiteral("/api/v1/query"),
                    { { QStringLiteral("query"), queries[0].toObject()[QLatin1String("expr")].toString() },
                        { QStringLiteral("time"), seconds(range[QLatin1String("time")]) } });
                const QJsonArray result = answer[QLatin1String("data")][QLatin1String("result")].toArray();
                if (result.isEmpty()
                    || panel[QLatin1String("value")]
                        != snapshotValue(
                            result[0].toObject()[QLatin1String("value")].toArray()[1].toString())) {
                    qWarning("%s: value differs", qPrintable(id));
                    return -1;
                }
                ++compared;
                continue;
            }
            for (int q = 0; q < queries.size(); ++q) {
                const QJsonObject answer = prometheus(QStringLiteral("/api/v1/query_range"),
                    { { QStringLiteral("query"), queries[q].toObject()[QLatin1String("expr")].toString() },
                        { QStringLiteral("start"), seconds(range[QLatin1String("start")]) },
                        { QStringLiteral("end"), seconds(range[QLatin1String("end")]) },
                        { QStringLiteral("step"), seconds(range[QLatin1String("step")]) } });
                QHash<QString, QJsonArray> expected;
                for (const auto &s : answer[QLatin1String("data")][QLatin1String("result")].toArray()) {
                    QJsonArray points;
                    for (const auto &p : s.toObject()[QLatin1String("values")].toArray())
                        points.append(
                            QJsonArray { p.toArray()[0], snapshotValue(p.toArray()[1].toString()) });
                    expected.insert(labelKey(s.toObject()[QLatin1String("metric")].toObject()), points);
                }
                QHash<QString, QJsonArray> actual;
                for (const auto &s : series) {
                    if (s.toObject()[QLatin1String("query")].toInt() == q)
                        actual.insert(labelKey(s.toObject()[QLatin1String("labels")].toObject()),
                            s.toObject()[QLatin1String("points")].toArray());
                }
                if (expected.isEmpty() || actual != expected) {
                    qWarning("%s query %d: %lld series plotted, %lld from Prometheus, or points differ",
                        qPrintable(id), q, qint64(actual.size()), qint64(expected.size()));
                    return -1;
                }
                for (const QJsonArray &points : std::as_const(expected))
                    compared += int(points.size());
            }
        }
        return compared;
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        QVERIFY(m_dir.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(hasScrapedHistory(m_stack.prometheus), 60000);
    }

    void importGrafanaWritesYamlAndReport()
    {
        const QString yaml = m_dir.filePath(QStringLiteral("stack.yaml"));
        const CommandRun run = runConsole({ QStringLiteral("import-grafana"),
            grafanaFile("stack-overview.json"), QStringLiteral("--out"), yaml });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("panels: 4 mapped, 1 approximated, 0 unsupported"), run.out.constData());
        QVERIFY2(run.out.contains("approximated: panel \"Request rate\" (timeseries) in row \"Services\""),
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

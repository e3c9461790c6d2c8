// `pivori-console snapshot` renders both built-in dashboards headless, and every plotted
// point it reports equals Prometheus's own answer to the same query, start, end and step.
#include "stackfixture.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pivori;
using namespace pivori::testing;

namespace {

QString seconds(const QJsonValue &value) { return QString::number(value.toDouble(), 'f', 3); }

// Prometheus sends "1.5", "NaN", "+Inf"; the snapshot numbers, null, "+Inf".
QJsonValue snapshotValue(const QString &text)
{
    if (text == QLatin1String("NaN"))
        return QJsonValue(QJsonValue::Null);
    if (text == QLatin1String("+Inf") || text == QLatin1String("-Inf"))
        return text;
    return text.toDouble();
}

QString labelKey(const QJsonObject &labels) { return QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact)); }

} // namespace

class TestSnapshot final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QTemporaryDir m_dir;

    QJsonObject prometheus(const QString &path, const QList<std::pair<QString, QString>> &params)
    {
        QUrl url = m_stack.prometheus;
        url.setPath(path);
        const RawReply reply = httpRequest("POST", url, formEncode(params), "application/x-www-form-urlencoded");
        return QJsonDocument::fromJson(reply.body).object();
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        QVERIFY(m_dir.isValid());
        // Rates need a few scrapes behind them before every panel has data.
        QTRY_VERIFY_WITH_TIMEOUT(hasScrapedHistory(m_stack.prometheus), 60000);
    }

    void pointsEqualPrometheus_data()
    {
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("production, all services") << "production" << QStringList{};
        QTest::newRow("microservices, all services") << "microservices" << QStringList{};
        QTest::newRow("microservices filtered to trading")
            << "microservices" << QStringList{QStringLiteral("--var"), QStringLiteral("service=trading")};
    }

    void pointsEqualPrometheus()
    {
        QFETCH(QString, dashboard);
        QFETCH(QStringList, extra);
        const QString png = m_dir.filePath(dashboard + QStringLiteral(".png"));
        const QString json = m_dir.filePath(dashboard + QStringLiteral(".json"));
        const QString end = QString::number(QDateTime::currentSecsSinceEpoch() - 2);
        const CommandRun run = runConsole(QStringList{QStringLiteral("snapshot"), QStringLiteral("--prometheus"), m_stack.prometheus.toString(),
                                                      QStringLiteral("--dashboard"), dashboard, QStringLiteral("--range"), QStringLiteral("2m"),
                                                      QStringLiteral("--end"), end, QStringLiteral("--size"), QStringLiteral("1600x1000"),
                                                      QStringLiteral("--out"), png, QStringLiteral("--data"), json} + extra,
                                          90000);
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 1000));

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root[QLatin1String("dashboard")][QLatin1String("id")].toString(), dashboard);
        const QJsonArray panels = root[QLatin1String("panels")].toArray();
        QVERIFY(panels.size() >= 3);
        int comparedPoints = 0;
        for (const auto &panelValue : panels) {
            const QJsonObject panel = panelValue.toObject();
            const QString id = panel[QLatin1String("id")].toString();
            QVERIFY2(panel[QLatin1String("error")].isNull(), qPrintable(id + QStringLiteral(": ") + panel[QLatin1String("error")].toString()));
            const QJsonObject range = panel[QLatin1String("range")].toObject();
            const QJsonArray queries = panel[QLatin1String("queries")].toArray();
            const QJsonArray series = panel[QLatin1String("series")].toArray();
            if (!extra.isEmpty()) // the variable reached Prometheus: every expression names the service
                for (const auto &q : queries)
                    QVERIFY2(q.toObject()[QLatin1String("expr")].toString().contains(QStringLiteral("trading")), qPrintable(id));

            if (range.contains(QLatin1String("time"))) { // gauge, stat: one instant value
                const QJsonObject answer = prometheus(QStringLiteral("/api/v1/query"),
                                                      {{QStringLiteral("query"), queries[0].toObject()[QLatin1String("expr")].toString()},
                                                       {QStringLiteral("time"), seconds(range[QLatin1String("time")])}});
                const QJsonArray result = answer[QLatin1String("data")][QLatin1String("result")].toArray();
                QVERIFY2(!result.isEmpty(), qPrintable(id));
                QCOMPARE(panel[QLatin1String("value")], snapshotValue(result[0].toObject()[QLatin1String("value")].toArray()[1].toString()));
                continue;
            }
            for (int q = 0; q < queries.size(); ++q) {
                const QJsonObject answer = prometheus(QStringLiteral("/api/v1/query_range"),
                                                      {{QStringLiteral("query"), queries[q].toObject()[QLatin1String("expr")].toString()},
                                                       {QStringLiteral("start"), seconds(range[QLatin1String("start")])},
                                                       {QStringLiteral("end"), seconds(range[QLatin1String("end")])},
                                                       {QStringLiteral("step"), seconds(range[QLatin1String("step")])}});
                QCOMPARE(answer[QLatin1String("status")].toString(), QStringLiteral("success"));
                QHash<QString, QJsonArray> expected;
                for (const auto &s : answer[QLatin1String("data")][QLatin1String("result")].toArray()) {
                    QJsonArray points;
                    for (const auto &p : s.toObject()[QLatin1String("values")].toArray())
                        points.append(QJsonArray{p.toArray()[0], snapshotValue(p.toArray()[1].toString())});
                    expected.insert(labelKey(s.toObject()[QLatin1String("metric")].toObject()), points);
                }
                QHash<QString, QJsonArray> actual;
                for (const auto &s : series) {
                    if (s.toObject()[QLatin1String("query")].toInt() == q)
                        actual.insert(labelKey(s.toObject()[QLatin1String("labels")].toObject()), s.toObject()[QLatin1String("points")].toArray());
                }
                QVERIFY2(!expected.isEmpty(), qPrintable(id + QStringLiteral(" query ") + QString::number(q) + QStringLiteral(" has no data")));
                QCOMPARE(actual.keys().size(), expected.keys().size());
                for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                    QVERIFY2(actual.contains(it.key()), qPrintable(id + QStringLiteral(": missing series ") + it.key()));
                    QCOMPARE(actual.value(it.key()), it.value());
                    comparedPoints += int(it.value().size());
                }
            }
        }
        QVERIFY2(comparedPoints > 10, qPrintable(QString::number(comparedPoints)));
    }

    void unreachableServerStillRenders()
    {
        const QString png = m_dir.filePath(QStringLiteral("down.png"));
        const CommandRun run = runConsole({QStringLiteral("snapshot"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"),
                                           QStringLiteral("--dashboard"), QStringLiteral("production"), QStringLiteral("--size"),
                                           QStringLiteral("800x600"), QStringLiteral("--out"), png},
                                          60000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("connection refused"), run.err.constData());
        QCOMPARE(QImage(png).size(), QSize(800, 600));
    }

    void unknownDashboardIsNamed()
    {
        const CommandRun run = runConsole({QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("nope"),
                                           QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("nope") && run.err.contains("production"), run.err.constData());
    }
};

QTEST_MAIN(TestSnapshot)
#include "tst_snapshot.moc"

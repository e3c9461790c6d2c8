// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console query` answers exactly what Prometheus answers, for the same
// expression and time, in Prometheus's shape with numbers as numbers.
#include "stackfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace pivori;
using namespace pivori::testing;

namespace {

// Prometheus writes values as strings; the CLI as numbers, NaN as null, ±Inf as strings.
QJsonValue cliValue(const QJsonValue &prometheusValue)
{
    const QString text = prometheusValue.toString();
    if (text == QLatin1String("NaN"))
        return QJsonValue(QJsonValue::Null);
    if (text == QLatin1String("+Inf") || text == QLatin1String("-Inf"))
        return text;
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? QJsonValue(v) : QJsonValue(QStringLiteral("unparseable: ") + text);
}

QJsonArray cliPoint(const QJsonArray &point)
{
    return QJsonArray { point[0], cliValue(point[1]) };
}

/// Prometheus's `data` turned into what the CLI should print, series sorted by labels.
QJsonObject expectedFromPrometheus(const QJsonObject &data)
{
    const QString type = data.value(QLatin1String("resultType")).toString();
    QJsonObject out { { QStringLiteral("resultType"), type } };
    if (type == QLatin1String("scalar")) {
        out[QLatin1String("result")] = cliPoint(data.value(QLatin1String("result")).toArray());
        return out;
    }
    QList<QJsonObject> series;
    for (const auto &entry : data.value(QLatin1String("result")).toArray()) {
        QJsonObject s = entry.toObject();
        if (s.contains(QLatin1String("value")))
            s[QLatin1String("value")] = cliPoint(s.value(QLatin1String("value")).toArray());
        if (s.contains(QLatin1String("values"))) {
            QJsonArray points;
            for (const auto &p : s.value(QLatin1String("values")).toArray())
                points.append(cliPoint(p.toArray()));
            s[QLatin1String("values")] = points;
        }
        series.append(s);
    }
    auto key = [](const QJsonObject &s) {
        return QJsonDocument(s.value(QLatin1String("metric")).toObject()).toJson();
    };
    std::sort(series.begin(), series.end(),
        [&](const QJsonObject &a, const QJsonObject &b) { return key(a) < key(b); });
    QJsonArray result;
    for (const auto &s : series)
        result.append(s);
    out[QLatin1String("result")] = result;
    return out;
}

QJsonObject sortedCliOutput(const QByteArray &json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    if (!root.value(QLatin1String("result")).isArray()
        || root.value(QLatin1String("resultType")) == QLatin1String("scalar"))
        return root;
    QList<QJsonObject> series;
    for (const auto &entry : root.value(QLatin1String("result")).toArray())
        series.append(entry.toObject());
    auto key = [](const QJsonObject &s) {
        return QJsonDocument(s.value(QLatin1String("metric")).toObject()).toJson();
    };
    std::sort(series.begin(), series.end(),
        [&](const QJsonObject &a, const QJsonObject &b) { return key(a) < key(b); });
    QJsonArray result;
    for (const auto &s : series)
        result.append(s);
    root[QLatin1String("result")] = result;
    root.remove(QLatin1String("warnings"));
    return root;
}

} // namespace

class TestQueryCommand final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QString m_time; ///< a fixed evaluation time, so both sides compute the same thing

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        QTRY_VERIFY_WITH_TIMEOUT(hasScrapedHistory(m_stack.prometheus), 60000);
        const qint64 now = QDateTime::currentSecsSinceEpoch() - 2;
        m_time = QString::number(now) + QStringLiteral(".5");
    }

    void instantEqualsPrometheus_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::newRow("a plain selector") << "up";
        QTest::newRow("a '+' in the expression reaches Prometheus as '+'") << "1 + 1";
        QTest::newRow("a '+' inside a label matcher")
            << "http_request_duration_seconds_bucket{le=\"+Inf\", service=\"trading\"}";
        QTest::newRow("aggregated rates by service") << "sum by (service) (rate(http_requests_total[5s]))";
        QTest::newRow("a P95 from the histogram")
            << "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[5s])))";
        QTest::newRow("NaN becomes null") << "0 / 0";
        QTest::newRow("+Inf stays signed") << "vector(1) / 0";
        QTest::newRow("an empty result stays empty") << "up{job=\"no-such-job\"}";
        QTest::newRow("an ampersand and a hash in a string")
            << "label_replace(vector(1), \"x\", \"a&b#c\", \"\", \"\")";
    }

    void instantEqualsPrometheus()
    {
        QFETCH(QString, expr);
        QUrl url = m_stack.prometheus;
        url.setPath(QStringLiteral("/api/v1/query"));
        url.setQuery(QString::fromLatin1(
            formEncode({ { QStringLiteral("query"), expr }, { QStringLiteral("time"), m_time } })));
        const QJsonObject prometheus = getJson(url).object();
        QCOMPARE(prometheus.value(QLatin1String("status")).toString(), QStringLiteral("success"));

        const CommandRun run = runConsole(
            { QStringLiteral("query"), QStringLiteral("--prometheus"), m_stack.prometheus.toString(),
                QStringLiteral("--json"), QStringLiteral("--time"), m_time, expr });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(sortedCliOutput(run.out),
            expectedFromPrometheus(prometheus.value(QLatin1String("data")).toObject()));
    }

    void rangeEqualsPrometheus()
    {
        const QString expr
            = QStringLiteral("sum by (service) (rate(http_requests_total{status=~\"5..\"}[5s]))");
        const double end = m_time.toDouble();
        QUrl url = m_stack.prometheus;
        url.setPath(QStringLiteral("/api/v1/query_range"));
        url.setQuery(QString::fromLatin1(formEncode({ { QStringLiteral("query"), expr },
            { QStringLiteral("start"), QString::number(end - 30, 'f', 3) },
            { QStringLiteral("end"), QString::number(end, 'f', 3) },
            { QStringLiteral("step"), QStringLiteral("2") } })));
        const QJsonObject prometheus = getJson(url).object();
        QCOMPARE(prometheus.value(QLatin1String("status")).toString(), QStringLiteral("success"));
        QVERIFY(!prometheus[QLatin1String("data")][QLatin1String("result")].toArray().isEmpty());

        const CommandRun run = runConsole(
            { QStringLiteral("query"), QStringLiteral("--prometheus"), m_stack.prometheus.toString(),
                QStringLiteral("--json"), QStringLiteral("--range"), QStringLiteral("30s"),
                QStringLiteral("--step"), QStringLiteral("2s"), QStringLiteral("--end"), m_time, expr });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject cli = sortedCliOutput(run.out);
        QCOMPARE(cli.value(QLatin1String("resultType")).toString(), QStringLiteral("matrix"));
        QCOMPARE(cli, expectedFromPrometheus(prometheus.value(QLatin1String("data")).toObject()));
    }

    void tableOutputNamesSeries()
    {
        const CommandRun run = runConsole(
            { QStringLiteral("query"), QStringLiteral("--prometheus"), m_stack.prometheus.toString(),
                QStringLiteral("count by (service) (http_server_active_connections)") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("{service=\"trading\"}"), run.out.constData());
        QCOMPARE(run.out.count('\n'), 15); // one line per service of the fleet
    }

    void badExpressionShowsPrometheusMessage()
    {
        const CommandRun run = runConsole({ QStringLiteral("query"), QStringLiteral("--prometheus"),
            m_stack.prometheus.toString(), QStringLiteral("sum(rate(") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("parse error"), run.err.constData());
        QVERIFY2(run.err.contains(m_stack.prometheus.authority().toUtf8()), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    void nonPrometheusServerIsNamed()
    {
        // The simulator is an HTTP server but not Prometheus: a 404 that is not JSON.
        const CommandRun run = runConsole({ QStringLiteral("query"), QStringLiteral("--prometheus"),
            m_stack.simulator.toString(), QStringLiteral("up") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("404"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestQueryCommand)
#include "tst_querycommand.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusClient against a real Prometheus: encoding, errors in Prometheus's words,
// supersession and cancellation, and every read endpoint the console uses.
#include "freeport.h"
#include "networktransport.h"
#include "prometheusclient.h"
#include "stackfixture.h"

#include <QSignalSpy>
#include <QTcpServer>

#include <memory>
#include <optional>

using namespace pivori;
using namespace pivori::testing;

class TestPrometheusClient final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<PrometheusClient> m_client;

    Endpoint endpoint(const QUrl &url, int timeoutMs = 10000) const
    {
        Endpoint e;
        e.url = url;
        e.timeoutMs = timeoutMs;
        return e;
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_client = std::make_unique<PrometheusClient>(m_transport.get(), endpoint(m_stack.prometheus));
    }

    void plusSignsSurviveEncoding_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<double>("expected");
        QTest::newRow("arithmetic") << "1 + 1" << 2.0;
        QTest::newRow("in a label matcher")
            << "count(count by (service) (http_request_duration_seconds_bucket{le=\"+Inf\"}))" << 15.0;
        QTest::newRow("scientific notation") << "1e+2 + 0" << 100.0;
    }

    void plusSignsSurviveEncoding()
    {
        QFETCH(QString, expr);
        QFETCH(double, expected);
        Answer<QueryResult> answer;
        m_client->query(expr, std::nullopt, this, answer.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
        QVERIFY2(answer.result->ok(),
            qPrintable(answer.result->ok() ? QString() : answer.result->error().describe()));
        const QueryResult &r = answer.result->value();
        QVERIFY(!r.series.isEmpty() && !r.series.first().points.isEmpty());
        QCOMPARE(r.series.first().points.first().v, expected);
    }

    void longExpressionsGoByPost()
    {
        QString expr = QStringLiteral("0");
        for (int i = 0; i < 1500; ++i)
            expr += QStringLiteral(" + 1");
        QVERIFY(expr.size() > PrometheusClient::kMaxGetUrlBytes);
        Answer<QueryResult> answer;
        m_client->query(expr, std::nullopt, this, answer.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
        QVERIFY(answer.result->ok());
        QCOMPARE(answer.result->value().series.first().points.first().v, 1500.0);
    }

    void badExpressionCarriesPrometheusText()
    {
        Answer<QueryResult> answer;
        m_client->query(QStringLiteral("sum(rate("), std::nullopt, this, answer.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
        QVERIFY(!answer.result->ok());
        const Error &error = answer.result->error();
        QCOMPARE(error.kind, Error::Kind::Server);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.type, QStringLiteral("bad_data"));
        QVERIFY2(error.message.contains(QStringLiteral("parse error")), qPrintable(error.message));
    }

    void rangePointsFallOnSteps()
    {
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-2);
        const QDateTime start = end.addSecs(-40);
        Answer<QueryResult> answer;
        m_client->queryRange(QStringLiteral("sum by (service) (rate(http_requests_total[5s]))"), start, end,
            4000, this, answer.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
        QVERIFY(answer.result->ok());
        const QueryResult &r = answer.result->value();
        QCOMPARE(r.type, QueryResult::Matrix);
        QCOMPARE(r.series.size(), 15);
        const double startSec = start.toMSecsSinceEpoch() / 1000.0;
        for (const Series &s : r.series) {
            QVERIFY(s.points.size() <= 11);
            for (const Sample &p : s.points) {
                const double k = (p.t - startSec) / 4.0;
                QVERIFY2(qAbs(k - qRound(k)) < 1e-6, "points fall on start + k * step");
            }
        }
    }

    void tooManyPointsRejectedBeforeSending()
    {
        const QDateTime end = QDateTime::currentDateTimeUtc();
        Answer<QueryResult> answer;
        m_client->queryRange(QStringLiteral("up"), end.addDays(-7), end, 1000, this, answer.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 5000);
        QVERIFY(!answer.result->ok());
        QCOMPARE(answer.result->error().kind, Error::Kind::Config);
        QVERIFY2(answer.result->error().message.contains(QStringLiteral("11")),
            qPrintable(answer.result->error().message));
    }

    void newerRequestSupersedesOlder()
    {
        Answer<QueryResult> older, newer, witness;
        m_client->query(
            QStringLiteral("vector(1)"), std::nullopt, this, older.callback(), QStringLiteral("panel-a"));
        m_client->query(
            QStringLiteral("vector(2)"), std::nullopt, this, newer.callback(), QStringLiteral("panel-a"));
        // An independent request sent after both: once it is back, the older one would be too.
        m_client->query(
            QStringLiteral("vector(3)"), std::nullopt, this, witness.callback(), QStringLiteral("panel-b"));
        QTRY_COMPARE_WITH_TIMEOUT(newer.calls, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(witness.calls, 1, 10000);
        QCOMPARE(older.calls, 0);
        QCOMPARE(newer.result->value().series.first().points.first().v, 2.0);
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void cancelledRequestStaysSilent()
    {
        Answer<QueryResult> cancelled, witness;
        const quint64 id
            = m_client->query(QStringLiteral("vector(1)"), std::nullopt, this, cancelled.callback());
        m_client->cancel(id);
        m_client->query(QStringLiteral("vector(2)"), std::nullopt, this, witness.callback());
        QTRY_COMPARE_WITH_TIMEOUT(witness.calls, 1, 10000);
        QCOMPARE(cancelled.calls, 0);
    }

    void readEndpoints()
    {
        Answer<PromTargets> targets;
        m_client->targets(this, targets.callback());
        Answer<QList<PromRuleGroup>> rules;
        m_client->rules(this, rules.callback());
        Answer<PromBuildInfo> build;
        m_client->buildInfo(this, build.callback());
        Answer<bool> ready;
        m_client->ready(this, ready.callback());
        QTRY_VERIFY_WITH_TIMEOUT(targets.calls && rules.calls && build.calls && ready.calls, 10000);

        QVERIFY(targets.result->ok());
        bool servicesUp = false;
        for (const PromTarget &t : targets.result->value().active)
            servicesUp |= t.labels.value(QStringLiteral("job")) == QLatin1String("pivori-services")
                && t.health == PromTarget::Health::Up;
        QVERIFY(servicesUp);

        QVERIFY(rules.result->ok());
        int alerting = 0;
        for (const PromRuleGroup &group : rules.result->value())
            for (const PromRule &rule : group.rules)
                alerting += rule.type == PromRule::Type::Alerting;
        QCOMPARE(alerting, 12); // the guide's eleven and the Watchdog

        QVERIFY(build.result->ok());
        QVERIFY2(build.result->value().version.startsWith(QStringLiteral("2.42")),
            qPrintable(build.result->value().version));
        QVERIFY(ready.result->ok());
        QCOMPARE(ready.result->value(), true);
    }

    void refusedConnectionIsANetworkError()
    {
        const quint16 port = pickFreeLoopbackPort();
        PrometheusClient nowhere(
            m_transport.get(), endpoint(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        Answer<QueryResult> answer;
        nowhere.query(QStringLiteral("up"), std::nullopt, this, answer.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
        QCOMPARE(answer.result->error().kind, Error::Kind::Network);
        QVERIFY(answer.result->error().describe().contains(QString::number(port)));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        PrometheusClient slow(m_transport.get(),
            endpoint(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), 500));
        Answer<QueryResult> answer;
        slow.query(QStringLiteral("up"), std::nullopt, this, answer.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
        QCOMPARE(answer.result->error().kind, Error::Kind::Timeout);
    }

    void contextDestroyedMeansNoCallback()
    {
        Answer<QueryResult> answer, witness;
        auto *context = new QObject;
        m_client->query(QStringLiteral("vector(1)"), std::nullopt, context, answer.callback());
        delete context;
        m_client->query(QStringLiteral("vector(2)"), std::nullopt, this, witness.callback());
        QTRY_COMPARE_WITH_TIMEOUT(witness.calls, 1, 10000);
        QCOMPARE(answer.calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"

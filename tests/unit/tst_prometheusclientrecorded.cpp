// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusClient on recorded answers (no server): what it sends, how it reads Prometheus's
// answers and errors, and its promises about callbacks: once, later, never after a cancel,
// a supersession or the end of their context. The real server is tst_prometheusclient's.
#include "prometheusclient.h"
#include "recordedtransport.h"
#include "syntheticprometheusanswer.h"
#include "testutils.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace pivori;
using testutils::Received;

namespace {

using QueryAnswer = Received<Result<QueryResult>>;

/// Never contacted: the recorded transport answers in its place.
const QUrl kServer(QStringLiteral("http://127.0.0.1:19090"));

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString describe(const QueryAnswer &answer)
{
    if (!answer.value)
        return QStringLiteral("no answer");
    return answer.value->ok() ? QStringLiteral("ok") : answer.value->error().describe();
}

} // namespace

class TestPrometheusClientRecorded final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordedTransport> m_transport;
    std::unique_ptr<PrometheusClient> m_client;

    std::unique_ptr<PrometheusClient> clientWithTimeout(int timeoutMs)
    {
        Endpoint endpoint;
        endpoint.url = kServer;
        endpoint.timeoutMs = timeoutMs;
        return std::make_unique<PrometheusClient>(m_transport.get(), endpoint);
    }

    const HttpRequest &onlyRequest() const
    {
        if (m_transport->requests().size() != 1)
            qWarning("%d requests sent, one expected", int(m_transport->requests().size()));
        return m_transport->requests().constFirst();
    }

private slots:
    void init()
    {
        m_transport = std::make_unique<RecordedTransport>();
        m_client = clientWithTimeout(2000);
    }

    void cleanup()
    {
        m_client.reset();
        QVERIFY2(m_transport->unmatched().isEmpty(), qPrintable(m_transport->unmatched().join(u'\n')));
        m_transport.reset();
    }

    void reservedCharactersAreEscaped()
    {
        // Go decodes '+' as a space: "a + b" must travel as "a%20%2B%20b".
        QCOMPARE(HttpTransport::encodeParams({ { QStringLiteral("query"), QStringLiteral("a + b") },
                     { QStringLiteral("match[]"), QStringLiteral("x{le=\"+Inf\"}") } }),
            QByteArray("query=a%20%2B%20b&match%5B%5D=x%7Ble%3D%22%2BInf%22%7D"));
    }

    void instantQuerySendsTheExpressionAndTime()
    {
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file("prometheus/vector.json"));
        QueryAnswer answer;
        m_client->query(QStringLiteral("sum(rate(http_requests_total[5m])) + 1"), utc(1700000000123), this,
            answer.callback());
        QCOMPARE(answer.calls, 0); // never from inside the call
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(answer.value->ok(), qPrintable(describe(answer)));
        const QueryResult &result = answer.value->value();
        QCOMPARE(result.type, QueryResult::Vector);
        QCOMPARE(result.series.size(), 3);
        QCOMPARE(result.series.first().points.first().v, 1523.0);
        const HttpRequest &sent = onlyRequest();
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(paramValue(sent, "query"), QStringLiteral("sum(rate(http_requests_total[5m])) + 1"));
        QCOMPARE(paramValue(sent, "time"), QStringLiteral("1700000000.123"));
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void rangeQuerySendsSecondsAndStep()
    {
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/query_range"), RecordedAnswer::file("prometheus/matrix.json"));
        QueryAnswer answer;
        m_client->queryRange(
            QStringLiteral("up"), utc(1700000000000), utc(1700000045500), 15000, this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(answer.value->ok(), qPrintable(describe(answer)));
        QCOMPARE(answer.value->value().type, QueryResult::Matrix);
        QCOMPARE(answer.value->value().series.size(), 2);
        QCOMPARE(answer.value->value().series.at(1).points.size(), 4);
        const HttpRequest &sent = onlyRequest();
        QCOMPARE(paramValue(sent, "start"), QStringLiteral("1700000000"));
        QCOMPARE(paramValue(sent, "end"), QStringLiteral("1700000045.5"));
        QCOMPARE(paramValue(sent, "step"), QStringLiteral("15"));
    }

    void longExpressionGoesByPost()
    {
        m_transport->answer(
            RecordedRoute("POST", "/api/v1/query"), RecordedAnswer::file("prometheus/scalar.json"));
        QString expr = QStringLiteral("0");
        while (expr.size() <= PrometheusClient::kMaxGetUrlBytes)
            expr += QStringLiteral(" + 1");
        QueryAnswer answer;
        m_client->query(expr, std::nullopt, this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(answer.value->ok(), qPrintable(describe(answer)));
        const HttpRequest &sent = onlyRequest();
        QCOMPARE(sent.method, QByteArray("POST"));
        QVERIFY(sent.formBody);
        QCOMPARE(paramValue(sent, "query"), expr);
    }

    void errorsAreToldInPrometheusWords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("messagePart");
        const QByteArray json = "application/json";
        QTest::newRow("400 bad_data")
            << "prometheus/error-bad_data.json" << 400 << json << Error::Kind::Server << "bad_data"
            << "unclosed left parenthesis";
        QTest::newRow("422 execution")
            << "prometheus/error-execution.json" << 422 << json << Error::Kind::Server << "execution"
            << "too many samples";
        QTest::newRow("503 query timeout")
            << "prometheus/error-timeout.json" << 503 << json << Error::Kind::Server << "timeout"
            << "timed out";
        QTest::newRow("500 internal")
            << "prometheus/error-internal.json" << 500 << json << Error::Kind::Server << "internal"
            << "storage layer";
        QTest::newRow("503 while loading: plain text")
            << "prometheus/not-ready-503.txt" << 503 << QByteArray("text/plain; charset=utf-8")
            << Error::Kind::Http << ""
            << "Service Unavailable";
        QTest::newRow("502 from a proxy: HTML")
            << "prometheus/proxy-502.html" << 502 << QByteArray("text/html") << Error::Kind::Http << ""
            << "502 Bad Gateway";
        QTest::newRow("502 JSON that is no envelope")
            << "prometheus/json-not-envelope-502.json" << 502 << json << Error::Kind::Http << ""
            << "upstream connect error";
        QTest::newRow("200 with trailing garbage")
            << "prometheus/wrong-trailing-garbage.json" << 200 << json << Error::Kind::Parse << ""
            << "";
        QTest::newRow("200 login page")
            << "prometheus/login-200.html" << 200 << QByteArray("text/html") << Error::Kind::Parse << ""
            << "text/html";
    }

    void errorsAreToldInPrometheusWords()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, errorType);
        QFETCH(QString, messagePart);
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file(file, status, contentType));
        QueryAnswer answer;
        m_client->query(QStringLiteral("sum(rate("), std::nullopt, this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(!answer.value->ok());
        const Error &error = answer.value->error();
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.type, errorType);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        // Where it went wrong, without the query string (which may be long, or private).
        QCOMPARE(error.url, QStringLiteral("http://127.0.0.1:19090/api/v1/query"));
    }

    void truncatedAnswerIsAParseError()
    {
        m_transport->answer(RecordedRoute("GET", "/api/v1/query"),
            RecordedAnswer::bytes(
                R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{})"));
        QueryAnswer answer;
        m_client->query(QStringLiteral("up"), std::nullopt, this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(!answer.value->ok());
        QCOMPARE(answer.value->error().kind, Error::Kind::Parse);
    }

    void transportFailuresAreNotServerErrors_data()
    {
        QTest::addColumn<RecordedAnswer>("recorded");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("refused") << RecordedAnswer::transportFailure(Error::Kind::Network)
                                 << Error::Kind::Network << "refused";
        QTest::newRow("TLS") << RecordedAnswer::transportFailure(Error::Kind::Tls) << Error::Kind::Tls
                             << "TLS";
        QTest::newRow("silent server") << RecordedAnswer::noAnswer() << Error::Kind::Timeout << "timeout";
        QTest::newRow("slower than the timeout")
            << RecordedAnswer::file("prometheus/vector.json").delayedBy(5000) << Error::Kind::Timeout
            << "timeout";
    }

    void transportFailuresAreNotServerErrors()
    {
        QFETCH(RecordedAnswer, recorded);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, messagePart);
        const auto client = clientWithTimeout(300);
        m_transport->answer(RecordedRoute("GET", "/api/v1/query"), recorded);
        QueryAnswer answer;
        client->query(QStringLiteral("up"), std::nullopt, this, answer.callback());
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY(!answer.value->ok());
        QCOMPARE(answer.value->error().kind, kind);
        QCOMPARE(answer.value->error().httpStatus, 0);
        QVERIFY2(
            answer.value->error().message.contains(messagePart), qPrintable(answer.value->error().message));
        QVERIFY(answer.value->error().describe().contains(QLatin1String("127.0.0.1:19090")));
    }

    void newerRequestSupersedesOlder()
    {
        m_transport->answer(RecordedRoute("GET", "/api/v1/query").withParam("query", "vector(1)"),
            RecordedAnswer::file("prometheus/scalar.json").delayedBy(30));
        m_transport->answer(RecordedRoute("GET", "/api/v1/query").withParam("query", "vector(2)"),
            RecordedAnswer::file("prometheus/vector.json").delayedBy(30));
        QueryAnswer older, newer;
        m_client->query(
            QStringLiteral("vector(1)"), std::nullopt, this, older.callback(), QStringLiteral("panel"));
        m_client->query(
            QStringLiteral("vector(2)"), std::nullopt, this, newer.callback(), QStringLiteral("panel"));
        QCOMPARE(m_transport->requests().size(), 2);
        QCOMPARE(m_transport->inFlight(), 1); // the older request was aborted, not left to run
        QTRY_COMPARE(newer.calls, 1);
        QCOMPARE(newer.value->value().type, QueryResult::Vector);
        QCOMPARE(older.calls, 0);
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void cancelledRequestStaysSilent()
    {
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file("prometheus/vector.json"));
        QueryAnswer cancelled, witness;
        const quint64 id
            = m_client->query(QStringLiteral("vector(1)"), std::nullopt, this, cancelled.callback());
        m_client->cancel(id);
        QCOMPARE(m_transport->inFlight(), 0);
        // Sent after the cancelled one: once it is back, the other would have been too.
        m_client->query(QStringLiteral("vector(2)"), std::nullopt, this, witness.callback());
        QTRY_COMPARE(witness.calls, 1);
        QCOMPARE(cancelled.calls, 0);
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void contextDestroyedMeansNoCallback()
    {
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file("prometheus/vector.json"));
        QueryAnswer answer, witness;
        auto context = std::make_unique<QObject>();
        m_client->query(QStringLiteral("vector(1)"), std::nullopt, context.get(), answer.callback());
        context.reset();
        QCOMPARE(m_transport->inFlight(), 0);
        m_client->query(QStringLiteral("vector(2)"), std::nullopt, this, witness.callback());
        QTRY_COMPARE(witness.calls, 1);
        QCOMPARE(answer.calls, 0);
    }

    void clientDestroyedMeansNoCallback()
    {
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::file("prometheus/vector.json"));
        auto client = clientWithTimeout(2000);
        QueryAnswer answer, witness;
        client->query(QStringLiteral("vector(1)"), std::nullopt, this, answer.callback());
        client.reset();
        QCOMPARE(m_transport->inFlight(), 0);
        m_client->query(QStringLiteral("vector(2)"), std::nullopt, this, witness.callback());
        QTRY_COMPARE(witness.calls, 1);
        QCOMPARE(answer.calls, 0);
    }

    void badArgumentsAreRefusedBeforeSending()
    {
        const QDateTime end = utc(1700000000000);
        QueryAnswer tooMany, backwards, noStep, empty;
        Received<Result<QStringList>> badLabel;
        m_client->queryRange(QStringLiteral("up"), end.addDays(-7), end, 1000, this, tooMany.callback());
        m_client->queryRange(QStringLiteral("up"), end, end.addSecs(-60), 1000, this, backwards.callback());
        m_client->queryRange(QStringLiteral("up"), end.addSecs(-60), end, 0, this, noStep.callback());
        m_client->query(QStringLiteral("  "), std::nullopt, this, empty.callback());
        m_client->labelValues(QStringLiteral("../../admin"), {}, {}, {}, this, badLabel.callback());
        QCOMPARE(tooMany.calls + backwards.calls + noStep.calls + empty.calls + badLabel.calls, 0);
        QTRY_VERIFY(tooMany.calls && backwards.calls && noStep.calls && empty.calls && badLabel.calls);
        for (const QueryAnswer *answer : { &tooMany, &backwards, &noStep, &empty }) {
            QVERIFY(!answer->value->ok());
            QCOMPARE(answer->value->error().kind, Error::Kind::Config);
        }
        QVERIFY2(tooMany.value->error().message.contains(QLatin1String("11000")),
            qPrintable(tooMany.value->error().message));
        QCOMPARE(badLabel.value->error().kind, Error::Kind::Config);
        QVERIFY(m_transport->requests().isEmpty());
    }

    void bigAnswerIsParsedOffTheGuiThread()
    {
        const QByteArray body = syntheticMatrixAnswer(40, 400);
        QVERIFY(body.size() > PrometheusClient::kBackgroundParseBytes);
        m_transport->answer(RecordedRoute("GET", "/api/v1/query_range"), RecordedAnswer::bytes(body));
        QueryAnswer answer;
        QThread *deliveredIn = nullptr;
        m_client->queryRange(QStringLiteral("up"), utc(1700000000000), utc(1700006000000), 15000, this,
            [&](const Result<QueryResult> &result) {
                deliveredIn = QThread::currentThread();
                answer.callback()(result);
            });
        QTRY_COMPARE(answer.calls, 1);
        QVERIFY2(answer.value->ok(), qPrintable(describe(answer)));
        QCOMPARE(answer.value->value().series.size(), 40);
        QCOMPARE(answer.value->value().series.first().points.size(), 400);
        QCOMPARE(deliveredIn, QCoreApplication::instance()->thread()); // parsed elsewhere, delivered here
    }

    void labelValuesSendMatchersAndRange()
    {
        m_transport->answer(RecordedRoute("GET", "/api/v1/label/service/values"),
            RecordedAnswer::file("prometheus/label-values.json"));
        Received<Result<QStringList>> values;
        m_client->labelValues(QStringLiteral("service"),
            { QStringLiteral("http_requests_total"), QStringLiteral("up{job=\"api\"}") }, utc(1700000000000),
            utc(1700003600000), this, values.callback());
        QTRY_COMPARE(values.calls, 1);
        QVERIFY(values.value->ok());
        QCOMPARE(values.value->value().size(), 5);
        QCOMPARE(values.value->value().last(), QStringLiteral("Z\u00fcrich \u65e5\u672c"));
        const HttpRequest &sent = onlyRequest();
        const QueryParams expected { { QStringLiteral("match[]"), QStringLiteral("http_requests_total") },
            { QStringLiteral("match[]"), QStringLiteral("up{job=\"api\"}") },
            { QStringLiteral("start"), QStringLiteral("1700000000") },
            { QStringLiteral("end"), QStringLiteral("1700003600") } };
        QCOMPARE(sent.params, expected);
    }

    void labelValuesWithABadSelector()
    {
        m_transport->answer(RecordedRoute("GET", "/api/v1/label/service/values"),
            RecordedAnswer::file("prometheus/error-label-match.json", 400));
        Received<Result<QStringList>> values;
        m_client->labelValues(
            QStringLiteral("service"), { QStringLiteral("up{") }, {}, {}, this, values.callback());
        QTRY_COMPARE(values.calls, 1);
        QVERIFY(!values.value->ok());
        QCOMPARE(values.value->error().type, QStringLiteral("bad_data"));
        QVERIFY(values.value->error().message.contains(QLatin1String("parse error")));
    }

    void readyTellsLoadingFromReady_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected"); // 1 ready, 0 loading, -1 an error
        QTest::newRow("ready") << 200 << QByteArray("Prometheus Server is Ready.\n") << 1;
        QTest::newRow("loading") << 503 << QByteArray("Service Unavailable") << 0;
        QTest::newRow("not a Prometheus") << 404 << QByteArray("404 page not found\n") << -1;
    }

    void readyTellsLoadingFromReady()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        m_transport->answer(RecordedRoute("GET", "/-/ready"),
            RecordedAnswer::bytes(body, status, "text/plain; charset=utf-8"));
        Received<Result<bool>> ready;
        m_client->ready(this, ready.callback());
        QTRY_COMPARE(ready.calls, 1);
        QCOMPARE(ready.value->ok(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(ready.value->value(), expected == 1);
        else
            QCOMPARE(ready.value->error().httpStatus, 404);
    }

    void readEndpoints()
    {
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/targets"), RecordedAnswer::file("prometheus/targets.json"));
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/rules"), RecordedAnswer::file("prometheus/rules.json"));
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/alerts"), RecordedAnswer::file("prometheus/alerts.json"));
        m_transport->answer(RecordedRoute("GET", "/api/v1/status/buildinfo"),
            RecordedAnswer::file("prometheus/buildinfo.json"));
        Received<Result<PromTargets>> targets;
        Received<Result<QList<PromRuleGroup>>> rules;
        Received<Result<QList<PromAlert>>> alerts;
        Received<Result<PromBuildInfo>> build;
        m_client->targets(this, targets.callback());
        m_client->rules(this, rules.callback());
        m_client->alerts(this, alerts.callback());
        m_client->buildInfo(this, build.callback());
        QTRY_VERIFY(targets.calls && rules.calls && alerts.calls && build.calls);
        QVERIFY(targets.value->ok() && !targets.value->value().active.isEmpty());
        QVERIFY(rules.value->ok() && !rules.value->value().isEmpty());
        QVERIFY(alerts.value->ok() && !alerts.value->value().isEmpty());
        QVERIFY(build.value->ok());
        QVERIFY2(build.value->value().version.startsWith(QLatin1String("2.")),
            qPrintable(build.value->value().version));
        QCOMPARE(m_transport->requests().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusClientRecorded)
#include "tst_prometheusclientrecorded.moc"

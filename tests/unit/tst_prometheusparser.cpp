// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusparser.h"
#include "syntheticprometheusanswer.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace pivori;

namespace {

QByteArray fixture(const QString &name)
{
    return testutils::readData(QStringLiteral("prometheus/") + name);
}

const QByteArray kJson = "application/json";

Result<QueryResult> parseFixture(const QString &name, int status = 200)
{
    return PrometheusParser::parseQueryResponse(status, kJson, fixture(name));
}

qsizetype pointCount(const QueryResult &result)
{
    qsizetype n = 0;
    for (const Series &series : result.series)
        n += series.points.size();
    return n;
}

bool hasControlChars(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

using testutils::labels;

} // namespace

class TestPrometheusParser final : public QObject
{
    Q_OBJECT

private slots:
    void queryShapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("warnings");
        QTest::newRow("vector: one point per series")
            << "vector.json" << int(QueryResult::Vector) << 3 << 3 << 0;
        QTest::newRow("matrix: many points per series")
            << "matrix.json" << int(QueryResult::Matrix) << 2 << 8 << 0;
        QTest::newRow("scalar: one unlabelled series")
            << "scalar.json" << int(QueryResult::Scalar) << 1 << 1 << 0;
        QTest::newRow("string: no series") << "string.json" << int(QueryResult::String) << 0 << 0 << 0;
        QTest::newRow("NaN, Inf and exponents parse")
            << "special-values.json" << int(QueryResult::Matrix) << 1 << 10 << 0;
        QTest::newRow("warnings are kept") << "warnings.json" << int(QueryResult::Vector) << 1 << 1 << 2;
        QTest::newRow("escaped and unicode labels")
            << "unicode-labels.json" << int(QueryResult::Vector) << 1 << 1 << 0;
        QTest::newRow("native histograms skipped with a warning")
            << "native-histogram.json" << int(QueryResult::Matrix) << 2 << 3 << 1;
        QTest::newRow("native histogram in a vector skipped")
            << "native-histogram-vector.json" << int(QueryResult::Vector) << 1 << 1 << 1;
        QTest::newRow("gaps stay absent") << "gaps.json" << int(QueryResult::Matrix) << 2 << 5 << 0;
        QTest::newRow("empty vector is fine")
            << "empty-vector.json" << int(QueryResult::Vector) << 0 << 0 << 0;
        QTest::newRow("any key order, unknown keys ignored")
            << "reordered-keys.json" << int(QueryResult::Matrix) << 1 << 1 << 0;
    }

    void queryShapes()
    {
        QFETCH(QString, file);
        QFETCH(int, type);
        QFETCH(int, series);
        QFETCH(int, points);
        QFETCH(int, warnings);
        const auto result = parseFixture(file);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(int(result.value().type), type);
        QCOMPARE(result.value().series.size(), series);
        QCOMPARE(pointCount(result.value()), points);
        QCOMPARE(result.value().warnings.size(), warnings);
    }

    void vectorContents()
    {
        const auto result = parseFixture(QStringLiteral("vector.json"));
        QVERIFY(result.ok());
        const auto &series = result.value().series;
        QCOMPARE(series.at(0).labels,
            labels({ { "__name__", "pivori_http_requests_total" }, { "code", "200" },
                { "instance", "checkout:8080" }, { "job", "pivori" } }));
        QCOMPARE(series.at(0).points.at(0).t, 1700000000.123);
        QCOMPARE(series.at(0).points.at(0).v, 1523.0);
        QCOMPARE(series.at(1).labels.value(QStringLiteral("le")), QStringLiteral("+Inf"));
        QVERIFY(!series.at(1).labels.contains(QStringLiteral("__name__")));
        QVERIFY(series.at(2).labels.isEmpty());
    }

    void scalarAndString()
    {
        const auto scalar = parseFixture(QStringLiteral("scalar.json"));
        QVERIFY(scalar.ok());
        QVERIFY(scalar.value().series.at(0).labels.isEmpty());
        QCOMPARE(scalar.value().series.at(0).points.at(0).t, 1700000000.154);
        QCOMPARE(scalar.value().series.at(0).points.at(0).v, 2.0);
        const auto text = parseFixture(QStringLiteral("string.json"));
        QVERIFY(text.ok());
        QCOMPARE(text.value().stringValue, QStringLiteral("hello \"world\""));
        QCOMPARE(text.value().stringTime, 1700000000.16);
    }

    void specialValues()
    {
        const auto result = parseFixture(QStringLiteral("special-values.json"));
        QVERIFY(result.ok());
        const auto &p = result.value().series.at(0).points;
        QVERIFY(std::isnan(p.at(0).v));
        QCOMPARE(p.at(1).v, std::numeric_limits<double>::infinity());
        QCOMPARE(p.at(2).v, -std::numeric_limits<double>::infinity());
        QCOMPARE(p.at(3).v, 1e-07);
        QCOMPARE(p.at(4).v, -1.5e21);
        QCOMPARE(p.at(5).v, 1e21);
        QCOMPARE(p.at(6).v, 0.0);
        QVERIFY(p.at(7).v == 0.0 && std::signbit(p.at(7).v));
        QCOMPARE(p.at(8).v, 123456.789);
        QCOMPARE(p.at(9).v, 5e-324);
    }

    void unicodeLabels()
    {
        const auto result = parseFixture(QStringLiteral("unicode-labels.json"));
        QVERIFY(result.ok());
        const LabelSet &l = result.value().series.at(0).labels;
        QCOMPARE(l.value(QStringLiteral("quote")), QStringLiteral("say \"hi\""));
        QCOMPARE(l.value(QStringLiteral("backslash")), QStringLiteral("C:\\temp"));
        QCOMPARE(l.value(QStringLiteral("newline")), QStringLiteral("a\nb\tc"));
        QCOMPARE(l.value(QStringLiteral("slash")), QStringLiteral("a/b"));
        QCOMPARE(l.value(QStringLiteral("latin")), QString::fromUtf8("caf\u00e9"));
        QCOMPARE(l.value(QStringLiteral("raw")), QString::fromUtf8("caf\u00e9 \u65e5\u672c"));
        QCOMPARE(l.value(QStringLiteral("emoji")), QString::fromUtf8("\U0001F525 hot"));
        QCOMPARE(l.value(QStringLiteral("lone")), QString::fromUtf8("x\uFFFDy"));
        QCOMPARE(l.value(QStringLiteral("html")), QStringLiteral("<b>"));
    }

    void gapsKeepTimestamps()
    {
        const auto result = parseFixture(QStringLiteral("gaps.json"));
        QVERIFY(result.ok());
        QList<double> times;
        for (const Sample &s : result.value().series.at(0).points)
            times << s.t;
        QCOMPARE(times, (QList<double> { 1700000000, 1700000015, 1700000060, 1700000075 }));
        QCOMPARE(result.value().series.at(1).points.at(0).t, 1700000060.0);
    }

    void nativeHistogramsSkipped()
    {
        const auto result = parseFixture(QStringLiteral("native-histogram.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().series.at(0).labels.value(QStringLiteral("__name__")),
            QStringLiteral("rpc_latency_seconds_count"));
        QCOMPARE(result.value().series.at(1).labels.value(QStringLiteral("__name__")),
            QStringLiteral("rpc_mixed"));
        QCOMPARE(result.value().series.at(1).points.size(), 1);
        QVERIFY(result.value().warnings.at(0).contains(QStringLiteral("native-histogram")));
    }

    void warningsVerbatim()
    {
        const auto result = parseFixture(QStringLiteral("warnings.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().warnings,
            (QStringList { QStringLiteral("PromQL info: metric might not be a counter"),
                QStringLiteral("partial response from a remote store") }));
    }

    void queryErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("errorType");
        QTest::addColumn<QString>("messagePart");
        const int server = int(Error::Kind::Server), http = int(Error::Kind::Http),
                  parse = int(Error::Kind::Parse);
        const QByteArray text = "text/plain; charset=utf-8", html = "text/html";
        auto row = [](const char *name, const QByteArray &body, int status, const QByteArray &type, int kind,
                       const char *errorType, const QString &part) {
            QTest::newRow(name) << body << status << type << kind << QString::fromUtf8(errorType) << part;
        };
        row("bad_data 400: Prometheus's text", fixture(QStringLiteral("error-bad_data.json")), 400, kJson,
            server, "bad_data",
            QStringLiteral("invalid parameter \"query\": 1:5: parse error: unclosed left parenthesis"));
        row("bad_data 400: point limit", fixture(QStringLiteral("error-bad-data-range.json")), 400, kJson,
            server, "bad_data", QStringLiteral("exceeded maximum resolution of 11,000 points"));
        row("execution 422", fixture(QStringLiteral("error-execution.json")), 422, kJson, server, "execution",
            QStringLiteral("too many samples"));
        row("timeout 503", fixture(QStringLiteral("error-timeout.json")), 503, kJson, server, "timeout",
            QStringLiteral("query timed out"));
        row("canceled 503", fixture(QStringLiteral("error-canceled.json")), 503, kJson, server, "canceled",
            QStringLiteral("query was canceled in expression evaluation (HTTP 503)")); // the status said
        row("internal 500", fixture(QStringLiteral("error-internal.json")), 500, kJson, server, "internal",
            QStringLiteral("storage layer"));
        row("not_found 404", fixture(QStringLiteral("error-not_found.json")), 404, kJson, server, "not_found",
            QStringLiteral("not found"));
        row("unavailable 500", fixture(QStringLiteral("error-unavailable.json")), 500, kJson, server,
            "unavailable", QStringLiteral("not available"));
        row("error envelope with status 200", fixture(QStringLiteral("error-envelope-200.json")), 200, kJson,
            server, "bad_data", QStringLiteral("strange proxy"));
        row("503 plain text while not ready", fixture(QStringLiteral("not-ready-503.txt")), 503, text, http,
            "", QStringLiteral("HTTP 503: Service Unavailable"));
        row("proxy HTML page: its title", fixture(QStringLiteral("proxy-502.html")), 502, html, http, "",
            QStringLiteral("HTTP 502: 502 Bad Gateway"));
        row("404 plain text", fixture(QStringLiteral("not-found-404.txt")), 404, text, http, "",
            QStringLiteral("404 page not found"));
        row("non-envelope JSON from a proxy", fixture(QStringLiteral("json-not-envelope-502.json")), 502,
            kJson, http, "", QStringLiteral("HTTP 502: {\"message\":\"upstream connect error"));
        row("control characters removed", fixture(QStringLiteral("control-chars.txt")), 500, text, http, "",
            QStringLiteral("HTTP 500: bad[31m gateway here"));
        row("long line cut to 200 characters", QByteArray(5000, 'x'), 500, text, http, "",
            QStringLiteral("HTTP 500: ") + QString(199, u'x') + QChar(0x2026));
        row("empty body with 503", QByteArray(), 503, text, http, "",
            QStringLiteral("HTTP 503 with an empty body"));
        row("empty body with 200", QByteArray(), 200, kJson, parse, "", QStringLiteral("empty answer"));
        row("whitespace body with 200", QByteArray(" \n\t "), 200, kJson, parse, "",
            QStringLiteral("empty answer"));
        row("HTML login page with 200", fixture(QStringLiteral("login-200.html")), 200, html, parse, "",
            QStringLiteral("expected JSON, got text/html: Sign in - Corporate SSO"));
        row("truncated JSON with 500 is an HTTP error", QByteArray("{\"status\":\"succ"), 500, kJson, http,
            "", QStringLiteral("HTTP 500: {\"status\":\"succ"));
        row("truncated error envelope keeps the server text",
            QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out","warnings":[)"),
            503, kJson, server, "timeout", QStringLiteral("query timed out"));

        const struct
        {
            const char *name;
            const char *file;
            const char *part;
        } shapes[] = {
            { "value as a JSON number", "wrong-value-number.json",
                "data.result[0].value: byte 93: a sample value must be a JSON string" },
            { "values not an array", "wrong-values-not-array.json",
                "data.result[0].values: byte 82: expected '[' (the values array), found '{'" },
            { "point with three elements", "wrong-point-three.json",
                "data.result[0].values[0]: byte 98: expected ']' (a pair has two elements)" },
            { "point with one element", "wrong-point-one.json",
                "data.result[0].values[0]: byte 94: expected ','" },
            { "timestamp as a string", "wrong-ts-string.json",
                "data.result[0].value: byte 82: expected a number, found '\"'" },
            { "non-numeric value named with its place", "wrong-value-abc.json",
                "data.result[1].values[2]: value \"abc\" is not a number" },
            { "empty value string", "wrong-value-empty.json",
                "data.result[0].value: value \"\" is not a number" },
            { "lower-case inf is not Go's spelling", "wrong-value-lowercase-inf.json",
                "value \"inf\" is not a number" },
            { "metric not an object", "wrong-metric-not-object.json",
                "data.result[0].metric: byte 70: expected '{', found '['" },
            { "label value a number", "wrong-label-number.json",
                "data.result[0].metric.port: byte 88: expected a string, found '9'" },
            { "status missing", "wrong-status-missing.json", "missing \"status\"" },
            { "unknown status", "wrong-status-unknown.json", "unknown status \"partial\"" },
            { "data missing", "wrong-data-missing.json", "data.resultType: missing" },
            { "unknown result type", "wrong-result-type-unknown.json", "unknown result type \"histogram\"" },
            { "result missing", "wrong-result-missing.json", "data.result: missing" },
            { "result an object", "wrong-result-object.json",
                "data.result: byte 59: expected '[' (the result array), found '{'" },
            { "vector series with values", "wrong-vector-with-values.json",
                "data.result[0]: a vector series needs \"value\"" },
            { "matrix series with value", "wrong-matrix-with-value.json",
                "data.result[0]: a matrix series needs \"values\"" },
            { "scalar given as series", "wrong-scalar-series.json",
                "data.result: a scalar result must be a [time, value] pair" },
            { "scalar value not a number", "wrong-scalar-value.json",
                "data.result[1]: value \"two\" is not a number" },
            { "trailing garbage", "wrong-trailing-garbage.json", "expected the end of the answer" },
            { "raw control character in a label", "wrong-control-char.json",
                "control character inside a string" },
            { "invalid escape", "wrong-bad-escape.json", "data.result[0].metric.job: byte 80: bad escape" },
            { "invalid unicode escape", "wrong-bad-unicode-escape.json", "bad \\u escape" },
            { "timestamp out of range", "wrong-ts-huge.json",
                "data.result[0].value: byte 82: number out of range" },
            { "value out of range", "wrong-value-huge.json", "value \"1e400\" is not a number" },
            { "timestamp a literal", "wrong-ts-literal.json", "expected a number, found 't'" },
            { "top level an array", "wrong-top-array.json", "expected a JSON object, got: [{\"status\"" },
            { "warnings not strings", "wrong-warnings-type.json",
                "warnings[0]: byte 75: expected a string, found '1'" },
        };
        for (const auto &shape : shapes)
            row(shape.name, fixture(QString::fromUtf8(shape.file)), 200, kJson, parse, "",
                QString::fromUtf8(shape.part));
    }

    void queryErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(int, kind);
        QFETCH(QString, errorType);
        QFETCH(QString, messagePart);
        const auto result = PrometheusParser::parseQueryResponse(status, contentType, body);
        QVERIFY(!result.ok());
        const Error &error = result.error();
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.type, errorType);
        QVERIFY2(!hasControlChars(error.message), qPrintable(error.message));
        QVERIFY(error.message.size() <= 300);
    }

    void truncated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("keep");
        const QByteArray matrix = fixture(QStringLiteral("matrix.json"));
        QTest::newRow("after the first brace") << "matrix.json" << 1;
        QTest::newRow("inside the status key") << "matrix.json" << 5;
        QTest::newRow("inside the status value") << "matrix.json" << int(matrix.indexOf("success") + 3);
        QTest::newRow("after data colon") << "matrix.json" << int(matrix.indexOf("\"data\":") + 7);
        QTest::newRow("inside a label value") << "matrix.json" << int(matrix.indexOf("127.0.0") + 4);
        QTest::newRow("inside a timestamp") << "matrix.json" << int(matrix.indexOf("1700000015") + 5);
        QTest::newRow("inside a value string") << "matrix.json" << int(matrix.indexOf(",\"0\"") + 2);
        QTest::newRow("before the last brace") << "matrix.json" << int(matrix.lastIndexOf('}'));
        QTest::newRow("inside an escape")
            << "unicode-labels.json"
            << int(fixture(QStringLiteral("unicode-labels.json")).indexOf("\\ud83d") + 3);
    }

    void truncated()
    {
        QFETCH(QString, file);
        QFETCH(int, keep);
        const auto result = PrometheusParser::parseQueryResponse(200, kJson, fixture(file).left(keep));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Parse);
        QVERIFY2(result.error().message.contains(QStringLiteral("end of input")),
            qPrintable(result.error().message));
    }

    /// Every strict prefix of a valid answer is an error, never a crash or a partial success.
    void everyPrefixFails()
    {
        for (const char *name : { "vector.json", "matrix.json", "special-values.json", "unicode-labels.json",
                 "native-histogram.json", "reordered-keys.json", "scalar.json" }) {
            const QByteArray body = fixture(QString::fromUtf8(name));
            const qsizetype complete = body.lastIndexOf('}');
            for (qsizetype n = 0; n < complete; ++n) {
                const auto result = PrometheusParser::parseQueryResponse(200, kJson, body.left(n));
                QVERIFY2(!result.ok(),
                    qPrintable(QStringLiteral("%1 cut at %2").arg(QString::fromUtf8(name)).arg(n)));
                QCOMPARE(result.error().kind, Error::Kind::Parse);
            }
            QVERIFY(PrometheusParser::parseQueryResponse(200, kJson, body.left(complete + 1)).ok());
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("messagePart");
        const QByteArray head = R"({"status":"success","data":{"resultType":"vector","result":[)";
        const QByteArray tail = "]}}";
        QTest::newRow("100000 nested arrays in an unknown field")
            << head + R"({"metric":{},"value":[1,"1"],"x":)" + QByteArray(100000, '[') << false
            << QStringLiteral("nesting deeper than 64");
        QByteArray objects;
        for (int i = 0; i < 100000; ++i)
            objects += "{\"a\":";
        QTest::newRow("100000 nested objects at the top")
            << QByteArray("{\"x\":") + objects << false << QStringLiteral("nesting deeper than 64");
        QTest::newRow("deep nesting where a label value belongs") << head + R"({"metric":{"a":)"
                + QByteArray(100000, '[') << false << QStringLiteral("metric.a: byte");
        QTest::newRow("10000-digit timestamp") << head + R"({"metric":{},"value":[)" + QByteArray(10000, '9')
                + R"(,"1"]})" + tail << false << QStringLiteral("number out of range");
        QTest::newRow("10000-digit number in an ignored field is skipped")
            << head + R"({"metric":{},"value":[1,"1"],"x":)" + QByteArray(10000, '9') + "}" + tail << true
            << QString();
        QTest::newRow("5 MB label value") << head + "{\"metric\":{\"big\":\""
                + QByteArray(5 * 1024 * 1024, 'a') + "\"},\"value\":[1,\"1\"]}"
                + tail << true << QString();
        QTest::newRow("invalid UTF-8 in a label becomes U+FFFD")
            << head + "{\"metric\":{\"a\":\"\xff\xfe\xc3\"},\"value\":[1,\"1\"]}" + tail << true << QString();
        QTest::newRow("NUL byte inside a string") << head + QByteArray("{\"metric\":{\"a\":\"x\0y\"}", 20)
                                                  << false << QStringLiteral("control character");
        QTest::newRow("backslash at the very end")
            << head + "{\"metric\":{\"a\":\"x\\" << false << QStringLiteral("end of input");
        QTest::newRow("lone minus as timestamp") << head + R"({"metric":{},"value":[-,"1"]})" + tail << false
                                                 << QStringLiteral("expected a number");
        QTest::newRow("minus inf as a bare timestamp") << head + R"({"metric":{},"value":[-inf,"1"]})" + tail
                                                       << false << QStringLiteral("expected a number");
    }

    void hostile()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, messagePart);
        const auto result = PrometheusParser::parseQueryResponse(200, kJson, body);
        QCOMPARE(result.ok(), ok);
        if (!ok)
            QVERIFY2(
                result.error().message.contains(messagePart), qPrintable(result.error().message.left(300)));
    }

    /// Random byte damage must give a clean result or a clean error, for every parser.
    void fuzzedBytesNeverCrash()
    {
        QRandomGenerator random(20231114);
        const char alphabet[] = "{}[]\",:\\u0123456789.eE+-NnaIf \x01\xff";
        const struct
        {
            const char *file;
            int rounds;
        } inputs[] = { { "matrix.json", 3000 }, { "unicode-labels.json", 2000 },
            { "special-values.json", 1000 }, { "targets.json", 300 }, { "rules.json", 300 },
            { "alerts.json", 300 }, { "label-values.json", 300 } };
        for (const auto &input : inputs) {
            const QByteArray original = fixture(QString::fromUtf8(input.file));
            for (int round = 0; round < input.rounds; ++round) {
                QByteArray body = original;
                const int edits = 1 + random.bounded(4);
                for (int e = 0; e < edits; ++e)
                    body[random.bounded(int(body.size()))]
                        = alphabet[random.bounded(int(sizeof alphabet) - 1)];
                const auto query = PrometheusParser::parseQueryResponse(200, kJson, body);
                QVERIFY(query.ok() || !query.error().message.isEmpty());
                const auto targets = PrometheusParser::parseTargetsResponse(200, kJson, body);
                QVERIFY(targets.ok() || !targets.error().message.isEmpty());
                const auto rules = PrometheusParser::parseRulesResponse(200, kJson, body);
                QVERIFY(rules.ok() || !rules.error().message.isEmpty());
                const auto alerts = PrometheusParser::parseAlertsResponse(200, kJson, body);
                QVERIFY(alerts.ok() || !alerts.error().message.isEmpty());
                const auto values = PrometheusParser::parseLabelValuesResponse(200, kJson, body);
                QVERIFY(values.ok() || !values.error().message.isEmpty());
            }
        }
    }

    /// 45 series x 11,000 points, the largest range answer Prometheus gives a dashboard.
    void throughput()
    {
        const QByteArray body = syntheticMatrixAnswer(45, 11000);
        double bestMs = std::numeric_limits<double>::max();
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const auto result = PrometheusParser::parseQueryResponse(200, kJson, body);
            bestMs = std::min(bestMs, timer.nsecsElapsed() / 1e6);
            QVERIFY(result.ok());
            QCOMPARE(result.value().series.size(), 45);
            QCOMPARE(result.value().series.last().points.size(), 11000);
            QCOMPARE(result.value().series.last().points.last().t, 1700000000.0 + 10999 * 15);
        }
        qInfo("parsed %.1f MB in %.1f ms: %.0f MB/s", body.size() / 1e6, bestMs,
            body.size() / 1e6 / (bestMs / 1e3));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusParser)
#include "tst_prometheusparser.moc"

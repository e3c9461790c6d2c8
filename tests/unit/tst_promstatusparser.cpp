// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusparser.h"
#include "testutils.h"

#include <QTest>

#include <limits>
#include <optional>

using namespace pivori;

namespace {

QByteArray fixture(const QString &name)
{
    return testutils::readData(QStringLiteral("prometheus/") + name);
}

const QByteArray kJson = "application/json";

using testutils::labels;

} // namespace

/// The small Prometheus endpoints: targets, rules, alerts, build info, readiness.
class TestPromStatusParser final : public QObject
{
    Q_OBJECT

private slots:
    void targets()
    {
        const auto result
            = PrometheusParser::parseTargetsResponse(200, kJson, fixture(QStringLiteral("targets.json")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const auto &active = result.value().active;
        QCOMPARE(active.size(), 3);
        QCOMPARE(active.at(0).scrapePool, QStringLiteral("pivori-checkout"));
        QCOMPARE(active.at(0).scrapeUrl, QStringLiteral("http://10.0.3.17:8080/metrics"));
        QCOMPARE(
            active.at(0).labels, labels({ { "instance", "10.0.3.17:8080" }, { "job", "pivori-checkout" } }));
        QCOMPARE(active.at(0).health, PromTarget::Health::Up);
        QCOMPARE(active.at(0).lastScrape.toMSecsSinceEpoch(), qint64(1700000000123));
        QCOMPARE(active.at(0).lastScrapeDurationSec, 0.004215);
        QCOMPARE(active.at(0).scrapeIntervalSec, 15.0);
        QCOMPARE(active.at(1).health, PromTarget::Health::Down);
        QVERIFY(active.at(1).lastError.contains(QStringLiteral("connection refused")));
        QCOMPARE(
            active.at(1).lastScrape.toMSecsSinceEpoch(), qint64(1699996399500)); // +01:00 offset honoured
        QCOMPARE(active.at(1).scrapeIntervalSec, 90.0);
        QCOMPARE(active.at(2).health, PromTarget::Health::Unknown);
        QVERIFY(!active.at(2).lastScrape.isValid()); // Go's zero time: never scraped
        QCOMPARE(active.at(2).scrapeIntervalSec, 0.5);
        QCOMPARE(result.value().dropped.size(), 1);
        QCOMPARE(result.value().dropped.at(0).value(QStringLiteral("__address__")),
            QStringLiteral("10.0.3.99:22"));
    }

    void rules()
    {
        const auto result
            = PrometheusParser::parseRulesResponse(200, kJson, fixture(QStringLiteral("rules.json")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().size(), 1);
        const PromRuleGroup &group = result.value().at(0);
        QCOMPARE(group.name, QStringLiteral("pivori-availability"));
        QCOMPARE(group.intervalSec, 15.0);
        QCOMPARE(group.rules.size(), 3);
        const PromRule &firing = group.rules.at(0);
        QCOMPARE(firing.type, PromRule::Type::Alerting);
        QCOMPARE(firing.state, PromAlert::State::Firing);
        QCOMPARE(firing.durationSec, 120.0);
        QCOMPARE(firing.query, QStringLiteral("sum(rate(x{code=~\"5..\"}[5m])) > 0.05"));
        QCOMPARE(firing.health, PromRule::Health::Ok);
        QCOMPARE(firing.alerts.size(), 1);
        QCOMPARE(firing.alerts.at(0).value, 0.0725);
        QCOMPARE(group.rules.at(1).health, PromRule::Health::Err);
        QCOMPARE(group.rules.at(1).lastError, QStringLiteral("many-to-many matching not allowed"));
        QCOMPARE(group.rules.at(2).type, PromRule::Type::Recording);
        QVERIFY(!group.rules.at(2).lastEvaluation.isValid());
    }

    void alerts()
    {
        const auto result
            = PrometheusParser::parseAlertsResponse(200, kJson, fixture(QStringLiteral("alerts.json")));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().size(), 2);
        const PromAlert &firing = result.value().at(0);
        QCOMPARE(firing.state, PromAlert::State::Firing);
        QCOMPARE(firing.labels.value(QStringLiteral("alertname")), QStringLiteral("PivoriHighErrorRate"));
        QCOMPARE(firing.annotations.value(QStringLiteral("summary")),
            QStringLiteral("Checkout errors above 5% <b>now</b>"));
        QCOMPARE(
            firing.activeAt.toUTC().toString(Qt::ISODateWithMs), QStringLiteral("2023-11-14T22:05:00.000Z"));
        QCOMPARE(firing.value, 0.0725);
        QCOMPARE(result.value().at(1).state, PromAlert::State::Pending);
        QCOMPARE(result.value().at(1).value, std::numeric_limits<double>::infinity());
    }

    void buildInfo()
    {
        const auto result
            = PrometheusParser::parseBuildInfoResponse(200, kJson, fixture(QStringLiteral("buildinfo.json")));
        QVERIFY(result.ok());
        QCOMPARE(result.value().version, QStringLiteral("2.42.0+ds"));
        QCOMPARE(result.value().goVersion, QStringLiteral("go1.19.8"));
    }

    void labelValues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("values in server order, escapes and unicode decoded")
            << "label-values.json"
            << QStringList { QStringLiteral("api-gateway"), QStringLiteral("auth-service"),
                   QStringLiteral("checkout"), QStringLiteral("quote \"q\" and \\ backslash"),
                   QString::fromUtf8("Z\u00fcrich \u65e5\u672c") };
        QTest::newRow("no values is an empty list") << "label-values-empty.json" << QStringList();
        QTest::newRow("null data is an empty list") << "label-values-null.json" << QStringList();
    }

    void labelValues()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const auto result = PrometheusParser::parseLabelValuesResponse(200, kJson, fixture(file));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    }

    void smallEndpointErrors_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        const int parse = int(Error::Kind::Parse), server = int(Error::Kind::Server),
                  http = int(Error::Kind::Http);
        QTest::newRow("targets: activeTargets not an array")
            << "targets"
            << "targets-wrong-active.json" << 200 << parse << "data.activeTargets: expected an array";
        QTest::newRow("targets: label not a string") << "targets"
                                                     << "targets-wrong-labels.json" << 200 << parse
                                                     << "data.activeTargets[0].labels.job: expected a string";
        QTest::newRow("targets: scrapePool missing")
            << "targets"
            << "targets-missing-pool.json" << 200 << parse << "data.activeTargets[0].scrapePool: missing";
        QTest::newRow("targets: truncated")
            << "targets"
            << "TRUNCATE:targets.json" << 200 << parse << "invalid JSON at byte";
        QTest::newRow("targets: not ready")
            << "targets"
            << "not-ready-503.txt" << 503 << http << "HTTP 503: Service Unavailable";
        QTest::newRow("rules: unknown rule type")
            << "rules"
            << "rules-unknown-type.json" << 200 << parse
            << "data.groups[0].rules[0].type: unknown rule type \"magic\"";
        QTest::newRow("rules: groups missing")
            << "rules"
            << "rules-missing-groups.json" << 200 << parse << "data.groups: missing";
        QTest::newRow("rules: bad type parameter")
            << "rules"
            << "error-rules-type.json" << 400 << server << "not supported value \"bad\"";
        QTest::newRow("alerts: value not a number") << "alerts"
                                                    << "alerts-bad-value.json" << 200 << parse
                                                    << "data.alerts[0].value: value \"lots\" is not a number";
        QTest::newRow("alerts: activeAt not a time")
            << "alerts"
            << "alerts-bad-time.json" << 200 << parse
            << "data.alerts[0].activeAt: \"yesterday\" is not an RFC 3339 time";
        QTest::newRow("alerts: unknown state")
            << "alerts"
            << "alerts-bad-state.json" << 200 << parse << "data.alerts[0].state: unknown state \"resolved\"";
        QTest::newRow("alerts: proxy page") << "alerts"
                                            << "proxy-502.html" << 502 << http << "502 Bad Gateway";
        QTest::newRow("buildinfo: version missing")
            << "buildinfo"
            << "buildinfo-missing-version.json" << 200 << parse << "data.version: missing";
        QTest::newRow("buildinfo: 404 text") << "buildinfo"
                                             << "not-found-404.txt" << 404 << http << "404 page not found";
        QTest::newRow("labelvalues: data not an array")
            << "labelvalues"
            << "label-values-not-array.json" << 200 << parse << "data: expected an array of label values";
        QTest::newRow("labelvalues: value not a string")
            << "labelvalues"
            << "label-values-number.json" << 200 << parse << "data[1]: expected a string";
        QTest::newRow("labelvalues: data missing")
            << "labelvalues"
            << "label-values-missing.json" << 200 << parse << "data: missing";
        QTest::newRow("labelvalues: invalid label name in Prometheus's words")
            << "labelvalues"
            << "error-label-name.json" << 400 << server << "invalid label name: \"1bad\"";
        QTest::newRow("labelvalues: bad match[] selector")
            << "labelvalues"
            << "error-label-match.json" << 400 << server << "1:4: parse error: unexpected end of input";
        QTest::newRow("labelvalues: truncated")
            << "labelvalues"
            << "TRUNCATE40:label-values.json" << 200 << parse << "invalid JSON at byte";
        QTest::newRow("labelvalues: proxy page") << "labelvalues"
                                                 << "proxy-502.html" << 502 << http << "502 Bad Gateway";
        QTest::newRow("labelvalues: login page with 200")
            << "labelvalues"
            << "login-200.html" << 200 << parse << "expected a JSON object, got";
        QTest::newRow("labelvalues: deep nesting") << "labelvalues"
                                                   << "DEEP" << 200 << parse << "invalid JSON at byte";
        QTest::newRow("buildinfo: deep nesting") << "buildinfo"
                                                 << "DEEP" << 200 << parse << "invalid JSON at byte";
    }

    void smallEndpointErrors()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        QByteArray body;
        if (file == QLatin1String("DEEP"))
            body = "{\"data\":" + QByteArray(200000, '[');
        else if (file.startsWith(QLatin1String("TRUNCATE:")))
            body = fixture(file.mid(9)).left(300);
        else if (file.startsWith(QLatin1String("TRUNCATE40:")))
            body = fixture(file.mid(11)).left(40);
        else
            body = fixture(file);
        std::optional<Error> error;
        if (endpoint == QLatin1String("targets")) {
            if (auto r = PrometheusParser::parseTargetsResponse(status, kJson, body); !r)
                error = r.error();
        } else if (endpoint == QLatin1String("rules")) {
            if (auto r = PrometheusParser::parseRulesResponse(status, kJson, body); !r)
                error = r.error();
        } else if (endpoint == QLatin1String("labelvalues")) {
            if (auto r = PrometheusParser::parseLabelValuesResponse(status, kJson, body); !r)
                error = r.error();
        } else if (endpoint == QLatin1String("alerts")) {
            if (auto r = PrometheusParser::parseAlertsResponse(status, kJson, body); !r)
                error = r.error();
        } else if (auto r = PrometheusParser::parseBuildInfoResponse(status, kJson, body); !r) {
            error = r.error();
        }
        QVERIFY(error.has_value());
        QVERIFY2(error->message.contains(messagePart), qPrintable(error->message));
        QCOMPARE(int(error->kind), kind);
        QCOMPARE(error->httpStatus, status);
    }

    void ready_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected"); // 1 ready, 0 not ready, -1 error
        QTest::newRow("200 is ready") << 200 << QByteArray("Prometheus Server is Ready.\n") << 1;
        QTest::newRow("503 is still loading") << 503 << QByteArray("Service Unavailable") << 0;
        QTest::newRow("404 is an error") << 404 << QByteArray("404 page not found\n") << -1;
    }

    void ready()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        const auto result = PrometheusParser::parseReadyResponse(status, "text/plain", body);
        QCOMPARE(result.ok(), expected >= 0);
        if (expected >= 0)
            QCOMPARE(result.value(), expected == 1);
        else
            QVERIFY(result.error().message.contains(QStringLiteral("404 page not found")));
    }
};

QTEST_GUILESS_MAIN(TestPromStatusParser)
#include "tst_promstatusparser.moc"

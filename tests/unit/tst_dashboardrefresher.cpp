// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardRefresher on recorded Prometheus answers (no server): every built-in panel answers,
// one broken panel stays alone, superseded answers never arrive, a slow or silent server is
// neither asked twice nor waited for forever, and a panel whose server stops answering says so
// and goes stale. Variables are in tst_refreshervariables. What only a real Prometheus can tell
// (the built-in queries are valid PromQL, match[] and server-side filtering) is in the
// integration test tst_dashboardrefresherlive.
#include "querystep.h"
#include "refreshertestfixture.h"
#include "templating.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace pivori;
using namespace pivori::testing;

class TestDashboardRefresher final : public QObject, private RefresherFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void labelValuesListsTheFifteenServices()
    {
        DashboardRefresher refresher(m_client.get(), m_production);
        std::optional<Result<QStringList>> values;
        refresher.variableValues(
            QStringLiteral("service"), [&values](const Result<QStringList> &r) { values = r; });
        QVERIFY(!values); // never answered from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(values.has_value(), 10000);
        QVERIFY2(values->ok(), qPrintable(values->ok() ? QString() : values->error().describe()));
        QCOMPARE(values->value(), kCatalogueServices);
        // The variable's `query` restricts the values to its series, over the dashboard's hour.
        const HttpRequest &sent = m_transport->requests().constLast();
        QCOMPARE(paramValue(sent, "match[]"), QStringLiteral("http_requests_total"));
        QCOMPARE(paramValue(sent, "end").toDouble() - paramValue(sent, "start").toDouble(), 3600.0);

        std::optional<Result<QStringList>> unknown;
        refresher.variableValues(
            QStringLiteral("nope"), [&unknown](const Result<QStringList> &r) { unknown = r; });
        QTRY_VERIFY_WITH_TIMEOUT(unknown.has_value(), 5000);
        QVERIFY(!unknown->ok());
        QCOMPARE(unknown->error().kind, Error::Kind::Config);
        QVERIFY(unknown->error().message.contains(QLatin1String("nope")));
    }

    void everyProductionPanelAnswers()
    {
        const auto refresher = refreshed(m_production);
        for (const Panel &panel : std::as_const(m_production.panels)) {
            const PanelData data = refresher->panelData(panel.id);
            QVERIFY2(data.state == PanelData::State::Ok,
                qPrintable(
                    QStringLiteral("%1: state %2, %3").arg(panel.id).arg(int(data.state)).arg(data.error)));
            QVERIFY2(!data.series.isEmpty(), qPrintable(panel.id));
            QCOMPARE(data.expressions.size(), panel.queries.size());
            for (const QString &expr : data.expressions) {
                QVERIFY2(!expr.contains(u'$'), qPrintable(expr)); // every variable expanded
                if (panel.queries.first().expr.contains(QLatin1String("$service")))
                    QVERIFY2(expr.contains(QLatin1String("service=~\".*\"")), qPrintable(expr));
            }
            QVERIFY(data.lastSuccess.isValid());
            QVERIFY(!refresher->isStale(panel.id));
            for (const PanelSeries &s : data.series)
                QVERIFY2(!s.name.contains(QLatin1String("{{")) && !s.name.isEmpty(), qPrintable(s.name));
        }
        // The gauge's single reading, and legends from templates.
        const PanelData uptime = refresher->panelData(QStringLiteral("uptime"));
        QVERIFY(uptime.value.has_value());
        QVERIFY2(*uptime.value > 50 && *uptime.value <= 100, qPrintable(QString::number(*uptime.value)));
        QStringList latencyNames;
        for (const PanelSeries &s : refresher->panelData(QStringLiteral("latency")).series)
            latencyNames << s.name;
        QCOMPARE(latencyNames,
            (QStringList { QStringLiteral("P50"), QStringLiteral("P95"), QStringLiteral("P99") }));
        QStringList rateNames;
        for (const PanelSeries &s : refresher->panelData(QStringLiteral("request-rate")).series)
            rateNames << s.name;
        rateNames.sort();
        QCOMPARE(rateNames, kCatalogueServices); // one series per service, named by its legend
        // About one point per pixel over the hour; the bars one per 5-minute bucket.
        QCOMPARE(refresher->panelData(QStringLiteral("latency")).stepMs, chooseStepMs(3'600'000, 800));
        QCOMPARE(refresher->panelData(QStringLiteral("status")).stepMs, qint64(300'000));
        QCOMPARE(refresher->lastRange().durationMs(), qint64(3'600'000));
        QCOMPARE(refresher->lastStepMs(), chooseStepMs(3'600'000, 800));
        QCOMPARE(refresher->stepMs(), refresher->lastStepMs());
    }

    void barsBucketsAreOnTheClock()
    {
        const qsizetype before = m_transport->requests().size();
        const auto refresher = refreshed(m_production);
        const TimeRange::Resolved range = refresher->lastRange();
        const PanelData status = refresher->panelData(QStringLiteral("status"));
        QCOMPARE(status.stepMs, qint64(300'000));
        QCOMPARE(status.startMs % 300'000, 0);
        QCOMPARE(status.endMs % 300'000, 0);
        // The first bucket overlaps the range's start (not ends at it), the last reaches its end.
        QVERIFY(status.startMs > range.startMs && status.startMs - 300'000 <= range.startMs);
        QVERIFY(status.endMs >= range.endMs && status.endMs - 300'000 < range.endMs);
        QCOMPARE(status.evaluatedAtMs, range.endMs); // "now" of a relative range
        // What was sent is exactly that.
        bool sent = false;
        for (const HttpRequest &request : m_transport->requests().mid(before)) {
            const QString query = paramValue(request, QStringLiteral("query"));
            if (request.path != QLatin1String("/api/v1/query_range")
                || !query.contains(QLatin1String("increase(")))
                continue;
            QCOMPARE(paramValue(request, QStringLiteral("start")), msToSecondsText(status.startMs));
            QCOMPARE(paramValue(request, QStringLiteral("end")), msToSecondsText(status.endMs));
            QCOMPARE(paramValue(request, QStringLiteral("step")), QStringLiteral("300"));
            sent = true;
        }
        QVERIFY(sent);
    }

    void brokenPanelStaysAlone()
    {
        // Prometheus 2.42's own words for these two (a range query says them without the
        // "invalid parameter" an instant query puts in front).
        m_transport->answer(RecordedRoute("GET", "/api/v1/query_range")
                                .withParam("query", "sum(rate(http_requests_total[5m])"),
            RecordedAnswer::file("prometheus/error-range-unclosed-paren.json", 400));
        m_transport->answer(
            RecordedRoute("GET", "/api/v1/query_range").withParam("query", "histogram_quantile(0.95, ("),
            RecordedAnswer::file("prometheus/error-range-quantile-unclosed-paren.json", 400));
        Dashboard dashboard = m_production;
        Panel broken = dashboard.panels.at(1);
        broken.id = QStringLiteral("broken");
        broken.queries = { { QStringLiteral("sum(rate(http_requests_total[5m])"), QString(), {} } };
        Panel half = dashboard.panels.at(1);
        half.id = QStringLiteral("half-broken");
        half.queries[1].expr = QStringLiteral("histogram_quantile(0.95, (");
        dashboard.panels << broken << half;
        const auto refresher = refreshed(dashboard);
        const PanelData data = refresher->panelData(QStringLiteral("broken"));
        QCOMPARE(data.state, PanelData::State::Error);
        QVERIFY2(data.error.contains(QLatin1String("parse error")), qPrintable(data.error));
        const PanelData halfData = refresher->panelData(QStringLiteral("half-broken"));
        QCOMPARE(halfData.state, PanelData::State::Error);
        QVERIFY2(halfData.error.startsWith(QLatin1String("query 2: ")), qPrintable(halfData.error));
        QVERIFY2(halfData.error.contains(QLatin1String("parse error")), qPrintable(halfData.error));
        for (const Panel &panel : std::as_const(m_production.panels))
            QVERIFY2(refresher->panelData(panel.id).state == PanelData::State::Ok, qPrintable(panel.id));
    }

    void supersededRefreshArrivesOnce()
    {
        DashboardRefresher refresher(m_client.get(), m_production);
        refresher.setRefreshInterval(0);
        QSignalSpy updates(&refresher, &DashboardRefresher::panelUpdated);
        QSignalSpy finished(&refresher, &DashboardRefresher::refreshFinished);
        refresher.refreshNow();
        refresher.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        // A third round flushes out any late answer of the first one before counting.
        refresher.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        for (const Panel &panel : std::as_const(m_production.panels)) {
            const auto states = statesOf(updates, panel.id);
            QCOMPARE(states.count(PanelData::State::Ok), 2);
            QVERIFY(
                states.size() == 4 && states.at(0) == PanelData::State::Loading); // 2 first loads, 2 answers
        }
    }

    void gaugeWithSeveralSeriesWarns()
    {
        m_transport->answer(RecordedRoute("GET", "/api/v1/query")
                                .withParam("query", "sum by (service) (rate(http_requests_total[1m]))"),
            RecordedAnswer::file("prometheus/refresher-instant-by-service.json"));
        const auto refresher = refreshed(onePanel(
            QStringLiteral("gauge"), QStringLiteral("sum by (service) (rate(http_requests_total[1m]))")));
        const PanelData data = refresher->panelData(QStringLiteral("p"));
        QCOMPARE(data.state, PanelData::State::Ok);
        QCOMPARE(data.series.size(), 15);
        QVERIFY(data.value.has_value());
        QCOMPARE(*data.value, data.series.first().points.first().v);
        QVERIFY2(data.warnings.join(u' ').contains(QLatin1String("15 series")),
            qPrintable(data.warnings.join(u' ')));
    }

    void textPanelIsReadyAtOnceAndNeverStale()
    {
        Dashboard d = onePanel(QStringLiteral("gauge"), QStringLiteral("vector(1)"));
        d.panels[0].type = PanelType::Text;
        d.panels[0].queries.clear();
        d.panels[0].content = QStringLiteral("# Notes");
        const qsizetype sent = m_transport->requests().size();
        const auto refresher = refreshed(d);
        QCOMPARE(refresher->panelData(QStringLiteral("p")).state, PanelData::State::Ok);
        QCOMPARE(m_transport->requests().size(), sent); // nothing asked
        refresher->setRefreshInterval(400);
        QVERIFY(!refresher->isStale(QStringLiteral("p"), QDateTime::currentDateTimeUtc().addSecs(3600)));
        refresher->setRefreshInterval(0);
    }

    void barGaugeAndTableAskTheInstantValue_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("bargauge") << int(PanelType::BarGauge);
        QTest::newRow("table") << int(PanelType::Table);
    }

    void barGaugeAndTableAskTheInstantValue()
    {
        QFETCH(int, type);
        const QString expr = QStringLiteral("sum by (service) (rate(http_requests_total[1m]))");
        m_transport->answer(RecordedRoute("GET", "/api/v1/query").withParam("query", expr),
            RecordedAnswer::file("prometheus/refresher-instant-by-service.json"));
        Dashboard d = onePanel(QStringLiteral("gauge"), expr);
        d.panels[0].type = PanelType(type);
        const auto refresher = refreshed(d);
        const PanelData data = refresher->panelData(QStringLiteral("p"));
        QCOMPARE(data.state, PanelData::State::Ok);
        QCOMPARE(data.series.size(), 15); // every series, not only the first as a gauge
        QVERIFY(data.warnings.isEmpty());
        QVERIFY(!data.value.has_value());
        QCOMPARE(m_transport->requests().constLast().path, QStringLiteral("/api/v1/query"));
    }

    void emptyAnswerIsNoData()
    {
        m_transport->answer(RecordedRoute("GET", "/api/v1/query_range").withParam("query", "no_such_metric"),
            RecordedAnswer::file("prometheus/empty-matrix.json"));
        const auto refresher
            = refreshed(onePanel(QStringLiteral("timeseries"), QStringLiteral("no_such_metric")));
        QCOMPARE(refresher->panelData(QStringLiteral("p")).state, PanelData::State::NoData);
        QVERIFY(refresher->panelData(QStringLiteral("p")).lastSuccess.isValid()); // an answer, just empty
    }

    void silentServerLoadingThenTimeout_data()
    {
        QTest::addColumn<QString>("secondExpr");
        QTest::newRow("gauge, one query") << QString();
        QTest::newRow("two queries failing alike: said once") << QStringLiteral("vector(2)");
    }

    void silentServerLoadingThenTimeout()
    {
        QFETCH(QString, secondExpr);
        RecordedTransport silent;
        silent.answer(RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::noAnswer());
        silent.answer(RecordedRoute("GET", "/api/v1/query_range"), RecordedAnswer::noAnswer());
        const auto client = clientFor(&silent, 800);
        const QString type = secondExpr.isEmpty() ? QStringLiteral("gauge") : QStringLiteral("timeseries");
        DashboardRefresher refresher(client.get(), onePanel(type, QStringLiteral("up"), secondExpr));
        QSignalSpy updates(&refresher, &DashboardRefresher::panelUpdated);
        refresher.refreshNow();
        QCOMPARE(
            statesOf(updates, QStringLiteral("p")), QList<PanelData::State> { PanelData::State::Loading });
        QTRY_COMPARE_WITH_TIMEOUT(updates.count(), 2, 5000);
        const PanelData data = refresher.panelData(QStringLiteral("p"));
        QCOMPARE(data.state, PanelData::State::Error);
        QVERIFY2(data.error.contains(QLatin1String("timeout")), qPrintable(data.error));
        QVERIFY2(!data.error.contains(QLatin1String("query")), qPrintable(data.error));
        QVERIFY(!data.lastSuccess.isValid());
        QVERIFY(!refresher.isStale(QStringLiteral("p"))); // never had data: an error, not stale data
    }

    void slowPanelIsNotAskedTwice()
    {
        RecordedTransport slow;
        slow.answer(RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::bytes(kFortyTwo).delayedBy(700));
        const auto client = clientFor(&slow, 5000);
        DashboardRefresher refresher(client.get(), onePanel(QStringLiteral("gauge"), QStringLiteral("up")));
        refresher.setRefreshInterval(150);
        QSignalSpy updates(&refresher, &DashboardRefresher::panelUpdated);
        refresher.refreshNow();
        // Were timer rounds to replace the request in flight, no answer would ever arrive.
        QTRY_VERIFY_WITH_TIMEOUT(
            statesOf(updates, QStringLiteral("p")).count(PanelData::State::Ok) >= 2, 5000);
        QCOMPARE(slow.maxInFlight(), 1);
        QVERIFY(refresher.panelData(QStringLiteral("p")).value.has_value());
        QCOMPARE(*refresher.panelData(QStringLiteral("p")).value, 42.0);
    }

    void staleWhenTheServerStops()
    {
        RecordedTransport server;
        server.answer(RecordedRoute("GET", "/api/v1/query"),
            RecordedAnswer::bytes(
                R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1700000000.500,"1"]}]}})"));
        const auto client = clientFor(&server, 2000);
        DashboardRefresher refresher(
            client.get(), onePanel(QStringLiteral("gauge"), QStringLiteral("vector(1)")));
        refresher.setRefreshInterval(400);
        QSignalSpy stale(&refresher, &DashboardRefresher::staleChanged);
        refresher.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(
            refresher.panelData(QStringLiteral("p")).state, PanelData::State::Ok, 10000);
        const QDateTime lastSuccess = refresher.panelData(QStringLiteral("p")).lastSuccess;
        QVERIFY(!refresher.isStale(QStringLiteral("p"), lastSuccess.addMSecs(800)));
        QVERIFY(refresher.isStale(QStringLiteral("p"), lastSuccess.addMSecs(801)));

        // The server stops: nothing listens on its port any more.
        server.answer(
            RecordedRoute("GET", "/api/v1/query"), RecordedAnswer::transportFailure(Error::Kind::Network));
        QTRY_COMPARE_WITH_TIMEOUT(
            refresher.panelData(QStringLiteral("p")).state, PanelData::State::Error, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(refresher.isStale(QStringLiteral("p")), 5000);
        // Said by the stale check, which runs on its own timer shortly after.
        QTRY_VERIFY_WITH_TIMEOUT(!stale.isEmpty() && stale.last().at(1).toBool(), 2000);
        const PanelData data = refresher.panelData(QStringLiteral("p"));
        QVERIFY2(data.error.contains(QLatin1String("refused")), qPrintable(data.error));
        QVERIFY(data.value.has_value());
        QCOMPARE(*data.value, 1.0); // the last good reading is kept, marked by the error and its age
        QVERIFY(refresher.staleAgeMs(QStringLiteral("p")) > 800);

        refresher.pause(); // a paused dashboard is frozen on purpose: not stale
        QVERIFY(!refresher.isStale(QStringLiteral("p")));
        QVERIFY(!stale.last().at(1).toBool());
        refresher.resume();
        refresher.setRefreshInterval(0);
        QVERIFY(!refresher.isStale(QStringLiteral("p")));
    }
};

QTEST_GUILESS_MAIN(TestDashboardRefresher)
#include "tst_dashboardrefresher.moc"

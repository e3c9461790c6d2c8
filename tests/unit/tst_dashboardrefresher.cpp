// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardRefresher on recorded Prometheus answers (no server): every built-in panel answers,
// one broken panel stays alone, superseded answers never arrive, variables reach the queries,
// a slow or silent server is neither asked twice nor waited for forever, and a panel whose
// server stops answering says so and goes stale. What only a real Prometheus can tell (the
// built-in queries are valid PromQL, match[] and server-side filtering) is in the integration
// test tst_dashboardrefresherlive.
#include "configloader.h"
#include "dashboardrefresher.h"
#include "prometheusclient.h"
#include "querystep.h"
#include "recordedtransport.h"
#include "templating.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace pivori;

namespace {

/// Never contacted: the recorded transport answers in its place.
const QUrl kServer(QStringLiteral("http://127.0.0.1:19090"));

/// The single reading the slow server gives.
const QByteArray kFortyTwo = R"({"status":"success","data":{"resultType":"vector","result":[)"
                             R"({"metric":{"service":"fake"},"value":[1700000000,"42"]}]}})";

/// What a Prometheus scraping the simulator's fleet answers to the production dashboard, by
/// query shape: one series for a plain sum, one per service or pod for `sum by`, the uptime.
void recordProductionAnswers(RecordedTransport &transport)
{
    transport.answer(RecordedRoute("GET", "/api/v1/label/service/values"),
        RecordedAnswer::file("prometheus/refresher-label-values-service.json"));
    transport.answer(RecordedRoute("GET", "/api/v1/query_range"),
        RecordedAnswer::file("prometheus/refresher-range-one-series.json"));
    transport.answer(
        RecordedRoute("GET", "/api/v1/query_range").withParamContaining("query", "sum by (service)"),
        RecordedAnswer::file("prometheus/refresher-range-by-service.json"));
    transport.answer(RecordedRoute("GET", "/api/v1/query_range").withParamContaining("query", "sum by (pod)"),
        RecordedAnswer::file("prometheus/refresher-range-by-pod.json"));
    transport.answer(RecordedRoute("GET", "/api/v1/query"),
        RecordedAnswer::file("prometheus/refresher-instant-uptime.json"));
}

/// A query_range answer with one series per service, in Prometheus's own shape.
QByteArray matrixOfServices(const QStringList &services)
{
    QByteArray out = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (qsizetype i = 0; i < services.size(); ++i) {
        out += (i > 0 ? "," : "") + QByteArray(R"({"metric":{"service":")") + services.at(i).toUtf8()
            + R"("},"values":[[1700000040,"12.5"],[1700000100,"13"]]})";
    }
    return out + "]}}";
}

Dashboard onePanel(const QString &type, const QString &expr, const QString &secondExpr = {})
{
    Dashboard d;
    d.id = QStringLiteral("one");
    d.title = QStringLiteral("One panel");
    d.refreshMs = 0;
    Panel p;
    p.id = QStringLiteral("p");
    p.title = QStringLiteral("P");
    p.type = type == QLatin1String("gauge") ? PanelType::Gauge : PanelType::TimeSeries;
    p.queries = { { expr, QStringLiteral("{{service}}"), {} } };
    if (!secondExpr.isEmpty())
        p.queries.append({ secondExpr, QString(), {} });
    d.panels = { p };
    return d;
}

/// The states a panel went through, from a spy on panelUpdated.
QList<PanelData::State> statesOf(const QSignalSpy &spy, const QString &panelId)
{
    QList<PanelData::State> out;
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).toString() == panelId)
            out << args.at(1).value<PanelData>().state;
    }
    return out;
}

/// The services of the recorded answers (the simulator's catalogue), sorted as Prometheus sorts
/// label values: what every test expects, whichever runs first.
const QStringList kCatalogueServices { QStringLiteral("api-gateway"), QStringLiteral("audit"),
    QStringLiteral("auth"), QStringLiteral("geolocation"), QStringLiteral("market-data"),
    QStringLiteral("notifications"), QStringLiteral("order-router"), QStringLiteral("payments"),
    QStringLiteral("portfolio"), QStringLiteral("pricing"), QStringLiteral("reporting"),
    QStringLiteral("risk"), QStringLiteral("search"), QStringLiteral("trading"),
    QStringLiteral("user-profile") };

} // namespace

class TestDashboardRefresher final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordedTransport> m_transport;
    std::unique_ptr<PrometheusClient> m_client;
    Dashboard m_production;

    static std::unique_ptr<PrometheusClient> clientFor(HttpTransport *transport, int timeoutMs)
    {
        Endpoint endpoint;
        endpoint.url = kServer;
        endpoint.timeoutMs = timeoutMs;
        return std::make_unique<PrometheusClient>(transport, endpoint);
    }

    /// One refresh of `dashboard` with refresh off; the refresher is returned for inspection.
    std::unique_ptr<DashboardRefresher> refreshed(
        const Dashboard &dashboard, const QMap<QString, VariableValue> &variables = {}, int timeoutMs = 20000)
    {
        auto refresher = std::make_unique<DashboardRefresher>(m_client.get(), dashboard);
        refresher->setRefreshInterval(0);
        refresher->setPlotWidth(800);
        refresher->setVariables(variables);
        QSignalSpy finished(refresher.get(), &DashboardRefresher::refreshFinished);
        refresher->refreshNow();
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, timeoutMs))
            qWarning("refresh of %s did not finish", qPrintable(dashboard.id));
        return refresher;
    }

    /// What the drop-down of variable @p name is offered (empty when the lookup failed or timed out).
    static QStringList offeredValues(DashboardRefresher &refresher, const QString &name)
    {
        std::optional<QStringList> offered;
        refresher.variableValues(name, [&offered](const Result<QStringList> &values) {
            offered = values.ok() ? values.value() : QStringList();
        });
        if (!QTest::qWaitFor([&offered] { return offered.has_value(); }, 10000))
            qWarning("no values of $%s within 10 s", qPrintable(name));
        return offered.value_or(QStringList());
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PanelData>();
        const ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.config.dashboard(QStringLiteral("production")));
        m_production = *loaded.config.dashboard(QStringLiteral("production"));

        m_transport = std::make_unique<RecordedTransport>();
        recordProductionAnswers(*m_transport);
        m_client = clientFor(m_transport.get(), 10000);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (m_transport)
            QVERIFY2(m_transport->unmatched().isEmpty(), qPrintable(m_transport->unmatched().join(u'\n')));
    }

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

    void variablesReachTheServer()
    {
        const QString first = kCatalogueServices.at(0);
        const QString second = kCatalogueServices.at(1);
        // The recorded server filters as the real one does, so the series tell what was asked.
        for (const QStringList &services : { QStringList { first }, QStringList { first, second } }) {
            m_transport->answer(
                RecordedRoute("GET", "/api/v1/query_range")
                    .withParamContaining("query",
                        QStringLiteral("sum by (service) (rate(http_requests_total{service=~\"%1\"}")
                            .arg(services.join(u'|'))),
                RecordedAnswer::bytes(matrixOfServices(services)));
        }
        auto refresher
            = refreshed(m_production, { { QStringLiteral("service"), VariableValue::single(first) } });
        PanelData rate = refresher->panelData(QStringLiteral("request-rate"));
        QCOMPARE(rate.state, PanelData::State::Ok);
        QVERIFY2(rate.expressions.at(0).contains(QStringLiteral("service=~\"%1\"").arg(regexEscape(first))),
            qPrintable(rate.expressions.at(0)));
        QCOMPARE(rate.series.size(), 1); // the answer for that value only: proof the value got there
        QCOMPARE(rate.series.at(0).labels.value(QStringLiteral("service")), first);

        QSignalSpy finished(refresher.get(), &DashboardRefresher::refreshFinished);
        refresher->setVariables(
            { { QStringLiteral("service"), VariableValue::multiple({ first, second }) } });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        rate = refresher->panelData(QStringLiteral("request-rate"));
        QStringList got;
        for (const PanelSeries &s : rate.series)
            got << s.labels.value(QStringLiteral("service"));
        got.sort();
        QStringList want { first, second };
        want.sort();
        QCOMPARE(got, want);
    }

    void variableWithoutDefaultTakesFirstValue()
    {
        Dashboard dashboard = m_production;
        dashboard.variables[0].includeAll = false;
        dashboard.variables[0].defaultValues.clear();
        const auto refresher = refreshed(dashboard);
        QCOMPARE(refresher->variables().value(QStringLiteral("service")),
            VariableValue::single(kCatalogueServices.first()));
        QVERIFY(refresher->panelData(QStringLiteral("request-rate"))
                    .expressions.at(0)
                    .contains(QStringLiteral("\"%1\"").arg(regexEscape(kCatalogueServices.first()))));
    }

    void chainedVariableFollowsItsParent()
    {
        const auto values = [](const char *json) {
            return RecordedAnswer::bytes(QByteArray(R"({"status":"success","data":)") + json + "}");
        };
        const auto instances = [](const char *jobRegex) {
            return RecordedRoute("GET", "/api/v1/label/instance/values")
                .withParamContaining(
                    "match[]", QStringLiteral("up{job=~\"%1\"}").arg(QLatin1String(jobRegex)));
        };
        m_transport->answer(instances("api"), values(R"(["api-1","api-2"])"));
        m_transport->answer(instances("web"), values(R"(["web-1"])"));
        m_transport->answer(instances("api|web"), values(R"(["api-1","api-2","web-1"])"));
        Dashboard dashboard
            = onePanel(QStringLiteral("timeseries"), QStringLiteral("up{instance=~\"$instance\"}"));
        DashboardVariable job;
        job.name = job.label = QStringLiteral("job");
        job.defaultValues = { QStringLiteral("api") };
        job.multi = true;
        DashboardVariable instance;
        instance.name = instance.label = QStringLiteral("instance");
        instance.query = QStringLiteral("up{job=~\"$job\"}");
        instance.multi = true;
        dashboard.variables = { instance, job }; // the child first: the parent is still asked first
        const auto expression = [](const DashboardRefresher &r) {
            return r.panelData(QStringLiteral("p")).expressions.value(0);
        };

        // No default: the first of the values its parent's selection offers.
        const auto refresher = refreshed(dashboard);
        QCOMPARE(expression(*refresher), QStringLiteral("up{instance=~\"api-1\"}"));

        // The parent widens: what the child had stays, and the round waits for it.
        QSignalSpy finished(refresher.get(), &DashboardRefresher::refreshFinished);
        QSignalSpy choices(refresher.get(), &DashboardRefresher::variableChoicesChanged);
        refresher->setVariables({ { QStringLiteral("instance"),
            VariableValue::multiple({ QStringLiteral("api-1"), QStringLiteral("api-2") }) } });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        refresher->setVariables({ { QStringLiteral("job"),
            VariableValue::multiple({ QStringLiteral("api"), QStringLiteral("web") }) } });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(choices.count(), 1);
        QCOMPARE(choices.at(0).at(1).toStringList(),
            (QStringList { QStringLiteral("api-1"), QStringLiteral("api-2"), QStringLiteral("web-1") }));
        QCOMPARE(expression(*refresher), QStringLiteral("up{instance=~\"api-1|api-2\"}"));

        // The parent moves away: nothing selected is offered any more, so the first value is.
        refresher->setVariables({ { QStringLiteral("job"), VariableValue::single(QStringLiteral("web")) } });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QCOMPARE(refresher->variables().value(QStringLiteral("instance")),
            VariableValue::single(QStringLiteral("web-1")));
        QCOMPARE(expression(*refresher), QStringLiteral("up{instance=~\"web-1\"}"));
    }

    void regexFilteredAllIsWhatWasOffered()
    {
        m_transport->answer(RecordedRoute("GET", "/api/v1/label/pod/values"),
            RecordedAnswer::bytes(
                R"({"status":"success","data":["api-10","api-2","canary-api-1","web-1","api-2"]})"));
        Dashboard dashboard = onePanel(QStringLiteral("timeseries"), QStringLiteral("up{pod=~\"$pod\"}"));
        DashboardVariable pod;
        pod.name = pod.label = QStringLiteral("pod");
        pod.includeAll = true; // no default: All, which must wait for the values the regex keeps
        pod.regex = QStringLiteral("api-.*");
        pod.sort = VariableSort::NaturalDesc;
        dashboard.variables = { pod };
        const auto refresher = refreshed(dashboard);
        QCOMPARE(refresher->panelData(QStringLiteral("p")).expressions.value(0),
            QStringLiteral("up{pod=~\"api-10|api-2\"}"));
        // The drop-down is offered the same list, in its order.
        QCOMPARE(offeredValues(*refresher, QStringLiteral("pod")),
            (QStringList { QStringLiteral("api-10"), QStringLiteral("api-2") }));
    }

    void queryResultVariableOffersTheAnswersLines()
    {
        // Grafana's query_result(): the lines of an instant answer, a regex picking the value.
        m_transport->answer(RecordedRoute("GET", "/api/v1/query").withParamContaining("query", "topk(2"),
            RecordedAnswer::bytes(R"({"status":"success","data":{"resultType":"vector","result":[)"
                                  R"({"metric":{"pod":"api-7","job":"api"},"value":[1700000000.5,"12"]},)"
                                  R"({"metric":{"pod":"web-2","job":"web"},"value":[1700000000.5,"3"]}]}})"));
        Dashboard dashboard = onePanel(QStringLiteral("timeseries"), QStringLiteral("up{pod=~\"$pod\"}"));
        DashboardVariable pod;
        pod.name = QStringLiteral("pod");
        pod.queryResult = true;
        pod.query = QStringLiteral("topk(2, sum by (pod, job) (increase(http_requests_total[$__range])))");
        pod.regex = QStringLiteral("/pod=\"([^\"]+)\"/");
        pod.includeAll = true;
        dashboard.variables = { pod };
        const auto refresher = refreshed(dashboard);
        // All stands for the values offered, looked up before the first refresh.
        QCOMPARE(refresher->panelData(QStringLiteral("p")).expressions.value(0),
            QStringLiteral("up{pod=~\"api-7|web-2\"}"));
        QCOMPARE(offeredValues(*refresher, QStringLiteral("pod")),
            (QStringList { QStringLiteral("api-7"), QStringLiteral("web-2") }));
        // The range built-in was filled in: Prometheus never sees Grafana's syntax.
        const auto asked = std::find_if(m_transport->requests().crbegin(), m_transport->requests().crend(),
            [](const HttpRequest &r) { return r.path == QLatin1String("/api/v1/query"); });
        QVERIFY(asked != m_transport->requests().crend());
        QString sent;
        for (const auto &[key, value] : asked->params)
            sent += key == QLatin1String("query") ? value : QString();
        QVERIFY2(!sent.contains(u'$') && sent.contains(QLatin1String("[1h])")), qPrintable(sent));
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

// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardRefresher's variables on recorded Prometheus answers: they reach the queries, one
// without a default takes its first value, a chained one follows its parent, "All" of a
// regex-filtered label or of a query_result() stands for what was offered.
#include "refreshertestfixture.h"
#include "templating.h"

#include <QTest>

using namespace pivori;
using namespace pivori::testing;

class TestRefresherVariables final : public QObject, private RefresherFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }

    void variablesReachTheServer()
    {
        const QString &first = kCatalogueServices.at(0);
        const QString &second = kCatalogueServices.at(1);
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
        const QString sent = paramValue(*asked, "query");
        QVERIFY2(!sent.contains(u'$') && sent.contains(QLatin1String("[1h])")), qPrintable(sent));
    }
};

QTEST_GUILESS_MAIN(TestRefresherVariables)
#include "tst_refreshervariables.moc"

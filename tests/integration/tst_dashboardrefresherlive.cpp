// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardRefresher against the fixture's real Prometheus: what recorded answers cannot tell.
// The built-in dashboard's queries are valid PromQL that finds data, Prometheus's own parse
// errors reach the panel, match[] restricts label values, and a variable's value filters on
// the server. The refresher's own logic is tested on recorded answers (tst_dashboardrefresher).
#include "configloader.h"
#include "dashboardrefresher.h"
#include "networktransport.h"
#include "prometheusclient.h"
#include "stackfixture.h"

#include <QSignalSpy>

#include <memory>
#include <optional>

using namespace pivori;
using namespace pivori::testing;

class TestDashboardRefresherLive final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<PrometheusClient> m_client;
    Dashboard m_production;

    /// One refresh of `dashboard` with refresh off; the refresher is returned for inspection.
    std::unique_ptr<DashboardRefresher> refreshed(
        const Dashboard &dashboard, const QMap<QString, VariableValue> &variables = {})
    {
        auto refresher = std::make_unique<DashboardRefresher>(m_client.get(), dashboard);
        refresher->setRefreshInterval(0);
        refresher->setPlotWidth(800);
        refresher->setVariables(variables);
        QSignalSpy finished(refresher.get(), &DashboardRefresher::refreshFinished);
        refresher->refreshNow();
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, 20000))
            qWarning("refresh of %s did not finish", qPrintable(dashboard.id));
        return refresher;
    }

    bool hasRates()
    {
        // Rates ten seconds ago too: a range query's points fall on its step grid, so data only
        // a second or two old may not reach any point yet.
        Answer<QueryResult> answer;
        const quint64 id = m_client->query(QStringLiteral("count(rate(http_requests_total[1m] offset 10s))"),
            std::nullopt, this, answer.callback());
        if (!QTest::qWaitFor([&] { return answer.calls > 0; }, 10000))
            m_client->cancel(id); // the callback refers to this frame: it must never run later
        return answer.result && answer.result->ok() && !answer.result->value().series.isEmpty();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PanelData>();
        const ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.config.dashboard(QStringLiteral("production")));
        m_production = *loaded.config.dashboard(QStringLiteral("production"));

        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_client = std::make_unique<PrometheusClient>(
            m_transport.get(), endpointFor(fixtureStack().prometheus, 10000));
        // rate() needs two scrapes of every series; the stack scrapes each second.
        QTRY_VERIFY_WITH_TIMEOUT(hasRates(), 60000);
    }

    void everyProductionPanelFindsData()
    {
        const auto refresher = refreshed(m_production);
        for (const Panel &panel : std::as_const(m_production.panels)) {
            const PanelData data = refresher->panelData(panel.id);
            QVERIFY2(data.state == PanelData::State::Ok,
                qPrintable(
                    QStringLiteral("%1: state %2, %3").arg(panel.id).arg(int(data.state)).arg(data.error)));
            QVERIFY2(!data.series.isEmpty(), qPrintable(panel.id));
        }
        const PanelData uptime = refresher->panelData(QStringLiteral("uptime"));
        QVERIFY(uptime.value.has_value());
        QVERIFY2(*uptime.value > 50 && *uptime.value <= 100, qPrintable(QString::number(*uptime.value)));
        QCOMPARE(refresher->panelData(QStringLiteral("request-rate")).series.size(), 15);
    }

    void prometheusParseErrorsReachThePanel()
    {
        Dashboard dashboard = m_production;
        Panel broken = dashboard.panels.at(1);
        broken.id = QStringLiteral("broken");
        broken.queries = { { QStringLiteral("sum(rate(http_requests_total[5m])"), QString(), {} } };
        dashboard.panels << broken;
        const auto refresher = refreshed(dashboard);
        const PanelData data = refresher->panelData(QStringLiteral("broken"));
        QCOMPARE(data.state, PanelData::State::Error);
        QVERIFY2(data.error.contains(QLatin1String("parse error")), qPrintable(data.error));
        for (const Panel &panel : std::as_const(m_production.panels))
            QVERIFY2(refresher->panelData(panel.id).state == PanelData::State::Ok, qPrintable(panel.id));
    }

    void labelValuesThroughTheClient_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("match");
        QTest::addColumn<int>("count"); // -1: an error
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("match[] restricts to the selector's series")
            << "service" << QStringList { QStringLiteral("http_requests_total") } << 15 << "";
        QTest::newRow("several match[] are a union")
            << "job"
            << QStringList { QStringLiteral("up{job=\"prometheus\"}"),
                   QStringLiteral("up{job=\"alertmanager\"}") }
            << 2 << "";
        QTest::newRow("no series: no values")
            << "service" << QStringList { QStringLiteral("no_such_metric") } << 0 << "";
        QTest::newRow("bad selector: Prometheus's message")
            << "service" << QStringList { QStringLiteral("up{") } << -1 << "parse error";
    }

    void labelValuesThroughTheClient()
    {
        QFETCH(QString, label);
        QFETCH(QStringList, match);
        QFETCH(int, count);
        QFETCH(QString, messagePart);
        Answer<QStringList> values;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_client->labelValues(label, match, now.addSecs(-3600), now, this, values.callback());
        QTRY_COMPARE_WITH_TIMEOUT(values.calls, 1, 10000);
        QCOMPARE(values.result->ok(), count >= 0);
        if (count >= 0)
            QCOMPARE(values.result->value().size(), count);
        else
            QVERIFY2(values.result->error().message.contains(messagePart),
                qPrintable(values.result->error().message));
    }

    /// The production dashboard's error panels with their selector moved onto Prometheus's own
    /// request counter, which (like every client library's) has a `code` child only once a
    /// request ended with that code: `/metrics` is scraped every second and never fails, so it
    /// has traffic and no 5xx series at all. Exactly the case of a service that never failed.
    Dashboard errorPanelsOnPrometheusOwnCounter() const
    {
        Dashboard dashboard = m_production;
        dashboard.panels.clear();
        for (const char *id : { "uptime", "error-rate", "status" }) {
            Panel panel = *m_production.panel(QString::fromLatin1(id));
            for (PanelQuery &query : panel.queries) {
                query.expr.replace(
                    QStringLiteral("http_requests_total"), QStringLiteral("prometheus_http_requests_total"));
                query.expr.replace(QStringLiteral("status=~"), QStringLiteral("code=~"));
                query.expr.replace(QStringLiteral("service=~"), QStringLiteral("handler=~"));
            }
            dashboard.panels << panel;
        }
        return dashboard;
    }

    void absentErrorSeriesCountAsNoErrors()
    {
        // The premise: traffic, and no 5xx (nor 4xx) series whatever.
        Answer<QueryResult> errors;
        const quint64 id = m_client->query(
            QStringLiteral("prometheus_http_requests_total{handler=\"/metrics\", code!~\"2..\"}"),
            std::nullopt, this, errors.callback());
        if (!QTest::qWaitFor([&] { return errors.calls > 0; }, 10000))
            m_client->cancel(id); // the callback refers to this frame: it must never run later
        QVERIFY(errors.result && errors.result->ok());
        QCOMPARE(errors.result->value().series.size(), 0);

        const Dashboard dashboard = errorPanelsOnPrometheusOwnCounter();
        const auto refresher = refreshed(
            dashboard, { { QStringLiteral("service"), VariableValue::single(QStringLiteral("/metrics")) } });

        const PanelData uptime = refresher->panelData(QStringLiteral("uptime"));
        QCOMPARE(uptime.state, PanelData::State::Ok);
        QVERIFY(uptime.value.has_value());
        QCOMPARE(*uptime.value, 100.0);

        const PanelData errorRate = refresher->panelData(QStringLiteral("error-rate"));
        QCOMPARE(errorRate.state, PanelData::State::Ok);
        QCOMPARE(errorRate.series.size(), 2); // 5xx and 4xx: both drawn, at zero
        for (const PanelSeries &series : errorRate.series) {
            QVERIFY2(!series.points.isEmpty(), qPrintable(series.name));
            for (const Sample &point : series.points)
                QVERIFY2(point.v == 0.0, qPrintable(series.name + QString::number(point.v)));
        }

        const PanelData status = refresher->panelData(QStringLiteral("status"));
        QCOMPARE(status.state, PanelData::State::Ok);
        QCOMPARE(status.series.size(), 3); // 2xx, 4xx and 5xx all in the legend
        QCOMPARE(status.series.at(2).name, QStringLiteral("5xx"));
        for (const Sample &point : status.series.at(2).points)
            QCOMPARE(point.v, 0.0);
    }

    void noTrafficStillReadsNoData_data()
    {
        QTest::addColumn<bool>("ownCounter");
        QTest::newRow("simulator: no such service") << false;
        QTest::newRow("Prometheus's counter: no such handler") << true;
    }

    void noTrafficStillReadsNoData()
    {
        QFETCH(bool, ownCounter);
        const Dashboard dashboard = ownCounter ? errorPanelsOnPrometheusOwnCounter() : m_production;
        const auto refresher = refreshed(dashboard,
            { { QStringLiteral("service"), VariableValue::single(QStringLiteral("no-such-service")) } });
        for (const char *id : { "uptime", "error-rate", "status" }) {
            const PanelData data = refresher->panelData(QString::fromLatin1(id));
            QVERIFY2(data.state == PanelData::State::NoData,
                qPrintable(QStringLiteral("%1: state %2, %3 series")
                               .arg(QString::fromLatin1(id))
                               .arg(int(data.state))
                               .arg(data.series.size())));
        }
    }

    void simulatorServiceReadsItsUptime()
    {
        const auto refresher = refreshed(m_production,
            { { QStringLiteral("service"), VariableValue::single(QStringLiteral("trading")) } });
        const PanelData uptime = refresher->panelData(QStringLiteral("uptime"));
        QCOMPARE(uptime.state, PanelData::State::Ok);
        QVERIFY(uptime.value.has_value());
        QVERIFY2(*uptime.value > 95 && *uptime.value <= 100, qPrintable(QString::number(*uptime.value)));
    }

    void variablesFilterOnTheServer()
    {
        DashboardRefresher lookup(m_client.get(), m_production);
        Answer<QStringList> services;
        lookup.variableValues(QStringLiteral("service"), services.callback());
        QTRY_COMPARE_WITH_TIMEOUT(services.calls, 1, 10000);
        QVERIFY(services.result->ok() && services.result->value().size() >= 2);
        const QString first = services.result->value().at(0);
        const QString second = services.result->value().at(1);

        auto refresher
            = refreshed(m_production, { { QStringLiteral("service"), VariableValue::single(first) } });
        PanelData rate = refresher->panelData(QStringLiteral("request-rate"));
        QCOMPARE(rate.state, PanelData::State::Ok);
        QCOMPARE(rate.series.size(), 1); // the server filtered: proof the value got there
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
};

QTEST_GUILESS_MAIN(TestDashboardRefresherLive)
#include "tst_dashboardrefresherlive.moc"

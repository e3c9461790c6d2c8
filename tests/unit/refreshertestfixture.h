// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the DashboardRefresher tests share: recorded Prometheus answers for the built-in
// production dashboard (no server), a one-panel dashboard, and a fixture that refreshes a
// dashboard once and reads what a variable's drop-down is offered.
#include "configloader.h"
#include "dashboardrefresher.h"
#include "prometheusclient.h"
#include "recordedtransport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace pivori::testing {

/// Never contacted: the recorded transport answers in its place.
inline const QUrl kServer(QStringLiteral("http://127.0.0.1:19090"));

/// The single reading the slow server gives.
inline const QByteArray kFortyTwo = R"({"status":"success","data":{"resultType":"vector","result":[)"
                                    R"({"metric":{"service":"fake"},"value":[1700000000,"42"]}]}})";

/// What a Prometheus scraping the simulator's fleet answers to the production dashboard, by
/// query shape: one series for a plain sum, one per service or pod for `sum by`, the uptime.
inline void recordProductionAnswers(RecordedTransport &transport)
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
inline QByteArray matrixOfServices(const QStringList &services)
{
    QByteArray out = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (qsizetype i = 0; i < services.size(); ++i) {
        out += (i > 0 ? "," : "") + QByteArray(R"({"metric":{"service":")") + services.at(i).toUtf8()
            + R"("},"values":[[1700000040,"12.5"],[1700000100,"13"]]})";
    }
    return out + "]}}";
}

inline Dashboard onePanel(const QString &type, const QString &expr, const QString &secondExpr = {})
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
inline QList<PanelData::State> statesOf(const QSignalSpy &spy, const QString &panelId)
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
inline const QStringList kCatalogueServices { QStringLiteral("api-gateway"), QStringLiteral("audit"),
    QStringLiteral("auth"), QStringLiteral("geolocation"), QStringLiteral("market-data"),
    QStringLiteral("notifications"), QStringLiteral("order-router"), QStringLiteral("payments"),
    QStringLiteral("portfolio"), QStringLiteral("pricing"), QStringLiteral("reporting"),
    QStringLiteral("risk"), QStringLiteral("search"), QStringLiteral("trading"),
    QStringLiteral("user-profile") };

/// The recorded transport, a client on it and the built-in production dashboard; setUp() and
/// tearDown() are called from a test's initTestCase() and cleanupTestCase().
class RefresherFixture
{
protected:
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

    /// Loads the production dashboard and records its answers.
    void setUp()
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

    /// Every request a test made was one the recorded answers expected.
    void tearDown()
    {
        m_client.reset();
        if (m_transport)
            QVERIFY2(m_transport->unmatched().isEmpty(), qPrintable(m_transport->unmatched().join(u'\n')));
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
};

} // namespace pivori::testing

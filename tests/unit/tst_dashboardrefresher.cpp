// DashboardRefresher against a real Prometheus (the project's stack, started here): every
// built-in panel answers, one broken panel stays alone, superseded answers never arrive,
// variables reach the server, and a panel whose server stops answering says so and goes stale.
// A tiny socket server stands in only where timing must be controlled (slow or silent answers).
#include "configloader.h"
#include "dashboardrefresher.h"
#include "httptransport.h"
#include "prometheusclient.h"
#include "querystep.h"
#include "stacklauncher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace pivori;

namespace {

/// Answers every HTTP request with one fixed Prometheus vector after `delayMs`, or never
/// when `delayMs` < 0. Counts requests waiting for their answer, to catch stacked refreshes.
class FakePrometheus final : public QObject
{
public:
    int delayMs = 0;
    int waiting = 0;
    int maxWaiting = 0;
    int requests = 0;

    FakePrometheus() { m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    void start()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->readAll().contains("\r\n\r\n") || socket->property("seen").toBool())
                return;
            socket->setProperty("seen", true);
            ++requests;
            maxWaiting = std::max(maxWaiting, ++waiting);
            // An aborted request closes its connection: it no longer waits.
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                if (!socket->property("answered").toBool())
                    --waiting;
            });
            if (delayMs >= 0)
                QTimer::singleShot(delayMs, socket, [this, socket] { answer(socket); });
        });
    }

    void answer(QTcpSocket *socket)
    {
        const QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[)"
                                R"({"metric":{"service":"fake"},"value":[1700000000,"42"]}]}})";
        socket->setProperty("answered", true);
        --waiting;
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

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

/// The services of the simulator's catalogue (app/simulator/servicecatalog.cpp), sorted as
/// Prometheus sorts label values: what the stack must report, whichever test runs first.
const QStringList kCatalogueServices { QStringLiteral("api-gateway"), QStringLiteral("audit"),
    QStringLiteral("auth"), QStringLiteral("geolocation"), QStringLiteral("market-data"),
    QStringLiteral("notifications"), QStringLiteral("order-router"), QStringLiteral("payments"),
    QStringLiteral("portfolio"), QStringLiteral("pricing"), QStringLiteral("reporting"),
    QStringLiteral("risk"), QStringLiteral("search"), QStringLiteral("trading"),
    QStringLiteral("user-profile") };

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

} // namespace

class TestDashboardRefresher final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StackLauncher> m_stack;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<PrometheusClient> m_client;
    Dashboard m_production;

    std::unique_ptr<PrometheusClient> clientFor(const QUrl &url, int timeoutMs)
    {
        Endpoint endpoint;
        endpoint.url = url;
        endpoint.timeoutMs = timeoutMs;
        return std::make_unique<PrometheusClient>(m_transport.get(), endpoint);
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

    /// Runs an instant query and waits for its answer (empty when none came in time).
    std::optional<Result<QueryResult>> instant(const QString &expr)
    {
        std::optional<Result<QueryResult>> out;
        const quint64 id
            = m_client->query(expr, std::nullopt, this, [&out](const Result<QueryResult> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            m_client->cancel(id); // the callback refers to this frame: it must never run later
        return out;
    }

    bool hasRates()
    {
        // Rates ten seconds ago too: a range query's points fall on its step grid, so data only
        // a second or two old may not reach any point yet.
        const auto r = instant(QStringLiteral("count(rate(http_requests_total[1m] offset 10s))"));
        return r && r->ok() && !r->value().series.isEmpty();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PanelData>();
        const ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.config.dashboard(QStringLiteral("production")));
        m_production = *loaded.config.dashboard(QStringLiteral("production"));

        StackOptions options;
        options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
        options.timeScale = 60;
        m_stack = std::make_unique<StackLauncher>(options);
        QSignalSpy ready(m_stack.get(), &StackLauncher::ready);
        QSignalSpy failed(m_stack.get(), &StackLauncher::failed);
        m_stack->start();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() > 0 || failed.count() > 0, 90000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).toString()));

        m_transport = std::make_unique<HttpTransport>(&m_nam);
        m_client = clientFor(m_stack->state().prometheus, 10000);
        // rate() needs two scrapes of every series; the stack scrapes each second.
        QTRY_VERIFY_WITH_TIMEOUT(hasRates(), 60000);
    }

    void cleanupTestCase()
    {
        if (!m_stack)
            return;
        QSignalSpy stopped(m_stack.get(), &StackLauncher::stopped);
        m_stack->stop();
        QTRY_VERIFY_WITH_TIMEOUT(stopped.count() > 0, 15000);
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

        std::optional<Result<QStringList>> unknown;
        refresher.variableValues(
            QStringLiteral("nope"), [&unknown](const Result<QStringList> &r) { unknown = r; });
        QTRY_VERIFY_WITH_TIMEOUT(unknown.has_value(), 5000);
        QVERIFY(!unknown->ok());
        QCOMPARE(unknown->error().kind, Error::Kind::Config);
        QVERIFY(unknown->error().message.contains(QLatin1String("nope")));
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
        QTest::newRow("not a label name: refused before sending")
            << "../../admin" << QStringList() << -1 << "not a label name";
    }

    void labelValuesThroughTheClient()
    {
        QFETCH(QString, label);
        QFETCH(QStringList, match);
        QFETCH(int, count);
        QFETCH(QString, messagePart);
        std::optional<Result<QStringList>> values;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_client->labelValues(label, match, now.addSecs(-3600), now, this,
            [&values](const Result<QStringList> &r) { values = r; });
        QTRY_VERIFY_WITH_TIMEOUT(values.has_value(), 10000);
        QCOMPARE(values->ok(), count >= 0);
        if (count >= 0)
            QCOMPARE(values->value().size(), count);
        else
            QVERIFY2(values->error().message.contains(messagePart), qPrintable(values->error().message));
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

    void brokenPanelStaysAlone()
    {
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
        auto refresher
            = refreshed(m_production, { { QStringLiteral("service"), VariableValue::single(first) } });
        PanelData rate = refresher->panelData(QStringLiteral("request-rate"));
        QCOMPARE(rate.state, PanelData::State::Ok);
        QVERIFY2(rate.expressions.at(0).contains(QStringLiteral("service=~\"%1\"").arg(regexEscape(first))),
            qPrintable(rate.expressions.at(0)));
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

    void variableWithoutDefaultTakesFirstValue()
    {
        Dashboard dashboard = m_production;
        dashboard.variables[0].includeAll = false;
        dashboard.variables[0].defaultValue.clear();
        const auto refresher = refreshed(dashboard);
        QCOMPARE(refresher->variables().value(QStringLiteral("service")),
            VariableValue::single(kCatalogueServices.first()));
        QVERIFY(refresher->panelData(QStringLiteral("request-rate"))
                    .expressions.at(0)
                    .contains(QStringLiteral("\"%1\"").arg(regexEscape(kCatalogueServices.first()))));
    }

    void gaugeWithSeveralSeriesWarns()
    {
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

    void emptyAnswerIsNoData()
    {
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
        FakePrometheus fake;
        fake.delayMs = -1;
        fake.start();
        const auto client = clientFor(fake.url(), 800);
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
        FakePrometheus fake;
        fake.delayMs = 700;
        fake.start();
        const auto client = clientFor(fake.url(), 5000);
        DashboardRefresher refresher(client.get(), onePanel(QStringLiteral("gauge"), QStringLiteral("up")));
        refresher.setRefreshInterval(150);
        QSignalSpy updates(&refresher, &DashboardRefresher::panelUpdated);
        refresher.refreshNow();
        // Were timer rounds to replace the request in flight, no answer would ever arrive.
        QTRY_VERIFY_WITH_TIMEOUT(
            statesOf(updates, QStringLiteral("p")).count(PanelData::State::Ok) >= 2, 5000);
        QCOMPARE(fake.maxWaiting, 1);
        QVERIFY(refresher.panelData(QStringLiteral("p")).value.has_value());
        QCOMPARE(*refresher.panelData(QStringLiteral("p")).value, 42.0);
    }

    /// Last: it stops the stack.
    void staleWhenTheServerStops()
    {
        DashboardRefresher refresher(
            m_client.get(), onePanel(QStringLiteral("gauge"), QStringLiteral("vector(1)")));
        refresher.setRefreshInterval(400);
        QSignalSpy stale(&refresher, &DashboardRefresher::staleChanged);
        refresher.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(
            refresher.panelData(QStringLiteral("p")).state, PanelData::State::Ok, 10000);
        const QDateTime lastSuccess = refresher.panelData(QStringLiteral("p")).lastSuccess;
        QVERIFY(!refresher.isStale(QStringLiteral("p"), lastSuccess.addMSecs(800)));
        QVERIFY(refresher.isStale(QStringLiteral("p"), lastSuccess.addMSecs(801)));

        QSignalSpy stopped(m_stack.get(), &StackLauncher::stopped);
        m_stack->stop();
        QTRY_VERIFY_WITH_TIMEOUT(stopped.count() > 0, 15000);
        m_stack.reset();
        QTRY_COMPARE_WITH_TIMEOUT(
            refresher.panelData(QStringLiteral("p")).state, PanelData::State::Error, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(refresher.isStale(QStringLiteral("p")), 5000);
        QVERIFY(!stale.isEmpty() && stale.last().at(1).toBool());
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

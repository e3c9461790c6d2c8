// A click on a series opens what the panel's link says, with the variables and the time range;
// a panel without a link says so instead of doing nothing. The window talks to a Prometheus
// that is not there (a free loopback port nothing listens on): drill-down needs no data.
#include "configloader.h"
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "freeport.h"
#include "networktransport.h"
#include "mainwindow.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace pivori;

class TestMainWindowDrillDown final : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<MainWindow> m_window;

    DashboardPage *page(const char *id) const { return m_window->dashboardPage(QString::fromLatin1(id)); }
    QString statusText() const { return m_window->statusBar()->currentMessage(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
        QVERIFY(loaded.ok());
        ConsoleConfig config = loaded.config;
        const quint16 port = pickFreeLoopbackPort();
        QVERIFY(port > 0);
        config.prometheus = { PrometheusServer { QStringLiteral("nowhere"),
            Endpoint { QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}, {}, 2000 } } };
        config.alertmanagers.clear();
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_window = std::make_unique<MainWindow>(config, m_transport.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void serviceSeriesOpensItsService()
    {
        m_window->showDashboard(QStringLiteral("production"));
        page("production")->setTimeRange(TimeRange::relative(6 * 3600 * 1000));
        emit page("production")->seriesActivated(
            QStringLiteral("request-rate"), { { QStringLiteral("service"), QStringLiteral("order-book") } });
        QCOMPARE(m_window->currentPage(), page("microservices"));
        QCOMPARE(page("microservices")->refresher()->variables().value(QStringLiteral("service")),
            VariableValue::single(QStringLiteral("order-book")));
        QCOMPARE(page("microservices")->timeRange(), page("production")->timeRange());
        QVERIFY2(statusText().contains(QStringLiteral("service: order-book")), qPrintable(statusText()));
    }

    void aggregateSeriesKeepsTheDashboardsChoice()
    {
        m_window->showDashboard(QStringLiteral("production"));
        page("production")->setVariable(QStringLiteral("service"), VariableValue::single(QStringLiteral("trading")));
        emit page("production")->seriesActivated(QStringLiteral("latency"), { { QStringLiteral("quantile"), QStringLiteral("0.95") } });
        QCOMPARE(m_window->currentPage(), page("microservices"));
        QCOMPARE(page("microservices")->refresher()->variables().value(QStringLiteral("service")),
            VariableValue::single(QStringLiteral("trading")));
    }

    void panelWithoutALinkSaysSo()
    {
        m_window->showDashboard(QStringLiteral("production"));
        emit page("production")->seriesActivated(QStringLiteral("memory"), { { QStringLiteral("pod"), QStringLiteral("api-1") } });
        QCOMPARE(m_window->currentPage(), page("production"));
        QVERIFY2(statusText().contains(QStringLiteral("no drill-down link")), qPrintable(statusText()));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindowDrillDown)
#include "tst_mainwindowdrilldown.moc"

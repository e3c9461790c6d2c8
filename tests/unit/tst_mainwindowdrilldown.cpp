// SPDX-License-Identifier: GPL-3.0-or-later
// A click on a series opens what the panel's link says, with the variables and the time range;
// a panel without a link says so instead of doing nothing. The window talks to a recorded
// transport that knows no answer: drill-down needs no data.
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "mainwindow.h"
#include "offlineconfig.h"
#include "recordedtransport.h"
#include "testutils.h"

#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace pivori;

class TestMainWindowDrillDown final : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordedTransport> m_transport;
    std::unique_ptr<MainWindow> m_window;

    DashboardPage *page(const char *id) const { return m_window->dashboardPage(QString::fromLatin1(id)); }
    QString statusText() const { return m_window->statusBar()->currentMessage(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Never contacted: the recorded transport answers in its place.
        const ConsoleConfig config = pivori::testutils::builtInConfigWithoutServers();
        QVERIFY(!config.prometheus.isEmpty());
        m_transport = std::make_unique<RecordedTransport>();
        m_window = std::make_unique<MainWindow>(config, m_transport.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void serviceSeriesOpensItsService()
    {
        m_window->showDashboard(QStringLiteral("production"));
        page("production")->setTimeRange(TimeRange::relative(6 * 3600 * 1000));
        emit page("production")
            ->seriesActivated(QStringLiteral("request-rate"),
                { { QStringLiteral("service"), QStringLiteral("order-book") } });
        QCOMPARE(m_window->currentPage(), page("microservices"));
        QCOMPARE(page("microservices")->refresher()->variables().value(QStringLiteral("service")),
            VariableValue::single(QStringLiteral("order-book")));
        QCOMPARE(page("microservices")->timeRange(), page("production")->timeRange());
        QVERIFY2(statusText().contains(QStringLiteral("service: order-book")), qPrintable(statusText()));
    }

    void aggregateSeriesKeepsTheDashboardsChoice()
    {
        m_window->showDashboard(QStringLiteral("production"));
        page("production")
            ->setVariable(QStringLiteral("service"), VariableValue::single(QStringLiteral("trading")));
        emit page("production")
            ->seriesActivated(
                QStringLiteral("latency"), { { QStringLiteral("quantile"), QStringLiteral("0.95") } });
        QCOMPARE(m_window->currentPage(), page("microservices"));
        QCOMPARE(page("microservices")->refresher()->variables().value(QStringLiteral("service")),
            VariableValue::single(QStringLiteral("trading")));
    }

    void panelWithoutALinkSaysSo()
    {
        m_window->showDashboard(QStringLiteral("production"));
        emit page("production")
            ->seriesActivated(
                QStringLiteral("memory"), { { QStringLiteral("pod"), QStringLiteral("api-1") } });
        QCOMPARE(m_window->currentPage(), page("production"));
        QVERIFY2(statusText().contains(QStringLiteral("No drill-down from \"Memory Usage by Pod\"")),
            qPrintable(statusText()));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindowDrillDown)
#include "tst_mainwindowdrilldown.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox on a bad day: a real Alertmanager holding 20,000 alerts, each with an alertname of
// its own (20,000 groups), filled by `pivori-simulator alerts`. Loading them, a refresh, a
// filter and two regroups must never hold the GUI thread longer than the budget: the stall
// monitor's longest stall is the assertion. (It once froze the window for minutes here.)
#include "alertfilterproxy.h"
#include "alertinboxmodel.h"
#include "alertinboxview.h"
#include "alertmanagerclient.h"
#include "alertmanagerprocess.h"
#include "alertpoller.h"
#include "networktransport.h"
#include "stallmonitor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pivori;
using namespace pivori::testutils;

namespace {

constexpr int kAlerts = 20000;
// The product's budget is 100 ms of GUI-thread work at once. The test allows 2.5 times that,
// and measures work as the GUI thread's CPU time between two ticks of the stall monitor (its
// lateness in wall time is printed too): on a loaded 2-core box the wall time of the same work
// grows with the load and would make the test flaky. What it catches are pieces of work of
// seconds and minutes, as before.
constexpr double kStallBoundMs = 250;

} // namespace

class TestInboxScale final : public QObject
{
    Q_OBJECT

private:
    AlertmanagerProcess m_alertmanager;
    QNetworkAccessManager m_nam;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<AlertmanagerClient> m_client;

    static void report(const char *what, const StallMonitor &monitor, qint64 elapsedMs)
    {
        const QList<double> over = monitor.stallsOver(50);
        qInfo("%s: longest GUI-thread work %.1f ms CPU, longest stall %.1f ms wall, %lld stalls over 50 ms, "
              "%lld ms in all",
            what, monitor.maxBusyMs(), monitor.maxStallMs(), static_cast<long long>(over.size()),
            static_cast<long long>(elapsedMs));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_alertmanager.start(&error), qPrintable(error));
        QProcess generator;
        generator.setProcessChannelMode(QProcess::ForwardedChannels);
        generator.start(QStringLiteral(PIVORI_SIMULATOR_BIN),
            { QStringLiteral("alerts"), QStringLiteral("--alertmanager"), m_alertmanager.url().toString(),
                QStringLiteral("--count"), QString::number(kAlerts), QStringLiteral("--distinct-names"),
                QString::number(kAlerts), QStringLiteral("--ends-in"), QStringLiteral("3600"),
                QStringLiteral("--once") });
        QVERIFY(generator.waitForFinished(180000));
        QCOMPARE(generator.exitCode(), 0);

        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        Endpoint endpoint;
        endpoint.url = m_alertmanager.url();
        endpoint.timeoutMs = 60000; // Alertmanager itself needs seconds to write 10 MB
        m_client = std::make_unique<AlertmanagerClient>(
            m_transport.get(), QStringLiteral("prod"), QList { endpoint });
    }

    void loadRefreshFilterRegroupWithinTheBudget()
    {
        AlertInboxModel model;
        AlertFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setShowSilenced(true);
        proxy.setShowInhibited(true);
        AlertInboxView view;
        view.setModel(&proxy);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AlertPoller poller;
        poller.setClients({ m_client.get() });
        poller.setModel(&model);
        QSignalSpy rounds(&poller, &AlertPoller::roundFinished);

        StallMonitor monitor;
        monitor.start();
        QElapsedTimer clock;
        clock.start();
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 1, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(model.alertCount(), kAlerts, 60000);
        QCOMPARE(model.rowCount(), kAlerts); // one group per alertname
        // Above AlertInboxView::kExpandAllUpTo the groups start collapsed: the view lays out
        // 20,000 group rows, not 40,000 rows.
        QVERIFY(view.startsCollapsed());
        QVERIFY(!view.isExpanded(proxy.index(0, 0)));
        QVERIFY(!view.isExpanded(proxy.index(kAlerts - 1, 0)));
        report("first load", monitor, clock.restart());
        const double loadStall = monitor.maxBusyMs();

        monitor.reset();
        poller.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.size(), 2, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!poller.isPolling(), 60000);
        QCOMPARE(model.alertCount(), kAlerts);
        report("refresh", monitor, clock.restart());
        const double refreshStall = monitor.maxBusyMs();

        monitor.reset();
        const QString typed = QStringLiteral("syntheticrule0199");
        for (int n = 1; n <= typed.size(); ++n) {
            proxy.setFilterLine(typed.left(n));
            QCoreApplication::processEvents();
        }
        // Evaluated on a pool thread at this size: the rows follow when it is done.
        QTRY_VERIFY_WITH_TIMEOUT(!proxy.isFilterPending(), 30000);
        QCOMPARE(proxy.rowCount(), 100); // SyntheticRule019900 … 019999
        proxy.setFilterLine(QString());
        QTRY_VERIFY_WITH_TIMEOUT(!proxy.isFilterPending(), 30000);
        QCOMPARE(proxy.rowCount(), kAlerts);
        report("typing a filter", monitor, clock.restart());
        const double filterStall = monitor.maxBusyMs();

        monitor.reset();
        QTimer::singleShot(0, &model, [&model] { model.setGroupBy(AlertInboxModel::GroupBy::Severity); });
        QTRY_COMPARE(model.rowCount(), 3);
        QTimer::singleShot(0, &model, [&model] { model.setGroupBy(AlertInboxModel::GroupBy::Alertname); });
        QTRY_COMPARE(model.rowCount(), kAlerts);
        QTRY_COMPARE(model.pendingCount(), 0);
        QVERIFY(!view.isExpanded(proxy.index(0, 0)));
        report("regroup by severity and back", monitor, clock.restart());
        const double regroupStall = monitor.maxBusyMs();
        monitor.stop();

        QVERIFY2(loadStall < kStallBoundMs,
            qPrintable(QStringLiteral("load worked %1 ms at once").arg(loadStall)));
        QVERIFY2(refreshStall < kStallBoundMs,
            qPrintable(QStringLiteral("refresh worked %1 ms at once").arg(refreshStall)));
        QVERIFY2(filterStall < kStallBoundMs,
            qPrintable(QStringLiteral("filter worked %1 ms at once").arg(filterStall)));
        QVERIFY2(regroupStall < kStallBoundMs,
            qPrintable(QStringLiteral("regroup worked %1 ms at once").arg(regroupStall)));
    }
};

QTEST_MAIN(TestInboxScale)
#include "tst_inboxscale.moc"

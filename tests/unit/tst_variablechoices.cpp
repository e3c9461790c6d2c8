// SPDX-License-Identifier: GPL-3.0-or-later
// A drop-down whose values could not be had (a young Prometheus without the series yet, a
// failing server) is filled once they can, without the user leaving the tab: the window asks
// again after the page's next refresh, and stops asking once it has values.
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "mainwindow.h"
#include "offlineconfig.h"
#include "recordedtransport.h"
#include "testutils.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace pivori;

class TestVariableChoices final : public QObject
{
    Q_OBJECT

private slots:
    void emptyOrFailedValuesAreAskedAgain()
    {
        QStandardPaths::setTestModeEnabled(true);
        ConsoleConfig config = pivori::testutils::builtInConfigWithoutServers();
        // A variable of its own on the production dashboard: only this test's window asks for it.
        DashboardVariable zone;
        zone.name = zone.label = QStringLiteral("zone");
        zone.includeAll = true;
        for (Dashboard &dashboard : config.dashboards)
            if (dashboard.id == QLatin1String("production"))
                dashboard.variables.append(zone);
        RecordedTransport transport;
        const RecordedRoute services("GET", "/api/v1/label/zone/values");
        const auto values = [](const char *json) {
            return RecordedAnswer::bytes(QByteArray(R"({"status":"success","data":)") + json + "}");
        };
        transport.answer(services, values("[]"));
        MainWindow window(config, &transport);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showDashboard(QStringLiteral("production"));
        DashboardPage *page = window.dashboardPage(QStringLiteral("production"));
        QVERIFY(page);
        page->refresher()->setRefreshInterval(0); // rounds only when the test asks
        QTRY_VERIFY_WITH_TIMEOUT(transport.requestCount(services) >= 1, 10000);
        QSignalSpy finished(page->refresher(), &DashboardRefresher::refreshFinished);
        // One step: what the server will say next, then a round of the page once every answer
        // out is in; @p asked: how often the values were asked for before the round.
        int asked = 0;
        const auto refreshAfter = [&](const RecordedAnswer &next) {
            QTRY_COMPARE_WITH_TIMEOUT(transport.inFlight(), 0, 10000);
            transport.answer(services, next);
            asked = transport.requestCount(services);
            const qsizetype rounds = finished.count();
            page->refresher()->refreshNow();
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() > rounds, 10000);
        };

        // Empty, then failed: each refresh asks again.
        refreshAfter(RecordedAnswer::transportFailure(Error::Kind::Network, QStringLiteral("reset")));
        QTRY_VERIFY_WITH_TIMEOUT(transport.requestCount(services) > asked, 10000);
        refreshAfter(values(R"(["api","auth"])"));
        QTRY_VERIFY_WITH_TIMEOUT(transport.requestCount(services) > asked, 10000);
        // Values: no more asking.
        QTRY_COMPARE_WITH_TIMEOUT(transport.inFlight(), 0, 10000);
        refreshAfter(values(R"(["api","auth"])"));
        const int settled = asked;
        refreshAfter(values(R"(["api","auth"])"));
        QCOMPARE(asked, settled);
        QTRY_COMPARE_WITH_TIMEOUT(transport.inFlight(), 0, 10000);
        QCOMPARE(transport.requestCount(services), settled);
    }
};

QTEST_MAIN(TestVariableChoices)
#include "tst_variablechoices.moc"

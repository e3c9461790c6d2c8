// SPDX-License-Identifier: GPL-3.0-or-later
// While nothing evaluates the alert rules, "0 alerts" is not the all-clear: the strip, the tray
// and the window title say the counts are unknown, and why.
#include "alertcountstrip.h"
#include "alertnotifier.h"
#include "alertspage.h"
#include "configloader.h"
#include "mainwindow.h"
#include "recordedtransport.h"
#include "testutils.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace pivori;

namespace {

const QString kDoubt
    = QStringLiteral("unknown since 13:20 — rules are not being evaluated (Prometheus main is unreachable)");

// Never contacted: the recorded transport answers in their place.
const QUrl kPrometheus(QStringLiteral("http://127.0.0.1:19090"));
const QUrl kAlertmanager(QStringLiteral("http://127.0.0.1:19093"));

} // namespace

class TestAlertCountsDoubt final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The ack journal and settings go to a throwaway test location.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pivori-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_alertcountsdoubt"));
    }

    void stripShowsNoZeroWhileInDoubt()
    {
        AlertCountStrip strip;
        strip.setCounts({ { QStringLiteral("warning"), 2 } }, { { QStringLiteral("warning"), 2 } });
        strip.setDoubt(kDoubt);
        const QString text = strip.summaryText();
        QVERIFY2(text.contains(QStringLiteral("? critical")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 warning")), qPrintable(text)); // what fires is real
        QVERIFY2(!text.contains(QStringLiteral("0 critical")), qPrintable(text));
        QVERIFY2(text.contains(kDoubt), qPrintable(text));
        auto *doubt = strip.findChild<QLabel *>(QStringLiteral("countsDoubt"));
        QVERIFY(doubt && doubt->textFormat() == Qt::PlainText);

        strip.setDoubt(QString()); // evaluation is back: zeros are believed again
        QVERIFY2(strip.summaryText().contains(QStringLiteral("0 critical")), qPrintable(strip.summaryText()));
        QVERIFY(!strip.summaryText().contains(kDoubt));
    }

    void trayIsNotQuietWhileInDoubt()
    {
        AlertNotifier notifier;
        notifier.setAlerts({});
        QCOMPARE(notifier.toolTip(), QStringLiteral("Pivori Console: no alert firing"));
        const QImage quiet = notifier.icon().pixmap(32).toImage();
        notifier.setDoubt(kDoubt);
        QVERIFY2(notifier.toolTip().contains(kDoubt), qPrintable(notifier.toolTip()));
        QVERIFY(notifier.icon().pixmap(32).toImage() != quiet);
    }

    void windowTitleSaysUnknownOnceThePrometheusStopsAnswering()
    {
        ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
        QVERIFY(loaded.ok());
        ConsoleConfig config = loaded.config;
        config.prometheus = { PrometheusServer {
            QStringLiteral("main"), pivori::testutils::endpointAt(kPrometheus, 1000) } };
        config.alertmanagers = { AlertmanagerCluster {
            QStringLiteral("prod"), { pivori::testutils::endpointAt(kAlertmanager, 1000) } } };
        config.refresh.dashboardsMs = 1000; // how often the servers are checked
        RecordedTransport transport;
        const RecordedRoute buildInfo
            = RecordedRoute("GET", "/api/v1/status/buildinfo").onServer(kPrometheus);
        transport.answer(buildInfo, RecordedAnswer::file("prometheus/buildinfo.json"));
        transport.answer(RecordedRoute("GET", "/api/v2/alerts"), RecordedAnswer::bytes("[]"));
        transport.answer(RecordedRoute("GET", "/api/v2/silences"), RecordedAnswer::bytes("[]"));
        MainWindow window(config, &transport);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>();
        auto *page = window.findChild<AlertsPage *>();
        auto *strip = window.findChild<AlertCountStrip *>();
        QVERIFY(tabs && page && strip);

        // Prometheus answers and nothing fires: the quiet title is the truth.
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Alerts"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(transport.requestCount(buildInfo) >= 1, 10000);
        QCOMPARE(window.windowTitle(), QStringLiteral("Pivori Console"));
        QVERIFY2(
            strip->summaryText().contains(QStringLiteral("0 critical")), qPrintable(strip->summaryText()));

        // It stops answering: nothing evaluates the rules any more.
        transport.answer(buildInfo, RecordedAnswer::transportFailure(Error::Kind::Network));
        QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(QStringLiteral("alerts unknown")), 10000);
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), QStringLiteral("Alerts (?)"));
        QVERIFY2(strip->summaryText().contains(
                     QStringLiteral("rules are not being evaluated (Prometheus main is unreachable)")),
            qPrintable(strip->summaryText()));
        QVERIFY2(
            !strip->summaryText().contains(QStringLiteral("0 critical")), qPrintable(strip->summaryText()));
    }
};

QTEST_MAIN(TestAlertCountsDoubt)
#include "tst_alertcountsdoubt.moc"

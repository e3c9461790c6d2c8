// While nothing evaluates the alert rules, "0 alerts" is not the all-clear: the strip, the tray
// and the window title say the counts are unknown, and why.
#include "alertcountstrip.h"
#include "alertnotifier.h"
#include "alertspage.h"
#include "configloader.h"
#include "freeport.h"
#include "networktransport.h"
#include "mainwindow.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace pivori;

namespace {

const QString kDoubt = QStringLiteral("unknown since 13:20 — rules are not being evaluated (Prometheus main is unreachable)");

Endpoint nowhere()
{
    const quint16 port = pickFreeLoopbackPort();
    return Endpoint { QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), {}, {}, 1000 };
}

} // namespace

class TestAlertCountsDoubt final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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

    void windowTitleSaysUnknownWhilePrometheusIsDown()
    {
        // Nothing listens on either port: Prometheus down, Alertmanager down, no alert known.
        ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
        QVERIFY(loaded.ok());
        ConsoleConfig config = loaded.config;
        config.prometheus = { PrometheusServer { QStringLiteral("main"), nowhere() } };
        config.alertmanagers = { AlertmanagerCluster { QStringLiteral("prod"), { nowhere() } } };
        QNetworkAccessManager nam;
        NetworkTransport transport(&nam);
        MainWindow window(config, &transport);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(QStringLiteral("alerts unknown")), 10000);
        auto *strip = window.findChild<AlertCountStrip *>();
        QVERIFY(strip);
        QTRY_VERIFY_WITH_TIMEOUT(strip->summaryText().contains(QStringLiteral("rules are not being evaluated")), 10000);
        QVERIFY2(strip->summaryText().contains(QStringLiteral("Prometheus main is unreachable")),
            qPrintable(strip->summaryText()));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(window.findChild<AlertsPage *>())), QStringLiteral("Alerts (?)"));
    }
};

QTEST_MAIN(TestAlertCountsDoubt)
#include "tst_alertcountsdoubt.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A paused dashboard says so where the data is: a banner over the panels with the time it
// stopped, not only a pressed toolbar button. It leaves with the pause and hides no panel.
#include "configloader.h"
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "panelframe.h"
#include "prometheusclient.h"
#include "recordedtransport.h"
#include "testutils.h"

#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pivori;

class TestPausedBanner final : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordedTransport> m_transport;
    std::unique_ptr<PrometheusClient> m_client;
    Dashboard m_production;

private slots:
    void initTestCase()
    {
        const ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
        QVERIFY(loaded.ok());
        m_production = *loaded.config.dashboard(QStringLiteral("production"));
        // Never answered usefully: the recorded transport says 404 to everything.
        m_transport = std::make_unique<RecordedTransport>();
        m_client = std::make_unique<PrometheusClient>(m_transport.get(),
            pivori::testutils::endpointAt(QUrl(QStringLiteral("http://127.0.0.1:19090")), 2000));
    }

    void viewShowsAndRemovesTheBanner()
    {
        DashboardView view(m_production);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.pausedBanner()->isVisible());
        const QRect before = view.viewport()->geometry();

        const QDateTime at = QDateTime::fromString(QStringLiteral("2026-12-06T13:20:05"), Qt::ISODate);
        view.setPausedSince(at);
        QLabel *banner = view.pausedBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Paused at 13:20:05 — data not updating"));
        QCOMPARE(banner->textFormat(), Qt::PlainText);
        // Its own strip above the panels: the viewport moved down by the banner's height.
        QVERIFY(banner->width() >= view.width() - 2 * view.frameWidth() - 1);
        QCOMPARE(view.viewport()->y(), banner->geometry().bottom() + 1);
        QVERIFY(view.viewport()->height() < before.height());
        // Still in sight with the panels scrolled.
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->y(), view.frameWidth());

        view.setPausedSince(QDateTime());
        QVERIFY(!banner->isVisible());
        QCOMPARE(view.viewport()->geometry(), before);
    }

    void pageFollowsItsRefresher()
    {
        DashboardPage page(m_client.get(), m_production);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QLabel *banner = page.view()->pausedBanner();
        QVERIFY(!banner->isVisible());

        QSignalSpy paused(page.refresher(), &DashboardRefresher::pausedChanged);
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1000);
        page.refresher()->pause();
        QCOMPARE(paused.size(), 1);
        QVERIFY(page.refresher()->pausedAt() >= before);
        QVERIFY(banner->isVisible());
        const QString shown = page.refresher()->pausedAt().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        QVERIFY2(banner->text().contains(shown), qPrintable(banner->text()));

        page.refresher()->pause(); // again: same moment, no second signal
        QCOMPARE(paused.size(), 1);

        page.refresher()->resume();
        QCOMPARE(paused.size(), 2);
        QVERIFY(!page.refresher()->pausedAt().isValid());
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestPausedBanner)
#include "tst_pausedbanner.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The NOC wall against a real stack of its own, offscreen: it rotates through its playlist,
// its alert band shows what Alertmanager says, and when the stack's Prometheus process is
// stopped it says so (banner, stale badges) and recovers by itself once it is back.
#include "alertband.h"
#include "alertmanagerclient.h"
#include "alertpoller.h"
#include "alertsbackend.h"
#include "dashboardpage.h"
#include "dashboardview.h"
#include "freeport.h"
#include "mainwindow.h"
#include "networktransport.h"
#include "nocalertboard.h"
#include "nocrotation.h"
#include "nocwindow.h"
#include "panelframe.h"
#include "prometheusclient.h"
#include "serverstatuspoller.h"
#include "settingskeys.h"
#include "stackfixture.h"
#include "stacklauncher.h"
#include "unreachablebanners.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>

using namespace pivori;
using namespace pivori::testing;

class TestNocWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StackLauncher> m_stack;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    ConsoleConfig m_config;
    std::unique_ptr<PrometheusClient> m_prometheus;
    std::unique_ptr<ServerStatusPoller> m_servers;
    std::unique_ptr<AlertsBackend> m_alerts;
    std::unique_ptr<NocWindow> m_window;

    QStringList staleBadges(DashboardPage *page) const
    {
        QStringList badges;
        for (PanelFrame *frame : page->view()->panelWidgets())
            if (!frame->staleText().isEmpty())
                badges << frame->staleText();
        return badges;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and the ack journal stay out of $HOME
        StackOptions options;
        options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
        options.timeScale = 60;
        options.scenarios = { QStringLiteral("service-down:trading") };
        m_stack = std::make_unique<StackLauncher>(options);
        QSignalSpy ready(m_stack.get(), &StackLauncher::ready);
        m_stack->start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);

        m_config = stackConfig(m_stack->state());
        // Every second: the wall notices an outage within a few seconds and rotates quickly.
        for (Dashboard &dashboard : m_config.dashboards)
            dashboard.refreshMs = 1000;
        m_config.noc.playlist = { { NocPlaylistItem::Kind::Dashboard, QStringLiteral("production"), {} },
            { NocPlaylistItem::Kind::Alerts, QStringLiteral("board"), {} },
            { NocPlaylistItem::Kind::Dashboard, QStringLiteral("microservices"), {} } };
        m_config.noc.rotateEveryMs = 1000;

        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_prometheus = std::make_unique<PrometheusClient>(
            m_transport.get(), m_config.prometheus.constFirst().endpoint);
        m_servers = std::make_unique<ServerStatusPoller>(m_transport.get(), m_config);
        m_servers->start(1000);
        m_config.refresh.alertsMs = 1000;
        m_alerts = std::make_unique<AlertsBackend>(m_config, m_transport.get());
        m_alerts->start();
        m_window = std::make_unique<NocWindow>(m_config, m_prometheus.get(), m_servers.get(), m_alerts.get());
        m_window->showOnScreen(0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_alerts.reset();
        QSignalSpy stopped(m_stack.get(), &StackLauncher::stopped);
        m_stack->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    }

    void fillsTheScreenWithThePlaylist()
    {
        QVERIFY(m_window->isFullScreen());
        // Production's four lines of panels do not fit one screen at the wall's type size:
        // pages of whole lines, "(1/2)", "(2/2)", all one widget, refreshed once.
        const QStringList titles = m_window->pageTitles();
        const int alerts = int(titles.indexOf(QStringLiteral("Alerts")));
        QVERIFY2(alerts >= 2, qPrintable(titles.join(u'|')));
        for (int i = 0; i < alerts; ++i) {
            QCOMPARE(titles[i],
                QStringLiteral("Production - Performance & Reliability (%1/%2)").arg(i + 1).arg(alerts));
            QCOMPARE(m_window->dashboardPage(i), m_window->dashboardPage(0));
        }
        QVERIFY(m_window->dashboardPage(0));
        QVERIFY(!m_window->dashboardPage(alerts)); // the alert board
        QVERIFY(titles.constLast().startsWith(QStringLiteral("Microservices")));
        QVERIFY(m_window->dashboardPage(int(titles.size()) - 1));
        QCOMPARE(m_window->dashboardPages().size(), 2);
        m_window->rotation()->setPaused(true);
        m_window->rotation()->show(1);
        const DashboardView *view = m_window->dashboardPage(1)->view();
        QVERIFY(view->visibleRows().first > 0); // the second page: lines further down
        int shown = 0;
        for (const PanelFrame *frame : view->panelWidgets())
            shown += frame->isVisibleTo(view);
        QVERIFY(shown > 0 && shown < view->panelWidgets().size());
        QVERIFY(m_window->lastUpdateText().size() > 0);
        m_window->rotation()->show(0);
        QCOMPARE(view->visibleRows().first, 0);
        m_window->rotation()->setPaused(false);
        // A screen that is not there: the wall goes to the primary one and says so.
        NocWindow elsewhere(m_config, nullptr, nullptr, nullptr);
        elsewhere.showOnScreen(7);
        QCOMPARE(elsewhere.screenIndex(), 0);
        QVERIFY2(elsewhere.messageText().contains(QStringLiteral("no screen 7")),
            qPrintable(elsewhere.messageText()));
        elsewhere.closeWithoutAsking();
        // A dashboard named twice in the playlist is one page, refreshed once.
        ConsoleConfig twice = m_config;
        twice.noc.playlist = { { NocPlaylistItem::Kind::Dashboard, QStringLiteral("production"), {} },
            { NocPlaylistItem::Kind::Alerts, QStringLiteral("board"), {} },
            { NocPlaylistItem::Kind::Dashboard, QStringLiteral("production"), {} } };
        NocWindow repeated(twice, m_prometheus.get(), nullptr, nullptr);
        QCOMPARE(repeated.pageTitles().size(), 2 * alerts + 1);
        QCOMPARE(repeated.dashboardPages().size(), 1);
        QCOMPARE(repeated.dashboardPage(0), repeated.dashboardPage(2 * alerts));
        repeated.closeWithoutAsking();
        m_window->activateWindow();
        // Larger type than the console's: it is read across a room.
        QVERIFY(m_window->font().pointSizeF() > QApplication::font().pointSizeF());
        // A long message in the header is cut, not allowed to widen the wall off its screen.
        const QRect screen = m_window->screen()->geometry();
        m_window->showMessage(QStringLiteral("a message far wider than any screen ").repeated(20), 0);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(m_window->isFullScreen());
        QCOMPARE(m_window->geometry(), screen);
        m_window->showMessage(QString(), 0);
    }

    void cursorHidesWhenIdleAndReturnsOnMovement()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isCursorHidden(), 10000);
        QCOMPARE(m_window->cursor().shape(), Qt::BlankCursor);
        QTest::mouseMove(m_window.get(), QPoint(200, 200));
        QVERIFY(!m_window->isCursorHidden());
        QVERIFY(m_window->cursor().shape() != Qt::BlankCursor);
    }

    void rotatesAndPausesAndStepsByKey()
    {
        QSignalSpy changed(m_window->rotation(), &NocRotation::currentChanged);
        const int pages = int(m_window->pageTitles().size());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 3, 10000); // 0 → 1 → 2 → … → 0 by itself
        QCOMPARE(changed.at(1).at(0).toInt(), (changed.at(0).at(0).toInt() + 1) % pages);

        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QVERIFY(m_window->rotation()->isPaused());
        QCOMPARE(m_window->rotation()->remainingMs(), -1); // nothing scheduled while paused
        const int before = m_window->rotation()->current();
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QCOMPARE(m_window->rotation()->current(), (before + 1) % pages);
        QTest::keyClick(m_window.get(), Qt::Key_Left);
        QTest::keyClick(m_window.get(), Qt::Key_Left);
        QCOMPARE(m_window->rotation()->current(), (before + pages - 1) % pages);
        QTest::keyClick(m_window.get(), Qt::Key_2);
        QCOMPARE(m_window->rotation()->current(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QVERIFY(!m_window->rotation()->isPaused());
    }

    void alertBandShowsAlertmanagersAlerts()
    {
        // service-down fires ServiceDown (critical) for trading within seconds at 60x.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->alertBand()->summary().firing.value(QStringLiteral("critical")) >= 1, 90000);
        const QJsonArray alerts
            = getJson(apiUrl(m_stack->state().alertmanagers.constFirst(),
                          QStringLiteral("/api/v2/alerts?active=true&silenced=false&inhibited=false")))
                  .array();
        int critical = 0;
        for (const QJsonValue &alert : alerts)
            critical += alert[QStringLiteral("labels")][QStringLiteral("severity")].toString()
                == QLatin1String("critical");
        // The band counts what the server reports (give or take an alert firing in between).
        QTRY_VERIFY_WITH_TIMEOUT(
            std::abs(m_window->alertBand()->summary().firing.value(QStringLiteral("critical")) - critical)
                <= 1,
            10000);
        QVERIFY(m_window->alertBand()->countsText().contains(QStringLiteral("critical")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->alertBand()->tickerText().contains(QStringLiteral("ServiceDown")), 30000);
        QVERIFY(m_window->alertBoard()
                    ->rowTexts()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("ServiceDown · trading")));
    }

    void prometheusOutageShowsBannerAndStaleBadgesThenClears()
    {
        DashboardPage *production = m_window->dashboardPage(0);
        // Every panel of the page on screen has had its answer before the outage begins.
        m_window->rotation()->setPaused(true);
        m_window->rotation()->show(0);
        const QList<PanelFrame *> frames = production->view()->panelWidgets();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::none_of(frames.cbegin(), frames.cend(),
                [](const PanelFrame *f) { return f->state() == PanelData::State::Loading; }),
            30000);
        QList<PanelFrame *> withData;
        for (PanelFrame *frame : frames)
            if (frame->messageText().isEmpty())
                withData << frame;
        QVERIFY(!withData.isEmpty());
        QVERIFY(m_window->lastUpdateText().startsWith(QStringLiteral("Data")));
        QVERIFY(m_window->banners()->texts().isEmpty());
        QVERIFY(staleBadges(production).isEmpty());

        QSignalSpy stopped(m_stack.get(), &StackLauncher::serverStopped);
        QVERIFY(m_stack->stopServer(QStringLiteral("prometheus")));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 15000);

        QTRY_VERIFY_WITH_TIMEOUT(!m_window->banners()->texts().isEmpty(), 15000);
        QVERIFY2(m_window->banners()->texts().constFirst().startsWith(
                     QStringLiteral("Prometheus unreachable since ")),
            qPrintable(m_window->banners()->texts().constFirst()));
        QVERIFY(m_window->banners()->isVisible());
        // Older than two refresh intervals (2 s): every panel says it is stale, and keeps its
        // last data on screen with the failure marked, rather than going blank.
        QTRY_COMPARE_WITH_TIMEOUT(
            staleBadges(production).size(), production->dashboard().panels.size(), 15000);
        for (const PanelFrame *frame : std::as_const(withData)) {
            QTRY_VERIFY_WITH_TIMEOUT(!frame->failureText().isEmpty(), 15000);
            QVERIFY2(frame->messageText().isEmpty(), qPrintable(frame->messageText()));
        }

        QVERIFY(m_stack->restartServer(QStringLiteral("prometheus")));
        // Nobody touches the wall: it reconnects and clears both by itself.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->banners()->texts().isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(staleBadges(production).isEmpty(), 30000);
        for (const PanelFrame *frame : std::as_const(withData))
            QTRY_VERIFY_WITH_TIMEOUT(frame->failureText().isEmpty(), 30000);
        QVERIFY(!m_window->banners()->isVisible());
        m_window->rotation()->setPaused(false);
    }

    void bandDoesNotSayAllClearWhilePrometheusIsDown()
    {
        // Nothing firing (no Alertmanager to ask) and a Prometheus that does not answer: a
        // port nothing listens on.
        ConsoleConfig deadProm;
        const quint16 port = pickFreeLoopbackPort();
        QVERIFY(port > 0);
        deadProm.prometheus = { PrometheusServer {
            QStringLiteral("gone"), endpointFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))) } };
        ServerStatusPoller servers(m_transport.get(), deadProm);
        AlertsBackend noAlerts(deadProm, m_transport.get());
        NocWindow wall(deadProm, nullptr, &servers, &noAlerts);
        servers.start(1000);
        QTRY_VERIFY_WITH_TIMEOUT(wall.alertBand()->tickerText().contains(QStringLiteral(
                                     "rules are not being evaluated (Prometheus gone is unreachable)")),
            15000);
        QVERIFY(!wall.banners()->texts().isEmpty());
        wall.closeWithoutAsking();
    }

    void mainWindowTogglesTheWallAndExportsFromIt()
    {
        QSettings().remove(settingskeys::nocScreen);
        MainWindow main(m_config, m_transport.get());
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        main.enterNocMode(0);
        NocWindow *noc = main.nocWindow();
        QVERIFY(noc);
        QVERIFY(noc->isFullScreen());
        QVERIFY(!main.isVisible());
        QCOMPARE(QSettings().value(settingskeys::nocScreen).toInt(), 0); // remembered

        noc->rotation()->setPaused(true);
        noc->rotation()->show(0);
        QTRY_VERIFY_WITH_TIMEOUT(noc->lastUpdateText().startsWith(QStringLiteral("Data")), 30000);
        // The Dashboard menu's shortcuts answer on the wall: copy the dashboard on screen.
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(noc, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->image().isNull(), 10000);
        const QImage copied = QGuiApplication::clipboard()->image();
        const QWidget *view = noc->currentDashboardPage()->view();
        // The whole dashboard with the header above it.
        QVERIFY2(copied.width() >= view->width() * 9 / 10 && copied.height() > view->height() * 11 / 10,
            qPrintable(QStringLiteral("%1x%2").arg(copied.width()).arg(copied.height())));
        QVERIFY2(noc->messageText().contains(QStringLiteral("clipboard")), qPrintable(noc->messageText()));

        const QPointer<NocWindow> wall(noc);
        main.leaveNocMode();
        QVERIFY(main.isVisible());
        QVERIFY(!main.nocWindow());
        QTRY_VERIFY(!wall); // gone, not just hidden

        // Entering and leaving again and again leaves nothing behind (widgets, windows).
        const qsizetype widgetsBefore = QApplication::allWidgets().size();
        for (int i = 0; i < 5; ++i) {
            main.enterNocMode(0);
            const QPointer<NocWindow> again(main.nocWindow());
            main.leaveNocMode();
            QTRY_VERIFY(!again);
        }
        QCOMPARE(QApplication::allWidgets().size(), widgetsBefore);
    }

    void alertmanagerOutageIsNamedOnTheBand()
    {
        // (What the band counts meanwhile is the replicas' last answer; a replica shutting down
        // may already answer with no alerts, so only the notice is certain.)
        QSignalSpy stopped(m_stack.get(), &StackLauncher::serverStopped);
        QVERIFY(m_stack->stopServer(QStringLiteral("alertmanager-1")));
        QVERIFY(m_stack->stopServer(QStringLiteral("alertmanager-2")));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->alertBand()->tickerText().contains(QStringLiteral("unreachable")), 15000);
        QVERIFY(m_window->alertBand()->tickerText().contains(QStringLiteral("prod")));
        QVERIFY(m_stack->restartServer(QStringLiteral("alertmanager-1")));
        QVERIFY(m_stack->restartServer(QStringLiteral("alertmanager-2")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->alertBand()->tickerText().contains(QStringLiteral("unreachable")), 60000);
    }

    void escapeAsksBeforeLeaving()
    {
        // Shortcuts answer in the active window; another test may have had it.
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QSignalSpy leave(m_window.get(), &NocWindow::leaveRequested);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QMessageBox *question = m_window->findChild<QMessageBox *>();
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        question->button(QMessageBox::No)->click();
        QCOMPARE(leave.size(), 0);
        QVERIFY(m_window->isVisible());
        // The answered question is deleted later; make sure the next one found is a new one.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!m_window->findChild<QMessageBox *>());

        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_VERIFY(m_window->findChild<QMessageBox *>());
        QVERIFY(m_window->findChild<QMessageBox *>()->isVisible());
        m_window->findChild<QMessageBox *>()->button(QMessageBox::Yes)->click();
        QCOMPARE(leave.size(), 1);
    }
};

QTEST_MAIN(TestNocWindow)
#include "tst_nocwindow.moc"

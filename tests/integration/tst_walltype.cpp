// SPDX-License-Identifier: GPL-3.0-or-later
// The wall's type rule (docs/noc.md, "Type sizes"), measured on a wall as the room sees it:
// offscreen screens of 1920x1080 and 1280x720, a stack of its own with alerts firing, then its
// Prometheus stopped so banners and "stale"/"query failed" badges show. Every visible text —
// labels, buttons, legends, and the text the panels paint (through the fonts they expose) —
// must be at least the rule's minimum for the screen's height, the readings at least theirs.
// Every page also leaves its plots room to be read across the room and never scrolls: a
// dashboard too tall for one screen is shown in parts.
// With PIVORI_WALL_SHOTS=DIR set it also saves what it measured as PNGs.
#include "alertband.h"
#include "alertsbackend.h"
#include "barspanel.h"
#include "dashboardpage.h"
#include "dashboardview.h"
#include "gaugepanel.h"
#include "networktransport.h"
#include "nocalertboard.h"
#include "nocrotation.h"
#include "nocstyle.h"
#include "nocwindow.h"
#include "offscreenscreens.h"
#include "panelframe.h"
#include "prometheusclient.h"
#include "serverstatuspoller.h"
#include "stackfixture.h"
#include "stacklauncher.h"
#include "statpanel.h"
#include "unreachablebanners.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFontInfo>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include <memory>

using namespace pivori;
using namespace pivori::testing;

namespace {

int pixels(const QFont &font)
{
    return QFontInfo(font).pixelSize();
}

QString describe(const QWidget *widget, const QString &what, const QFont &font)
{
    return QStringLiteral("%1 %2 \"%3\": %4 px")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), what.left(40))
        .arg(pixels(font));
}

/// Every visible text under @p root smaller than @p minText (readings: @p minValue), described.
QStringList tooSmall(QWidget *root, int minText, int minValue, int *checked)
{
    QStringList small;
    const auto check = [&](const QWidget *widget, const QString &what, const QFont &font, int minimum) {
        ++*checked;
        if (pixels(font) < minimum)
            small << describe(widget, what, font) + QStringLiteral(" < %1").arg(minimum);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) || widget->width() <= 1)
            continue;
        if (const auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty())
            check(label, label->text(), label->font(), minText);
        if (const auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty())
            check(button, button->text(), button->font(), minText);
        if (const auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i) {
                const QVariant font = list->item(i)->data(Qt::FontRole);
                check(list, list->item(i)->text(), font.isValid() ? font.value<QFont>() : list->font(),
                    minText);
            }
        }
        if (const auto *gauge = qobject_cast<GaugePanel *>(widget)) {
            if (!gauge->valueText().isEmpty())
                check(gauge, gauge->valueText(), gauge->valueFont(), minValue);
            check(gauge, QStringLiteral("scale ends"), gauge->labelFont(), minText);
        }
        if (const auto *stat = qobject_cast<StatPanel *>(widget); stat && !stat->valueText().isEmpty())
            check(stat, stat->valueText(), stat->valueFont(), minValue);
        if (const auto *board = qobject_cast<NocAlertBoard *>(widget)) {
            check(board, QStringLiteral("headline"), board->headlineFont(), minText);
            check(board, QStringLiteral("detail"), board->detailFont(), minText);
        }
        if (auto *plot = qobject_cast<QCustomPlot *>(widget)) {
            for (QCPAxis *axis : plot->axisRect()->axes()) {
                if (axis->visible() && axis->tickLabels())
                    check(plot, QStringLiteral("tick labels"), axis->tickLabelFont(), minText);
                if (axis->visible() && !axis->label().isEmpty())
                    check(plot, axis->label(), axis->labelFont(), minText);
            }
            for (int i = 0; i < plot->itemCount(); ++i)
                if (const auto *caption = qobject_cast<QCPItemText *>(plot->item(i));
                    caption && caption->visible())
                    check(plot, caption->text(), caption->font(), minText);
            if (plot->legend && plot->legend->visible())
                check(plot, QStringLiteral("legend"), plot->legend->font(), minText);
        }
        if (auto *view = qobject_cast<QChartView *>(widget); view && view->chart()) {
            for (QAbstractAxis *axis : view->chart()->axes())
                if (axis->isVisible() && axis->labelsVisible())
                    check(view, QStringLiteral("axis labels"), axis->labelsFont(), minText);
            if (view->chart()->legend()->isVisible())
                check(view, QStringLiteral("legend"), view->chart()->legend()->font(), minText);
        }
    }
    return small;
}

/// What is wrong with the plot space of the page on @p wall: a scroll bar, a panel past the
/// view's bottom, a plot lower than @p minimum pixels. @p lowest gets the lowest plot seen.
QStringList plotSpaceProblems(NocWindow *wall, int minimum, int *lowest)
{
    QStringList problems;
    DashboardPage *page = wall->currentDashboardPage();
    if (!page)
        return problems;
    DashboardView *view = page->view();
    if (view->verticalScrollBar()->isVisible())
        problems << QStringLiteral("a scroll bar");
    for (PanelFrame *frame : view->panelWidgets()) {
        if (!frame->isVisibleTo(view))
            continue;
        const QRect inView(frame->mapTo(view->viewport(), QPoint(0, 0)), frame->size());
        if (!view->viewport()->rect().contains(inView))
            problems << QStringLiteral("%1 reaches past the view").arg(frame->panel().id);
        if (!frame->messageText().isEmpty())
            continue; // no data to plot ("No data"): the message stands in the plot's place
        int height = -1;
        if (auto *plot = frame->findChild<QCustomPlot *>())
            height = plot->axisRect()->rect().height();
        else if (auto *chart = frame->findChild<QChartView *>())
            height = int(chart->chart()->plotArea().height());
        if (height < 0)
            continue; // a gauge or a stat: its reading has its own floor
        *lowest = std::min(*lowest, height);
        if (height < minimum)
            problems << QStringLiteral("%1: plot %2 px < %3").arg(frame->panel().id).arg(height).arg(minimum);
    }
    return problems;
}

/// The pages of @p wall whose title starts with @p prefix.
QList<int> pagesOf(const NocWindow *wall, const QString &prefix)
{
    QList<int> pages;
    for (int i = 0; i < wall->pageTitles().size(); ++i)
        if (wall->pageTitles().at(i).startsWith(prefix))
            pages << i;
    return pages;
}

} // namespace

class TestWallType final : public QObject
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

    /// Checks the page on screen; saves it as @p shot when asked to.
    void checkWall(NocWindow *wall, const QString &shot)
    {
        QCoreApplication::processEvents();
        const int height = wall->screen()->geometry().height();
        QCOMPARE(wall->minimumTextPixels(), nocstyle::minimumTextPixels(height));
        int checked = 0;
        const QStringList small
            = tooSmall(wall, wall->minimumTextPixels(), wall->minimumValuePixels(), &checked);
        if (const QString dir = qEnvironmentVariable("PIVORI_WALL_SHOTS"); !dir.isEmpty())
            wall->grab().save(dir + QLatin1Char('/') + shot + QStringLiteral(".png"));
        QVERIFY2(checked > 10, qPrintable(QString::number(checked))); // it did look at the wall
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
    }

    /// Every page of @p wall in turn: no scroll bar, every panel in view, every plot at least
    /// 15 % of the screen's height (docs/noc.md, "Tall dashboards").
    void checkPlotSpace(NocWindow *wall, const QString &shot)
    {
        const int minimum = wall->screen()->geometry().height() * 15 / 100;
        int lowest = INT_MAX;
        QStringList problems;
        for (int i = 0; i < wall->pageTitles().size(); ++i) {
            wall->rotation()->show(i);
            // Measured with data: a panel still loading shows a message in the plot's place.
            if (DashboardPage *page = wall->currentDashboardPage()) {
                const QList<PanelFrame *> frames = page->view()->panelWidgets();
                QTRY_VERIFY_WITH_TIMEOUT(
                    std::none_of(frames.cbegin(), frames.cend(),
                        [](const PanelFrame *frame) { return frame->state() == PanelData::State::Loading; }),
                    60000);
            }
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
            for (const QString &problem : plotSpaceProblems(wall, minimum, &lowest))
                problems << wall->pageTitles().at(i) + QStringLiteral(": ") + problem;
            if (const QString dir = qEnvironmentVariable("PIVORI_WALL_SHOTS"); !dir.isEmpty())
                wall->grab().save(dir + QStringLiteral("/%1-page%2.png").arg(shot).arg(i + 1));
        }
        qInfo("%s: %lld pages, lowest plot %d px (at least %d)", qPrintable(shot),
            qlonglong(wall->pageTitles().size()), lowest, minimum);
        QVERIFY2(lowest < INT_MAX, "no plot was measured");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    DashboardPage *production() const { return m_window->dashboardPage(0); }
    int alertBoardPage() const { return int(m_window->pageTitles().indexOf(QStringLiteral("Alerts"))); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1920, 1080));
        StackOptions options;
        options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
        options.timeScale = 60;
        options.restartDelayMs = 0; // its Prometheus is stopped on purpose below
        m_stack = std::make_unique<StackLauncher>(options);
        QSignalSpy ready(m_stack.get(), &StackLauncher::ready);
        m_stack->start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);

        // Alerts with long summaries, firing for the whole test, so the band has a sentence to cut.
        const QDateTime ends = QDateTime::currentDateTimeUtc().addSecs(1800);
        for (const QString &service : { QStringLiteral("trading"), QStringLiteral("audit"),
                 QStringLiteral("market-data"), QStringLiteral("risk") })
            postAlert(m_stack->state().alertmanagers[0],
                { { QStringLiteral("alertname"), QStringLiteral("ServiceDown") },
                    { QStringLiteral("severity"), QStringLiteral("critical") },
                    { QStringLiteral("service"), service } },
                QStringLiteral("%1 has answered no health check for five minutes on any of its instances")
                    .arg(service),
                ends);
        postAlert(m_stack->state().alertmanagers[0],
            { { QStringLiteral("alertname"), QStringLiteral("HighLatency") },
                { QStringLiteral("severity"), QStringLiteral("warning") },
                { QStringLiteral("service"), QStringLiteral("search") } },
            QStringLiteral("P95 latency above 500 ms"), ends);

        m_config = stackConfig(m_stack->state());
        for (Dashboard &dashboard : m_config.dashboards)
            dashboard.refreshMs = 1000;
        m_config.noc.playlist = { { NocPlaylistItem::Kind::Dashboard, QStringLiteral("production"), {} },
            { NocPlaylistItem::Kind::Alerts, QStringLiteral("board"), {} },
            { NocPlaylistItem::Kind::Dashboard, QStringLiteral("microservices"), {} } };
        m_config.noc.rotateEveryMs = 3'600'000; // the test turns the pages
        m_config.refresh.alertsMs = 1000;
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_prometheus = std::make_unique<PrometheusClient>(
            m_transport.get(), m_config.prometheus.constFirst().endpoint);
        m_servers = std::make_unique<ServerStatusPoller>(m_transport.get(), m_config);
        m_servers->start(1000);
        m_alerts = std::make_unique<AlertsBackend>(m_config, m_transport.get());
        m_alerts->start();
        m_window = std::make_unique<NocWindow>(m_config, m_prometheus.get(), m_servers.get(), m_alerts.get());
        m_window->showOnScreen(0);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_alerts.reset();
        if (!m_stack)
            return;
        QSignalSpy stopped(m_stack.get(), &StackLauncher::stopped);
        m_stack->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    }

    void ruleScalesWithTheScreen()
    {
        QCOMPARE(nocstyle::minimumTextPixels(1080), 24);
        QCOMPARE(nocstyle::minimumTextPixels(2160), 48);
        QCOMPARE(nocstyle::minimumValuePixels(1080), 54);
    }

    void everyTextOnADashboardWithAlertsFiring()
    {
        m_window->rotation()->show(0);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->alertBand()->countsText().startsWith(QStringLiteral("4 critical")), 30000);
        // Every panel drawn from data (a reading in each gauge and stat).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const GaugePanel *gauge : production()->findChildren<GaugePanel *>())
                    if (gauge->valueText().isEmpty())
                        return false;
                for (const StatPanel *stat : production()->findChildren<StatPanel *>())
                    if (stat->valueText().isEmpty())
                        return false;
                return true;
            }(),
            60000);
        QVERIFY(!production()->findChildren<GaugePanel *>().isEmpty());
        const QList<int> pages = pagesOf(m_window.get(), QStringLiteral("Production"));
        QVERIFY(!pages.isEmpty());
        for (const int page : pages) {
            m_window->rotation()->show(page);
            checkWall(m_window.get(), QStringLiteral("wall-1080-production-alerts-%1").arg(page + 1));
        }
    }

    void everyPlotHasRoomAndNothingScrolls()
    {
        // The production dashboard has five lines of panels: more than a 1080p wall shows at
        // once at this type size, so it comes in parts, each of whole lines.
        const QStringList titles = m_window->pageTitles();
        QVERIFY2(titles.contains(QStringLiteral("Production - Performance & Reliability (1/3)")),
            qPrintable(titles.join(u'|')));
        QVERIFY(titles.contains(QStringLiteral("Production - Performance & Reliability (3/3)")));
        QCOMPARE(m_window->dashboardPage(0), m_window->dashboardPage(1)); // one page, refreshed once
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastUpdateText().startsWith(QStringLiteral("Data")), 30000);
        checkPlotSpace(m_window.get(), QStringLiteral("wall-1080-space"));
        m_window->rotation()->show(0);
    }

    void everyTextOnTheAlertBoard()
    {
        m_window->rotation()->show(alertBoardPage());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->alertBoard()->rowTexts().size() >= 5, 30000);
        checkWall(m_window.get(), QStringLiteral("wall-1080-alert-board"));
    }

    void everyTextOnTheSecondDashboard()
    {
        const QList<int> pages = pagesOf(m_window.get(), QStringLiteral("Microservices"));
        QVERIFY(!pages.isEmpty());
        m_window->rotation()->show(pages.constFirst());
        QTest::qWait(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->lastUpdateText().startsWith(QStringLiteral("Data")), 30000);
        for (const int page : pages) {
            m_window->rotation()->show(page);
            checkWall(m_window.get(), QStringLiteral("wall-1080-microservices-%1").arg(page + 1));
        }
    }

    void everyTextWhilePrometheusIsDown()
    {
        // A real outage: banners and the "stale" and "query failed" badges over the last data.
        QVERIFY(m_stack->stopServer(QStringLiteral("prometheus")));
        m_window->rotation()->show(0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->banners()->texts().isEmpty(), 30000);
        // Panels with data get both badges; one that never had any shows the error in its place.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int badged = 0;
                for (const PanelFrame *frame : production()->view()->panelWidgets()) {
                    badged += !frame->staleText().isEmpty() && !frame->failureText().isEmpty();
                    if (frame->failureText().isEmpty()
                        && !frame->messageText().startsWith(QStringLiteral("Query failed")))
                        return false;
                }
                return badged > 0;
            }(),
            30000);
        checkWall(m_window.get(), QStringLiteral("wall-1080-prometheus-down"));
        QVERIFY(m_stack->restartServer(QStringLiteral("prometheus")));
        QUrl ready = m_stack->state().prometheus;
        ready.setPath(QStringLiteral("/-/ready"));
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest("GET", ready).status, 200, 60000);
    }

    void everyTextOnASmallerWall()
    {
        // The rule follows the screen: on a 720-line screen the floor is lower, and still held.
        QScreen *smaller = nullptr;
        for (QScreen *screen : QGuiApplication::screens())
            if (screen->geometry().height() == 720)
                smaller = screen;
        QVERIFY(smaller);
        NocWindow small(m_config, m_prometheus.get(), m_servers.get(), m_alerts.get());
        small.showOnScreen(int(QGuiApplication::screens().indexOf(smaller)));
        QVERIFY(QTest::qWaitForWindowExposed(&small));
        QCOMPARE(small.screen()->geometry().size(), QSize(1280, 720));
        QCOMPARE(small.minimumTextPixels(), 16);
        QTRY_VERIFY_WITH_TIMEOUT(
            small.alertBand()->countsText().startsWith(QStringLiteral("4 critical")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(small.lastUpdateText().startsWith(QStringLiteral("Data")), 90000);
        checkWall(&small, QStringLiteral("wall-720-production"));
        // (A banner takes its height from the pages while it shows: measured without.)
        QTRY_VERIFY_WITH_TIMEOUT(small.banners()->texts().isEmpty(), 60000);
        checkPlotSpace(&small, QStringLiteral("wall-720-space"));
        small.closeWithoutAsking();
    }
};

int main(int argc, char **argv)
{
    // Screens of a real wall's size, unless a real display was chosen to watch the test on.
    QTemporaryDir dir;
    if (!pivori::testutils::useOffscreenScreens(dir, { QSize(1920, 1080), QSize(1280, 720) }))
        return 1;
    QApplication app(argc, argv);
    TestWallType test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_walltype.moc"

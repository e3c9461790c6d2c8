// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Health page: a tab that runs the checks on start and on its interval (never
// two runs at once), says the verdict in its title, keeps the flips across restarts, resolves a
// check's "where to look", and feeds the wall's health board. The runs come from the window's
// own HealthCheckRunner; where a test needs checks with results it plays the runner's
// finished() itself.
#include "configloader.h"
#include "dashboardpage.h"
#include "dashboardtoolbar.h"
#include "healthcheckrunner.h"
#include "healthhistory.h"
#include "healthpage.h"
#include "healthview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "nochealthboard.h"
#include "nocrotation.h"
#include "nocwindow.h"
#include "recordedtransport.h"
#include "syntheticcheckrun.h"
#include "testutils.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace pivori;
using namespace pivori::testutils;

namespace {

const QUrl kPrometheus(QStringLiteral("http://127.0.0.1:19090"));

ConsoleConfig testConfig(qint64 healthMs = 3600'000)
{
    ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
    ConsoleConfig config = loaded.config;
    // Never contacted: the recorded transport answers in their place.
    config.prometheus
        = { PrometheusServer { QStringLiteral("main"), pivori::testutils::endpointAt(kPrometheus, 1000) } };
    config.alertmanagers.clear();
    config.refresh.healthMs = healthMs;
    return config;
}

} // namespace

class TestHealthPage final : public QObject
{
    Q_OBJECT

public slots:
    void handleUrl(const QUrl &url) { m_opened.append(url); }

private:
    QList<QUrl> m_opened;
    RecordedTransport m_transport;

    static HealthPage *healthPage(MainWindow &window) { return window.healthPage(); }
    static QString tabText(MainWindow &window)
    {
        auto *tabs = window.findChild<QTabWidget *>();
        return tabs->tabText(tabs->indexOf(window.healthPage()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("pivori-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_healthpage"));
        for (const char *scheme : { "http", "https" })
            QDesktopServices::setUrlHandler(QLatin1String(scheme), this, "handleUrl");
    }

    void cleanupTestCase()
    {
        for (const char *scheme : { "http", "https" })
            QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    }

    void init()
    {
        m_opened.clear();
        QFile::remove(HealthHistory::defaultPath());
    }

    void theTabRunsOnStartAndSaysWhatItFound()
    {
        MainWindow window(testConfig(), &m_transport);
        HealthPage *page = healthPage(window);
        QVERIFY(page);
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs->indexOf(page) > tabs->indexOf(window.dashboardPage(QStringLiteral("production"))));
        QCOMPARE(tabText(window), QStringLiteral("Health (?)")); // before the first run: not fine
        QTRY_VERIFY_WITH_TIMEOUT(page->hasRun(), 10000);
        const CheckRun &run = page->lastRun();
        // Whatever the run found, the tab says it; a run in which no check ran says so.
        if (run.results.isEmpty()) {
            QCOMPARE(tabText(window), QStringLiteral("Health (no checks ran)"));
            QVERIFY2(page->view()->summaryText().contains(QStringLiteral("not an all-clear")),
                qPrintable(page->view()->summaryText()));
        } else if (run.overall() == CheckStatus::Pass) {
            QCOMPARE(tabText(window), QStringLiteral("Health"));
        } else {
            QVERIFY2(tabText(window).startsWith(QStringLiteral("Health (")), qPrintable(tabText(window)));
        }
        QVERIFY(tabText(window) != QStringLiteral("Health") || !run.results.isEmpty());
    }

    void theTabFollowsEveryRun()
    {
        MainWindow window(testConfig(), &m_transport);
        HealthPage *page = healthPage(window);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasRun(), 10000);
        auto *runner = window.findChild<HealthCheckRunner *>();
        QVERIFY(runner);

        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-120);
        emit runner->finished(syntheticCheckRun(t0));
        QCOMPARE(tabText(window), QStringLiteral("Health (4 failing)"));
        QVERIFY(page->view()->summaryText().contains(
            QStringLiteral("4 failing, 5 warning, 4 unknown, 18 passing")));

        CheckRun fixed = syntheticCheckRun(t0.addSecs(60));
        for (CheckResult &r : fixed.results)
            if (r.status == CheckStatus::Fail)
                r.status = CheckStatus::Pass;
        emit runner->finished(fixed);
        QCOMPARE(tabText(window), QStringLiteral("Health (4 unknown)"));
        // The flips are listed, newest first, and kept on disk.
        const QStringList flips = page->view()->historyTexts();
        QCOMPARE(flips.size(), 4);
        QVERIFY2(flips.constFirst().endsWith(QStringLiteral("redis  fail → pass")),
            qPrintable(flips.constFirst()));

        for (CheckResult &r : fixed.results)
            r.status = CheckStatus::Pass;
        emit runner->finished(fixed);
        QCOMPARE(tabText(window), QStringLiteral("Health"));

        page->waitForSaves();
        HealthHistory onDisk;
        QString problem;
        QVERIFY2(onDisk.load(&problem), qPrintable(problem));
        QCOMPARE(onDisk.transitions().size(), 4 + 9);
        QCOMPARE(onDisk.runs().size(), page->history().runs().size());
    }

    void theFlipsSurviveARestart()
    {
        QString historyPath;
        {
            MainWindow window(testConfig(), &m_transport);
            QTRY_VERIFY_WITH_TIMEOUT(healthPage(window)->hasRun(), 10000);
            auto *runner = window.findChild<HealthCheckRunner *>();
            const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-120);
            emit runner->finished(syntheticCheckRun(t0));
            CheckRun later = syntheticCheckRun(t0.addSecs(60));
            later.results[24].status = CheckStatus::Pass; // redis is back
            emit runner->finished(later);
        }
        MainWindow again(testConfig(), &m_transport);
        const QStringList flips = healthPage(again)->view()->historyTexts();
        QCOMPARE(flips.size(), 1);
        QVERIFY2(flips.constFirst().endsWith(QStringLiteral("redis  fail → pass")),
            qPrintable(flips.constFirst()));
    }

    void aDamagedHistoryIsReportedOnThePage()
    {
        QDir().mkpath(QFileInfo(HealthHistory::defaultPath()).absolutePath());
        QFile file(HealthHistory::defaultPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        MainWindow window(testConfig(), &m_transport);
        const QStringList messages = healthPage(window)->view()->messageBar()->messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(
            messages.constFirst().contains(QStringLiteral("is damaged")), qPrintable(messages.constFirst()));
        QVERIFY(messages.constFirst().contains(HealthHistory::defaultPath()));
        for (const QString &name : QDir(QFileInfo(HealthHistory::defaultPath()).absolutePath())
                                       .entryList({ QStringLiteral("health-history.json.corrupt-*") }))
            QFile::remove(QFileInfo(HealthHistory::defaultPath()).absoluteDir().filePath(name));
    }

    void runsNeverOverlapAndRepeatOnTheInterval()
    {
        MainWindow window(testConfig(1000), &m_transport);
        HealthPage *page = healthPage(window);
        auto *runner = window.findChild<HealthCheckRunner *>();
        QSignalSpy started(runner, &HealthCheckRunner::started);
        QSignalSpy finished(runner, &HealthCheckRunner::finished);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 10000);
        const qsizetype before = started.size();
        page->runNow();
        QVERIFY(runner->isRunning());
        page->runNow(); // a run is going: no second one
        page->view()->runButton()->click();
        QCOMPARE(started.size(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 10000);
        // And on its own, every refresh.health.
        const qsizetype afterManual = started.size();
        QTRY_VERIFY_WITH_TIMEOUT(started.size() >= afterManual + 2, 10000);
        QCOMPARE(finished.size() >= afterManual, true);
    }

    void f5AndCtrlRRunTheChecksOnThePage()
    {
        MainWindow window(testConfig(), &m_transport);
        HealthPage *page = healthPage(window);
        auto *runner = window.findChild<HealthCheckRunner *>();
        QTRY_VERIFY_WITH_TIMEOUT(page->hasRun() && !runner->isRunning(), 10000);
        QSignalSpy started(runner, &HealthCheckRunner::started);
        window.findChild<QTabWidget *>()->setCurrentWidget(page);
        window.findChild<DashboardToolBar *>()->refreshAction()->trigger(); // F5
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 10000);
        auto *runAction = window.findChild<QAction *>(QStringLiteral("runHealthChecks"));
        QVERIFY(runAction);
        QCOMPARE(runAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        runAction->trigger();
        QCOMPARE(started.size(), 2);
    }

    void aCheckLinkLeadsWhereToLook()
    {
        MainWindow window(testConfig(), &m_transport);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>();
        tabs->setCurrentWidget(healthPage(window));

        window.openHealthLink(QStringLiteral("dashboard:microservices"));
        QCOMPARE(window.currentPage(), window.dashboardPage(QStringLiteral("microservices")));

        window.openHealthLink(QStringLiteral("dashboard:nope"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("No dashboard \"nope\"")),
            qPrintable(window.statusBar()->currentMessage()));

        window.openHealthLink(QStringLiteral("target:http://10.0.3.7:8080/metrics"));
        QCOMPARE(m_opened, QList<QUrl>({ QUrl(QStringLiteral("http://127.0.0.1:19090/targets")) }));
        QVERIFY2(
            window.statusBar()->currentMessage().contains(QStringLiteral("http://10.0.3.7:8080/metrics")),
            qPrintable(window.statusBar()->currentMessage()));

        m_opened.clear();
        window.openHealthLink(QStringLiteral("rulegroup:/etc/prometheus/rules/pivori-alerts.yml/latency"));
        QCOMPARE(m_opened, QList<QUrl>({ QUrl(QStringLiteral("http://127.0.0.1:19090/rules")) }));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("group latency")),
            qPrintable(window.statusBar()->currentMessage()));

        m_opened.clear();
        window.openHealthLink(QStringLiteral("https://alertmanager.example.net/#/status"));
        QCOMPARE(
            m_opened, QList<QUrl>({ QUrl(QStringLiteral("https://alertmanager.example.net/#/status")) }));

        m_opened.clear();
        window.openHealthLink(QStringLiteral("file:///etc/passwd"));
        QVERIFY(m_opened.isEmpty());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Cannot open")),
            qPrintable(window.statusBar()->currentMessage()));

        // Not firing (no Alertmanager here): the runbook on its own.
        window.openHealthLink(QStringLiteral("runbook:HighMemoryUsage"));
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("healthRunbookDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QTextBrowser *>()->toPlainText().contains(
            QStringLiteral("memory"), Qt::CaseInsensitive));
        dialog->close();
        window.openHealthLink(QStringLiteral("runbook:NoSuchAlert"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("No runbook for NoSuchAlert")),
            qPrintable(window.statusBar()->currentMessage()));

        // From the view itself.
        healthPage(window)->view()->setRun(syntheticCheckRun());
        emit healthPage(window)->view()->linkActivated(QStringLiteral("dashboard:kubernetes"));
        QCOMPARE(window.currentPage(), window.dashboardPage(QStringLiteral("kubernetes")));
    }

    void theWallShowsTheSameRuns()
    {
        MainWindow window(testConfig(), &m_transport);
        window.show();
        HealthPage *page = healthPage(window);
        auto *runner = window.findChild<HealthCheckRunner *>();
        QTRY_VERIFY_WITH_TIMEOUT(page->hasRun() && !runner->isRunning(), 10000);
        emit runner->finished(syntheticCheckRun());
        window.enterNocMode(0);
        NocWindow *wall = window.nocWindow();
        QVERIFY(wall);
        QVERIFY(wall->pageTitles().contains(QStringLiteral("Health")));
        NocHealthBoard *board = wall->healthBoard();
        QVERIFY(board);
        QCOMPARE(board->summaryText(), QStringLiteral("4 FAIL · 5 WARN · 4 UNKNOWN · 18 PASS"));

        CheckRun empty;
        empty.startedAt = empty.finishedAt = QDateTime::currentDateTimeUtc();
        emit runner->finished(empty);
        QVERIFY2(board->summaryText().contains(QStringLiteral("unknown")), qPrintable(board->summaryText()));

        // F5 on the wall's health page runs the checks.
        QSignalSpy started(runner, &HealthCheckRunner::started);
        const int index = int(wall->pageTitles().indexOf(QStringLiteral("Health")));
        wall->rotation()->show(index);
        emit wall->healthRunRequested();
        QCOMPARE(started.size(), 1);
        window.leaveNocMode();
    }

    // Not a check: pictures of the page and the wall board for a person to look at, when
    // PIVORI_HEALTH_SHOTS names a directory.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PIVORI_HEALTH_SHOTS");
        if (dir.isEmpty())
            QSKIP("set PIVORI_HEALTH_SHOTS to a directory to take the screenshots");
        QDir().mkpath(dir);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3LL * 3600);
        MainWindow window(testConfig(), &m_transport);
        HealthPage *page = healthPage(window);
        auto *runner = window.findChild<HealthCheckRunner *>();
        QTRY_VERIFY_WITH_TIMEOUT(page->hasRun() && !runner->isRunning(), 10000);
        // A morning of flips: all fine, then the rules and redis, then the rest.
        CheckRun fine = syntheticCheckRun(t0);
        for (CheckResult &r : fine.results)
            r.status = CheckStatus::Pass;
        emit runner->finished(fine);
        CheckRun some = syntheticCheckRun(t0.addSecs(47LL * 60));
        for (CheckResult &r : some.results)
            if (r.name != QLatin1String("prometheus-rules") && r.name != QLatin1String("redis"))
                r.status = CheckStatus::Pass;
        emit runner->finished(some);
        CheckRun flapping = some;
        flapping.startedAt = t0.addSecs(75LL * 60);
        flapping.finishedAt = flapping.startedAt.addMSecs(1200);
        flapping.results[24].status = CheckStatus::Pass;
        emit runner->finished(flapping);
        emit runner->finished(syntheticCheckRun(QDateTime::currentDateTimeUtc().addSecs(-20)));
        window.findChild<QTabWidget *>()->setCurrentWidget(page);
        for (const QSize size : { QSize(1920, 1080), QSize(1024, 640) }) {
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            page->view()->tree()->setCurrentIndex(
                page->view()->tree()->model()->index(2, 0, page->view()->tree()->model()->index(0, 0)));
            QTest::qWait(50); // let the layout settle for the picture; not a synchronisation
            window.grab().save(
                QStringLiteral("%1/desktop-%2x%3.png").arg(dir).arg(size.width()).arg(size.height()));
        }
        window.enterNocMode(0);
        NocWindow *wall = window.nocWindow();
        wall->rotation()->setPaused(true);
        wall->rotation()->show(int(wall->pageTitles().indexOf(QStringLiteral("Health"))));
        for (const QSize size : { QSize(1920, 1080), QSize(1024, 640) }) {
            wall->showNormal();
            wall->resize(size);
            QTest::qWait(50);
            wall->grab().save(
                QStringLiteral("%1/wall-%2x%3.png").arg(dir).arg(size.width()).arg(size.height()));
        }
        CheckRun empty;
        empty.startedAt = empty.finishedAt = QDateTime::currentDateTimeUtc();
        emit runner->finished(empty);
        wall->grab().save(QStringLiteral("%1/wall-empty.png").arg(dir));
        window.leaveNocMode();
        window.findChild<QTabWidget *>()->setCurrentWidget(page);
        window.resize(1920, 1080);
        QTest::qWait(50);
        window.grab().save(QStringLiteral("%1/desktop-empty.png").arg(dir));
    }
};

QTEST_MAIN(TestHealthPage)
#include "tst_healthpage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open without its dialog: MainWindow::openDashboardFile reads a Grafana JSON off the GUI
// thread and shows it as a tab for this session; a bad file gets a plain-text error dialog that
// does not block. The window talks to a recorded transport that knows no answer: opening needs
// no data.
#include "dashboardfile.h"
#include "dashboardfileopener.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "nocrotation.h"
#include "nocwindow.h"
#include "offlineconfig.h"
#include "recordedtransport.h"
#include "testutils.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <memory>

using namespace pivori;

namespace {

QString grafanaFile(const char *name)
{
    return testutils::dataPath(QStringLiteral("grafana/") + QLatin1String(name));
}

} // namespace

class TestOpenDashboardFile final : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordedTransport> m_transport;
    std::unique_ptr<MainWindow> m_window;

    /// Opens @p path as File > Open does and waits for the result: the ids added.
    QStringList open(const QString &path)
    {
        QSignalSpy done(m_window.get(), &MainWindow::dashboardFileOpened);
        m_window->openDashboardFile(path);
        if (!done.wait(10000))
            return { QStringLiteral("timeout") };
        return done.at(0).at(1).toStringList();
    }

    QMessageBox *problemDialog() const
    {
        return m_window->findChild<QMessageBox *>(QStringLiteral("dashboardFileProblems"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Never contacted: the recorded transport answers in its place.
        const ConsoleConfig config = pivori::testutils::builtInConfigWithoutServers();
        QVERIFY(!config.prometheus.isEmpty());
        m_transport = std::make_unique<RecordedTransport>();
        m_window = std::make_unique<MainWindow>(config, m_transport.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void menuHasOpenOnCtrlO()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("openDashboardFile"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Open));
        QVERIFY(action->isEnabled());
    }

    void grafanaJsonOpensAsATab()
    {
        const int tabsBefore = m_window->findChild<QTabWidget *>()->count();
        const QStringList ids = open(grafanaFile("features.json"));
        QCOMPARE(ids.size(), 1);
        DashboardPage *page = m_window->dashboardPage(ids.at(0));
        QVERIFY(page);
        QCOMPARE(m_window->currentPage(), page);
        QCOMPARE(page->dashboard().title, QStringLiteral("Grafana features"));
        auto *tabs = m_window->findChild<QTabWidget *>();
        QCOMPARE(tabs->count(), tabsBefore + 1);
        // After the configured dashboards, before the Alerts, Health and Query tabs.
        QCOMPARE(tabs->indexOf(page), 3);
        QVERIFY2(tabs->tabToolTip(3).contains(QLatin1String("for this session only")),
            qPrintable(tabs->tabToolTip(3)));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("features.json")));
        QVERIFY(!problemDialog());
        // Like the configured dashboards, it has its Ctrl+number: the fourth, Ctrl+4.
        tabs->setCurrentIndex(0);
        QAction *show = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_4))
                show = action;
        }
        if (!show)
            QFAIL("no action on Ctrl+4");
        QCOMPARE(show->text(), QStringLiteral("Grafana features"));
        show->trigger();
        QCOMPARE(m_window->currentPage(), page);
        if (qEnvironmentVariableIsSet("PIVORI_SCREENSHOT_DIR")) {
            QTest::qWait(200); // let the panels lay out; the picture is only for looking at
            m_window->grab().save(
                qEnvironmentVariable("PIVORI_SCREENSHOT_DIR") + QStringLiteral("/open-features.png"));
        }
    }

    void sameFileTwiceGetsItsOwnId()
    {
        const QStringList first = m_window->dashboardPage(QStringLiteral("pivori-features"))
            ? QStringList { QStringLiteral("pivori-features") }
            : QStringList();
        const QStringList again = open(grafanaFile("features.json"));
        QCOMPARE(again.size(), 1);
        QVERIFY(!first.contains(again.at(0)));
        QVERIFY(m_window->dashboardPage(again.at(0)));
    }

    void configMapOpensEveryDashboard()
    {
        const QStringList ids = open(grafanaFile("configmap.yaml"));
        QCOMPARE(ids.size(), 2);
        QCOMPARE(m_window->dashboardPage(ids.at(1))->dashboard().title, QStringLiteral("Legacy in a list"));
    }

    void openedDashboardsRotateOnTheWall()
    {
        // The configuration's playlist first, then what was opened this session.
        m_window->enterNocMode(0);
        NocWindow *wall = m_window->nocWindow();
        QVERIFY(wall);
        const QStringList titles = wall->pageTitles();
        // A dashboard taller than the wall is shown in pages: "Grafana features (1/3)".
        const qsizetype opened = std::find_if(titles.cbegin(), titles.cend(), [](const QString &t) {
            return t.startsWith(QLatin1String("Grafana features"));
        }) - titles.cbegin();
        QVERIFY2(opened < titles.size(), qPrintable(titles.join(u'|')));
        QVERIFY(titles.contains(QStringLiteral("Legacy in a list")));
        QVERIFY(titles.indexOf(QStringLiteral("Health")) < opened);
        if (qEnvironmentVariableIsSet("PIVORI_SCREENSHOT_DIR")) {
            wall->rotation()->setPaused(true);
            wall->rotation()->show(int(opened));
            QTest::qWait(200); // let the page lay out; the picture is only for looking at
            wall->grab().save(
                qEnvironmentVariable("PIVORI_SCREENSHOT_DIR") + QStringLiteral("/wall-opened.png"));
        }
        m_window->leaveNocMode();
        QTRY_VERIFY(!m_window->nocWindow());
    }

    void brokenFileGetsAnErrorDialog_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("broken JSON") << grafanaFile("broken.json") << QStringLiteral("broken.json:");
        QTest::newRow("v2 schema") << grafanaFile("v2-elements.json") << QStringLiteral("v2 schema");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/<b>bold</b>.json")
                                 << QStringLiteral("<b>bold</b>.json: cannot read");
    }

    void brokenFileGetsAnErrorDialog()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        const int tabsBefore = m_window->findChild<QTabWidget *>()->count();
        QVERIFY(open(file).isEmpty());
        QCOMPARE(m_window->findChild<QTabWidget *>()->count(), tabsBefore);
        QMessageBox *box = problemDialog();
        QVERIFY(box);
        QVERIFY2(box->text().contains(says), qPrintable(box->text()));
        // A name from the file system or the file is shown as it is, never as markup.
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->windowModality(), Qt::WindowModal); // open(), not exec(): no nested event loop
        if (qEnvironmentVariableIsSet("PIVORI_SCREENSHOT_DIR") && file.endsWith(QLatin1String("broken.json")))
            box->grab().save(
                qEnvironmentVariable("PIVORI_SCREENSHOT_DIR") + QStringLiteral("/open-broken.png"));
        box->close();
        QTRY_VERIFY(!problemDialog());
    }

    void bigFileIsConvertedOffTheGuiThread()
    {
        // 140 panels: the reading and conversion must not happen inside the call.
        const QString path = grafanaFile("many-panels.json");
        QElapsedTimer direct;
        direct.start();
        QVERIFY(!loadDashboardFile(path).dashboards.isEmpty());
        const qint64 conversionMs = direct.elapsed();

        QSignalSpy done(m_window.get(), &MainWindow::dashboardFileOpened);
        // The longest the event loop goes without turning while the file is opened.
        QElapsedTimer sinceBeat;
        qint64 longestGapMs = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        connect(&heartbeat, &QTimer::timeout, this,
            [&] { longestGapMs = std::max(longestGapMs, sinceBeat.restart()); });
        QElapsedTimer call;
        call.start();
        sinceBeat.start();
        heartbeat.start();
        m_window->openDashboardFile(path);
        const qint64 callMs = call.elapsed();
        QCOMPARE(done.count(), 0); // not finished within the call: read on another thread
        QVERIFY(done.wait(20000));
        heartbeat.stop();
        const qint64 totalMs = call.elapsed();
        qInfo("many-panels.json: conversion %lld ms (direct), openDashboardFile() returned after %lld ms, "
              "tab shown after %lld ms, longest event loop gap %lld ms (the 140 panels' widgets are "
              "built on the GUI thread)",
            conversionMs, callMs, totalMs, longestGapMs);
        QCOMPARE(done.at(0).at(1).toStringList().size(), 1);
    }

    void lastFolderIsRemembered()
    {
        DashboardFileOpener::rememberFolderOf(grafanaFile("features.json"));
        QCOMPARE(DashboardFileOpener::lastFolder(), QFileInfo(grafanaFile("features.json")).absolutePath());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestOpenDashboardFile)
#include "tst_opendashboardfile.moc"

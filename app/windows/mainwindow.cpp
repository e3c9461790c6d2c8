// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "alertpoller.h"
#include "alertsbackend.h"
#include "alertspage.h"
#include "customrangedialog.h"
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "dashboardtoolbar.h"
#include "exportcontroller.h"
#include "healthcheckrunner.h"
#include "healthpage.h"
#include "healthstatusstyle.h"
#include "heaptrim.h"
#include "httptransport.h"
#include "nocwindow.h"
#include "pipelinehealth.h"
#include "prometheusclient.h"
#include "queryconsolewidget.h"
#include "queryresultmodel.h"
#include "querystep.h"
#include "serverstatuspoller.h"
#include "serverstatuswidget.h"
#include "settingskeys.h"
#include "severitystyle.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmapCache>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>

#include <memory>

namespace pivori {

MainWindow::MainWindow(ConsoleConfig config, HttpTransport *transport, QWidget *parent)
    : QMainWindow(parent)
    , m_config(std::move(config))
    , m_transport(transport)
    , m_statusPoller(new ServerStatusPoller(transport, m_config, this))
    , m_pipeline(new PipelineHealth(m_statusPoller, this))
    , m_queryModel(new QueryResultModel(this))
    , m_tabs(new QTabWidget(this))
    , m_toolBar(new DashboardToolBar(this))
    , m_queryConsole(new QueryConsoleWidget(m_queryModel, this))
{
    m_baseTitle = tr("Pivori Console");
    setWindowTitle(m_baseTitle);
    if (!m_config.prometheus.isEmpty())
        m_prometheus = new PrometheusClient(transport, m_config.prometheus.constFirst().endpoint, this);

    // The one alerts backend of the window, handed to the Alerts page, the wall and export.
    if (!m_config.alertmanagers.isEmpty()) {
        // The acknowledge outbox must outlive a crash or a restart: it lives with the user's data.
        const QString journalDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        m_alertsBackend = new AlertsBackend(m_config, transport, journalDir, this);
    }

    addToolBar(m_toolBar);
    buildDashboards();
    buildAlertsPage();
    buildHealthPage();
    // In NOC mode "the current dashboard" is the one on the wall.
    m_exporter = new ExportController(
        m_config, this, [this] { return m_noc ? m_noc->currentDashboardPage() : currentPage(); },
        m_alertsBackend);
    m_exporter->setPipelineHealth(m_pipeline);
    for (DashboardPage *page : std::as_const(m_pages))
        m_exporter->watch(page);
    connect(m_exporter, &ExportController::message, this, [this](const QString &text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
        if (m_noc)
            m_noc->showMessage(text, timeoutMs);
    });
    m_tabs->addTab(m_queryConsole, tr("Query"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    connect(m_queryConsole, &QueryConsoleWidget::queryRequested, this, &MainWindow::runQuery);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);

    auto *servers = new ServerStatusWidget(m_statusPoller->statuses(), this);
    statusBar()->addPermanentWidget(servers);
    connect(m_statusPoller, &ServerStatusPoller::statusChanged, servers, &ServerStatusWidget::setStatus);
    m_statusPoller->start(int(m_config.refresh.dashboardsMs));

    buildMenus();
    restoreSettings();
    onTabChanged();
    if (m_alertsBackend)
        m_alertsBackend->start();
    if (m_health)
        m_health->start();
    // Days of refreshing, and a server's fault (an answer of 64 MiB read and dropped), leave
    // freed memory mapped in the allocator's arenas: give it back now and then, so that the
    // window's and the wall's memory stays flat (docs/benchmarks.md, NOC soak; tst_guifaults).
    auto *trim = new QTimer(this);
    trim->setInterval(std::chrono::minutes(5));
    connect(trim, &QTimer::timeout, this, [] { releaseFreeHeapMemory(); });
    trim->start();
    if (qEnvironmentVariableIsSet("PIVORI_REPORT_TIMINGS"))
        reportTimings(); // mainwindowtimings.cpp
}

MainWindow::~MainWindow()
{
    // The wall uses this window's clients and pollers: it must go first.
    delete m_noc;
    for (const QPointer<NocWindow> &wall : std::as_const(m_retiredWalls))
        delete wall.data();
}

void MainWindow::buildAlertsPage()
{
    if (!m_alertsBackend)
        return;
    m_alerts = new AlertsPage(m_config, m_alertsBackend, m_tabs);
    m_tabs->addTab(m_alerts, tr("Alerts"));
    connect(m_alerts, &AlertsPage::countsChanged, this, &MainWindow::showAlertCounts);
    m_alerts->setRuleEvaluation(m_pipeline->ruleEvaluation());
    connect(m_pipeline, &PipelineHealth::ruleEvaluationChanged, m_alerts, &AlertsPage::setRuleEvaluation);
    connect(m_pipeline, &PipelineHealth::ruleEvaluationChanged, this, &MainWindow::showAlertCounts);
    connect(m_alerts, &AlertsPage::openDashboardRequested, this, &MainWindow::openDashboardAt);
    connect(m_alerts, &AlertsPage::activationRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_tabs->setCurrentWidget(m_alerts);
    });
    showAlertCounts();
}

void MainWindow::showAlertCounts()
{
    const int critical = m_alerts->firingCount(QStringLiteral("critical"));
    const int warning = m_alerts->firingCount(QStringLiteral("warning"));
    const int info = m_alerts->firingCount(QStringLiteral("info"));
    const int tab = m_tabs->indexOf(m_alerts);
    // With the rules not evaluated, a quiet title would be a false all-clear.
    const bool doubtful = !m_pipeline->ruleEvaluation().countsText().isEmpty();
    if (critical + warning + info == 0) {
        setWindowTitle(doubtful ? tr("alerts unknown — %1").arg(m_baseTitle) : m_baseTitle);
        m_tabs->setTabText(tab, doubtful ? tr("Alerts (?)") : tr("Alerts"));
        return;
    }
    QStringList parts;
    if (critical)
        parts << tr("%n critical", nullptr, critical);
    if (warning)
        parts << tr("%n warning", nullptr, warning);
    if (info)
        parts << tr("%n info", nullptr, info);
    setWindowTitle(tr("%1 — %2").arg(parts.join(QStringLiteral(", ")), m_baseTitle));
    m_tabs->setTabText(tab, tr("Alerts (%1)").arg(critical + warning + info));
}

void MainWindow::buildHealthPage()
{
    if (!m_transport)
        return;
    m_healthRunner = new HealthCheckRunner(m_config, *m_transport, this);
    m_health = new HealthPage(m_healthRunner, m_config.refresh.healthMs, QString(), m_tabs);
    m_tabs->addTab(m_health, QString());
    connect(m_health, &HealthPage::runFinished, this, &MainWindow::showHealthVerdict);
    connect(m_health, &HealthPage::linkActivated, this, &MainWindow::openHealthLink);
    showHealthVerdict();
}

void MainWindow::showHealthVerdict()
{
    const int tab = m_tabs->indexOf(m_health);
    m_tabs->setTabText(tab, m_health->tabText());
    // The colour is a second signal only: the words carry the verdict.
    const CheckStatus status = m_health->hasRun() ? m_health->lastRun().overall() : CheckStatus::Unknown;
    m_tabs->setTabIcon(
        tab, QIcon(SeverityStyle::dotPixmap(HealthStatusStyle::color(status), 10, devicePixelRatioF())));
    m_tabs->setTabToolTip(tab,
        m_health->hasRun() ? HealthStatusStyle::countsText(m_health->lastRun())
                           : tr("The health checks have not run yet."));
}

void MainWindow::buildDashboards()
{
    if (!m_prometheus)
        return;
    for (const Dashboard &dashboard : std::as_const(m_config.dashboards))
        addDashboardPage(dashboard, dashboard.description);
    connect(m_toolBar, &DashboardToolBar::timeRangeChosen, this, [this](const TimeRange &range) {
        if (DashboardPage *page = currentPage())
            page->setTimeRange(range);
    });
    connect(m_toolBar, &DashboardToolBar::customRangeRequested, this, &MainWindow::chooseCustomRange);
    connect(m_toolBar, &DashboardToolBar::backRequested, this, [this] {
        if (DashboardPage *page = currentPage())
            page->goBack();
    });
    connect(m_toolBar, &DashboardToolBar::refreshIntervalChosen, this, [this](qint64 ms) {
        for (DashboardPage *page : std::as_const(m_pages))
            page->refresher()->setRefreshInterval(ms);
    });
    connect(m_toolBar, &DashboardToolBar::pauseToggled, this, [this](bool paused) {
        for (DashboardPage *page : std::as_const(m_pages))
            paused ? page->refresher()->pause() : page->refresher()->resume();
    });
    connect(m_toolBar, &DashboardToolBar::refreshRequested, this, [this] {
        if (DashboardPage *page = currentPage())
            page->refresher()->refreshNow();
        else if (m_health && m_tabs->currentWidget() == m_health)
            m_health->runNow(); // F5 on the Health page runs the checks, as on the wall
    });
    connect(m_toolBar, &DashboardToolBar::variableChosen, this,
        [this](const QString &name, const VariableValue &value) {
            if (DashboardPage *page = currentPage())
                page->setVariable(name, value);
        });
}

void MainWindow::addShowPageAction(int index)
{
    if (!m_viewMenu || index >= 9)
        return;
    QString title = m_pages[index]->dashboard().title;
    auto *show = new QAction(title.replace(QLatin1Char('&'), QStringLiteral("&&")), m_viewMenu);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(show, &QAction::triggered, this, [this, index] { m_tabs->setCurrentWidget(m_pages[index]); });
    m_viewMenu->insertAction(m_afterPageActions, show);
}

DashboardPage *MainWindow::addDashboardPage(const Dashboard &dashboard, const QString &toolTip)
{
    auto *page = new DashboardPage(m_prometheus, dashboard, m_tabs);
    m_pages.append(page);
    // A dashboard opened later (File ▸ Open) gets its Ctrl+number too.
    addShowPageAction(int(m_pages.size()) - 1);
    // A literal '&' in a title would otherwise become a mnemonic underline.
    QString title = dashboard.title;
    // After the other dashboards, before the Alerts, Health and Query tabs.
    const int tab = m_tabs->insertTab(
        int(m_pages.size()) - 1, page, title.replace(QLatin1Char('&'), QStringLiteral("&&")));
    // A tooltip that looks like markup is shown as such; a Grafana file's text must not be.
    if (!toolTip.isEmpty())
        m_tabs->setTabToolTip(tab, Qt::convertFromPlainText(toolTip, Qt::WhiteSpaceNormal));
    connect(page, &DashboardPage::timeRangeChanged, this, &MainWindow::syncToolBar);
    connect(page, &DashboardPage::seriesActivated, this, &MainWindow::drillDown);
    connect(page, &DashboardPage::openInPrometheusRequested, this,
        [this, page](const QString &, const QString &expression) { openInPrometheus(page, expression); });
    // A chained variable's values follow its parent's selection: the drop-down offers them.
    connect(page->refresher(), &DashboardRefresher::variableChoicesChanged, this,
        [this, page](const QString &name, const QStringList &values) {
            if (currentPage() == page)
                m_toolBar->setVariableChoices(name, values, page->refresher()->variables().value(name));
        });
    return page;
}

DashboardPage *MainWindow::dashboardPage(const QString &id) const
{
    for (DashboardPage *page : m_pages)
        if (page->dashboard().id == id)
            return page;
    return nullptr;
}

DashboardPage *MainWindow::currentPage() const
{
    return qobject_cast<DashboardPage *>(m_tabs->currentWidget());
}

void MainWindow::showDashboard(const QString &id)
{
    if (DashboardPage *page = dashboardPage(id))
        m_tabs->setCurrentWidget(page);
}

void MainWindow::onTabChanged()
{
    DashboardPage *page = currentPage();
    m_toolBar->setEnabled(page != nullptr);
    if (!page)
        return;
    page->activate();
    m_toolBar->showVariables(page->dashboard().variables, page->refresher()->variables());
    loadVariableChoices(page);
    syncToolBar();
}

void MainWindow::syncToolBar()
{
    DashboardPage *page = currentPage();
    if (!page)
        return;
    m_toolBar->showTimeRange(page->timeRange());
    m_toolBar->showCanGoBack(page->canGoBack());
    m_toolBar->showRefreshInterval(page->refresher()->refreshInterval());
    m_toolBar->showPaused(page->refresher()->isPaused());
}

void MainWindow::loadVariableChoices(DashboardPage *page, const QStringList &only)
{
    for (const DashboardVariable &variable : page->dashboard().variables) {
        const QString name = variable.name;
        if (!only.isEmpty() && !only.contains(name))
            continue;
        page->refresher()->variableValues(name, [this, page, name](const Result<QStringList> &values) {
            if (currentPage() != page)
                return;
            if (!values)
                statusBar()->showMessage(tr("Values of $%1: %2").arg(name, values.error().describe()), 10000);
            else
                m_toolBar->setVariableChoices(
                    name, values.value(), page->refresher()->variables().value(name));
            // A server that failed, or a young one whose series are not in yet, is asked again
            // after the page's next refresh, so the drop-down fills without the tab being left.
            if (!values || values.value().isEmpty())
                askChoicesAfterNextRefresh(page, name);
        });
    }
}

void MainWindow::askChoicesAfterNextRefresh(DashboardPage *page, const QString &name)
{
    // Once per variable, however often the tab is shown meanwhile; the mark lives (and dies)
    // with the page's refresher.
    DashboardRefresher *refresher = page->refresher();
    static const char *const kPending = "pivoriChoicesAskedAgain";
    QStringList pending = refresher->property(kPending).toStringList();
    if (pending.contains(name))
        return;
    refresher->setProperty(kPending, pending << name);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        refresher, &DashboardRefresher::refreshFinished, this, [this, page, refresher, name, connection] {
            disconnect(*connection);
            QStringList left = refresher->property(kPending).toStringList();
            left.removeAll(name);
            refresher->setProperty(kPending, left);
            if (currentPage() == page)
                loadVariableChoices(page, { name });
        });
}

void MainWindow::chooseCustomRange()
{
    DashboardPage *page = currentPage();
    if (!page)
        return;
    CustomRangeDialog dialog(page->timeRange().resolve(QDateTime::currentMSecsSinceEpoch()), this);
    if (dialog.exec() == QDialog::Accepted)
        page->setTimeRange(dialog.range());
    syncToolBar();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Dashboard File…"), this, &MainWindow::chooseDashboardFile);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openDashboardFile"));
    open->setEnabled(m_prometheus != nullptr);
    open->setToolTip(tr("Shows a Grafana dashboard JSON, a ConfigMap holding dashboards or a console "
                        "dashboard YAML for this session; the configuration is not changed"));
    // Hidden until the composition root connects it (the demo's stack is not the user's file).
    m_settingsAction = file->addAction(tr("&Settings…"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setVisible(false);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_toolBar->refreshAction());
    view->addAction(m_toolBar->pauseAction());
    view->addAction(m_toolBar->backAction());
    view->addSeparator();
    m_viewMenu = view;
    m_afterPageActions = view->addSeparator();
    for (int i = 0; i < m_pages.size(); ++i)
        addShowPageAction(i);
    QAction *focusQuery = view->addAction(tr("&Query prompt"), this, [this] {
        m_tabs->setCurrentWidget(m_queryConsole);
        m_queryConsole->setFocus();
    });
    focusQuery->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    if (m_health) {
        QAction *health
            = view->addAction(tr("&Health checks"), this, [this] { m_tabs->setCurrentWidget(m_health); });
        health->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        QAction *runChecks
            = view->addAction(tr("&Run health checks now"), this, [this] { m_health->runNow(); });
        runChecks->setObjectName(QStringLiteral("runHealthChecks"));
        runChecks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    }
    view->addSeparator();
    view->addAction(tr("Check &servers now"), m_statusPoller, &ServerStatusPoller::pollNow);
    view->addSeparator();
    m_nocAction = view->addAction(tr("&NOC wall mode"), this, [this] { enterNocMode(); });
    m_nocAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_nocAction->setToolTip(tr("Full screen wall display rotating through the playlist; Esc leaves it"));
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    connect(language, &LanguageMenu::changed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    view->addMenu(language);

    m_dashboardMenu = menuBar()->addMenu(tr("&Dashboard"));
    m_exporter->populateMenu(m_dashboardMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Pivori Console"), this, [this] {
        QMessageBox::about(this, tr("About Pivori Console"),
            tr("Pivori Console %1\nA native console for Prometheus and Alertmanager.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settingskeys::mainWindowGeometry).toByteArray()))
        resize(1600, 1000);
    restoreState(settings.value(settingskeys::mainWindowState).toByteArray());
    const auto range = TimeRange::fromText(settings.value(settingskeys::timeRange).toString());
    const QVariant interval = settings.value(settingskeys::refreshInterval);
    for (DashboardPage *page : std::as_const(m_pages)) {
        if (range)
            page->setTimeRange(*range);
        if (interval.isValid())
            page->refresher()->setRefreshInterval(interval.toLongLong());
    }
    showDashboard(settings.value(settingskeys::lastDashboard).toString());
}

ConsoleConfig MainWindow::wallConfig() const
{
    // Dashboards opened from files this session rotate on the wall too, after what the playlist
    // names (or, without one, with every other dashboard): the operator opened them to be seen.
    ConsoleConfig config = m_config;
    const bool playlistWritten = !config.noc.playlist.isEmpty();
    for (const DashboardPage *page : std::as_const(m_pages)) {
        const Dashboard &dashboard = page->dashboard();
        if (m_config.dashboard(dashboard.id))
            continue;
        config.dashboards.append(dashboard);
        if (playlistWritten)
            config.noc.playlist.append(
                NocPlaylistItem { NocPlaylistItem::Kind::Dashboard, dashboard.id, {} });
    }
    return config;
}

void MainWindow::enterNocMode(int screen)
{
    if (m_noc)
        return;
    QSettings settings;
    if (screen >= 0)
        settings.setValue(settingskeys::nocScreen, screen);
    else
        screen = settings.value(settingskeys::nocScreen, m_config.noc.screen).toInt();
    m_noc = new NocWindow(wallConfig(), m_prometheus, m_statusPoller, m_alertsBackend);
    connect(m_noc, &NocWindow::leaveRequested, this, &MainWindow::leaveNocMode);
    if (m_health) {
        // The wall shows this window's runs: one runner, one history, whatever is on screen.
        if (m_health->hasRun())
            m_noc->setHealthRun(m_health->lastRun());
        connect(m_health, &HealthPage::runFinished, m_noc, &NocWindow::setHealthRun);
        connect(m_noc, &NocWindow::healthRunRequested, m_health, &HealthPage::runNow);
    }
    connect(m_noc, &NocWindow::screenChosen, this,
        [](int index) { QSettings().setValue(settingskeys::nocScreen, index); });
    // The wall has dashboards of its own; these would only repeat its queries unseen.
    if (!m_toolBar->pauseAction()->isChecked()) {
        for (DashboardPage *page : std::as_const(m_pages))
            page->refresher()->pause();
    }
    // Export works on the wall too: its panels' menus, and the Dashboard menu's shortcuts
    // (actions added to a window answer their shortcuts there).
    for (DashboardPage *page : m_noc->dashboardPages()) {
        m_exporter->watch(page);
        connect(page, &DashboardPage::openInPrometheusRequested, this,
            [this, page](const QString &, const QString &expression) { openInPrometheus(page, expression); });
    }
    m_noc->addActions(m_dashboardMenu->actions());
    // The menu enables them as it opens, which never happens on the wall; with the alert
    // board on screen they say there is no dashboard to export.
    for (QAction *action : m_dashboardMenu->actions())
        action->setEnabled(true);
    m_exporter->setSurface(m_noc);
    m_noc->showOnScreen(screen);
    hide();
}

void MainWindow::leaveNocMode()
{
    if (!m_noc)
        return;
    if (!m_toolBar->pauseAction()->isChecked()) {
        for (DashboardPage *page : std::as_const(m_pages))
            page->refresher()->resume();
    }
    m_exporter->setSurface(nullptr);
    // This window first: with no window shown between the two, the application would quit.
    show();
    NocWindow *noc = std::exchange(m_noc, nullptr);
    noc->hide();
    noc->deleteLater(); // from inside its own signal: not at once
    m_retiredWalls.removeAll(nullptr); // walls already gone: a wall toggled for days adds none
    m_retiredWalls.append(noc);
    // What a wall leaves behind: the styles' pixmaps painted in its palettes, which nothing
    // asks for again but which Qt's pixmap cache keeps until it is full (10 MiB), and the
    // heap pages it freed, which the allocator keeps mapped. Queued, so that the wall's
    // non-widget children, deleted after its destroyed() signal, are gone too.
    connect(
        noc, &QObject::destroyed, this,
        [] {
            QPixmapCache::clear();
            releaseFreeHeapMemory();
        },
        Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_noc) {
        // Closing the console (e.g. the demo's --quit-after) takes the wall with it.
        // Closed, not hidden: if it was the last window shown, the application ends as it
        // would have with this one.
        NocWindow *noc = std::exchange(m_noc, nullptr);
        noc->closeWithoutAsking();
        noc->deleteLater();
        m_retiredWalls.append(noc);
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(settingskeys::mainWindowGeometry, saveGeometry());
    settings.setValue(settingskeys::mainWindowState, saveState());
    if (DashboardPage *page = currentPage()) {
        settings.setValue(settingskeys::lastDashboard, page->dashboard().id);
        // Only a relative range is worth restoring: yesterday's zoom is not today's view.
        if (page->timeRange().isRelative())
            settings.setValue(settingskeys::timeRange, page->timeRange().key());
        settings.setValue(settingskeys::refreshInterval, page->refresher()->refreshInterval());
    }
}

void MainWindow::runQuery(const QString &expression, qint64 rangeMs)
{
    if (!m_prometheus) {
        m_queryConsole->showError(tr("No Prometheus server is configured."));
        return;
    }
    m_queryConsole->showBusy();
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    auto done = [this, started](const Result<QueryResult> &result) {
        if (!result) {
            m_queryConsole->showError(result.error().describe());
            return;
        }
        m_queryModel->setResult(result.value());
        m_queryConsole->showDone(int(result.value().series.size()),
            QDateTime::currentMSecsSinceEpoch() - started, result.value().warnings);
    };
    // The slot makes a new question supersede one still in flight: no stale answer shows.
    const QString slot = QStringLiteral("query-console");
    if (rangeMs <= 0) {
        m_prometheus->query(expression, std::nullopt, this, done, slot);
        return;
    }
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addMSecs(-rangeMs);
    m_prometheus->queryRange(
        expression, start, end, chooseStepMs(rangeMs, m_queryConsole->width()), this, done, slot);
}

} // namespace pivori

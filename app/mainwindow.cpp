#include "mainwindow.h"

#include "httptransport.h"
#include "prometheusclient.h"
#include "querystep.h"
#include "queryconsolewidget.h"
#include "queryresultmodel.h"
#include "serverstatuspoller.h"
#include "serverstatuswidget.h"
#include "settingskeys.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace pivori {

MainWindow::MainWindow(ConsoleConfig config, HttpTransport *transport, QWidget *parent)
    : QMainWindow(parent)
    , m_config(std::move(config))
    , m_transport(transport)
    , m_statusPoller(new ServerStatusPoller(transport, m_config, this))
    , m_queryModel(new QueryResultModel(this))
    , m_tabs(new QTabWidget(this))
    , m_queryConsole(new QueryConsoleWidget(m_queryModel, this))
{
    setWindowTitle(tr("Pivori Console"));
    if (!m_config.prometheus.isEmpty())
        m_prometheus = new PrometheusClient(transport, m_config.prometheus.constFirst().endpoint, this);

    m_tabs->addTab(m_queryConsole, tr("&Query"));
    setCentralWidget(m_tabs);
    connect(m_queryConsole, &QueryConsoleWidget::queryRequested, this, &MainWindow::runQuery);

    auto *servers = new ServerStatusWidget(m_statusPoller->statuses(), this);
    statusBar()->addPermanentWidget(servers);
    connect(m_statusPoller, &ServerStatusPoller::statusChanged, servers, &ServerStatusWidget::setStatus);
    m_statusPoller->start(int(m_config.refresh.dashboardsMs));

    buildMenus();
    QSettings settings;
    if (!restoreGeometry(settings.value(settingskeys::mainWindowGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(settingskeys::mainWindowState).toByteArray());
    m_tabs->setCurrentIndex(settings.value(settingskeys::mainWindowTab, 0).toInt());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh servers"), m_statusPoller, &ServerStatusPoller::pollNow);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *focusQuery = view->addAction(tr("&Query prompt"), this, [this] {
        m_tabs->setCurrentWidget(m_queryConsole);
        m_queryConsole->setFocus();
    });
    focusQuery->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Pivori Console"), this, [this] {
        QMessageBox::about(this, tr("About Pivori Console"),
                           tr("Pivori Console %1\nA native console for Prometheus and Alertmanager.")
                               .arg(QApplication::applicationVersion()));
    });
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
        m_queryConsole->showDone(int(result.value().series.size()), QDateTime::currentMSecsSinceEpoch() - started,
                                 result.value().warnings);
    };
    // The slot makes a new question supersede one still in flight: no stale answer shows.
    const QString slot = QStringLiteral("query-console");
    if (rangeMs <= 0) {
        m_prometheus->query(expression, std::nullopt, this, done, slot);
        return;
    }
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addMSecs(-rangeMs);
    m_prometheus->queryRange(expression, start, end, chooseStepMs(rangeMs, m_queryConsole->width()), this, done, slot);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(settingskeys::mainWindowGeometry, saveGeometry());
    settings.setValue(settingskeys::mainWindowState, saveState());
    settings.setValue(settingskeys::mainWindowTab, m_tabs->currentIndex());
    QMainWindow::closeEvent(event);
}

} // namespace pivori

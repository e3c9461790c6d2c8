// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "promtypes.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QTabWidget;

namespace pivori {

class AlertsBackend;
class DashboardFileOpener;
struct DashboardFile;
class PipelineHealth;
class AlertsPage;
class DashboardPage;
class DashboardToolBar;
class ExportController;
class HealthCheckRunner;
class HealthPage;
class HttpTransport;
class NocWindow;
class PrometheusClient;
class QueryConsoleWidget;
class QueryResultModel;
class ServerStatusPoller;
class TimeRange;

/// The console's main window. It composes: it builds the parts, wires their signals and
/// remembers its layout; the parts themselves live in widgets/ and models/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConsoleConfig config, HttpTransport *transport, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The page of a dashboard id, or nullptr.
    DashboardPage *dashboardPage(const QString &id) const;
    DashboardPage *currentPage() const;
    void showDashboard(const QString &id);

    /// Hides this window and shows the NOC wall on @p screen (-1: the remembered screen, else
    /// the configured one); an explicit screen is remembered.
    void enterNocMode(int screen = -1);
    /// Closes the wall and brings this window back (what the wall's confirmed Esc does).
    void leaveNocMode();
    NocWindow *nocWindow() const { return m_noc; }
    /// File > Settings… (Ctrl+,): hidden; whoever can reconnect the window shows and connects it.
    QAction *settingsAction() const { return m_settingsAction; }
    /// The Health page; nullptr without a transport to run the checks over.
    HealthPage *healthPage() const { return m_health; }
    /// What a click on a health check's "where to look" does: a dashboard is shown, a
    /// runbook opened, a target or rule group shown on Prometheus's own page, a URL opened.
    void openHealthLink(const QString &link);
    /// Writes the window layout and the view settings (also done on close): for a console
    /// that is stopped rather than closed (SIGTERM, a desktop logout).
    void saveSettings();
    /// File > Open (Ctrl+O) without its dialog: reads @p path (Grafana JSON, a ConfigMap holding
    /// dashboards, the console's own YAML) off the GUI thread and shows its dashboards as tabs
    /// for this session only; a file that cannot be read gets an error dialog.
    /// dashboardFileOpened() follows.
    void openDashboardFile(const QString &path);
    /// Tells, in a dialog that does not block, which dashboard files of the configuration were
    /// left out and why (the other dashboards are shown).
    void showDashboardFileProblems(const QStringList &problems);

signals:
    /// openDashboardFile() is done: the ids of the dashboards it added, none when it failed.
    void dashboardFileOpened(const QString &path, const QStringList &ids);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildDashboards();
    /// A tab for @p dashboard; @p toolTip is plain text.
    DashboardPage *addDashboardPage(const Dashboard &dashboard, const QString &toolTip);
    /// View ▸ the page's title with Ctrl+1..9, for the first nine dashboards (opened ones too).
    void addShowPageAction(int index);
    void chooseDashboardFile(); // mainwindowfiles.cpp, with the other File > Open parts
    void showOpenedDashboardFile(const QString &path, const DashboardFile &file);
    /// A warning dialog that does not block; every text in it is plain.
    void showFileProblemDialog(const QString &title, const QString &intro, const QStringList &problems);
    void restoreSettings();
    void onTabChanged();
    void syncToolBar();
    /// Fills the toolbar's drop-downs of @p page with their values (@p only: just those).
    void loadVariableChoices(DashboardPage *page, const QStringList &only = {});
    void askChoicesAfterNextRefresh(DashboardPage *page, const QString &name);
    void drillDown(const QString &panelId, const LabelSet &labels);
    /// Prometheus's graph page in the browser, for @p expression over @p page's time range.
    void openInPrometheus(const DashboardPage *page, const QString &expression);
    void chooseCustomRange();
    void runQuery(const QString &expression, qint64 rangeMs);
    void buildAlertsPage();
    void showAlertCounts();
    void openDashboardAt(const QString &dashboardId, qint64 atMs);
    /// PIVORI_REPORT_TIMINGS: lines on stdout for the start-up benchmark (mainwindowtimings.cpp).
    void reportTimings();
    void reportFirstScreen();
    void buildHealthPage();
    void showHealthVerdict();
    void showRunbookFor(const QString &alertname);
    /// Prometheus's page @p path (e.g. "targets") in the browser, and @p hint in the status bar.
    void openPrometheusPage(const QString &path, const QString &hint);
    void openExternally(const QUrl &url);
    /// The configuration the wall is built from: this one with the dashboards opened from files.
    ConsoleConfig wallConfig() const;

    ConsoleConfig m_config;
    HttpTransport *m_transport;
    PrometheusClient *m_prometheus = nullptr;
    ServerStatusPoller *m_statusPoller;
    PipelineHealth *m_pipeline; ///< whether the alert counts can be believed
    QueryResultModel *m_queryModel;
    QTabWidget *m_tabs;
    DashboardToolBar *m_toolBar;
    QueryConsoleWidget *m_queryConsole;
    QList<DashboardPage *> m_pages;
    AlertsBackend *m_alertsBackend = nullptr;
    AlertsPage *m_alerts = nullptr;
    ExportController *m_exporter = nullptr;
    HealthCheckRunner *m_healthRunner = nullptr;
    HealthPage *m_health = nullptr;
    QString m_baseTitle;
    NocWindow *m_noc = nullptr;
    /// Walls left and waiting for their deferred delete; deleted with this window at the latest.
    QList<QPointer<NocWindow>> m_retiredWalls;
    QAction *m_nocAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QMenu *m_dashboardMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_afterPageActions = nullptr; ///< View's dashboard entries go before it
    DashboardFileOpener *m_fileOpener = nullptr;
};

} // namespace pivori

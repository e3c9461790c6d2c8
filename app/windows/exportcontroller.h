// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "exportheader.h"
#include "panelexporter.h"
#include "pipelinehealth.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>

class QMainWindow;
class QMenu;
class QWidget;

namespace pivori {

class AlertsBackend;
class DashboardPage;

/// Exports what the operator sees: a panel (its context menu) or the current dashboard (the
/// Dashboard menu) as PNG, PNG at 2x, SVG, PDF or to the clipboard, and an incident report
/// folder. Asks for the file (remembering the folder), paints on the GUI thread, and encodes
/// and writes on a worker thread; says where the result went, or why it failed, in the status
/// bar (and a message box for failures).
class ExportController final : public QObject
{
    Q_OBJECT
public:
    using PageLookup = std::function<DashboardPage *()>;

    /// @p alerts may be null (no Alertmanager configured).
    ExportController(
        const ConsoleConfig &config, QMainWindow *window, PageLookup currentPage, AlertsBackend *alerts);
    ~ExportController() override;

    /// Whether the alert rules are evaluated: a report says so beside its alerts. May be null.
    void setPipelineHealth(const PipelineHealth *pipeline) { m_pipeline = pipeline; }
    /// Serves the export requests of @p page's panels.
    void watch(DashboardPage *page);
    /// Fills the window's Dashboard menu (with shortcuts).
    void populateMenu(QMenu *menu);

    void exportPanel(DashboardPage *page, const QString &panelId, ExportTarget target);
    void exportDashboard(ExportTarget target);
    void writeIncidentReport();

    /// Where dialogs open: the wall while NOC mode is up (the main window is hidden then);
    /// nullptr returns to the main window.
    void setSurface(QWidget *window);

    /// The header of a picture of @p page (a panel's when @p panelTitle is set), as of now.
    ExportHeader headerFor(const DashboardPage *page, const QString &panelTitle = QString()) const;

signals:
    /// Progress and results for the operator (the status bar, or the wall's message line);
    /// @p timeoutMs 0 = until replaced.
    void message(const QString &text, int timeoutMs);

private:
    QWidget *surface() const;
    /// @p root is @p page's dashboard or one of its panels (@p panelTitle set).
    void exportWidget(DashboardPage *page, QWidget *root, const QString &panelTitle, const QString &fileStem,
        ExportTarget target);
    /// The chosen file, or empty when the user cancelled or chose an unknown extension.
    QString askForFile(const QString &proposedName, ExportFormat format);
    void startIncidentReport(const QPointer<DashboardPage> &page, const QString &directory);
    void writeInBackground(const QString &path, std::function<QByteArray()> bytes);
    void showError(const QString &text);
    void showDone(const QString &text);
    DashboardPage *requirePage();

    ConsoleConfig m_config;
    QMainWindow *m_window;
    QPointer<QWidget> m_surface;
    PageLookup m_currentPage;
    QPointer<AlertsBackend> m_alerts;
    QPointer<const PipelineHealth> m_pipeline;
    QThreadPool m_pool;
};

} // namespace pivori

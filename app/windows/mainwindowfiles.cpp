// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open: a dashboard file shown as tabs for this session, and the dialogs that say what
// could not be read (of a file opened, or of the configuration's dashboard files).
#include "mainwindow.h"

#include "dashboardfileopener.h"
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "exportcontroller.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace pivori {

namespace {

// A dialog lists this many problems; all of them are under "Show Details...".
constexpr int kProblemsShown = 8;

} // namespace

void MainWindow::chooseDashboardFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Dashboard File"), DashboardFileOpener::lastFolder(),
            tr("Dashboards (*.json *.yaml *.yml);;Grafana dashboard JSON (*.json);;ConfigMap or console YAML "
               "(*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    DashboardFileOpener::rememberFolderOf(path);
    openDashboardFile(path);
}

void MainWindow::openDashboardFile(const QString &path)
{
    if (!m_prometheus) {
        showFileProblemDialog(tr("Open Dashboard File"),
            tr("%1 cannot be shown: no Prometheus server is configured.").arg(path), {});
        emit dashboardFileOpened(path, {});
        return;
    }
    if (!m_fileOpener) {
        m_fileOpener = new DashboardFileOpener(this);
        connect(m_fileOpener, &DashboardFileOpener::finished, this, &MainWindow::showOpenedDashboardFile);
    }
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    m_fileOpener->open(path);
}

void MainWindow::showOpenedDashboardFile(const QString &path, const DashboardFile &file)
{
    statusBar()->clearMessage();
    const QString name = QFileInfo(path).fileName();
    if (file.dashboards.isEmpty()) {
        showFileProblemDialog(
            tr("Open Dashboard File"), tr("%1 cannot be shown as a dashboard.").arg(name), file.errors);
        emit dashboardFileOpened(path, {});
        return;
    }
    QStringList ids;
    DashboardPage *first = nullptr;
    const DashboardPage *settingsFrom = m_pages.isEmpty() ? nullptr : m_pages.constFirst();
    for (Dashboard dashboard : file.dashboards) {
        // Ids must stay unique among the tabs: drill-downs and export find pages by them.
        const QString base = dashboard.id;
        for (int n = 2; dashboardPage(dashboard.id); ++n)
            dashboard.id = base + QLatin1Char('-') + QString::number(n);
        QString toolTip = tr("Opened from %1 for this session only: the configuration does not list it, "
                             "so it is not there after a restart.")
                              .arg(path);
        if (!dashboard.description.isEmpty())
            toolTip = dashboard.description + QStringLiteral("\n\n") + toolTip;
        DashboardPage *page = addDashboardPage(dashboard, toolTip);
        // The toolbar's refresh interval and pause apply to every page, this one too.
        if (settingsFrom) {
            page->refresher()->setRefreshInterval(settingsFrom->refresher()->refreshInterval());
            if (settingsFrom->refresher()->isPaused())
                page->refresher()->pause();
        }
        m_exporter->watch(page);
        ids << dashboard.id;
        if (!first)
            first = page;
    }
    m_tabs->setCurrentWidget(first);
    statusBar()->showMessage(
        tr("Opened %n dashboard(s) from %1 for this session only", nullptr, int(ids.size())).arg(name),
        10000);
    if (!file.errors.isEmpty()) {
        showFileProblemDialog(tr("Open Dashboard File"),
            tr("Part of %1 could not be shown; the rest is open.").arg(name), file.errors);
    }
    emit dashboardFileOpened(path, ids);
}

void MainWindow::showDashboardFileProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    showFileProblemDialog(tr("Dashboard files"),
        tr("%n dashboard file problem(s): what they concern is left out, every other dashboard is shown.",
            nullptr, int(problems.size())),
        problems);
}

void MainWindow::showFileProblemDialog(
    const QString &title, const QString &intro, const QStringList &problems)
{
    QString text = intro;
    if (!problems.isEmpty())
        text += QStringLiteral("\n\n") + problems.mid(0, kProblemsShown).join(QLatin1Char('\n'));
    if (problems.size() > kProblemsShown)
        text += QLatin1Char('\n') + tr("… and %n more", nullptr, int(problems.size() - kProblemsShown));
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("dashboardFileProblems"));
    // File names, titles and parser messages come from the file: never markup.
    box->setTextFormat(Qt::PlainText);
    if (problems.size() > kProblemsShown)
        box->setDetailedText(problems.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without a nested event loop
}

} // namespace pivori

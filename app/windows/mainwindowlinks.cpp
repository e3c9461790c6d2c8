// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's ways out of the page being shown: drill-downs, a dashboard at an alert's
// moment, the Health page's "where to look" links, runbooks and Prometheus's own pages.
#include "mainwindow.h"

#include "alertspage.h"
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "drilldown.h"
#include "healthlink.h"
#include "nocwindow.h"
#include "runbookbrowser.h"
#include "runbooklibrary.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pivori {

void MainWindow::openDashboardAt(const QString &dashboardId, qint64 atMs)
{
    DashboardPage *page = dashboardPage(dashboardId);
    if (!page) {
        statusBar()->showMessage(tr("No dashboard \"%1\" in this configuration").arg(dashboardId), 10000);
        return;
    }
    // Half an hour either side of the moment the alert started, never past now.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 end = std::min(now, atMs + qint64(30) * 60'000);
    page->setTimeRange(TimeRange::absolute(std::min(atMs, end) - qint64(30) * 60'000, end));
    m_tabs->setCurrentWidget(page);
}

void MainWindow::openHealthLink(const QString &text)
{
    const HealthLink link = HealthLink::parse(text);
    switch (link.kind) {
    case HealthLink::Kind::Dashboard:
        if (DashboardPage *page = dashboardPage(link.target)) {
            m_tabs->setCurrentWidget(page);
            return;
        }
        statusBar()->showMessage(tr("No dashboard \"%1\" in this configuration").arg(link.target), 10000);
        return;
    case HealthLink::Kind::Runbook:
        showRunbookFor(link.target);
        return;
    case HealthLink::Kind::Target:
        // Prometheus's own page says why a target is down (its last scrape error).
        openPrometheusPage(
            QStringLiteral("targets"), tr("Prometheus's targets page: look for %1").arg(link.target));
        return;
    case HealthLink::Kind::RuleGroup:
        openPrometheusPage(QStringLiteral("rules"),
            link.ruleFile().isEmpty()
                ? tr("Prometheus's rules page: look for the group %1").arg(link.ruleGroup())
                : tr("Prometheus's rules page: look for the group %1 of %2")
                      .arg(link.ruleGroup(), link.ruleFile()));
        return;
    case HealthLink::Kind::Web:
        openExternally(link.url());
        return;
    case HealthLink::Kind::None:
        break;
    }
    statusBar()->showMessage(tr("Cannot open \"%1\": not a link the console knows").arg(text), 10000);
}

void MainWindow::showRunbookFor(const QString &alertname)
{
    // An alert of that name in the inbox: its runbook next to it, with its labels.
    if (m_alerts && m_alerts->showRunbookFor(alertname)) {
        m_tabs->setCurrentWidget(m_alerts);
        return;
    }
    const std::optional<RunbookLibrary::Entry> entry = RunbookLibrary(m_config.runbooks).lookup(alertname);
    if (!entry) {
        statusBar()->showMessage(tr("No runbook for %1").arg(alertname), 10000);
        return;
    }
    // Not firing now: the runbook alone, in a window of its own.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("healthRunbookDialog"));
    dialog->setWindowTitle(tr("Runbook: %1").arg(entry->title.isEmpty() ? alertname : entry->title));
    auto *browser = new RunbookBrowser(dialog);
    browser->setMarkdown(entry->markdown);
    connect(browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            openExternally(url);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(760, 640);
    dialog->show();
}

void MainWindow::openPrometheusPage(const QString &path, const QString &hint)
{
    if (m_config.prometheus.isEmpty()) {
        statusBar()->showMessage(tr("No Prometheus server is configured."), 10000);
        return;
    }
    QUrl url = m_config.prometheus.constFirst().endpoint.url;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1Char('/') + path);
    url.setQuery(QString());
    url.setFragment(QString());
    statusBar()->showMessage(hint, 30000);
    openExternally(url);
}

void MainWindow::openExternally(const QUrl &url)
{
    if (QDesktopServices::openUrl(url))
        return;
    const QString text = tr("Could not open a browser for %1").arg(url.toDisplayString());
    statusBar()->showMessage(text, 10000);
    if (m_noc)
        m_noc->showMessage(text, 10000);
}

void MainWindow::drillDown(const QString &panelId, const LabelSet &labels)
{
    DashboardPage *source = currentPage();
    if (!source)
        return;
    const Panel *panel = source->dashboard().panel(panelId);
    if (!panel)
        return;
    const std::optional<DrillTarget> link
        = resolveDrillLink(panel->link, labels, source->refresher()->variables());
    if (!link) {
        // A click that does nothing must say so, or it looks broken.
        statusBar()->showMessage(tr("No drill-down from \"%1\".").arg(panel->title), 4000);
        return;
    }
    DashboardPage *target = dashboardPage(link->dashboardId);
    if (!target) {
        statusBar()->showMessage(
            tr("The drill-down target \"%1\" is not open.").arg(link->dashboardId), 8000);
        return;
    }
    QStringList chosen;
    for (const auto &[name, value] : link->variables) {
        // A user's own target may lack a variable that a built-in link sets: a filter that
        // would not apply is not claimed.
        const QList<DashboardVariable> &variables = target->dashboard().variables;
        if (std::none_of(variables.cbegin(), variables.cend(),
                [&wanted = name](const DashboardVariable &v) { return v.name == wanted; }))
            continue;
        target->setVariable(name, value);
        chosen << (value.all ? tr("%1: all").arg(name) : tr("%1: %2").arg(name, value.values.join(u',')));
    }
    if (target != source)
        target->setTimeRange(source->timeRange());
    m_tabs->setCurrentWidget(target);
    statusBar()->showMessage(chosen.isEmpty()
            ? tr("Showing %1").arg(target->dashboard().title)
            : tr("Showing %1 (%2)").arg(target->dashboard().title, chosen.join(QStringLiteral(", "))),
        5000);
}

void MainWindow::openInPrometheus(const DashboardPage *page, const QString &expression)
{
    if (m_config.prometheus.isEmpty())
        return;
    QUrl url = m_config.prometheus.constFirst().endpoint.url;
    url.setPath(url.path() + QStringLiteral("/graph"));
    // Prometheus's own graph page, with the expression exactly as the panel sent it.
    QByteArray query = "g0.expr=" + QUrl::toPercentEncoding(expression) + "&g0.tab=0";
    query += "&g0.range_input="
        + QByteArray::number(std::max<qint64>(1, page->timeRange().durationMs() / 1000)) + 's';
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    openExternally(url);
}

} // namespace pivori

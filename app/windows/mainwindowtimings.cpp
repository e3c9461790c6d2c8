// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's start-up timing lines, for tests/bench/bench_startup, which measures the real
// program from exec. Not meant for operators; nothing of it runs unless PIVORI_REPORT_TIMINGS
// is set.
#include "alertinboxmodel.h"
#include "alertsbackend.h"
#include "dashboardpage.h"
#include "dashboardrefresher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>

namespace pivori {

namespace {

void printLine(const char *line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

/// Whether a graph's data reaches back to the start of its range (a tenth of the range's
/// slack: a rate needs a window of samples before its first point). Single readings (gauge,
/// stat) have no history to show: data is enough.
bool coversItsRange(const Panel &panel, const PanelData &data)
{
    if (panel.type != PanelType::TimeSeries && panel.type != PanelType::Bars)
        return true;
    const double slackEndS = (double(data.startMs) + double(data.endMs - data.startMs) / 10.0) / 1000.0;
    return std::any_of(data.series.cbegin(), data.series.cend(), [slackEndS](const PanelSeries &s) {
        return !s.points.isEmpty() && s.points.constFirst().t <= slackEndS;
    });
}

} // namespace

void MainWindow::reportTimings()
{
    if (qEnvironmentVariable("PIVORI_REPORT_TIMINGS") == QLatin1String("first-screen")) {
        reportFirstScreen();
        return;
    }
    // Every dashboard is opened at once, and stdout says when the first panel, then every
    // panel of every dashboard, has painted data.
    auto pending = std::make_shared<QSet<QString>>();
    auto first = std::make_shared<bool>(true);
    for (DashboardPage *page : std::as_const(m_pages)) {
        page->activate();
        for (const Panel &panel : page->dashboard().panels) {
            if (!page->dashboard().isCollapsed(panel)) // collapsed: never queried nor painted
                pending->insert(page->dashboard().id + QLatin1Char('/') + panel.id);
        }
        const QString prefix = page->dashboard().id + QLatin1Char('/');
        connect(page->refresher(), &DashboardRefresher::panelUpdated, this,
            [pending, first, prefix](const QString &id, const PanelData &update) {
                if (update.state != PanelData::State::Ok)
                    return;
                // After the panel's queued replot, which is posted before this.
                QTimer::singleShot(0, qApp, [pending, first, key = QString(prefix + id)] {
                    if (std::exchange(*first, false))
                        printLine("first-data-painted");
                    if (pending->remove(key) && pending->isEmpty())
                        printLine("all-data-painted");
                });
            });
    }
}

void MainWindow::reportFirstScreen()
{
    // What a newcomer sees first, nothing else opened: "dashboard-full" when every panel of the
    // dashboard shown has painted data over its whole range (the demo's backfilled hour),
    // "inbox-alerts" when the inbox first holds alerts, "first-screen-full" when both are true.
    struct Progress
    {
        QSet<QString> pending;
        bool inbox = false;
    };
    auto progress = std::make_shared<Progress>();
    const auto bothDone = [progress] {
        if (progress->pending.isEmpty() && progress->inbox)
            printLine("first-screen-full");
    };
    DashboardPage *page = currentPage();
    if (!page)
        return;
    for (const Panel &panel : page->dashboard().panels) {
        if (!page->dashboard().isCollapsed(panel)) // collapsed: never queried nor painted
            progress->pending.insert(panel.id);
    }
    connect(page->refresher(), &DashboardRefresher::panelUpdated, this,
        [progress, bothDone, page](const QString &id, const PanelData &update) {
            const auto panel = std::find_if(page->dashboard().panels.cbegin(),
                page->dashboard().panels.cend(), [&id](const Panel &p) { return p.id == id; });
            if (update.state != PanelData::State::Ok || panel == page->dashboard().panels.cend()
                || !coversItsRange(*panel, update))
                return;
            // After the panel's queued replot, which is posted before this.
            QTimer::singleShot(0, qApp, [progress, bothDone, id] {
                if (progress->pending.remove(id) && progress->pending.isEmpty()) {
                    printLine("dashboard-full");
                    bothDone();
                }
            });
        });
    if (!m_alertsBackend)
        return;
    connect(m_alertsBackend, &AlertsBackend::roundApplied, this, [this, progress, bothDone] {
        if (progress->inbox || m_alertsBackend->inboxModel()->alertCount() == 0)
            return;
        progress->inbox = true;
        const int count = m_alertsBackend->inboxModel()->alertCount();
        QTimer::singleShot(0, qApp, [bothDone, count] {
            printLine(QByteArray("inbox-alerts " + QByteArray::number(count)).constData());
            bothDone();
        });
    });
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
// What the refresher asks for when the dashboard's shape changes: a row collapsed or expanded,
// the copies of repeated panels redrawn.
#include "dashboardrefresher.h"

#include <algorithm>

namespace pivori {

void DashboardRefresher::setDashboard(const Dashboard &dashboard)
{
    // Answers still on their way are for the old panels: none may land on a new one. The runs
    // of panels that went are kept, so that one coming back never reuses a generation.
    for (PanelRun &run : m_runs) {
        ++run.generation;
        run.outstanding = 0;
        run.staleReported = false;
    }
    QHash<QString, PanelData> data;
    for (const Panel &panel : dashboard.panels) {
        if (!m_runs.contains(panel.id))
            m_runs.insert(panel.id, PanelRun());
        const Panel *before = m_dashboard.panel(panel.id);
        const bool same = before && before->repeatValues == panel.repeatValues
            && before->queries.size() == panel.queries.size()
            && std::equal(before->queries.cbegin(), before->queries.cend(), panel.queries.cbegin(),
                [](const PanelQuery &a, const PanelQuery &b) { return a.expr == b.expr; });
        if (same && m_data.contains(panel.id))
            data.insert(panel.id, m_data.value(panel.id));
    }
    m_data = data;
    m_dashboard = dashboard;
    m_waiting.clear();
    m_roundOpen = false;
    if (m_started)
        refreshNow();
}

void DashboardRefresher::setRowCollapsed(const QString &rowId, bool collapsed)
{
    const DashboardRow *row = m_dashboard.row(rowId);
    if (!row || row->collapsed == collapsed)
        return;
    m_dashboard.setRowCollapsed(rowId, collapsed);
    // Before the first round (or while it waits for variables) the round to come does it.
    const bool roundReady = m_started && m_round > 0 && !m_queuedRound;
    QStringList firstLoads;
    for (const Panel &panel : std::as_const(m_dashboard.panels)) {
        if (panel.row != rowId)
            continue;
        if (collapsed) {
            // Answers still on their way are dropped when they come.
            PanelRun &run = m_runs[panel.id];
            ++run.generation;
            run.outstanding = 0;
            m_waiting.remove(panel.id);
        } else if (roundReady) {
            if (m_roundOpen)
                m_waiting.insert(panel.id);
            if (startPanel(panel))
                firstLoads << panel.id;
        }
    }
    checkStale();
    const quint64 round = m_round;
    for (const QString &id : std::as_const(firstLoads)) {
        if (m_round != round)
            return;
        emit panelUpdated(id, m_data.value(id));
    }
    // Collapsing the last row a round waited for finishes it.
    if (collapsed && m_roundOpen && m_waiting.isEmpty()) {
        m_roundOpen = false;
        emit refreshFinished();
    }
}

} // namespace pivori

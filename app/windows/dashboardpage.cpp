// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "repeats.h"
#include "settingskeys.h"

#include <QDateTime>
#include <QResizeEvent>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pivori {

namespace {

constexpr int kGridColumns = 12;

/// The dashboard with each row collapsed or open as the user last left it.
Dashboard withRememberedRows(Dashboard dashboard)
{
    const QSettings settings;
    for (DashboardRow &row : dashboard.rows) {
        const QVariant stored = settings.value(settingskeys::rowCollapsed(dashboard.id, row.id));
        if (stored.isValid())
            row.collapsed = stored.toBool();
    }
    return dashboard;
}

/// Whether two versions of a dashboard draw the same panels and rows.
bool sameDrawing(const Dashboard &a, const Dashboard &b)
{
    const auto panelsEqual = [](const Panel &x, const Panel &y) {
        return x.id == y.id && x.title == y.title && x.row == y.row && x.width == y.width
            && x.breakBefore == y.breakBefore && x.repeatValues == y.repeatValues;
    };
    const auto rowsEqual = [](const DashboardRow &x, const DashboardRow &y) {
        return x.id == y.id && x.title == y.title && x.repeatValues == y.repeatValues;
    };
    return std::equal(a.panels.cbegin(), a.panels.cend(), b.panels.cbegin(), b.panels.cend(), panelsEqual)
        && std::equal(a.rows.cbegin(), a.rows.cend(), b.rows.cbegin(), b.rows.cend(), rowsEqual);
}

} // namespace

DashboardPage::DashboardPage(PrometheusClient *client, const Dashboard &dashboard, QWidget *parent)
    : QWidget(parent)
    , m_config(dashboard)
    , m_view(new DashboardView(withRememberedRows(dashboard), this))
    , m_refresher(new DashboardRefresher(client, m_view->dashboard(), this))
    , m_history(TimeRange::relative(dashboard.timeRangeMs))
    , m_baseRange(TimeRange::relative(dashboard.timeRangeMs))
    , m_badgeTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_refresher->setTimeRange(m_history.current());

    connect(m_refresher, &DashboardRefresher::panelUpdated, this,
        [this](const QString &panelId, const PanelData &panelData) {
            if (m_holds > 0)
                m_heldData.insert(panelId, panelData);
            else
                m_view->setPanelData(panelId, panelData);
        });
    connect(m_refresher, &DashboardRefresher::staleChanged, this, &DashboardPage::updateStaleBadges);
    // The values of the variables repeated panels repeat by may have changed with any round
    // (a new instance, another selection): the copies follow.
    connect(m_refresher, &DashboardRefresher::refreshFinished, this, &DashboardPage::updateRepeats);
    connect(m_refresher, &DashboardRefresher::pausedChanged, this,
        [this] { m_view->setPausedSince(m_refresher->pausedAt()); });
    // The badge shows the data's age, so it ticks while any panel is stale.
    m_badgeTimer->setInterval(1000);
    connect(m_badgeTimer, &QTimer::timeout, this, &DashboardPage::updateStaleBadges);

    connect(m_view, &DashboardView::zoomRequested, this, [this](qint64 startMs, qint64 endMs) {
        if (!m_zoomable)
            return;
        m_history.push(TimeRange::absolute(startMs, endMs));
        applyRange(m_history.current());
    });
    connect(m_view, &DashboardView::zoomResetRequested, this, [this] {
        if (!m_zoomable)
            return;
        m_history.push(m_baseRange);
        applyRange(m_history.current());
    });
    connect(m_view, &DashboardView::rowCollapsedChanged, this, &DashboardPage::onRowCollapsedChanged);
    connect(m_view, &DashboardView::seriesActivated, this, &DashboardPage::seriesActivated);
    connect(m_view, &DashboardView::openInPrometheusRequested, this,
        [this](const QString &panelId, int exprIndex) {
            const QStringList expressions = m_refresher->panelData(panelId).expressions;
            if (exprIndex >= 0 && exprIndex < expressions.size())
                emit openInPrometheusRequested(panelId, expressions[exprIndex]);
        });
}

const Dashboard &DashboardPage::dashboard() const
{
    return m_refresher->dashboard();
}

void DashboardPage::setTimeRange(const TimeRange &range)
{
    m_baseRange = range;
    m_history.reset(range);
    applyRange(range);
}

void DashboardPage::goBack()
{
    applyRange(m_history.back());
}

void DashboardPage::applyRange(const TimeRange &range)
{
    m_refresher->setTimeRange(range);
    emit timeRangeChanged(range);
}

void DashboardPage::setVariable(const QString &name, const VariableValue &value)
{
    m_refresher->setVariables({ { name, value } });
}

void DashboardPage::onRowCollapsedChanged(const QString &rowId, bool collapsed)
{
    QSettings().setValue(settingskeys::rowCollapsed(dashboard().id, rowId), collapsed);
    if (!collapsed) {
        // The new frames show what the panels had before they were collapsed, if anything,
        // until the answers to the queries sent now arrive.
        for (const Panel &panel : dashboard().panels) {
            if (panel.row == rowId)
                m_view->setPanelData(panel.id, m_refresher->panelData(panel.id));
        }
    }
    m_refresher->setRowCollapsed(rowId, collapsed);
    updateStaleBadges();
}

void DashboardPage::updateRepeats()
{
    if (repeatVariables(m_config).isEmpty())
        return;
    // Only the newest lookup counts: an older one may answer later.
    const quint64 lookup = ++m_repeatLookup;
    lookUpRepeatValues(m_refresher, m_config, [this, lookup](const QMap<QString, QStringList> &values) {
        if (lookup == m_repeatLookup)
            applyRepeats(values);
    });
}

void DashboardPage::applyRepeats(const QMap<QString, QStringList> &values)
{
    const Dashboard expanded = withRememberedRows(expandRepeats(m_config, values));
    if (sameDrawing(expanded, dashboard()))
        return;
    m_view->setDashboard(expanded);
    m_refresher->setDashboard(expanded);
    // What the refresher kept (panels whose queries did not change) is shown at once.
    for (const Panel &panel : expanded.panels) {
        const PanelData kept = m_refresher->panelData(panel.id);
        if (kept.state != PanelData::State::Loading)
            m_view->setPanelData(panel.id, kept);
    }
    updateStaleBadges();
}

void DashboardPage::activate()
{
    if (m_active)
        return;
    m_active = true;
    m_refresher->refreshNow();
}

void DashboardPage::holdView()
{
    ++m_holds;
}

void DashboardPage::releaseView()
{
    if (m_holds == 0 || --m_holds > 0)
        return;
    for (auto it = m_heldData.cbegin(); it != m_heldData.cend(); ++it)
        m_view->setPanelData(it.key(), it.value());
    m_heldData.clear();
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // About one point per pixel of a half-width panel, the common panel size.
    m_refresher->setPlotWidth(std::max(200, event->size().width() * 6 / kGridColumns));
}

void DashboardPage::updateStaleBadges()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool anyStale = false;
    for (const Panel &panel : dashboard().panels) {
        if (dashboard().isCollapsed(panel))
            continue;
        const bool stale = m_refresher->isStale(panel.id, now);
        anyStale |= stale;
        m_view->setStale(panel.id, stale ? m_refresher->staleAgeMs(panel.id, now) : -1);
    }
    if (anyStale && !m_badgeTimer->isActive())
        m_badgeTimer->start();
    else if (!anyStale)
        m_badgeTimer->stop();
}

} // namespace pivori

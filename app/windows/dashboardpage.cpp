// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "dashboardrefresher.h"
#include "dashboardview.h"

#include <QDateTime>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace pivori {

namespace {

constexpr int kGridColumns = 12;

} // namespace

DashboardPage::DashboardPage(PrometheusClient *client, const Dashboard &dashboard, QWidget *parent)
    : QWidget(parent)
    , m_view(new DashboardView(dashboard, this))
    , m_refresher(new DashboardRefresher(client, dashboard, this))
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

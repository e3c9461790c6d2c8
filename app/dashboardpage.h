#pragma once

#include "consoleconfig.h"
#include "templating.h"
#include "timerange.h"
#include "timerangehistory.h"

#include <QWidget>

class QTimer;

namespace pivori {

class DashboardRefresher;
class DashboardView;
class PrometheusClient;

/// One open dashboard: its panels (DashboardView) fed by its refresher, with the zoom
/// history. The window's toolbar drives it; it reports what the user asked of a panel.
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(PrometheusClient *client, const Dashboard &dashboard, QWidget *parent = nullptr);

    const Dashboard &dashboard() const;
    DashboardView *view() const { return m_view; }
    DashboardRefresher *refresher() const { return m_refresher; }

    /// A range picked by the user (a preset or a custom span): starts a new zoom history.
    void setTimeRange(const TimeRange &range);
    const TimeRange &timeRange() const { return m_history.current(); }
    bool canGoBack() const { return m_history.canGoBack(); }
    /// Undoes one zoom.
    void goBack();
    void setVariable(const QString &name, const VariableValue &value);
    /// Starts refreshing when first shown, so hidden tabs cost nothing until opened.
    void activate();

signals:
    void timeRangeChanged(const pivori::TimeRange &range);
    void seriesActivated(const QString &panelId, const pivori::LabelSet &labels);
    void openInPrometheusRequested(const QString &panelId, const QString &expression);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyRange(const TimeRange &range);
    void updateStaleBadges();

    DashboardView *m_view;
    DashboardRefresher *m_refresher;
    TimeRangeHistory m_history;
    TimeRange m_baseRange; ///< what double-click (reset zoom) returns to
    QTimer *m_badgeTimer;
    bool m_active = false;
};

} // namespace pivori

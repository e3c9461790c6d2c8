// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "paneldata.h"
#include "templating.h"
#include "timerange.h"
#include "timerangehistory.h"

#include <QMap>
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
    /// Whether the range shown is a zoom (a drag across a plot), not the range picked.
    bool isZoomed() const { return m_history.current() != m_baseRange; }
    /// Undoes one zoom.
    void goBack();
    void setVariable(const QString &name, const VariableValue &value);
    /// Starts refreshing when first shown, so hidden tabs cost nothing until opened.
    void activate();
    /// Keeps the panels' pictures as they are while a report paints them one by one over
    /// several event loop turns, so every picture shows the same moment as the report's
    /// header and data; answers that arrive meanwhile are shown on release. Holds nest.
    void holdView();
    void releaseView();
    /// Whether a drag across a plot zooms. The wall turns it off: it has no toolbar to zoom
    /// back with, and a page stuck in the past would still say its data is fresh.
    void setZoomable(bool zoomable) { m_zoomable = zoomable; }

signals:
    void timeRangeChanged(const pivori::TimeRange &range);
    void seriesActivated(const QString &panelId, const pivori::LabelSet &labels);
    void openInPrometheusRequested(const QString &panelId, const QString &expression);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyRange(const TimeRange &range);
    /// Remembers the row's state and starts or stops querying its panels.
    void onRowCollapsedChanged(const QString &rowId, bool collapsed);
    /// Looks up the values of the variables that panels or rows repeat by, then redraws the
    /// copies if they changed (applyRepeats).
    void updateRepeats();
    void applyRepeats(const QMap<QString, QStringList> &values);
    void updateStaleBadges();

    Dashboard m_config; ///< as configured: repeated panels and rows once, as written
    DashboardView *m_view;
    DashboardRefresher *m_refresher;
    TimeRangeHistory m_history;
    TimeRange m_baseRange; ///< what double-click (reset zoom) returns to
    QTimer *m_badgeTimer;
    QMap<QString, PanelData> m_heldData; ///< the newest answer per panel while held
    int m_holds = 0;
    quint64 m_repeatLookup = 0;
    bool m_active = false;
    bool m_zoomable = true;
};

} // namespace pivori

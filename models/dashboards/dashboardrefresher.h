// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "paneldata.h"
#include "promtypes.h"
#include "result.h"
#include "templating.h"
#include "timerange.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;

namespace pivori {

class PrometheusClient;

/// Keeps the panels of one open dashboard up to date: expands the variables, chooses the
/// range and step, sends every panel's queries, and turns the answers into PanelData.
///
/// Nothing is sent before the first refreshNow(); after it, changing the variables, the range
/// or (when it changes the step) the plot width refreshes at once, and the timer refreshes
/// every refreshInterval() unless paused. Panels are independent: each has its own requests
/// and its own state, so one failing or slow panel never holds back another.
///
/// Supersession: an explicit refresh (refreshNow() or a changed setting) replaces every
/// request in flight, and the older answers are dropped unseen. A timer round instead skips
/// the panels whose previous requests are still out, so a slow server is never asked the same
/// thing twice at once.
///
/// On Error a panel keeps its last good series and value (a wall display should not go blank
/// on a blip); `error` says what failed and `lastSuccess` how old the data is.
class DashboardRefresher final : public QObject
{
    Q_OBJECT
public:
    using ValuesCallback = std::function<void(const Result<QStringList> &)>;

    static constexpr int kDefaultPlotWidth = 1000;
    /// No finer step than this: the stack scrapes every second at best.
    static constexpr qint64 kMinStepMs = 1000;

    /// `client` must outlive the refresher. The variables start at their defaults; one with
    /// neither a default nor include_all takes its first value, looked up before the first round.
    DashboardRefresher(PrometheusClient *client, const Dashboard &dashboard, QObject *parent = nullptr);
    ~DashboardRefresher() override;

    const Dashboard &dashboard() const { return m_dashboard; }
    /// Shows another version of the dashboard: the same variables, other panels (the copies of
    /// repeated ones changed). A panel whose definition changed starts over as Loading; once
    /// started, the new panels are refreshed at once.
    void setDashboard(const Dashboard &dashboard);

    /// Sets the named variables; the others keep their values.
    void setVariables(const QMap<QString, VariableValue> &values);
    const QMap<QString, VariableValue> &variables() const { return m_variables; }
    void setTimeRange(const TimeRange &range);
    const TimeRange &timeRange() const { return m_range; }
    /// The plot's width in pixels: the step keeps about one point per pixel.
    void setPlotWidth(int pixels);
    int plotWidth() const { return m_plotWidth; }
    /// 0 switches automatic refresh off. Starts at the dashboard's `refresh`.
    void setRefreshInterval(qint64 ms);
    qint64 refreshInterval() const { return m_intervalMs; }
    void pause();
    /// Refreshes the panels that are not in flight, then continues on the timer.
    void resume();
    bool isPaused() const { return m_paused; }
    /// When pause() took effect; invalid while not paused.
    QDateTime pausedAt() const { return m_pausedAt; }
    void refreshNow();
    /// Collapses or expands a row of the dashboard. The panels of a collapsed row are never
    /// queried (what they had stays in panelData()); expanding a row queries its panels at once,
    /// over the range of the latest round, so they match the panels around them.
    void setRowCollapsed(const QString &rowId, bool collapsed);

    /// The step a round would use now (for the dashboard; a bars panel may use its bucket).
    qint64 stepMs() const;
    /// The range and dashboard step of the latest round (what a snapshot reports); zeros
    /// before the first one.
    TimeRange::Resolved lastRange() const { return m_roundRange; }
    qint64 lastStepMs() const { return m_roundStepMs; }
    /// Loading (with no expressions) for a panel that has not been refreshed or is unknown.
    PanelData panelData(const QString &panelId) const;
    /// Every panel's data, keyed by panel id (what snapshotJson takes).
    QMap<QString, PanelData> allPanelData() const;
    /// True when the last good answer is older than two refresh intervals. Never stale when
    /// the refresh is off or paused, or when no good answer ever arrived (that is an error).
    bool isStale(const QString &panelId, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// Age of the last good answer in ms, or -1 when there was none.
    qint64 staleAgeMs(const QString &panelId, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// The values of a dashboard variable's label (over the current range, among the series of
    /// its `query`, with the other variables it names expanded), from Prometheus's label values
    /// API, or the variable's fixed `values`. `done` runs later, never from inside
    /// this call, and not at all once the refresher is gone. An unknown name is an Error::Config.
    void variableValues(const QString &name, ValuesCallback done);

signals:
    void panelUpdated(const QString &panelId, const pivori::PanelData &data);
    /// Every panel of the latest round has answered (a superseded round never finishes).
    void refreshFinished();
    /// isStale() changed for a panel (checked about every second while refreshing is on).
    void staleChanged(const QString &panelId, bool stale);
    /// pause() or resume() changed isPaused().
    void pausedChanged(bool paused);
    /// A variable's values were looked up again (a chained variable whose parent changed, or
    /// one getting its first value); variables() holds its selection among them.
    void variableChoicesChanged(const QString &name, const QStringList &values);

private:
    struct PanelRun
    {
        quint64 generation = 0;
        int outstanding = 0; ///< queries of the current request set not answered yet
        QList<std::optional<Result<QueryResult>>> answers;
        QStringList expressions;
        qint64 startMs = 0;
        qint64 endMs = 0;
        qint64 stepMs = 0;
        qint64 evaluatedAtMs = 0;
        bool staleReported = false;
    };

    void startRound(bool skipInFlight);
    bool resolveMissingVariables(bool skipInFlight);
    /// Asks for the values of the unresolved variables whose parents are all resolved.
    void askReadyVariables();
    /// Selects among the values @p values offered for @p name (what is still offered stays).
    void applyOffered(const QString &name, const Result<QStringList> &values);
    /// Sends the panel's queries; true when it has never answered (so it shows Loading).
    bool startPanel(const Panel &panel);
    void onAnswer(
        const QString &panelId, quint64 generation, int queryIndex, const Result<QueryResult> &result);
    PanelData assemble(const Panel &panel, const PanelRun &run) const;
    qint64 panelStepMs(const Panel &panel, qint64 rangeMs) const;
    void updateTimers();
    void checkStale();

    PrometheusClient *m_client;
    Dashboard m_dashboard;
    QString m_slotPrefix;
    QMap<QString, VariableValue> m_variables;
    QSet<QString> m_unresolved; ///< variables waiting for (new) values to select among
    QSet<QString> m_asking; ///< unresolved variables whose lookup is out
    QHash<QString, quint64> m_lookups; ///< per variable: bumped when an answer out is outdated
    /// Per label variable: the values its last lookup offered (after its regex), which All
    /// stands for when a regex filtered them.
    QHash<QString, QStringList> m_offered;
    TimeRange m_range;
    int m_plotWidth = kDefaultPlotWidth;
    qint64 m_intervalMs = 0;
    bool m_paused = false;
    QDateTime m_pausedAt;
    bool m_started = false;
    std::optional<bool> m_queuedRound; ///< a round waiting for variables; its skipInFlight
    QTimer *m_timer;
    QTimer *m_staleTimer;
    QHash<QString, PanelRun> m_runs;
    QHash<QString, PanelData> m_data;
    QSet<QString> m_waiting; ///< panels the latest round still waits for
    quint64 m_round = 0;
    bool m_roundOpen = false;
    TimeRange::Resolved m_roundRange;
    qint64 m_roundStepMs = 0;
    qint64 m_roundNowMs = 0;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"
#include "healthhistory.h"

#include <QWidget>

class QThreadPool;
class QTimer;

namespace pivori {

class HealthCheckRunner;
class HealthView;

/// The main window's Health page: runs the health checks on start and every
/// `refresh.health` through the window's one HealthCheckRunner (never two runs at once),
/// keeps the history of the runs on disk, and shows both in a HealthView.
///
/// A check's "where to look" is handed on (linkActivated) for the window to resolve: it
/// knows the dashboards, the runbooks and the servers.
class HealthPage final : public QWidget
{
    Q_OBJECT
public:
    /// @p runner must outlive the page. @p historyPath empty: HealthHistory::defaultPath().
    HealthPage(HealthCheckRunner *runner, qint64 intervalMs, const QString &historyPath = QString(),
        QWidget *parent = nullptr);
    ~HealthPage() override;

    /// The first run now, then one every interval.
    void start();
    /// Runs the checks now, unless a run is in progress (then that run's result comes).
    void runNow();

    bool hasRun() const { return m_hasRun; }
    const CheckRun &lastRun() const { return m_lastRun; }
    const HealthHistory &history() const { return m_history; }
    HealthView *view() const { return m_view; }
    /// "Health", "Health (2 failing)", "Health (no checks ran)", "Health (?)" before the first run.
    QString tabText() const;
    /// Waits for the history writes in flight (tests, and the page going away).
    void waitForSaves();

signals:
    void runFinished(const pivori::CheckRun &run);
    void linkActivated(const QString &link);

private:
    void onFinished(const CheckRun &run);
    void saveHistory();

    HealthCheckRunner *m_runner;
    HealthHistory m_history;
    HealthView *m_view;
    QTimer *m_timer;
    QThreadPool *m_writer; ///< one thread: the writes land in the order of the runs
    CheckRun m_lastRun;
    bool m_hasRun = false;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "templating.h"
#include "timerange.h"

#include <QHash>
#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QTimer;

namespace pivori {

class MultiValuePicker;

/// The controls of the dashboard on show: its variables ($service), the time range
/// (presets, custom, back), auto refresh (interval, pause, now). It only reports what the
/// user chose; the window applies it to the dashboard.
class DashboardToolBar final : public QToolBar
{
    Q_OBJECT
public:
    explicit DashboardToolBar(QWidget *parent = nullptr);

    /// Rebuilds the variable pickers for this dashboard (values arrive later, but a fixed list
    /// is offered at once): a drop-down per variable, of checkable values for a multi one.
    void showVariables(
        const QList<DashboardVariable> &variables, const QMap<QString, VariableValue> &current);
    void setVariableChoices(const QString &name, const QStringList &values, const VariableValue &current);
    /// Shows the range in the picker and, beside it, its absolute start and end with the zone
    /// (for a relative range, its start so far, followed as the clock moves).
    void showTimeRange(const TimeRange &range);
    /// The absolute span as shown beside the picker (read back by tests).
    QString spanText() const;
    void showRefreshInterval(qint64 ms);
    void showPaused(bool paused);
    void showCanGoBack(bool canGoBack);

    QAction *backAction() const { return m_back; }
    QAction *pauseAction() const { return m_pause; }
    QAction *refreshAction() const { return m_refresh; }

    /// The intervals offered: 0 (off), 5 s, 10 s, 30 s, 1 min, 5 min.
    static QList<qint64> refreshIntervals();

signals:
    void variableChosen(const QString &name, const pivori::VariableValue &value);
    void timeRangeChosen(const pivori::TimeRange &range);
    void customRangeRequested();
    void refreshIntervalChosen(qint64 ms);
    void pauseToggled(bool paused);
    void refreshRequested();
    void backRequested();

private:
    QComboBox *m_range;
    QComboBox *m_interval;
    void updateSpan();

    QLabel *m_span;
    QTimer *m_spanTimer;
    TimeRange m_shownRange;
    QAction *m_back;
    QAction *m_pause;
    QAction *m_refresh;
    QList<QAction *> m_variableActions; ///< label + picker per variable, removed on rebuild
    QHash<QString, QComboBox *> m_variableBoxes; ///< single-value variables
    QHash<QString, MultiValuePicker *> m_multiPickers; ///< multi-value variables
    bool m_updating = false; ///< programmatic changes do not echo back as user choices
};

} // namespace pivori

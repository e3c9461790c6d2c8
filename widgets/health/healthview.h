// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"
#include "healthhistory.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace pivori {

class HealthCheckModel;
class MessageBar;

/// The Health page's view: every check of the last run grouped by category, with its status
/// (a colour and always a word), value, threshold and message; when the run was and how long
/// it took; a "Run now" button; and the recent flips ("13:20 prometheus-rules pass → fail").
///
/// It only shows and asks: runs come from whoever owns the runner (setRun, setRunning), a
/// click on a check's "where to look" is handed on as linkActivated(), "Run now" as
/// runRequested(). Check messages may quote a server's errors: all text is plain text.
class HealthView final : public QWidget
{
    Q_OBJECT
public:
    explicit HealthView(QWidget *parent = nullptr);
    ~HealthView() override;

    void setRun(const CheckRun &run);
    /// A run is in progress: the button waits, the header says so.
    void setRunning(bool running);
    /// How often the checks run on their own (shown next to the time of the last run).
    void setInterval(qint64 ms);
    /// The flips to show, oldest first (as HealthHistory keeps them); newest are shown first.
    void setTransitions(const QList<HealthTransition> &transitions);
    /// A problem the operator should know of (e.g. the history file), until closed.
    void showProblem(const QString &text);

    bool hasRun() const { return m_hasRun; }
    const CheckRun &run() const;
    /// Only checks that do not pass; remembered across restarts.
    void setOnlyProblems(bool only);
    bool onlyProblems() const;

    /// The header's words: the verdict, the counts and the time of the last run.
    QString summaryText() const;
    /// The flips as the list shows them, newest first.
    QStringList historyTexts() const;
    /// Hands on the link of the check at @p index (a row of tree()'s model); false if it has none.
    bool activateLink(const QModelIndex &index);

    HealthCheckModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QPushButton *runButton() const { return m_runButton; }
    QCheckBox *onlyProblemsBox() const { return m_onlyProblems; }
    QPushButton *linkButton() const { return m_linkButton; }
    MessageBar *messageBar() const { return m_messages; }

    /// "13:20  prometheus-rules  pass → fail", with the date when it is not today's.
    static QString transitionText(const HealthTransition &transition, const QDateTime &now);

signals:
    void runRequested();
    /// A check's CheckResult::link, for the window to resolve (dashboard, runbook, target, ...).
    void linkActivated(const QString &link);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateHeader();
    void updateEmptyState();
    void showSelected();
    void fitLayout();

    HealthCheckModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_verdict;
    QLabel *m_counts;
    QLabel *m_when;
    QCheckBox *m_onlyProblems;
    QPushButton *m_runButton;
    MessageBar *m_messages;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QLabel *m_empty;
    QListWidget *m_history;
    QLabel *m_detail;
    QPushButton *m_linkButton;
    QString m_selectedLink;
    bool m_hasRun = false;
    bool m_running = false;
    bool m_laidOut = false;
    qint64 m_intervalMs = 0;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QTreeView>

namespace pivori {

/// The alert inbox tree over an AlertInboxModel (usually behind an AlertFilterProxy).
///
/// Group rows show their name (with the count of their alerts shown) across the whole width.
/// Groups start expanded while the inbox holds at most kExpandAllUpTo alerts, and collapsed
/// above that (a group row still shows its count and worst severity): laying out 100,000 rows
/// took the window seconds for every filter keystroke. A group the operator collapsed or
/// expanded stays so across polls, filter changes and regrouping (found again by its key). A regroup
/// (the only model reset) keeps only the current alert selected, found again by key, its group
/// opened and scrolled into view: the rest of a selection would be scattered across the new
/// groups, out of sight of `a` and `e`.
/// The age column ticks every second by repainting only that column.
/// Keys: j/k or arrows move, `a` acknowledge, `e` expire, Enter runbook, `/` filter.
class AlertInboxView final : public QTreeView
{
    Q_OBJECT
public:
    /// Up to this many alerts in the inbox, groups start expanded. A screen shows some 40
    /// rows: 5,000 are already a hundred screens of scrolling, and with the view's layout
    /// growing with the rows expanded, a poll or a keystroke at 10,000 expanded rows takes
    /// tens of milliseconds of the GUI thread (docs/benchmarks.md).
    static constexpr int kExpandAllUpTo = 5000;

    explicit AlertInboxView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    /// Keys of the selected alerts; a selected group contributes the alerts it shows.
    QStringList selectedAlertKeys() const;
    /// The alert under the cursor, or an empty string (a group row, nothing).
    QString currentAlertKey() const;
    /// Makes the alert current and selected; false when the view does not show it.
    bool selectAlert(const QString &key);
    /// Index of the alert with @p key in the view's model, or an invalid index.
    QModelIndex indexOfKey(const QString &key) const;
    QStringList collapsedGroupKeys() const;
    /// Groups the operator opened; in a large inbox these are the only ones expanded.
    QStringList expandedGroupKeys() const;
    /// True while groups start collapsed (more than kExpandAllUpTo alerts).
    bool startsCollapsed() const { return m_large; }

signals:
    void currentAlertChanged(const QString &key);
    void acknowledgeRequested();
    void expireRequested();
    void runbookRequested();
    void filterFocusRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawRow(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void prepareGroups(const QModelIndex &parent, int first, int last);
    /// Whether the inbox behind the view's model holds more than kExpandAllUpTo alerts.
    bool inboxIsLarge() const;
    /// The inbox crossed kExpandAllUpTo: every group expanded or collapsed by the new rule.
    void arrangeAllGroups();
    void saveForReset();
    void restoreAfterReset();
    void tick();
    void fitSummaryColumn();

    QTimer m_tick;
    QSet<QString> m_collapsed; ///< group keys the operator collapsed
    QSet<QString> m_expanded; ///< group keys the operator expanded
    bool m_large = false; ///< groups start collapsed
    bool m_sizeCheckDue = false; ///< rows left: kExpandAllUpTo is looked at in the next turn
    QString m_savedCurrent;
    bool m_restoring = false;
};

} // namespace pivori

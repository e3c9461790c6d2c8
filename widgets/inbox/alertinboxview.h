// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QTreeView>

namespace pivori {

/// The alert inbox tree over an AlertInboxModel (usually behind an AlertFilterProxy).
///
/// Group rows show their name across the whole width and start expanded; a group the operator collapsed stays
/// collapsed across polls, filter changes and regrouping (found again by its key). A regroup
/// (the only model reset) keeps only the current alert selected, found again by key, its group
/// opened and scrolled into view: the rest of a selection would be scattered across the new
/// groups, out of sight of `a` and `e`.
/// The age column ticks every second by repainting only that column.
/// Keys: j/k or arrows move, `a` acknowledge, `e` expire, Enter runbook, `/` filter.
class AlertInboxView final : public QTreeView
{
    Q_OBJECT
public:
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
    void saveForReset();
    void restoreAfterReset();
    void tick();
    void fitSummaryColumn();

    QTimer m_tick;
    QSet<QString> m_collapsed;
    QString m_savedCurrent;
    bool m_restoring = false;
};

} // namespace pivori

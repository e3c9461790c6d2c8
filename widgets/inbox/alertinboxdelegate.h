// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

namespace pivori {

/// Paints the inbox rows of an AlertInboxModel (directly or through a proxy): a coloured dot
/// for the severity (group rows: their worst one), the time since an alert started as a
/// ticking age, states in their colours, pending acknowledgements in italics, and stale rows
/// of an unreachable cluster muted. Tooltips are alert text: always shown as plain text.
class AlertInboxDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit AlertInboxDelegate(QObject *parent = nullptr);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    /// The plain-text tooltip of a cell: the description, why it is not firing, who
    /// acknowledged it, which alerts inhibit it, the absolute start time.
    static QString toolTipText(const QModelIndex &index);
    /// "12m 5s" for an alert that started at @p startsAt, as of @p now.
    static QString ageText(const QDateTime &startsAt, const QDateTime &now);
    /// What the Until column shows: "14:05 (in 55m)".
    static QString untilText(const QDateTime &until, const QDateTime &now);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertinboxdelegate.h"

#include "ageformat.h"
#include "alertinboxmodel.h"
#include "inboxalerttext.h"
#include "severitystyle.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace pivori {

AlertInboxDelegate::AlertInboxDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString AlertInboxDelegate::ageText(const QDateTime &startsAt, const QDateTime &now)
{
    if (!startsAt.isValid())
        return {};
    return AgeFormat::compact(startsAt.msecsTo(now));
}

QString AlertInboxDelegate::untilText(const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid())
        return {};
    // Hours and minutes are enough to plan by; the tooltip has the full time.
    const QString at = until.toLocalTime().date() == now.toLocalTime().date()
        ? until.toLocalTime().toString(QStringLiteral("HH:mm"))
        : until.toLocalTime().toString(QStringLiteral("d MMM HH:mm"));
    const qint64 minutes = (now.msecsTo(until) + 59'999) / 60'000;
    if (minutes <= 0)
        return tr("%1 (ended)").arg(at);
    if (minutes < 60)
        return tr("%1 (in %2m)").arg(at).arg(minutes);
    return tr("%1 (in %2h %3m)").arg(at).arg(minutes / 60).arg(minutes % 60);
}

void AlertInboxDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool group = index.data(AlertInboxModel::IsGroupRole).toBool();
    const int column = index.column();
    const QColor base = option->palette.color(QPalette::Base);

    if (column == AlertInboxModel::SeverityColumn) {
        const QString severity = index.data(AlertInboxModel::SeverityRole).toString();
        const int size = std::max(8, option->fontMetrics.height() * 6 / 10);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QIcon(SeverityStyle::dotPixmap(SeverityStyle::color(severity), size, 2.0));
        option->decorationSize = QSize(size, size);
        if (group) {
            // The view draws the group's name across the row (AlertInboxView::drawRow).
            option->text.clear();
            option->displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        } else {
            // The dot says it; the word is in the tooltip and for screen readers.
            option->text.clear();
            option->displayAlignment = Qt::AlignCenter;
        }
        return;
    }
    if (group)
        return;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool stale = index.data(AlertInboxModel::StaleRole).toBool();
    if (stale) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        option->font.setItalic(true);
    }
    switch (column) {
    case AlertInboxModel::AlertnameColumn:
        option->font.setBold(true);
        break;
    case AlertInboxModel::SinceColumn:
        option->text = ageText(index.data(AlertInboxModel::SortRole).toDateTime(), now);
        break;
    case AlertInboxModel::StateColumn: {
        const auto state = InboxAlert::State(index.data(AlertInboxModel::StateRole).toInt());
        const bool pending = index.data(AlertInboxModel::AckPendingRole).toBool();
        if (!stale)
            option->palette.setColor(QPalette::Text, SeverityStyle::stateColor(state, pending, base));
        option->font.setItalic(pending || stale);
        option->font.setBold(state == InboxAlert::State::Firing && !pending);
        break;
    }
    case AlertInboxModel::AckUntilColumn:
        option->text = untilText(index.data(AlertInboxModel::SortRole).toDateTime(), now);
        break;
    default:
        break;
    }
}

QString AlertInboxDelegate::toolTipText(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    if (index.data(AlertInboxModel::IsGroupRole).toBool()) {
        return tr("%1 — %n alert(s)", nullptr, index.data(AlertInboxModel::ChildCountRole).toInt())
            .arg(InboxAlertText::visible(index.data(AlertInboxModel::GroupKeyRole).toString()));
    }
    QStringList lines;
    const QString display = index.data(Qt::DisplayRole).toString();
    switch (index.column()) {
    case AlertInboxModel::SeverityColumn:
        lines.append(InboxAlertText::visible(
            SeverityStyle::severityText(index.data(AlertInboxModel::SeverityRole).toString())));
        break;
    case AlertInboxModel::SinceColumn:
        lines.append(tr("Firing since %1").arg(display));
        break;
    case AlertInboxModel::StateColumn: {
        lines.append(display);
        const QString detail = index.data(Qt::ToolTipRole).toString();
        if (!detail.isEmpty())
            lines.append(detail);
        const QStringList inhibitors = index.data(AlertInboxModel::InhibitorsRole).toStringList();
        if (!inhibitors.isEmpty() && !detail.contains(InboxAlertText::visible(inhibitors.first())))
            lines.append(
                tr("Inhibited by: %1").arg(InboxAlertText::visible(inhibitors.join(QStringLiteral(", ")))));
        if (index.data(AlertInboxModel::AckPendingRole).toBool())
            lines.append(tr("An acknowledgement is waiting for Alertmanager to confirm it."));
        break;
    }
    default: {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (!display.isEmpty())
            lines.append(display);
        if (!tip.isEmpty() && tip != display)
            lines.append(tip);
        break;
    }
    }
    if (index.data(AlertInboxModel::StaleRole).toBool()) {
        lines.append(tr("Cluster %1 did not answer the last poll: this is its last known state.")
                         .arg(index.data(AlertInboxModel::ClusterRole).toString()));
    }
    return lines.join(u'\n');
}

bool AlertInboxDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString text = toolTipText(index);
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // QToolTip guesses rich text from the content; alert text must never be taken for markup.
    const QString html = QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
    QToolTip::showText(event->globalPos(), html, view, option.rect);
    return true;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertinboxview.h"

#include "alertinboxdelegate.h"
#include "alertinboxmodel.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

#include <utility>

namespace pivori {

AlertInboxView::AlertInboxView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("alertInboxView"));
    setItemDelegate(new AlertInboxDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setExpandsOnDoubleClick(true);
    setAnimated(false);
    header()->setStretchLastSection(false);
    header()->setSortIndicatorClearable(true);
    header()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);

    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (m_restoring)
            return;
        const QString key = index.data(AlertInboxModel::GroupKeyRole).toString();
        m_collapsed.insert(key);
        m_expanded.remove(key);
    });
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (m_restoring)
            return;
        const QString key = index.data(AlertInboxModel::GroupKeyRole).toString();
        m_collapsed.remove(key);
        m_expanded.insert(key);
    });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AlertInboxView::tick);
    m_tick.start();
}

void AlertInboxView::setModel(QAbstractItemModel *newModel)
{
    if (QAbstractItemModel *old = model())
        disconnect(old, nullptr, this, nullptr);
    QTreeView::setModel(newModel);
    if (!newModel)
        return;
    connect(newModel, &QAbstractItemModel::rowsInserted, this, &AlertInboxView::prepareGroups);
    // Alerts that leave can bring the inbox back under kExpandAllUpTo. A filter proxy passes
    // on a removal before its source has made it, so the size is looked at in the next turn.
    connect(newModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (std::exchange(m_sizeCheckDue, true))
            return;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_sizeCheckDue = false;
                prepareGroups({}, 0, -1);
            },
            Qt::QueuedConnection);
    });
    // A large inbox's filter changes the rows in one layout change (AlertFilterProxy): groups
    // it shows again open or stay closed as the operator left them.
    connect(newModel, &QAbstractItemModel::layoutChanged, this, [this] {
        m_large = inboxIsLarge();
        arrangeAllGroups();
    });
    connect(newModel, &QAbstractItemModel::modelAboutToBeReset, this, &AlertInboxView::saveForReset);
    connect(newModel, &QAbstractItemModel::modelReset, this, &AlertInboxView::restoreAfterReset);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        emit currentAlertChanged(current.data(AlertInboxModel::IsGroupRole).toBool()
                ? QString()
                : current.data(AlertInboxModel::KeyRole).toString());
    });
    prepareGroups({}, 0, newModel->rowCount() - 1);

    QHeaderView *h = header();
    h->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<std::pair<int, int>> widths { { AlertInboxModel::SeverityColumn, 6 },
        { AlertInboxModel::AlertnameColumn, 13 }, { AlertInboxModel::SourceColumn, 12 },
        { AlertInboxModel::SummaryColumn, 24 }, { AlertInboxModel::SinceColumn, 6 },
        { AlertInboxModel::StateColumn, 11 }, { AlertInboxModel::AckByColumn, 9 },
        { AlertInboxModel::AckUntilColumn, 11 }, { AlertInboxModel::ReceiversColumn, 8 },
        { AlertInboxModel::ClusterColumn, 6 } };
    for (const auto &[column, ems] : widths)
        h->resizeSection(column, ems * em);
    connect(h, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != AlertInboxModel::SummaryColumn)
            fitSummaryColumn();
    });
    fitSummaryColumn();
}

void AlertInboxView::fitSummaryColumn()
{
    // The summary takes what the other columns leave, but never less than a readable width:
    // below that the view scrolls sideways instead of squeezing it to nothing.
    QHeaderView *h = header();
    if (!model() || h->count() <= AlertInboxModel::SummaryColumn)
        return;
    int others = 0;
    for (int column = 0; column < h->count(); ++column) {
        if (column != AlertInboxModel::SummaryColumn && !h->isSectionHidden(column))
            others += h->sectionSize(column);
    }
    const int minimum = 18 * fontMetrics().horizontalAdvance(QLatin1Char('M'));
    h->resizeSection(AlertInboxModel::SummaryColumn, std::max(minimum, viewport()->width() - others));
}

void AlertInboxView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitSummaryColumn();
}

bool AlertInboxView::inboxIsLarge() const
{
    const QAbstractItemModel *source = model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source))
        source = proxy->sourceModel();
    const auto *inbox = qobject_cast<const AlertInboxModel *>(source);
    // Alerts still to come count: a first load of 100,000 arrives 1,000 at a time.
    return inbox && inbox->alertCount() + inbox->pendingCount() > kExpandAllUpTo;
}

void AlertInboxView::arrangeAllGroups()
{
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    if (m_large) {
        collapseAll();
        for (int row = 0; !m_expanded.isEmpty() && row < model()->rowCount(); ++row) {
            const QModelIndex group = model()->index(row, 0);
            if (m_expanded.contains(group.data(AlertInboxModel::GroupKeyRole).toString()))
                expand(group);
        }
    } else {
        // Expanding one group lays out the rows below it again: one by one, 40,000 new groups
        // froze the window for minutes. All are expanded in one pass, and the few the
        // operator collapsed are closed again.
        expandAll();
        for (int row = 0; !m_collapsed.isEmpty() && row < model()->rowCount(); ++row) {
            const QModelIndex group = model()->index(row, 0);
            if (m_collapsed.contains(group.data(AlertInboxModel::GroupKeyRole).toString()))
                collapse(group);
        }
    }
    m_restoring = wasRestoring;
}

void AlertInboxView::prepareGroups(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || !model())
        return;
    if (const bool large = inboxIsLarge(); large != m_large) {
        m_large = large;
        arrangeAllGroups();
        return;
    }
    if (last < first)
        return;
    constexpr int kOneByOne = 32;
    if (!m_large && last - first + 1 > kOneByOne) {
        arrangeAllGroups();
        return;
    }
    // A large inbox opens only the groups the operator opened; a small one all but those the
    // operator closed.
    const QSet<QString> &exceptions = m_large ? m_expanded : m_collapsed;
    if (m_large && exceptions.isEmpty())
        return;
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    for (int row = first; row <= last; ++row) {
        const QModelIndex group = model()->index(row, 0);
        if (exceptions.contains(group.data(AlertInboxModel::GroupKeyRole).toString()) == m_large)
            expand(group);
    }
    m_restoring = wasRestoring;
}

void AlertInboxView::drawRow(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTreeView::drawRow(painter, option, index);
    if (!index.data(AlertInboxModel::IsGroupRole).toBool())
        return;
    // A group's name runs across the row. QTreeView::setFirstColumnSpanned would do it, but
    // it keeps a persistent index per group and costs a pass over the rows for each call
    // (minutes for 40,000 groups); the delegate paints only the dot and the name is drawn
    // here, for the rows on screen only.
    const QRect cell = visualRect(index.siblingAtColumn(AlertInboxModel::SeverityColumn));
    const int dot = std::max(8, option.fontMetrics.height() * 6 / 10);
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    QRect text(cell.left() + 2 * margin + dot + margin, option.rect.top(), 0, option.rect.height());
    text.setRight(std::max(text.left(), viewport()->width() - margin));
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QString label
        = metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width());
    const bool selected = selectionModel() && selectionModel()->isSelected(index);
    painter->save();
    painter->setFont(font);
    painter->setPen(option.palette.color(isActiveWindow() ? QPalette::Active : QPalette::Inactive,
        selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, label);
    painter->restore();
}

void AlertInboxView::saveForReset()
{
    m_savedCurrent = currentAlertKey();
}

void AlertInboxView::restoreAfterReset()
{
    prepareGroups({}, 0, model()->rowCount() - 1);
    // A regroup scatters a selection across the new groups, into collapsed ones and off
    // screen, where `a` and `e` would act on rows nobody sees. So only the alert under the
    // cursor stays selected, and it is brought into view (its group opened if need be).
    selectionModel()->clearSelection();
    const QModelIndex current = indexOfKey(m_savedCurrent);
    if (current.isValid()) {
        expand(current.parent());
        selectionModel()->setCurrentIndex(
            current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollTo(current);
    } else {
        selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    }
    m_savedCurrent.clear();
}

QModelIndex AlertInboxView::indexOfKey(const QString &key) const
{
    if (key.isEmpty() || !model())
        return {};
    const QAbstractItemModel *m = model();
    for (int g = 0; g < m->rowCount(); ++g) {
        const QModelIndex group = m->index(g, 0);
        for (int r = 0; r < m->rowCount(group); ++r) {
            const QModelIndex child = m->index(r, 0, group);
            if (child.data(AlertInboxModel::KeyRole).toString() == key)
                return child;
        }
    }
    return {};
}

bool AlertInboxView::selectAlert(const QString &key)
{
    const QModelIndex index = indexOfKey(key);
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

QStringList AlertInboxView::selectedAlertKeys() const
{
    QStringList keys;
    if (!selectionModel())
        return keys;
    QSet<QString> seen; // a selected group of 10,000 alerts: no quadratic look-ups
    auto add = [&keys, &seen](const QModelIndex &index) {
        const QString key = index.data(AlertInboxModel::KeyRole).toString();
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            keys.append(key);
        }
    };
    QModelIndexList rows = selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return visualRect(a).top() < visualRect(b).top();
    });
    for (const QModelIndex &row : std::as_const(rows)) {
        if (row.data(AlertInboxModel::IsGroupRole).toBool()) {
            for (int r = 0; r < model()->rowCount(row); ++r)
                add(model()->index(r, 0, row));
        } else {
            add(row);
        }
    }
    return keys;
}

QString AlertInboxView::currentAlertKey() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.data(AlertInboxModel::IsGroupRole).toBool())
        return {};
    return current.data(AlertInboxModel::KeyRole).toString();
}

QStringList AlertInboxView::collapsedGroupKeys() const
{
    QStringList keys(m_collapsed.cbegin(), m_collapsed.cend());
    keys.sort();
    return keys;
}

QStringList AlertInboxView::expandedGroupKeys() const
{
    QStringList keys(m_expanded.cbegin(), m_expanded.cend());
    keys.sort();
    return keys;
}

void AlertInboxView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = mods == Qt::NoModifier;
    switch (event->key()) {
    case Qt::Key_J:
    case Qt::Key_K:
        if (plain || mods == Qt::ShiftModifier) {
            // Vim keys: the same as the arrows, so selection with Shift works as well.
            QKeyEvent arrow(QEvent::KeyPress, event->key() == Qt::Key_J ? Qt::Key_Down : Qt::Key_Up, mods);
            QTreeView::keyPressEvent(&arrow);
            event->setAccepted(arrow.isAccepted());
            return;
        }
        break;
    case Qt::Key_A:
        if (plain) {
            emit acknowledgeRequested();
            event->accept();
            return;
        }
        break;
    case Qt::Key_E:
        if (plain) {
            emit expireRequested();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (plain) {
            emit runbookRequested();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Slash:
        emit filterFocusRequested();
        event->accept();
        return;
    default:
        break;
    }
    QTreeView::keyPressEvent(event);
}

void AlertInboxView::tick()
{
    if (!isVisible() || !model())
        return;
    // Only the columns computed from the clock change: repaint their strips of the viewport.
    for (int column : { int(AlertInboxModel::SinceColumn), int(AlertInboxModel::AckUntilColumn) }) {
        if (header()->isSectionHidden(column))
            continue;
        const int x = header()->sectionViewportPosition(column);
        viewport()->update(QRect(x, 0, header()->sectionSize(column), viewport()->height()));
    }
}

} // namespace pivori

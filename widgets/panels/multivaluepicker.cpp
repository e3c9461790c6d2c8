// SPDX-License-Identifier: GPL-3.0-or-later
#include "multivaluepicker.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QVBoxLayout>

#include <algorithm>

namespace pivori {

namespace {

constexpr int kMaxVisibleRows = 14;
constexpr int kMaxSummaryWidth = 240; ///< px; the tooltip lists everything

/// Item data of "All": no label value looks like it.
const QString kAllItem = QStringLiteral("\u0001all");

} // namespace

MultiValuePicker::MultiValuePicker(QWidget *parent)
    : QToolButton(parent)
    , m_popup(new QFrame(this, Qt::Popup))
    , m_list(new QListWidget(m_popup))
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->addWidget(m_list);
    m_list->setObjectName(QStringLiteral("multiValueList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_popup->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(this, &QToolButton::clicked, this, &MultiValuePicker::openList);
    connect(m_list, &QListWidget::itemChanged, this, &MultiValuePicker::onItemChanged);
    // A click anywhere on a row ticks it, not only on its box (the items are not user-checkable,
    // so the box does not tick it a second time).
    connect(m_list, &QListWidget::itemClicked, this, &MultiValuePicker::toggle);
    showSelection(VariableValue::allValues());
}

void MultiValuePicker::setChoices(const QStringList &values, const VariableValue &current)
{
    m_updating = true;
    m_list->clear();
    auto *all = new QListWidgetItem(tr("All"), m_list);
    all->setData(Qt::UserRole, kAllItem);
    all->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    all->setCheckState(current.all ? Qt::Checked : Qt::Unchecked);
    QStringList offered = values;
    // A value chosen elsewhere (drill-down, a remembered selection) is offered before the list
    // arrives, and stays visible (ticked) while the list lacks it.
    for (auto it = current.values.crbegin(); it != current.values.crend(); ++it)
        if (!current.all && !offered.contains(*it))
            offered.prepend(*it);
    for (const QString &value : std::as_const(offered)) {
        auto *item = new QListWidgetItem(value, m_list);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(!current.all && current.values.contains(value) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    showSelection(current);
}

VariableValue MultiValuePicker::selection() const
{
    QStringList values;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString value = item->data(Qt::UserRole).toString();
        if (value == kAllItem)
            return VariableValue::allValues();
        values << value;
    }
    // Nothing ticked would select nothing, and every panel would be empty: All is meant.
    if (values.isEmpty())
        return VariableValue::allValues();
    return values.size() == 1 ? VariableValue::single(values.first()) : VariableValue::multiple(values);
}

QString MultiValuePicker::summary(const VariableValue &value)
{
    if (value.all || value.values.isEmpty())
        return tr("All");
    if (value.values.size() == 1)
        return value.values.first();
    if (value.values.size() == 2)
        return tr("%1 + %2").arg(value.values.at(0), value.values.at(1));
    return tr("%1 + %n more", nullptr, int(value.values.size() - 1)).arg(value.values.first());
}

void MultiValuePicker::showSelection(const VariableValue &value)
{
    m_shown = value;
    const QString text = summary(value);
    // Label values are data, never markup; a QToolButton draws its text as plain text.
    m_summary = fontMetrics().elidedText(text, Qt::ElideMiddle, kMaxSummaryWidth);
    setText(m_summary);
    updateGeometry();
    update();
    setToolTip(value.all || value.values.isEmpty()
            ? tr("All values selected")
            : tr("Selected: %1").arg(value.values.join(QStringLiteral(", "))));
}

void MultiValuePicker::openList()
{
    if (m_popup->isVisible())
        return;
    m_list->setCurrentRow(0);
    const int rows = std::clamp(m_list->count(), 1, kMaxVisibleRows);
    const int hinted = m_list->sizeHintForRow(0);
    const int rowHeight = hinted > 0 ? hinted : fontMetrics().height() + 4;
    const int width = std::max(
        this->width(), m_list->sizeHintForColumn(0) + m_list->verticalScrollBar()->sizeHint().width() + 8);
    m_popup->resize(width, rows * rowHeight + 2 * m_list->frameWidth() + 4);
    QPoint at = mapToGlobal(QPoint(0, height()));
    // On screen whole: above the button when there is no room below.
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        if (at.y() + m_popup->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    update();
    m_list->setFocus(Qt::PopupFocusReason);
}

QSize MultiValuePicker::sizeHint() const
{
    QStyleOptionComboBox option;
    initComboOption(&option);
    const QSize text(fontMetrics().horizontalAdvance(option.currentText), fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, this);
}

QSize MultiValuePicker::minimumSizeHint() const
{
    return sizeHint();
}

void MultiValuePicker::initComboOption(QStyleOptionComboBox *option) const
{
    option->initFrom(this);
    option->editable = false;
    option->frame = true;
    option->currentText = m_summary;
    option->subControls = QStyle::SC_All;
    if (isDown() || m_popup->isVisible())
        option->state |= QStyle::State_On | QStyle::State_Sunken;
}

void MultiValuePicker::paintEvent(QPaintEvent *)
{
    // Drawn as the combo boxes beside it: it is a drop-down, whose list happens to tick.
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initComboOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool MultiValuePicker::isListOpen() const
{
    return m_popup->isVisible();
}

bool MultiValuePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_popup && event->type() == QEvent::Hide) {
        update();
        closed();
    } else if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_popup->hide();
            return true;
        }
        if (key == Qt::Key_Space || key == Qt::Key_Select) {
            if (QListWidgetItem *item = m_list->currentItem())
                toggle(item);
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

void MultiValuePicker::toggle(QListWidgetItem *item)
{
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void MultiValuePicker::onItemChanged(QListWidgetItem *item)
{
    if (m_updating || item->checkState() != Qt::Checked)
        return;
    // "All" and single values exclude each other, as the selection they mean does.
    m_updating = true;
    const bool allTicked = item->data(Qt::UserRole).toString() == kAllItem;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *other = m_list->item(i);
        const bool isAll = other->data(Qt::UserRole).toString() == kAllItem;
        if (other != item && (allTicked || isAll))
            other->setCheckState(Qt::Unchecked);
    }
    m_updating = false;
}

void MultiValuePicker::closed()
{
    const VariableValue chosenValue = selection();
    if (chosenValue == m_shown)
        return;
    showSelection(chosenValue);
    emit chosen(chosenValue);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertinboxpanel.h"

#include "alertfilterproxy.h"
#include "alertinboxmodel.h"
#include "alertinboxview.h"
#include "inboxfilterbar.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace pivori {

AlertInboxPanel::AlertInboxPanel(AlertInboxModel *model, AlertFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("alertInboxPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_filterBar = new InboxFilterBar(proxy, this);
    layout->addWidget(m_filterBar);
    model->setGroupBy(m_filterBar->groupBy());

    auto *actions = new QHBoxLayout;
    actions->setSpacing(4);
    m_ack = addAction(tr("Acknowledge…"), tr("Acknowledge the selected alerts or groups"), tr("A"));
    m_expire = addAction(
        tr("Un-acknowledge"), tr("Expire the acknowledgement or silence of the selection"), tr("E"));
    m_extend = addAction(tr("Extend…"), tr("Add time to the acknowledgements of the selection"), QString());
    actions->addWidget(m_ack);
    actions->addWidget(m_expire);
    actions->addWidget(m_extend);
    actions->addStretch(1);
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("shownCount"));
    QPalette mutedPalette = m_shown->palette();
    mutedPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_shown->setPalette(mutedPalette);
    actions->addWidget(m_shown);
    layout->addLayout(actions);

    m_view = new AlertInboxView(this);
    m_view->setModel(proxy);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_view, 1);

    connect(m_filterBar, &InboxFilterBar::groupByChanged, model, &AlertInboxModel::setGroupBy);
    connect(m_view, &AlertInboxView::filterFocusRequested, m_filterBar, &InboxFilterBar::focusFilter);
    // From anywhere on the panel; inside the filter line '/' is typed as usual.
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    slash->setContext(Qt::WidgetWithChildrenShortcut);
    connect(slash, &QShortcut::activated, m_filterBar, &InboxFilterBar::focusFilter);
    // Down from the filter line goes to the list, as in a search field.
    connect(m_filterBar->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        m_view->setFocus(Qt::OtherFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });

    connect(m_ack, &QToolButton::clicked, this,
        [this] { emit acknowledgeRequested(m_view->selectedAlertKeys()); });
    connect(
        m_expire, &QToolButton::clicked, this, [this] { emit expireRequested(m_view->selectedAlertKeys()); });
    connect(
        m_extend, &QToolButton::clicked, this, [this] { emit extendRequested(m_view->selectedAlertKeys()); });
    connect(m_view, &AlertInboxView::acknowledgeRequested, m_ack, &QToolButton::click);
    connect(m_view, &AlertInboxView::expireRequested, m_expire, &QToolButton::click);
    connect(m_view, &AlertInboxView::runbookRequested, this, [this] {
        const QString key = m_view->currentAlertKey();
        if (!key.isEmpty())
            emit runbookRequested(key);
    });
    connect(m_view, &AlertInboxView::currentAlertChanged, this, &AlertInboxPanel::currentAlertChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AlertInboxPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &AlertInboxPanel::updateActions);
    // A poll can acknowledge or expire what is selected: the actions follow.
    connect(proxy, &QAbstractItemModel::dataChanged, this, &AlertInboxPanel::updateActions);
    // A poll or a filter at 100,000 alerts sends thousands of row signals: counting what is
    // shown at each one made them quadratic. The count follows once per turn.
    m_shownTimer.setSingleShot(true);
    m_shownTimer.setInterval(0);
    connect(&m_shownTimer, &QTimer::timeout, this, &AlertInboxPanel::updateShown);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(proxy, signal, this, [this] {
            scheduleUpdateShown();
            updateActions();
        });
    }
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        scheduleUpdateShown();
        updateActions();
    });
    connect(proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        scheduleUpdateShown();
        updateActions(); // a large inbox's filter hides and shows rows this way
    });
    // A group's count can change without a row of the proxy coming or going.
    connect(proxy, &QAbstractItemModel::dataChanged, this, &AlertInboxPanel::scheduleUpdateShown);
    connect(model, &AlertInboxModel::severityCountsChanged, this, &AlertInboxPanel::scheduleUpdateShown);
    updateShown();
    updateActions();
}

QToolButton *AlertInboxPanel::addAction(const QString &text, const QString &tip, const QString &shortcutText)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(shortcutText.isEmpty() ? tip : tr("%1 (%2)").arg(tip, shortcutText));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

void AlertInboxPanel::updateActions()
{
    bool anyOpen = false;
    bool anyCovered = false;
    bool anyAck = false;
    for (const QString &key : m_view->selectedAlertKeys()) {
        const InboxAlert *alert = m_model->alertAt(m_model->indexOf(key));
        if (!alert)
            continue;
        const InboxAlert::State state = alert->state();
        anyAck = anyAck || alert->ack.has_value();
        anyCovered = anyCovered || alert->ack.has_value() || state == InboxAlert::State::Silenced;
        anyOpen = anyOpen || !alert->ack.has_value();
    }
    m_ack->setEnabled(anyOpen);
    m_expire->setEnabled(anyCovered);
    m_extend->setEnabled(anyAck);
}

void AlertInboxPanel::scheduleUpdateShown()
{
    m_shownTimer.start();
}

void AlertInboxPanel::updateShown()
{
    m_shownTimer.stop();
    // Counted per group by the proxy: asking each group for its rows would map every one.
    const int shown = m_proxy->shownAlertCount();
    const int total = m_model->alertCount();
    m_shown->setText(shown == total ? tr("%n alert(s)", nullptr, total)
                                    : tr("Showing %1 of %n alert(s)", nullptr, total).arg(shown));
}

QString AlertInboxPanel::shownText() const
{
    if (m_shownTimer.isActive()) // a count due this turn: as the label will show it
        const_cast<AlertInboxPanel *>(this)->updateShown();
    return m_shown->text();
}

void AlertInboxPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isSelected(index))
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *ack = menu->addAction(m_ack->text(), m_ack, &QToolButton::click);
    ack->setEnabled(m_ack->isEnabled());
    QAction *expire = menu->addAction(m_expire->text(), m_expire, &QToolButton::click);
    expire->setEnabled(m_expire->isEnabled());
    QAction *extend = menu->addAction(m_extend->text(), m_extend, &QToolButton::click);
    extend->setEnabled(m_extend->isEnabled());
    menu->addSeparator();
    const QString key = m_view->currentAlertKey();
    QAction *runbook = menu->addAction(tr("Show runbook"), this, [this, key] { emit runbookRequested(key); });
    runbook->setEnabled(!key.isEmpty());
    QAction *copy = menu->addAction(tr("Copy labels"), this, [this, key] {
        if (const InboxAlert *alert = m_model->alertAt(m_model->indexOf(key)))
            QApplication::clipboard()->setText(InboxAlert::describeLabels(alert->alert.labels));
    });
    copy->setEnabled(!key.isEmpty());
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace pivori {

class AlertFilterProxy;
class AlertInboxModel;
class AlertInboxView;
class InboxFilterBar;

/// The inbox tab: the filter bar, the actions on the selection (acknowledge, expire, extend),
/// the tree of alerts and what it shows out of how many. It only asks: the page that owns
/// the services answers acknowledgeRequested() and friends with the keys of the alerts.
class AlertInboxPanel final : public QWidget
{
    Q_OBJECT
public:
    /// Neither model is owned; @p proxy must already sit on @p model.
    AlertInboxPanel(AlertInboxModel *model, AlertFilterProxy *proxy, QWidget *parent = nullptr);

    AlertInboxView *view() const { return m_view; }
    InboxFilterBar *filterBar() const { return m_filterBar; }
    /// "Showing 4 of 9 alerts" as shown.
    QString shownText() const;

    /// Enables the actions for what the selection holds.
    void updateActions();

signals:
    void acknowledgeRequested(const QStringList &keys);
    /// Un-acknowledge, or expire the silence that covers the alerts.
    void expireRequested(const QStringList &keys);
    void extendRequested(const QStringList &keys);
    void runbookRequested(const QString &key);
    void currentAlertChanged(const QString &key);

private:
    void showContextMenu(const QPoint &pos);
    void updateShown();
    /// Once per event-loop turn, however many row signals a poll or a filter sends.
    void scheduleUpdateShown();
    QToolButton *addAction(const QString &text, const QString &tip, const QString &shortcutText);

    AlertInboxModel *m_model = nullptr;
    AlertFilterProxy *m_proxy = nullptr;
    InboxFilterBar *m_filterBar = nullptr;
    AlertInboxView *m_view = nullptr;
    QToolButton *m_ack = nullptr;
    QToolButton *m_expire = nullptr;
    QToolButton *m_extend = nullptr;
    QLabel *m_shown = nullptr;
    QTimer m_shownTimer;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxalert.h"

#include <QIcon>
#include <QObject>
#include <QSet>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace pivori {

class DesktopNotifications;

/// Tells the operator about alerts while the console is not in front: a tray icon with the
/// number of firing alerts, coloured by the worst of them, and a desktop notification (plus
/// an optional beep) when a critical or warning alert starts firing.
///
/// Notifications go to the desktop's notification service over D-Bus (DesktopNotifications),
/// with or without a tray, their body escaped for servers that take markup; the tray's own
/// balloon is the fallback where there is no such service. Where there is neither, nothing
/// pretends otherwise: unavailableReason() says why, the menu says so at its top and its
/// notification switches are disabled, and notificationsUnavailable() is emitted once.
///
/// An alert is announced at most once per key. The alerts already firing at the first poll are
/// not announced one by one (starting the console must not ring for a known backlog) but
/// summarised once, in one notification without sound ("5 alerts already firing: 2 critical,
/// 3 warning"); the alerts of a cluster the first time it answers later are not announced
/// (addBaseline). Do-not-disturb and the per-severity switches only mute; the alerts are still
/// remembered as announced, so switching back on does not replay them. The switches are
/// remembered in QSettings. Alert text in a notification is shown with its invisible
/// characters written out (InboxAlertText::visible).
class AlertNotifier final : public QObject
{
    Q_OBJECT
public:
    /// Creates the tray icon when the desktop has a system tray, and asks the session bus for
    /// the desktop's notification service (asynchronously).
    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;

    /// One poll's alerts: announces the new firing critical and warning ones, updates the icon.
    void setAlerts(const QList<InboxAlert> &alerts);
    /// Marks alerts as known without announcing them.
    void addBaseline(const QList<InboxAlert> &alerts);
    /// Non-empty while "no alert firing" cannot be believed (the rules are not evaluated): the
    /// icon shows "?" instead of the quiet all-clear, and the tooltip says why.
    void setDoubt(const QString &text);
    /// What the tray icon's tooltip says (also when there is no tray).
    QString toolTip() const { return m_toolTip; }

    bool doNotDisturb() const;
    void setDoNotDisturb(bool on);
    /// @p severity: "critical" or "warning".
    bool notifies(const QString &severity) const;
    void setNotifies(const QString &severity, bool on);
    bool beeps(const QString &severity) const;
    void setBeeps(const QString &severity, bool on);

    /// Firing alerts (not acknowledged, silenced or inhibited) of the last poll.
    int firingCount() const { return m_firing; }
    QString worstSeverity() const { return m_worst; }
    /// The current icon (also when there is no tray).
    QIcon icon() const { return m_icon; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    DesktopNotifications *desktopNotifications() const { return m_desktop; }
    /// Why no notification can be shown (no notification service and no tray); empty while
    /// one of them is there or the service has not answered yet.
    QString unavailableReason() const;
    /// The switches as checkable actions, for the tray's menu and the page's button.
    QMenu *menu() const { return m_menu.get(); }

    /// A round badge with @p count in @p color; no number for 0.
    static QIcon paintIcon(int count, const QColor &color);
    /// A round badge with @p text (at most 3 characters) in @p color.
    static QIcon paintIcon(const QString &text, const QColor &color);

signals:
    /// A desktop notification was shown (or would have been, without a tray).
    void notified(const QString &severity, const QString &title, const QString &message);
    /// The tray icon or one of its notifications was clicked.
    void activated();
    /// Desktop notifications cannot be shown (unavailableReason()); emitted once, when that
    /// becomes known.
    void notificationsUnavailable(const QString &reason);

private:
    QAction *addSwitch(const QString &text, const QString &key, bool defaultOn);
    void updateIcon();
    void updateAvailability();
    void deliver(const QString &severity, const QString &title, const QString &message);
    void summariseBacklog(const QList<InboxAlert> &alerts);

    QSet<QString> m_known;
    bool m_baselined = false;
    int m_firing = 0;
    QString m_worst;
    QString m_doubt;
    QString m_toolTip;
    QIcon m_icon;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifications *m_desktop = nullptr;
    QAction *m_unavailableNote = nullptr; ///< the menu's first line while nothing can be shown
    bool m_toldUnavailable = false;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_dnd = nullptr;
    QAction *m_notifyCritical = nullptr;
    QAction *m_notifyWarning = nullptr;
    QAction *m_beepCritical = nullptr;
    QAction *m_beepWarning = nullptr;
};

} // namespace pivori

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

/// Tells the operator about alerts while the console is not in front: a tray icon with the
/// number of firing alerts, coloured by the worst of them, and a desktop notification (plus
/// an optional beep) when a critical or warning alert starts firing.
///
/// An alert is announced at most once per key, and never for the alerts that were already
/// there at the first poll (starting the console must not ring for a known backlog), nor for
/// the alerts of a cluster the first time it answers (addBaseline). Do-not-disturb and the
/// per-severity switches only mute; the alerts are still remembered as announced, so
/// switching back on does not replay them. The switches are remembered in QSettings.
class AlertNotifier final : public QObject
{
    Q_OBJECT
public:
    /// Creates the tray icon when the desktop has a system tray.
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

private:
    QAction *addSwitch(const QString &text, const QString &key, bool defaultOn);
    void updateIcon();

    QSet<QString> m_known;
    bool m_baselined = false;
    int m_firing = 0;
    QString m_worst;
    QString m_doubt;
    QString m_toolTip;
    QIcon m_icon;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_dnd = nullptr;
    QAction *m_notifyCritical = nullptr;
    QAction *m_notifyWarning = nullptr;
    QAction *m_beepCritical = nullptr;
    QAction *m_beepWarning = nullptr;
};

} // namespace pivori

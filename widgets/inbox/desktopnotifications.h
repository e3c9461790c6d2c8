// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QDBusServiceWatcher;

namespace pivori {

/// The desktop's notification service (`org.freedesktop.Notifications` on the D-Bus session
/// bus, as GNOME, KDE, XFCE, dunst and mako offer it), spoken to directly: a desktop with a
/// notification daemon but no system tray (no StatusNotifier host) still shows notifications.
///
/// Construction asks the service for its capabilities, asynchronously: a slow or absent bus
/// never holds the GUI. Notifications sent before the answer wait for it. A service that
/// appears later (a daemon started after the console) is picked up.
///
/// The body is plain text from alerts. Per the Desktop Notifications Specification a server
/// advertising "body-markup" parses the body as markup, so there "&", "<" and ">" are sent as
/// entities and nothing in an alert can become bold text, a link or an image fetch; a server
/// without it gets the text as it is.
class DesktopNotifications final : public QObject
{
    Q_OBJECT
public:
    enum class State { Probing, Available, Unavailable };
    Q_ENUM(State)
    /// The specification's urgency hint (a byte).
    enum class Urgency : unsigned char { Low = 0, Normal = 1, Critical = 2 };

    explicit DesktopNotifications(QObject *parent = nullptr);
    ~DesktopNotifications() override;

    State state() const { return m_state; }
    /// Why notifications cannot be shown (no session bus, no such service); empty otherwise.
    QString problem() const { return m_problem; }
    /// What the server said it can do (GetCapabilities), e.g. "body", "body-markup", "actions".
    QStringList capabilities() const { return m_capabilities; }

    /// Shows a notification: now when the service is there, once it answered while probing,
    /// not at all when it is unavailable. @p body is plain text.
    void notify(const QString &summary, const QString &body, Urgency urgency);

    /// @p text as a body for a server that does (@p markup) or does not take markup: with
    /// markup "&", "<" and ">" become "&amp;", "&lt;" and "&gt;", as the specification asks.
    static QString bodyFor(const QString &text, bool markup);

signals:
    void stateChanged(pivori::DesktopNotifications::State state);
    /// The operator clicked one of the notifications sent from here.
    void activated();
    /// The service took a notification and gave it this id.
    void delivered(uint id);

private:
    struct Queued final
    {
        QString summary;
        QString body;
        Urgency urgency;
    };

    void probe();
    void setState(State state);
    void send(const Queued &notification);

private slots:
    // Slots by name: QDBusConnection::connect takes signals of the bus that way.
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    State m_state = State::Probing;
    QString m_problem;
    QStringList m_capabilities;
    QList<Queued> m_queue;
    QSet<uint> m_sentIds; ///< ours, still open: clicks on other programs' notifications are not ours
    QDBusServiceWatcher *m_watcher = nullptr;
};

} // namespace pivori

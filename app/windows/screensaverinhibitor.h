// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QDBusPendingCallWatcher;

namespace pivori {

/// Keeps the desktop's screen saver away while the NOC wall is up, through the freedesktop
/// `org.freedesktop.ScreenSaver` D-Bus interface (KDE, GNOME via its portal shim, XFCE and
/// others offer it). Every call is asynchronous: a slow or absent session bus never holds the
/// GUI. Where the desktop offers no such service, state() says so and nothing else happens.
class ScreenSaverInhibitor final : public QObject
{
    Q_OBJECT
public:
    enum class State { Off, Requesting, Inhibited, Unavailable };

    explicit ScreenSaverInhibitor(QObject *parent = nullptr);
    /// Releases the inhibition if it is held.
    ~ScreenSaverInhibitor() override;

    void inhibit(const QString &reason);
    void release();

    State state() const { return m_state; }
    /// Why inhibiting is unavailable (no session bus, no such service); empty otherwise.
    QString problem() const { return m_problem; }

signals:
    void stateChanged(pivori::ScreenSaverInhibitor::State state);

private:
    void setState(State state);
    void sendRelease();
    static void sendUnInhibit(quint32 cookie);

    State m_state = State::Off;
    QString m_problem;
    quint32 m_cookie = 0;
    QPointer<QDBusPendingCallWatcher> m_pending; ///< the Inhibit call while Requesting
    bool m_releaseWhenGranted = false;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "screensaverinhibitor.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileInfo>

namespace pivori {

namespace {

const QString kService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kPath = QStringLiteral("/org/freedesktop/ScreenSaver");
const QString kInterface = QStringLiteral("org.freedesktop.ScreenSaver");

} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QObject *parent)
    : QObject(parent)
{
}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    if (m_state == State::Inhibited)
        sendRelease();
    if (m_state == State::Requesting && m_pending) {
        // The answer is still on its way and this object will not see it: the watcher lives
        // on by itself and gives the cookie straight back, or the screen saver would stay
        // off until the program ends.
        QDBusPendingCallWatcher *watcher = m_pending;
        watcher->setParent(nullptr);
        watcher->disconnect(this);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, [](QDBusPendingCallWatcher *w) {
            const QDBusPendingReply<quint32> reply = *w;
            if (!reply.isError())
                sendUnInhibit(reply.value());
            w->deleteLater();
        });
    }
}

void ScreenSaverInhibitor::inhibit(const QString &reason)
{
    if (m_state == State::Inhibited || m_state == State::Requesting) {
        m_releaseWhenGranted = false;
        return;
    }
    // Without an address libdbus would try to autolaunch a bus (spawning dbus-launch): a wall
    // without a desktop session simply has no screen saver to talk to.
    const bool hasAddress = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
        || QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus"));
    if (!hasAddress) {
        m_problem = tr("no D-Bus session bus");
        setState(State::Unavailable);
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_problem = tr("no D-Bus session bus");
        setState(State::Unavailable);
        return;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Inhibit"));
    call << QCoreApplication::applicationName() << reason;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    m_pending = watcher;
    setState(State::Requesting);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<quint32> reply = *w;
        if (reply.isError()) {
            m_problem = reply.error().message();
            setState(State::Unavailable);
            return;
        }
        m_cookie = reply.value();
        m_problem.clear();
        setState(State::Inhibited);
        if (std::exchange(m_releaseWhenGranted, false))
            release();
    });
}

void ScreenSaverInhibitor::release()
{
    if (m_state == State::Requesting) {
        m_releaseWhenGranted = true; // the cookie is not here yet
        return;
    }
    if (m_state != State::Inhibited)
        return;
    sendRelease();
    setState(State::Off);
}

void ScreenSaverInhibitor::sendRelease()
{
    sendUnInhibit(m_cookie);
}

void ScreenSaverInhibitor::sendUnInhibit(quint32 cookie)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("UnInhibit"));
    call << cookie;
    // Fire and forget: there is nothing to do if the desktop went away meanwhile.
    QDBusConnection::sessionBus().send(call);
}

void ScreenSaverInhibitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace pivori

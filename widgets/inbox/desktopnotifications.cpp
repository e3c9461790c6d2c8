// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QFileInfo>
#include <QVariantMap>

namespace pivori {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
constexpr int kCallTimeoutMs = 5000;
/// Notifications waiting for the service's first answer; more would be a flood, not news.
constexpr qsizetype kMaxQueued = 8;

bool hasSessionBusAddress()
{
    // Without an address libdbus would try to autolaunch a bus (spawning dbus-launch).
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
        || QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus"));
}

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
    if (!hasSessionBusAddress() || !QDBusConnection::sessionBus().isConnected()) {
        m_problem = tr("no D-Bus session bus");
        m_state = State::Unavailable;
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_watcher = new QDBusServiceWatcher(kService, bus,
        QDBusServiceWatcher::WatchForRegistration | QDBusServiceWatcher::WatchForUnregistration, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &DesktopNotifications::probe);
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        m_problem = tr("the desktop's notification service (%1) stopped").arg(kService);
        setState(State::Unavailable);
    });
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
        SLOT(onActionInvoked(uint, QString)));
    bus.connect(
        kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    probe();
}

DesktopNotifications::~DesktopNotifications() = default;

void DesktopNotifications::probe()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            // Name the service: "no notification daemon" is what the operator has to fix.
            m_problem = tr("no desktop notification service (%1): %2").arg(kService, reply.error().message());
            m_queue.clear();
            setState(State::Unavailable);
            return;
        }
        m_capabilities = reply.value();
        m_problem.clear();
        setState(State::Available);
        const QList<Queued> queued = std::exchange(m_queue, {});
        for (const Queued &notification : queued)
            send(notification);
    });
}

void DesktopNotifications::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString DesktopNotifications::bodyFor(const QString &text, bool markup)
{
    if (!markup)
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else
            out += c;
    }
    return out;
}

void DesktopNotifications::notify(const QString &summary, const QString &body, Urgency urgency)
{
    switch (m_state) {
    case State::Unavailable:
        return;
    case State::Probing:
        if (m_queue.size() < kMaxQueued)
            m_queue.append({ summary, body, urgency });
        return;
    case State::Available:
        send({ summary, body, urgency });
        return;
    }
}

void DesktopNotifications::send(const Queued &notification)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const bool markup = m_capabilities.contains(QStringLiteral("body-markup"));
    QStringList actions;
    if (m_capabilities.contains(QStringLiteral("actions")))
        actions << kDefaultAction << tr("Show alerts");
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(notification.urgency)));
    const QString icon = notification.urgency == Urgency::Critical ? QStringLiteral("dialog-error")
                                                                   : QStringLiteral("dialog-warning");
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    call << QStringLiteral("Pivori Console") << uint(0) << icon << notification.summary
         << bodyFor(notification.body, markup) << actions << hints << int(-1);
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            m_problem = tr("the desktop's notification service (%1) refused a notification: %2")
                            .arg(kService, reply.error().message());
            return;
        }
        m_sentIds.insert(reply.value());
        emit delivered(reply.value());
    });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    if (m_sentIds.contains(id) && action == kDefaultAction)
        emit activated();
}

void DesktopNotifications::onClosed(uint id, uint /*reason*/)
{
    m_sentIds.remove(id);
}

} // namespace pivori

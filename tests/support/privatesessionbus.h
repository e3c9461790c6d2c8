// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTest>

namespace pivori::testutils {

/// A dbus-daemon of the test's own, made this process's session bus, so nothing a test sends
/// reaches the desktop of whoever runs it; and a second connection ("desktop") on which a test
/// publishes fake desktop services (notifications, screen saver).
class PrivateSessionBus final
{
public:
    /// Starts the daemon; call first in initTestCase(), before anything touches the session bus.
    /// Empty on success, else what went wrong.
    QString start()
    {
        m_bus.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address") });
        if (!m_bus.waitForStarted(10000))
            return QStringLiteral("dbus-daemon is missing (installer/install-deps.sh installs it)");
        if (!QTest::qWaitFor([this] { return m_bus.canReadLine() || m_bus.waitForReadyRead(100); }, 10000)
            || !m_bus.canReadLine())
            return QStringLiteral("dbus-daemon printed no address");
        m_address = QString::fromUtf8(m_bus.readLine().trimmed());
        if (!m_address.startsWith(QStringLiteral("unix:")))
            return QStringLiteral("dbus-daemon printed an odd address: ") + m_address;
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        return QDBusConnection::sessionBus().isConnected()
            ? QString()
            : QStringLiteral("cannot connect to the private bus");
    }

    /// Ends the daemon; true when it stopped.
    bool stop()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
        m_bus.terminate();
        return m_bus.waitForFinished(10000);
    }

    QDBusConnection desktopConnection() const
    {
        return QDBusConnection::connectToBus(m_address, QStringLiteral("desktop"));
    }

    /// Puts @p object on the bus as the desktop's @p service at @p path.
    bool publish(QObject *object, const QString &service, const QString &path) const
    {
        QDBusConnection connection = desktopConnection();
        return connection.isConnected()
            && connection.registerObject(path, object, QDBusConnection::ExportAllSlots)
            && connection.registerService(service);
    }

    void withdraw(const QString &service, const QString &path) const
    {
        QDBusConnection connection = desktopConnection();
        connection.unregisterService(service);
        connection.unregisterObject(path);
    }

private:
    QProcess m_bus;
    QString m_address;
};

} // namespace pivori::testutils

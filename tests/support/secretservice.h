// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverprocess.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTest>

namespace pivori::testutils {

/// A real Secret Service of the test's own: a dbus-daemon that can start nothing by itself (no
/// service folders, so an absent Secret Service stays absent instead of being activated), and,
/// on request, gnome-keyring-daemon on it, unlocked with a password fed on its standard input,
/// its keyring in a folder of the test's own. Every process is ended by its own QProcess.
class PrivateSecretService final
{
public:
    /// @p root: an empty folder for the bus's configuration and the keyring's HOME.
    explicit PrivateSecretService(QString root)
        : m_root(std::move(root))
    {
    }
    ~PrivateSecretService() { stop(); }
    PrivateSecretService(const PrivateSecretService &) = delete;
    PrivateSecretService &operator=(const PrivateSecretService &) = delete;

    /// Starts the bus alone; empty on success, else what went wrong.
    QString startBus()
    {
        const QString config = m_root + QStringLiteral("/session.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write ") + config;
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig>\n  <type>session</type>\n  <listen>unix:tmpdir=/tmp</listen>\n"
                   "  <auth>EXTERNAL</auth>\n  <policy context=\"default\">\n"
                   "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                   "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n  </policy>\n</busconfig>\n");
        file.close();
        stopWithTest(m_bus);
        m_bus.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                QStringLiteral("--print-address") });
        if (!m_bus.waitForStarted(10000))
            return QStringLiteral("dbus-daemon is missing (installer/install-deps.sh installs it)");
        if (!QTest::qWaitFor([this] { return m_bus.canReadLine() || m_bus.waitForReadyRead(100); }, 10000)
            || !m_bus.canReadLine())
            return QStringLiteral("dbus-daemon printed no address");
        m_address = QString::fromUtf8(m_bus.readLine().trimmed());
        return m_address.startsWith(QStringLiteral("unix:"))
            ? QString()
            : QStringLiteral("dbus-daemon printed an odd address: ") + m_address;
    }

    /// Starts gnome-keyring-daemon's secrets component on the bus and waits until it owns
    /// org.freedesktop.secrets; empty on success, else what went wrong.
    QString startKeyring()
    {
        const QString home = m_root + QStringLiteral("/keyring-home");
        QDir().mkpath(home + QStringLiteral("/runtime"));
        QFile::setPermissions(
            home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_keyring.setProcessEnvironment(environment(home));
        m_keyring.setStandardOutputFile(m_root + QStringLiteral("/keyring.log"));
        m_keyring.setStandardErrorFile(m_root + QStringLiteral("/keyring.log"), QIODevice::Append);
        stopWithTest(m_keyring);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
            { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                QStringLiteral("--components=secrets") });
        if (!m_keyring.waitForStarted(10000))
            return QStringLiteral("gnome-keyring-daemon is missing (installer/install-deps.sh installs it)");
        // --unlock reads the login keyring's password up to the end of its input.
        m_keyring.write("keyring-test-password");
        m_keyring.closeWriteChannel();
        QDBusConnection probe
            = QDBusConnection::connectToBus(m_address, QStringLiteral("secret-service-probe"));
        const bool up = QTest::qWaitFor(
            [&probe, this] {
                return m_keyring.state() == QProcess::Running && probe.isConnected()
                    && probe.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
            },
            20000);
        QDBusConnection::disconnectFromBus(QStringLiteral("secret-service-probe"));
        return up ? QString()
                  : QStringLiteral("gnome-keyring-daemon did not come up: see ") + m_root
                + QStringLiteral("/keyring.log");
    }

    /// Stores @p secret as QtKeychain's entry @p entry of @p service, the way a user would with
    /// secret-tool (the attributes are those QtKeychain looks up).
    bool storeWithSecretTool(const QString &service, const QString &entry, const QByteArray &secret) const
    {
        QProcess tool;
        tool.setProcessEnvironment(environment(m_root + QStringLiteral("/keyring-home")));
        tool.start(QStringLiteral("secret-tool"),
            { QStringLiteral("store"), QStringLiteral("--label=") + service, QStringLiteral("user"), entry,
                QStringLiteral("server"), service, QStringLiteral("type"), QStringLiteral("plaintext") });
        if (!tool.waitForStarted(10000))
            return false;
        tool.write(secret);
        tool.closeWriteChannel();
        return tool.waitForFinished(20000) && tool.exitStatus() == QProcess::NormalExit
            && tool.exitCode() == 0;
    }

    /// What secret-tool finds for QtKeychain's entry @p entry of @p service; empty when nothing.
    QByteArray lookupWithSecretTool(const QString &service, const QString &entry) const
    {
        QProcess tool;
        tool.setProcessEnvironment(environment(m_root + QStringLiteral("/keyring-home")));
        tool.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("user"), entry, QStringLiteral("server"), service });
        if (!tool.waitForFinished(20000) || tool.exitStatus() != QProcess::NormalExit)
            return {};
        return tool.readAllStandardOutput();
    }

    QString address() const { return m_address; }

    /// The system environment with this bus as the session bus, HOME and XDG folders under
    /// @p home, and no display (nothing reaches the desktop of whoever runs the test).
    QProcessEnvironment environment(const QString &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("TMPDIR"), home + QStringLiteral("/tmp"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

    /// Ends the keyring, then the bus; true when both stopped.
    bool stop()
    {
        bool stopped = true;
        for (QProcess *process : { &m_keyring, &m_bus }) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(10000)) {
                process->kill();
                process->waitForFinished(5000);
                stopped = false;
            }
        }
        return stopped;
    }

private:
    QString m_root;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

} // namespace pivori::testutils

// SPDX-License-Identifier: GPL-3.0-or-later
// Screen saver inhibition over a real D-Bus session bus: a private dbus-daemon is started
// for the test, and the desktop's side (org.freedesktop.ScreenSaver) is an object this test
// puts on that bus, recording the calls it gets.
#include "screensaverinhibitor.h"

#include "privatesessionbus.h"

#include <QDBusConnection>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace pivori;

/// The desktop's screen saver service, as KDE or XFCE offer it.
class FakeDesktopScreenSaver final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QStringList inhibitedBy;
    QList<uint> released;

public slots:
    uint Inhibit(const QString &application, const QString &reason)
    {
        inhibitedBy << application + QStringLiteral(": ") + reason;
        return 4242;
    }
    void UnInhibit(uint cookie) { released << cookie; }
};

class TestScreenSaverInhibitor final : public QObject
{
    Q_OBJECT

private:
    testutils::PrivateSessionBus m_bus;

    /// Puts @p desktop on the bus as the desktop's screen saver service.
    bool publish(FakeDesktopScreenSaver *desktop) const
    {
        return m_bus.publish(desktop, QStringLiteral("org.freedesktop.ScreenSaver"),
            QStringLiteral("/org/freedesktop/ScreenSaver"));
    }

    void withdraw() const
    {
        m_bus.withdraw(
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"));
    }

private slots:
    void initTestCase()
    {
        // Before anything touches the session bus: this process's bus is the private one.
        const QString busProblem = m_bus.start();
        QVERIFY2(busProblem.isEmpty(), qPrintable(busProblem));
    }

    void cleanupTestCase() { QVERIFY(m_bus.stop()); }

    void withoutTheServiceItSaysUnavailable()
    {
        ScreenSaverInhibitor inhibitor;
        inhibitor.inhibit(QStringLiteral("wall"));
        QTRY_COMPARE_WITH_TIMEOUT(inhibitor.state(), ScreenSaverInhibitor::State::Unavailable, 10000);
        QVERIFY2(
            inhibitor.problem().contains(QStringLiteral("ScreenSaver")), qPrintable(inhibitor.problem()));
    }

    void inhibitsAndReleasesWithTheDesktopsCookie()
    {
        FakeDesktopScreenSaver desktop;
        QVERIFY(publish(&desktop));

        {
            ScreenSaverInhibitor inhibitor;
            QSignalSpy changed(&inhibitor, &ScreenSaverInhibitor::stateChanged);
            inhibitor.inhibit(QStringLiteral("NOC wall"));
            QCOMPARE(
                inhibitor.state(), ScreenSaverInhibitor::State::Requesting); // never waits for the answer
            QTRY_COMPARE_WITH_TIMEOUT(inhibitor.state(), ScreenSaverInhibitor::State::Inhibited, 10000);
            QCOMPARE(desktop.inhibitedBy.size(), 1);
            QVERIFY(desktop.inhibitedBy.constFirst().endsWith(QStringLiteral(": NOC wall")));
            inhibitor.release();
            QCOMPARE(inhibitor.state(), ScreenSaverInhibitor::State::Off);
            QTRY_COMPARE_WITH_TIMEOUT(desktop.released, QList<uint> { 4242 }, 10000);

            inhibitor.inhibit(QStringLiteral("again"));
            QTRY_COMPARE_WITH_TIMEOUT(inhibitor.state(), ScreenSaverInhibitor::State::Inhibited, 10000);
        } // leaving the wall by destroying it releases too
        QTRY_COMPARE_WITH_TIMEOUT(desktop.released.size(), 2, 10000);

        withdraw();
    }

    void destroyedBeforeTheAnswerStillReleases()
    {
        FakeDesktopScreenSaver desktop;
        QVERIFY(publish(&desktop));
        {
            ScreenSaverInhibitor inhibitor;
            inhibitor.inhibit(QStringLiteral("gone at once"));
            QCOMPARE(inhibitor.state(), ScreenSaverInhibitor::State::Requesting);
        } // the wall closed before the desktop answered
        QTRY_COMPARE_WITH_TIMEOUT(desktop.inhibitedBy.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(desktop.released, QList<uint> { 4242 }, 10000);
        withdraw();
    }

    void releaseBeforeTheAnswerStillReleases()
    {
        FakeDesktopScreenSaver desktop;
        QVERIFY(publish(&desktop));
        ScreenSaverInhibitor inhibitor;
        inhibitor.inhibit(QStringLiteral("brief"));
        inhibitor.release(); // the cookie has not arrived yet
        QTRY_COMPARE_WITH_TIMEOUT(desktop.released, QList<uint> { 4242 }, 10000);
        QCOMPARE(inhibitor.state(), ScreenSaverInhibitor::State::Off);
        withdraw();
    }
};

QTEST_GUILESS_MAIN(TestScreenSaverInhibitor)
#include "tst_screensaverinhibitor.moc"

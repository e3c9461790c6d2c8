// SPDX-License-Identifier: GPL-3.0-or-later
// The notifier: a new firing critical or warning alert is announced once; the backlog at
// the first poll is summarised once; do-not-disturb and the per-severity switches mute; the
// switches are remembered; the tray badge counts firing alerts in the colour of the worst.
// Notifications travel over a real D-Bus session bus: a private dbus-daemon is started for the
// test, and the desktop's notification service (org.freedesktop.Notifications) is an object
// this test puts on that bus, recording the calls it gets. Alert text in them is escaped for a
// server that takes markup, and its invisible characters are written out.
#include "alertnotifier.h"
#include "desktopnotifications.h"
#include "severitystyle.h"

#include "privatesessionbus.h"

#include <QAction>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pivori;

namespace {

InboxAlert makeAlert(
    const QString &fingerprint, const QString &severity, const QString &cluster = QStringLiteral("prod"))
{
    InboxAlert a;
    a.cluster = cluster;
    a.alert.fingerprint = fingerprint;
    a.alert.labels = { { QStringLiteral("alertname"), QStringLiteral("Alert_") + fingerprint },
        { QStringLiteral("severity"), severity } };
    a.alert.annotations = { { QStringLiteral("summary"), QStringLiteral("summary of ") + fingerprint } };
    a.alert.state = Alert::State::Active;
    return a;
}

InboxAlert withSummary(InboxAlert a, const QString &summary)
{
    a.alert.annotations[QStringLiteral("summary")] = summary;
    return a;
}

InboxAlert silenced(InboxAlert a)
{
    a.alert.silencedBy = { QStringLiteral("s1") };
    return a;
}

const QString kHostile = QStringLiteral(
    "<b>bold</b> <a href=\"https://evil.example/\">click</a> <img src=\"https://evil.example/x.png\"> & co");

} // namespace

/// The desktop's notification daemon, as GNOME, KDE or dunst offer it.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call final
    {
        QString app;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QStringList capabilities;
    QList<Call> calls;

public slots:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &app, uint /*replacesId*/, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int /*timeout*/)
    {
        calls.append({ app, icon, summary, body, actions, hints });
        return uint(calls.size()) + 100;
    }
    void CloseNotification(uint /*id*/) { }
};

class TestAlertNotifier : public QObject
{
    Q_OBJECT

private:
    testutils::PrivateSessionBus m_bus;

    /// Puts @p server on the bus as the desktop's notification service.
    bool publish(FakeNotificationServer *server) const
    {
        return m_bus.publish(server, QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"));
    }

    void withdraw() const
    {
        m_bus.withdraw(QStringLiteral("org.freedesktop.Notifications"),
            QStringLiteral("/org/freedesktop/Notifications"));
    }

    static bool available(AlertNotifier &notifier)
    {
        return QTest::qWaitFor(
            [&] {
                return notifier.desktopNotifications()->state() == DesktopNotifications::State::Available;
            },
            10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PivoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_alertnotifier"));
        // Before anything touches the session bus: this process's bus is the private one, so no
        // test notification ever reaches the desktop of whoever runs the tests.
        const QString busProblem = m_bus.start();
        QVERIFY2(busProblem.isEmpty(), qPrintable(busProblem));
    }

    void cleanupTestCase() { QVERIFY(m_bus.stop()); }

    void init() { QSettings().clear(); }
    void cleanup() { withdraw(); } // also after a failed test: the next one starts without a service

    void hostileTextIsEscapedForAMarkupServer()
    {
        FakeNotificationServer server;
        server.capabilities
            = { QStringLiteral("body"), QStringLiteral("body-markup"), QStringLiteral("actions") };
        QVERIFY(publish(&server));
        AlertNotifier notifier;
        QVERIFY(available(notifier));
        notifier.setAlerts({});
        notifier.setAlerts(
            { withSummary(makeAlert(QStringLiteral("x"), QStringLiteral("critical")), kHostile) });
        QTRY_COMPARE_WITH_TIMEOUT(server.calls.size(), 1, 10000);
        const FakeNotificationServer::Call call = server.calls.constFirst();
        QCOMPARE(call.app, QStringLiteral("Pivori Console"));
        QVERIFY2(call.summary.startsWith(QStringLiteral("1 new critical alert")), qPrintable(call.summary));
        QVERIFY2(call.body.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")), qPrintable(call.body));
        QVERIFY2(call.body.contains(QStringLiteral("&lt;img src=\"https://evil.example/x.png\"&gt;")),
            qPrintable(call.body));
        QVERIFY2(call.body.contains(QStringLiteral("&amp; co")), qPrintable(call.body));
        QVERIFY2(!call.body.contains(u'<') && !call.body.contains(u'>'), qPrintable(call.body));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 2);
        QVERIFY(call.actions.contains(QStringLiteral("default")));
    }

    void plainServerGetsTheTextAsItIs()
    {
        FakeNotificationServer server;
        server.capabilities = { QStringLiteral("body") };
        QVERIFY(publish(&server));
        AlertNotifier notifier;
        QVERIFY(available(notifier));
        notifier.setAlerts({});
        notifier.setAlerts(
            { withSummary(makeAlert(QStringLiteral("x"), QStringLiteral("warning")), kHostile) });
        QTRY_COMPARE_WITH_TIMEOUT(server.calls.size(), 1, 10000);
        // No markup parser on the other side: entities would be shown as "&lt;".
        QVERIFY2(
            server.calls.constFirst().body.contains(kHostile), qPrintable(server.calls.constFirst().body));
        QCOMPARE(server.calls.constFirst().hints.value(QStringLiteral("urgency")).toInt(), 1);
        QVERIFY(server.calls.constFirst().actions.isEmpty());
    }

    void invisibleCharactersAreWrittenOut()
    {
        FakeNotificationServer server;
        server.capabilities = { QStringLiteral("body"), QStringLiteral("body-markup") };
        QVERIFY(publish(&server));
        AlertNotifier notifier;
        QVERIFY(available(notifier));
        notifier.setAlerts({});
        notifier.setAlerts({ withSummary(makeAlert(QStringLiteral("x"), QStringLiteral("critical")),
            QStringLiteral("evil\u202Eevil-rtl\u200B")) });
        QTRY_COMPARE_WITH_TIMEOUT(server.calls.size(), 1, 10000);
        const QString body = server.calls.constFirst().body;
        QVERIFY2(body.contains(QStringLiteral("evil⟨U+202E⟩evil-rtl⟨U+200B⟩")), qPrintable(body));
        QVERIFY(!body.contains(QChar(0x202e)));
    }

    void backlogIsSummarisedOnce()
    {
        FakeNotificationServer server;
        server.capabilities = { QStringLiteral("body") };
        QVERIFY(publish(&server));
        AlertNotifier notifier;
        QSignalSpy spy(&notifier, &AlertNotifier::notified);
        // The first poll may come before the service has answered: the summary waits for it.
        const QList<InboxAlert> backlog { makeAlert(QStringLiteral("c1"), QStringLiteral("critical")),
            makeAlert(QStringLiteral("c2"), QStringLiteral("critical")),
            makeAlert(QStringLiteral("w1"), QStringLiteral("warning")),
            makeAlert(QStringLiteral("w2"), QStringLiteral("warning")),
            makeAlert(QStringLiteral("w3"), QStringLiteral("warning")),
            silenced(makeAlert(QStringLiteral("s"), QStringLiteral("critical"))),
            makeAlert(QStringLiteral("i"), QStringLiteral("info")) };
        notifier.setAlerts(backlog);
        QTRY_COMPARE_WITH_TIMEOUT(server.calls.size(), 1, 10000);
        // (Plural forms come from the translation, which unit tests do not load.)
        const QString summary = server.calls.constFirst().summary;
        QVERIFY2(summary.startsWith(QStringLiteral("5 alert"))
                && summary.endsWith(QStringLiteral(" already firing: 2 critical, 3 warning")),
            qPrintable(summary));
        QVERIFY2(server.calls.constFirst().body.startsWith(QStringLiteral("Alert_c1: summary of c1")),
            qPrintable(server.calls.constFirst().body));
        QCOMPARE(server.calls.constFirst().hints.value(QStringLiteral("urgency")).toInt(), 2);
        QCOMPARE(spy.size(), 1);
        notifier.setAlerts(backlog);
        notifier.setAlerts(backlog);
        QCOMPARE(spy.size(), 1); // nothing more was sent
    }

    void withoutServiceOrTrayItSaysSoOnce()
    {
        AlertNotifier notifier; // no service on the bus, no tray on the offscreen platform
        QSignalSpy told(&notifier, &AlertNotifier::notificationsUnavailable);
        QTRY_VERIFY_WITH_TIMEOUT(!notifier.unavailableReason().isEmpty(), 10000);
        QVERIFY2(notifier.unavailableReason().contains(QStringLiteral("org.freedesktop.Notifications")),
            qPrintable(notifier.unavailableReason()));
        QCOMPARE(told.size(), 1);
        const QAction *note = notifier.menu()->actions().constFirst();
        QVERIFY(note->isVisible());
        QVERIFY(!note->isEnabled());
        QCOMPARE(note->text(), notifier.unavailableReason());
        for (const QAction *action : notifier.menu()->actions()) {
            if (action->text().startsWith(QStringLiteral("Notify on")))
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
        notifier.setAlerts({});
        notifier.setAlerts({ makeAlert(QStringLiteral("n"), QStringLiteral("critical")) });
        QCOMPARE(told.size(), 1);

        // A daemon started later is found and used.
        FakeNotificationServer server;
        server.capabilities = { QStringLiteral("body") };
        QVERIFY(publish(&server));
        QVERIFY(available(notifier));
        QVERIFY(notifier.unavailableReason().isEmpty());
        QVERIFY(!notifier.menu()->actions().constFirst()->isVisible());
        notifier.setAlerts({ makeAlert(QStringLiteral("n"), QStringLiteral("critical")),
            makeAlert(QStringLiteral("m"), QStringLiteral("critical")) });
        QTRY_COMPARE_WITH_TIMEOUT(server.calls.size(), 1, 10000);
    }

    void clickOnItsNotificationActivates()
    {
        FakeNotificationServer server;
        server.capabilities = { QStringLiteral("body"), QStringLiteral("actions") };
        QVERIFY(publish(&server));
        AlertNotifier notifier;
        QVERIFY(available(notifier));
        QSignalSpy activated(&notifier, &AlertNotifier::activated);
        QSignalSpy delivered(notifier.desktopNotifications(), &DesktopNotifications::delivered);
        notifier.setAlerts({});
        notifier.setAlerts({ makeAlert(QStringLiteral("n"), QStringLiteral("critical")) });
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(delivered.constFirst().constFirst().toUInt(), 101u);
        const auto click = [this](uint id) {
            QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
            signal << id << QStringLiteral("default");
            QVERIFY(m_bus.desktopConnection().send(signal));
        };
        click(999); // another program's notification
        click(101); // ours
        // Signals arrive in order: the other program's click was seen (and ignored) first.
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
    }

    void newCriticalNotifiedOnce()
    {
        AlertNotifier notifier;
        QSignalSpy spy(&notifier, &AlertNotifier::notified);
        notifier.setAlerts({ makeAlert(QStringLiteral("old"), QStringLiteral("critical")) });
        QCOMPARE(spy.size(), 1); // the backlog of the first poll: summarised, not announced
        QVERIFY2(spy.first().at(1).toString().endsWith(QStringLiteral(" already firing: 1 critical")),
            qPrintable(spy.first().at(1).toString()));
        spy.clear();

        const QList<InboxAlert> second { makeAlert(QStringLiteral("old"), QStringLiteral("critical")),
            makeAlert(QStringLiteral("new"), QStringLiteral("critical")) };
        notifier.setAlerts(second);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("critical"));
        QVERIFY2(spy.first().at(2).toString().contains(QStringLiteral("Alert_new: summary of new")),
            qPrintable(spy.first().at(2).toString()));
        QVERIFY(!spy.first().at(2).toString().contains(QStringLiteral("Alert_old")));

        notifier.setAlerts(second);
        notifier.setAlerts({ second[1] });
        notifier.setAlerts(second); // resolved and back: the same key, not announced twice
        QCOMPARE(spy.size(), 1);
    }

    void whatIsAnnounced_data()
    {
        QTest::addColumn<InboxAlert>("alert");
        QTest::addColumn<bool>("announced");
        QTest::newRow("firing critical")
            << makeAlert(QStringLiteral("n"), QStringLiteral("critical")) << true;
        QTest::newRow("firing warning") << makeAlert(QStringLiteral("n"), QStringLiteral("warning")) << true;
        QTest::newRow("info") << makeAlert(QStringLiteral("n"), QStringLiteral("info")) << false;
        QTest::newRow("no severity") << makeAlert(QStringLiteral("n"), QString()) << false;
        QTest::newRow("critical born silenced")
            << silenced(makeAlert(QStringLiteral("n"), QStringLiteral("critical"))) << false;
        InboxAlert stale = makeAlert(QStringLiteral("n"), QStringLiteral("critical"));
        stale.stale = true;
        QTest::newRow("stale critical of an unreachable cluster") << stale << false;
        InboxAlert inhibited = makeAlert(QStringLiteral("n"), QStringLiteral("critical"));
        inhibited.alert.inhibitedBy = { QStringLiteral("fp") };
        QTest::newRow("inhibited critical") << inhibited << false;
    }

    void whatIsAnnounced()
    {
        QFETCH(InboxAlert, alert);
        QFETCH(bool, announced);
        AlertNotifier notifier;
        QSignalSpy spy(&notifier, &AlertNotifier::notified);
        notifier.setAlerts({});
        notifier.setAlerts({ alert });
        QCOMPARE(spy.size(), announced ? 1 : 0);
    }

    void doNotDisturbSuppresses()
    {
        AlertNotifier notifier;
        QSignalSpy spy(&notifier, &AlertNotifier::notified);
        notifier.setAlerts({});
        notifier.setDoNotDisturb(true);
        notifier.setAlerts({ makeAlert(QStringLiteral("a"), QStringLiteral("critical")) });
        QCOMPARE(spy.size(), 0);
        QCOMPARE(notifier.firingCount(), 1); // the badge still counts
        notifier.setDoNotDisturb(false);
        notifier.setAlerts({ makeAlert(QStringLiteral("a"), QStringLiteral("critical")) });
        QCOMPARE(spy.size(), 0); // no replay of what came during do-not-disturb
        notifier.setAlerts({ makeAlert(QStringLiteral("a"), QStringLiteral("critical")),
            makeAlert(QStringLiteral("b"), QStringLiteral("critical")) });
        QCOMPARE(spy.size(), 1);
    }

    void perSeveritySwitch_data()
    {
        QTest::addColumn<bool>("critical");
        QTest::addColumn<bool>("warning");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("both on") << true << true
                                 << QStringList { QStringLiteral("critical"), QStringLiteral("warning") };
        QTest::newRow("warnings off") << true << false << QStringList { QStringLiteral("critical") };
        QTest::newRow("criticals off") << false << true << QStringList { QStringLiteral("warning") };
        QTest::newRow("both off") << false << false << QStringList();
    }

    void perSeveritySwitch()
    {
        QFETCH(bool, critical);
        QFETCH(bool, warning);
        QFETCH(QStringList, expected);
        AlertNotifier notifier;
        notifier.setNotifies(QStringLiteral("critical"), critical);
        notifier.setNotifies(QStringLiteral("warning"), warning);
        QSignalSpy spy(&notifier, &AlertNotifier::notified);
        notifier.setAlerts({});
        notifier.setAlerts({ makeAlert(QStringLiteral("c"), QStringLiteral("critical")),
            makeAlert(QStringLiteral("w1"), QStringLiteral("warning")),
            makeAlert(QStringLiteral("w2"), QStringLiteral("warning")) });
        QStringList got;
        for (const auto &call : spy)
            got.append(call.at(0).toString());
        QCOMPARE(got, expected);
    }

    void baselineOfALateCluster()
    {
        AlertNotifier notifier;
        QSignalSpy spy(&notifier, &AlertNotifier::notified);
        notifier.setAlerts({ makeAlert(QStringLiteral("a"), QStringLiteral("critical")) });
        QCOMPARE(spy.size(), 1); // the summary of the first poll's backlog
        const InboxAlert late
            = makeAlert(QStringLiteral("b"), QStringLiteral("critical"), QStringLiteral("dr"));
        notifier.addBaseline({ late });
        notifier.setAlerts({ makeAlert(QStringLiteral("a"), QStringLiteral("critical")), late });
        QCOMPARE(spy.size(), 1);
    }

    void switchesAreRemembered()
    {
        {
            AlertNotifier notifier;
            QVERIFY(notifier.notifies(QStringLiteral("critical")));
            QVERIFY(!notifier.doNotDisturb());
            notifier.setDoNotDisturb(true);
            notifier.setNotifies(QStringLiteral("warning"), false);
            notifier.setBeeps(QStringLiteral("critical"), false);
        }
        AlertNotifier again;
        QVERIFY(again.doNotDisturb());
        QVERIFY(!again.notifies(QStringLiteral("warning")));
        QVERIFY(again.notifies(QStringLiteral("critical")));
        QVERIFY(!again.beeps(QStringLiteral("critical")));
        QVERIFY(again.menu());
        QVERIFY(again.menu()->actions().size() >= 5);
    }

    void badgeCountsFiringInWorstColour()
    {
        AlertNotifier notifier;
        notifier.setAlerts({ makeAlert(QStringLiteral("w"), QStringLiteral("warning")),
            makeAlert(QStringLiteral("i"), QStringLiteral("info")),
            silenced(makeAlert(QStringLiteral("c"), QStringLiteral("critical"))) });
        QCOMPARE(notifier.firingCount(), 2);
        QCOMPARE(notifier.worstSeverity(), QStringLiteral("warning"));
        const QImage image = notifier.icon().pixmap(64, 64).toImage();
        QVERIFY(!image.isNull());
        // Inside the badge, away from the digits: the severity's colour.
        const QColor edge = image.pixelColor(image.width() / 2, 4);
        const QColor amber = SeverityStyle::color(QStringLiteral("warning"));
        QVERIFY2(qAbs(edge.red() - amber.red()) < 40 && qAbs(edge.green() - amber.green()) < 40,
            qPrintable(edge.name() + QStringLiteral(" vs ") + amber.name()));
        notifier.setAlerts({});
        QCOMPARE(notifier.firingCount(), 0);
    }
};

QTEST_MAIN(TestAlertNotifier)
#include "tst_alertnotifier.moc"

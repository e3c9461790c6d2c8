// SPDX-License-Identifier: GPL-3.0-or-later
// The notifier: a new firing critical or warning alert is announced once; the backlog at
// the first poll is not; do-not-disturb and the per-severity switches mute; the switches
// are remembered; the tray badge counts firing alerts in the colour of the worst.
#include "alertnotifier.h"
#include "severitystyle.h"

#include <QMenu>
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

InboxAlert silenced(InboxAlert a)
{
    a.alert.silencedBy = { QStringLiteral("s1") };
    return a;
}

} // namespace

class TestAlertNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PivoriTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_alertnotifier"));
    }

    void init() { QSettings().clear(); }

    void newCriticalNotifiedOnce()
    {
        AlertNotifier notifier;
        QSignalSpy spy(&notifier, &AlertNotifier::notified);
        notifier.setAlerts({ makeAlert(QStringLiteral("old"), QStringLiteral("critical")) });
        QCOMPARE(spy.size(), 0); // the backlog of the first poll

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
        const InboxAlert late
            = makeAlert(QStringLiteral("b"), QStringLiteral("critical"), QStringLiteral("dr"));
        notifier.addBaseline({ late });
        notifier.setAlerts({ makeAlert(QStringLiteral("a"), QStringLiteral("critical")), late });
        QCOMPARE(spy.size(), 0);
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

// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox's data against the real HA pair: replicas merged, inhibitors named, acks shown,
// and an unreachable replica or cluster reported on that cluster instead of emptying the inbox.
#include "ackservice.h"
#include "alertinboxmodel.h"
#include "alertmanagerclient.h"
#include "alertpoller.h"
#include "freeport.h"
#include "networktransport.h"
#include "stackfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

using namespace pivori;
using namespace pivori::testing;

class TestAlertPoller final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    QString m_marker;
    QString m_service;

    /// One alert of this run, on this run's own service.
    void postMarkedAlert(const QUrl &replica, const QString &alertname, const QString &severity)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        postAlert(replica,
            { { QStringLiteral("alertname"), alertname }, { QStringLiteral("severity"), severity },
                { QStringLiteral("service"), m_service }, { QStringLiteral("test_run"), m_marker } },
            alertname + QStringLiteral(" test"), now.addSecs(300), now);
    }

    std::unique_ptr<AlertmanagerClient> client(const QString &name, const QList<QUrl> &replicas)
    {
        return clusterClient(m_transport.get(), name, replicas);
    }

    QList<InboxAlert> ours(const QList<InboxAlert> &alerts) const
    {
        QList<InboxAlert> out;
        for (const InboxAlert &alert : alerts) {
            if (alert.label(QStringLiteral("test_run")) == m_marker)
                out.append(alert);
        }
        return out;
    }

    static bool poll(AlertPoller &poller)
    {
        QSignalSpy finished(&poller, &AlertPoller::roundFinished);
        poller.pollNow();
        return finished.wait(15000);
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_service = QStringLiteral("inbox-test-") + m_marker.left(8);
        // The warning goes to one replica, its critical twin to the other: inhibition is
        // computed per replica, so the twin must reach the warning's replica too.
        postMarkedAlert(m_stack.alertmanagers[1], QStringLiteral("HighErrorRate"), QStringLiteral("warning"));
        postMarkedAlert(
            m_stack.alertmanagers[1], QStringLiteral("CriticalErrorRate"), QStringLiteral("critical"));
        postMarkedAlert(
            m_stack.alertmanagers[0], QStringLiteral("CriticalErrorRate"), QStringLiteral("critical"));
    }

    void mergesReplicasAndNamesInhibitors()
    {
        auto live = client(QStringLiteral("prod"), m_stack.alertmanagers);
        AlertPoller poller;
        poller.setClients({ live.get() });
        AlertInboxModel model;
        poller.setModel(&model);
        // Inhibition is computed when Alertmanager is read; give it the moment it needs.
        QTRY_VERIFY_WITH_TIMEOUT(poll(poller)
                && std::any_of(poller.alerts().cbegin(), poller.alerts().cend(),
                    [&](const InboxAlert &a) {
                        return a.label(QStringLiteral("test_run")) == m_marker
                            && a.state() == InboxAlert::State::Inhibited;
                    }),
            15000);
        const QList<InboxAlert> alerts = ours(poller.alerts());
        QCOMPARE(alerts.size(), 2);
        for (const InboxAlert &alert : alerts) {
            QCOMPARE(alert.cluster, QStringLiteral("prod"));
            QVERIFY(!alert.stale);
            if (alert.alertname() == QLatin1String("HighErrorRate")) {
                QCOMPARE(alert.state(), InboxAlert::State::Inhibited);
                QCOMPARE(alert.inhibitors.size(), 1);
                QVERIFY2(alert.inhibitors.first().startsWith(QStringLiteral("CriticalErrorRate{")),
                    qPrintable(alert.inhibitors.first()));
            } else {
                QCOMPARE(alert.alert.seenBy.size(), 2); // one row for both replicas
            }
        }
        QCOMPARE(poller.clusterStates().size(), 1);
        QVERIFY(poller.clusterStates().first().reachable);
        QVERIFY2(poller.clusterStates().first().message.isEmpty(),
            qPrintable(poller.clusterStates().first().message));
        // The model got the same list.
        QCOMPARE(model.alertCount(), int(poller.alerts().size()));
        QVERIFY(model.indexOf(alerts.first().key()).isValid());
    }

    void aYoungEmptyInboxIsAskedAgainWithinASecond()
    {
        // A console started together with its stack finds nothing yet (here: nothing answers
        // at all). While its inbox is empty in its first 30 s, it asks every second ...
        const QUrl nobody(QStringLiteral("http://127.0.0.1:%1").arg(pickFreeLoopbackPort()));
        auto empty = client(QStringLiteral("empty"), { nobody });
        AlertPoller young;
        young.setClients({ empty.get() });
        young.setInterval(10000);
        QSignalSpy youngRounds(&young, &AlertPoller::roundFinished);
        young.start();
        QTRY_VERIFY_WITH_TIMEOUT(youngRounds.size() >= 3, 6000);
        young.stop();

        // ... and one whose first answer has alerts keeps its interval.
        auto full = client(QStringLiteral("full"), m_stack.alertmanagers);
        AlertPoller settled;
        settled.setClients({ full.get() });
        settled.setInterval(10000);
        QSignalSpy settledRounds(&settled, &AlertPoller::roundFinished);
        settled.start();
        QVERIFY(settledRounds.wait(15000));
        QVERIFY(!settled.alerts().isEmpty());
        QVERIFY(!settledRounds.wait(2500));
    }

    void deadReplicaIsABannerNotAnEmptyInbox()
    {
        const QUrl dead = deadUrl();
        auto halfDown = client(QStringLiteral("prod"), { dead, m_stack.alertmanagers[1] });
        AlertPoller poller;
        poller.setClients({ halfDown.get() });
        QVERIFY(poll(poller));
        QCOMPARE(ours(poller.alerts()).size(), 2);
        const AlertPoller::ClusterState state = poller.clusterStates().first();
        QVERIFY(state.reachable);
        QCOMPARE(state.failures.size(), 1);
        QVERIFY2(state.message.contains(dead.authority()), qPrintable(state.message));
    }

    void deadClusterBesideALiveOne()
    {
        auto live = client(QStringLiteral("eu"), m_stack.alertmanagers);
        auto down = client(QStringLiteral("us"), { deadUrl(), deadUrl() });
        AlertPoller poller;
        poller.setClients({ live.get(), down.get() });
        QVERIFY(poll(poller));
        QCOMPARE(ours(poller.alerts()).size(), 2);
        for (const InboxAlert &alert : ours(poller.alerts()))
            QCOMPARE(alert.cluster, QStringLiteral("eu"));
        QCOMPARE(poller.clusterStates().size(), 2);
        QVERIFY(poller.clusterStates()[0].reachable);
        QVERIFY(!poller.clusterStates()[1].reachable);
        QVERIFY2(poller.clusterStates()[1].message.contains(QStringLiteral("us")),
            qPrintable(poller.clusterStates()[1].message));
    }

    void clusterThatGoesAwayKeepsItsAlertsAsStale()
    {
        auto live = client(QStringLiteral("prod"), m_stack.alertmanagers);
        AlertPoller poller;
        poller.setClients({ live.get() });
        QVERIFY(poll(poller));
        const int before = int(ours(poller.alerts()).size());
        QCOMPARE(before, 2);
        live.reset(); // re-pointed at dead replicas under the same name
        auto down = client(QStringLiteral("prod"), { deadUrl() });
        poller.setClients({ down.get() });
        QVERIFY(poll(poller));
        const QList<InboxAlert> kept = ours(poller.alerts());
        QCOMPARE(kept.size(), before);
        for (const InboxAlert &alert : kept)
            QVERIFY(alert.stale);
        QVERIFY2(poller.clusterStates().first().message.contains(QStringLiteral("showing its alerts as of")),
            qPrintable(poller.clusterStates().first().message));
    }

    void pendingAckIsMarkedUntilItLands()
    {
        QTemporaryDir dir;
        auto live = client(QStringLiteral("prod"), m_stack.alertmanagers);
        auto down = client(QStringLiteral("prod"), { deadUrl() });
        AckService service(dir.path());
        service.setClient(QStringLiteral("prod"), down.get()); // writes fail, reads still work
        AlertPoller poller;
        poller.setClients({ live.get() });
        poller.setAckService(&service);
        QVERIFY(poll(poller));
        QSignalSpy deferred(&service, &AckService::ackDeferred);
        service.acknowledge(QStringLiteral("prod"),
            { Matcher { QStringLiteral("test_run"), m_marker, false, true },
                Matcher { QStringLiteral("alertname"), QStringLiteral("HighErrorRate"), false, true } },
            20 * 60 * 1000, QStringLiteral("pending"), QStringLiteral("ivan"));
        QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), 1, 10000);
        auto warning = [&]() -> InboxAlert {
            for (const InboxAlert &alert : ours(poller.alerts())) {
                if (alert.alertname() == QLatin1String("HighErrorRate"))
                    return alert;
            }
            return {};
        };
        QVERIFY(warning().ackPending);
        QVERIFY(!warning().ack);
        QSignalSpy acked(&service, &AckService::acknowledged);
        service.setClient(QStringLiteral("prod"), live.get());
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(poll(poller) && warning().ack.has_value(), 15000);
        QVERIFY(!warning().ackPending);
        QCOMPARE(warning().state(), InboxAlert::State::Acknowledged);
        service.unacknowledge(QStringLiteral("prod"), acked.first().at(2).toString());
        QTRY_VERIFY_WITH_TIMEOUT(poll(poller) && !warning().ack.has_value(), 15000);
    }

    void acknowledgedAlertShowsWhoAndUntil()
    {
        QTemporaryDir dir;
        auto live = client(QStringLiteral("prod"), m_stack.alertmanagers);
        AckService service(dir.path());
        service.setClient(QStringLiteral("prod"), live.get());
        AlertPoller poller;
        poller.setClients({ live.get() });
        poller.setAckService(&service);
        QVERIFY(poll(poller));
        QSignalSpy acked(&service, &AckService::acknowledged);
        service.acknowledge(QStringLiteral("prod"),
            { Matcher { QStringLiteral("test_run"), m_marker, false, true },
                Matcher { QStringLiteral("alertname"), QStringLiteral("CriticalErrorRate"), false, true } },
            20 * 60 * 1000, QStringLiteral("mine"), QStringLiteral("grace"));
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 10000);
        const QString id = acked.first().at(2).toString();
        // The poller polls again by itself once the ack landed.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(poller.alerts().cbegin(), poller.alerts().cend(),
                                     [&](const InboxAlert &a) { return a.ack && a.ack->silenceId == id; }),
            15000);
        for (const InboxAlert &alert : ours(poller.alerts())) {
            if (alert.alertname() != QLatin1String("CriticalErrorRate"))
                continue;
            QCOMPARE(alert.state(), InboxAlert::State::Acknowledged);
            QCOMPARE(alert.ack->author, QStringLiteral("grace"));
            QCOMPARE(alert.ack->comment, QStringLiteral("mine"));
            QVERIFY(alert.ack->until > QDateTime::currentDateTimeUtc().addSecs(19 * 60));
        }
        service.unacknowledge(QStringLiteral("prod"), id);
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(poller.alerts().cbegin(), poller.alerts().cend(),
                                     [&](const InboxAlert &a) { return a.ack && a.ack->silenceId == id; }),
            15000);
    }
};

QTEST_GUILESS_MAIN(TestAlertPoller)
#include "tst_alertpoller.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// AlertPoller on recorded answers of Alertmanager clusters (no server): one round merges the
// replicas into the inbox; a failing replica is a banner on its cluster, a failing cluster
// keeps its last alerts as stale; rounds never overlap and an old round's answers are dropped;
// pending and landed acks are shown. The real HA pair is tst_alertpoller's.
#include "ackservice.h"
#include "alertinboxmodel.h"
#include "alertmanagerclient.h"
#include "alertpoller.h"
#include "recordedtransport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace pivori;

namespace {

// Never contacted: the recorded transport answers in their place.
const QUrl kReplicaA(QStringLiteral("http://127.0.0.1:19093"));
const QUrl kReplicaB(QStringLiteral("http://127.0.0.1:19095"));
const QUrl kOtherA(QStringLiteral("http://127.0.0.1:29093"));
const QUrl kOtherB(QStringLiteral("http://127.0.0.1:29095"));
const QString kAlerts = QStringLiteral("/api/v2/alerts");
const QString kSilences = QStringLiteral("/api/v2/silences");

QStringList fingerprintsOf(const QList<InboxAlert> &alerts)
{
    QStringList out;
    for (const InboxAlert &alert : alerts)
        out << alert.cluster + u'/' + alert.alert.fingerprint;
    return out;
}

} // namespace

class TestAlertPollerRecorded final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordedTransport> m_transport;

    std::unique_ptr<AlertmanagerClient> cluster(const QString &name, const QList<QUrl> &replicas)
    {
        QList<Endpoint> endpoints;
        for (const QUrl &url : replicas) {
            Endpoint endpoint;
            endpoint.url = url;
            endpoint.timeoutMs = 300;
            endpoints.append(endpoint);
        }
        return std::make_unique<AlertmanagerClient>(m_transport.get(), name, endpoints);
    }

    /// What `replica` says to the poller's two questions from now on.
    void serve(const QUrl &replica, const RecordedAnswer &alerts, const RecordedAnswer &silences)
    {
        m_transport->answer(RecordedRoute("GET", kAlerts).onServer(replica), alerts);
        m_transport->answer(RecordedRoute("GET", kSilences).onServer(replica), silences);
    }

    void serveHealthyPair()
    {
        serve(kReplicaA, RecordedAnswer::file("alertmanager/alerts-mixed-states.json"),
            RecordedAnswer::file("alertmanager/silences-all-states.json"));
        serve(kReplicaB, RecordedAnswer::file("alertmanager/alerts-replica-b.json"),
            RecordedAnswer::file("alertmanager/silences-replica-b.json"));
    }

    int alertReads(const QUrl &replica) const
    {
        return m_transport->requestCount(RecordedRoute("GET", kAlerts).onServer(replica));
    }

    static bool poll(AlertPoller &poller)
    {
        QSignalSpy finished(&poller, &AlertPoller::roundFinished);
        poller.pollNow();
        return finished.wait(5000);
    }

private slots:
    void init() { m_transport = std::make_unique<RecordedTransport>(); }

    void cleanup()
    {
        QVERIFY2(m_transport->unmatched().isEmpty(), qPrintable(m_transport->unmatched().join(u'\n')));
        m_transport.reset();
    }

    void roundMergesReplicasIntoTheInbox()
    {
        serveHealthyPair();
        auto prod = cluster(QStringLiteral("prod"), { kReplicaA, kReplicaB });
        AlertPoller poller;
        poller.setClients({ prod.get() });
        AlertInboxModel model;
        poller.setModel(&model);
        QSignalSpy updated(&poller, &AlertPoller::alertsUpdated);
        QVERIFY(poll(poller));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(fingerprintsOf(poller.alerts()),
            (QStringList { QStringLiteral("prod/0a1b2c3d4e5f6071"), QStringLiteral("prod/3e9aa5cad8ff89b4"),
                QStringLiteral("prod/5a6f0e1d2c3b4a59"), QStringLiteral("prod/985b9f91b1182444"),
                QStringLiteral("prod/cf07fdc81aa800c4") }));
        for (const InboxAlert &alert : poller.alerts()) {
            QVERIFY(!alert.stale);
            QVERIFY(!alert.ackPending);
        }
        const auto byName = [&](const QString &name) {
            return *std::find_if(poller.alerts().cbegin(), poller.alerts().cend(),
                [&](const InboxAlert &alert) { return alert.alertname() == name; });
        };
        QCOMPARE(byName(QStringLiteral("HighLatency")).state(), InboxAlert::State::Inhibited);
        QVERIFY2(byName(QStringLiteral("HighLatency"))
                     .inhibitors.value(0)
                     .startsWith(QLatin1String("HighErrorRatio{")),
            qPrintable(byName(QStringLiteral("HighLatency")).inhibitors.join(u',')));
        QCOMPARE(byName(QStringLiteral("MemoryLeak")).state(), InboxAlert::State::Silenced);
        QCOMPARE(byName(QStringLiteral("PodCrashLooping")).state(), InboxAlert::State::Firing);

        QCOMPARE(poller.clusterStates().size(), 1);
        const AlertPoller::ClusterState state = poller.clusterStates().first();
        QVERIFY(state.polled && state.reachable);
        QVERIFY2(state.message.isEmpty(), qPrintable(state.message));
        QVERIFY(state.lastSuccess.isValid());
        QCOMPARE(poller.silences(QStringLiteral("prod")).size(), 3);
        QCOMPARE(model.alertCount(), 5);
        QCOMPARE(alertReads(kReplicaA), 1);
        QCOMPARE(alertReads(kReplicaB), 1);
    }

    void deadMansSwitchIsNeverAnAlert()
    {
        serve(kReplicaA, RecordedAnswer::file("health/alerts-watchdog.json"),
            RecordedAnswer::file("alertmanager/silences-all-states.json"));
        serve(kReplicaB, RecordedAnswer::file("alertmanager/alerts-replica-b.json"),
            RecordedAnswer::file("alertmanager/silences-replica-b.json"));
        auto prod = cluster(QStringLiteral("prod"), { kReplicaA, kReplicaB });
        AlertPoller poller;
        poller.setClients({ prod.get() });
        AlertInboxModel model;
        poller.setModel(&model);
        QVERIFY(poll(poller));
        const int withWatchdog = int(poller.alerts().size());
        QVERIFY(std::any_of(poller.alerts().cbegin(), poller.alerts().cend(),
            [](const InboxAlert &alert) { return alert.alertname() == QLatin1String("Watchdog"); }));

        poller.setDeadMansSwitch(QStringLiteral("Watchdog"));
        QVERIFY(poll(poller));
        QCOMPARE(poller.alerts().size(), withWatchdog - 1);
        QVERIFY(std::none_of(poller.alerts().cbegin(), poller.alerts().cend(),
            [](const InboxAlert &alert) { return alert.alertname() == QLatin1String("Watchdog"); }));
        QCOMPARE(model.alertCount(), withWatchdog - 1); // nor in the counts the band and tray show
    }

    void failingReplicaIsABannerNotAnEmptyInbox()
    {
        serve(kReplicaA, RecordedAnswer::file("alertmanager/alerts-mixed-states.json"),
            RecordedAnswer::file("alertmanager/silences-all-states.json"));
        serve(kReplicaB, RecordedAnswer::transportFailure(Error::Kind::Network),
            RecordedAnswer::transportFailure(Error::Kind::Network));
        auto prod = cluster(QStringLiteral("prod"), { kReplicaA, kReplicaB });
        AlertPoller poller;
        poller.setClients({ prod.get() });
        QVERIFY(poll(poller));
        QCOMPARE(poller.alerts().size(), 4);
        const AlertPoller::ClusterState state = poller.clusterStates().first();
        QVERIFY(state.reachable);
        QCOMPARE(state.failures.size(), 1); // alerts and silences failed: one replica, said once
        QCOMPARE(state.failures.first().replicaUrl, kReplicaB.toString());
        QVERIFY2(state.message.contains(kReplicaB.authority()), qPrintable(state.message));
        QVERIFY2(state.message.contains(QLatin1String("connection refused")), qPrintable(state.message));
    }

    void failingClusterKeepsItsAlertsAsStale()
    {
        serveHealthyPair();
        auto prod = cluster(QStringLiteral("prod"), { kReplicaA, kReplicaB });
        AlertPoller poller;
        poller.setClients({ prod.get() });
        QVERIFY(poll(poller));
        const QStringList before = fingerprintsOf(poller.alerts());
        QCOMPARE(before.size(), 5);

        serve(kReplicaA, RecordedAnswer::transportFailure(Error::Kind::Network), RecordedAnswer::noAnswer());
        serve(kReplicaB, RecordedAnswer::file("alertmanager/error-proxy-502.html", 502, "text/html"),
            RecordedAnswer::file("alertmanager/error-proxy-502.html", 502, "text/html"));
        QVERIFY(poll(poller));
        QCOMPARE(fingerprintsOf(poller.alerts()), before);
        for (const InboxAlert &alert : poller.alerts())
            QVERIFY(alert.stale);
        const AlertPoller::ClusterState state = poller.clusterStates().first();
        QVERIFY(!state.reachable);
        QVERIFY2(
            state.message.contains(QLatin1String("showing its alerts as of")), qPrintable(state.message));
        QVERIFY2(state.message.contains(QLatin1String("all 2 replicas")), qPrintable(state.message));

        serveHealthyPair(); // back: fresh again
        QVERIFY(poll(poller));
        for (const InboxAlert &alert : poller.alerts())
            QVERIFY(!alert.stale);
        QVERIFY(poller.clusterStates().first().message.isEmpty());
    }

    void deadClusterBesideALiveOne()
    {
        serveHealthyPair();
        serve(kOtherA, RecordedAnswer::transportFailure(Error::Kind::Network),
            RecordedAnswer::transportFailure(Error::Kind::Network));
        serve(kOtherB, RecordedAnswer::noAnswer(), RecordedAnswer::noAnswer());
        auto eu = cluster(QStringLiteral("eu"), { kReplicaA, kReplicaB });
        auto us = cluster(QStringLiteral("us"), { kOtherA, kOtherB });
        AlertPoller poller;
        poller.setClients({ eu.get(), us.get() });
        QVERIFY(poll(poller));
        QCOMPARE(poller.alerts().size(), 5);
        for (const InboxAlert &alert : poller.alerts())
            QCOMPARE(alert.cluster, QStringLiteral("eu"));
        QCOMPARE(poller.clusterStates().size(), 2);
        QVERIFY(poller.clusterStates().at(0).reachable);
        QVERIFY(!poller.clusterStates().at(1).reachable);
        const QString message = poller.clusterStates().at(1).message;
        QVERIFY2(message.startsWith(QLatin1String("us is unreachable")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("timeout")), qPrintable(message));
    }

    void slowClusterIsNotCalledUnreachable()
    {
        serveHealthyPair();
        serve(kOtherA, RecordedAnswer::noAnswer(), RecordedAnswer::noAnswer());
        serve(kOtherB, RecordedAnswer::noAnswer(), RecordedAnswer::noAnswer());
        auto eu = cluster(QStringLiteral("eu"), { kReplicaA, kReplicaB });
        auto us = cluster(QStringLiteral("us"), { kOtherA, kOtherB });
        AlertPoller poller;
        poller.setClients({ eu.get(), us.get() });
        QVERIFY(poll(poller));
        const QString message = poller.clusterStates().at(1).message;
        QVERIFY2(message.startsWith(QLatin1String("us did not answer in time")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("unreachable")), qPrintable(message));
    }

    void unreadableSilencesAreSaid()
    {
        serve(kReplicaA, RecordedAnswer::file("alertmanager/alerts-mixed-states.json"),
            RecordedAnswer::file("alertmanager/silences-isregex-not-bool.json"));
        serve(kReplicaB, RecordedAnswer::file("alertmanager/alerts-replica-b.json"),
            RecordedAnswer::file("alertmanager/silences-isregex-not-bool.json"));
        auto prod = cluster(QStringLiteral("prod"), { kReplicaA, kReplicaB });
        AlertPoller poller;
        poller.setClients({ prod.get() });
        QVERIFY(poll(poller));
        QCOMPARE(poller.alerts().size(), 5);
        const AlertPoller::ClusterState state = poller.clusterStates().first();
        QVERIFY(state.reachable);
        QVERIFY2(state.message.startsWith(QLatin1String("cannot read the silences of prod")),
            qPrintable(state.message));
    }

    void roundInFlightIsNotStartedAgain()
    {
        serve(kReplicaA, RecordedAnswer::file("alertmanager/alerts-mixed-states.json").delayedBy(100),
            RecordedAnswer::file("alertmanager/silences-all-states.json").delayedBy(100));
        serve(kReplicaB, RecordedAnswer::file("alertmanager/alerts-replica-b.json").delayedBy(100),
            RecordedAnswer::file("alertmanager/silences-replica-b.json").delayedBy(100));
        auto prod = cluster(QStringLiteral("prod"), { kReplicaA, kReplicaB });
        AlertPoller poller;
        poller.setClients({ prod.get() });
        QSignalSpy finished(&poller, &AlertPoller::roundFinished);
        poller.pollNow();
        QVERIFY(poller.isPolling());
        poller.pollNow(); // the timer firing while the servers are slow
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(alertReads(kReplicaA), 1);
        QCOMPARE(alertReads(kReplicaB), 1);
        QCOMPARE(m_transport->maxInFlight(), 4);
    }

    void answersOfAnOldRoundAreDropped()
    {
        serve(kReplicaA, RecordedAnswer::file("alertmanager/alerts-mixed-states.json").delayedBy(50),
            RecordedAnswer::file("alertmanager/silences-all-states.json").delayedBy(50));
        serve(kReplicaB, RecordedAnswer::file("alertmanager/alerts-replica-b.json").delayedBy(50),
            RecordedAnswer::file("alertmanager/silences-replica-b.json").delayedBy(50));
        serve(kOtherA, RecordedAnswer::file("alertmanager/alerts-empty.json").delayedBy(150),
            RecordedAnswer::file("alertmanager/silences-all-states.json").delayedBy(150));
        auto old = cluster(QStringLiteral("old"), { kReplicaA, kReplicaB });
        auto replacement = cluster(QStringLiteral("new"), { kOtherA });
        AlertPoller poller;
        poller.setClients({ old.get() });
        QSignalSpy updated(&poller, &AlertPoller::alertsUpdated);
        QSignalSpy states(&poller, &AlertPoller::clusterStatesChanged);
        poller.pollNow();
        poller.setClients({ replacement.get() }); // the configuration changed mid-round
        QVERIFY(poll(poller));
        QVERIFY(poller.alerts().isEmpty());
        for (const auto &emitted : std::as_const(states)) {
            for (const auto &state : emitted.at(0).value<QList<AlertPoller::ClusterState>>())
                QCOMPARE(state.cluster, QStringLiteral("new"));
        }
        for (const auto &emitted : std::as_const(updated))
            QVERIFY(emitted.at(0).value<QList<InboxAlert>>().isEmpty());
        QCOMPARE(alertReads(kReplicaA), 1); // asked, but never heard
    }

    void pendingAckIsMarkedAndALandedOnePollsAgain()
    {
        QTemporaryDir journal;
        QVERIFY(journal.isValid());
        serveHealthyPair();
        m_transport->answer(
            RecordedRoute("POST", kSilences), RecordedAnswer::transportFailure(Error::Kind::Network));
        auto prod = cluster(QStringLiteral("prod"), { kReplicaA, kReplicaB });
        AckService service(journal.path());
        service.setClient(QStringLiteral("prod"), prod.get());
        AlertPoller poller;
        poller.setClients({ prod.get() });
        poller.setAckService(&service);
        QVERIFY(poll(poller));

        QSignalSpy deferred(&service, &AckService::ackDeferred);
        service.acknowledge(QStringLiteral("prod"),
            { Matcher { QStringLiteral("alertname"), QStringLiteral("PodCrashLooping"), false, true } },
            20 * 60 * 1000, QStringLiteral("on it"), QStringLiteral("ivan"));
        QTRY_COMPARE(deferred.count(), 1);
        const auto crashLooping = [&] {
            return *std::find_if(
                poller.alerts().cbegin(), poller.alerts().cend(), [](const InboxAlert &alert) {
                    return alert.alertname() == QLatin1String("PodCrashLooping");
                });
        };
        QVERIFY(crashLooping().ackPending);
        for (const InboxAlert &alert : poller.alerts())
            QCOMPARE(alert.ackPending, alert.alertname() == QLatin1String("PodCrashLooping"));

        m_transport->answer(
            RecordedRoute("POST", kSilences), RecordedAnswer::file("alertmanager/silence-id.json"));
        const int readsBefore = alertReads(kReplicaA);
        QSignalSpy acked(&service, &AckService::acknowledged);
        QSignalSpy finished(&poller, &AlertPoller::roundFinished);
        service.retryNow();
        QTRY_COMPARE(acked.count(), 1);
        QTRY_COMPARE(finished.count(), 1); // polled again by itself, to show the new silence
        QCOMPARE(alertReads(kReplicaA), readsBefore + 1);
        QVERIFY(!crashLooping().ackPending);
    }

    void unacknowledgedAlertFiresAtOnceAndStays()
    {
        // One replica, an acknowledged alert; the operator un-acknowledges it. The inbox shows it
        // firing as soon as Alertmanager confirmed the expiry, not a poll later, and does not hide
        // it (as "silenced") while a replica still lists the ended silence.
        const QString id = QStringLiteral("11111111-2222-4333-8444-555555555555");
        const QByteArray alerts
            = QByteArrayLiteral(R"([{"labels":{"alertname":"HighP95Latency","severity":"warning"},
            "annotations":{},"receivers":[{"name":"r"}],"fingerprint":"00000000000000a1",
            "startsAt":"2024-05-14T10:00:00.000Z","updatedAt":"2024-05-14T10:00:00.000Z",
            "endsAt":"2099-01-01T00:00:00.000Z",
            "status":{"state":"suppressed","silencedBy":["ID"],"inhibitedBy":[]}}])")
                  .replace("ID", id.toUtf8());
        const auto silences = [&](const char *state) {
            return QByteArrayLiteral(R"([{"id":"ID","status":{"state":"STATE"},
                "updatedAt":"2024-05-14T10:00:01.000Z","comment":"ACK! on it [ack:0123456789ab]",
                "createdBy":"ivan","startsAt":"2024-05-14T10:00:01.000Z","endsAt":"2099-01-01T00:00:00.000Z",
                "matchers":[{"name":"alertname","value":"HighP95Latency","isRegex":false,"isEqual":true}]}])")
                .replace("ID", id.toUtf8())
                .replace("STATE", state);
        };
        serve(kReplicaA, RecordedAnswer::bytes(alerts), RecordedAnswer::bytes(silences("active")));
        m_transport->answer(
            RecordedRoute("DELETE", QStringLiteral("/api/v2/silence/") + id).onServer(kReplicaA),
            RecordedAnswer::bytes(QByteArray()));
        QTemporaryDir journal;
        QVERIFY(journal.isValid());
        auto prod = cluster(QStringLiteral("prod"), { kReplicaA });
        AckService service(journal.path());
        service.setClient(QStringLiteral("prod"), prod.get());
        AlertPoller poller;
        poller.setClients({ prod.get() });
        poller.setAckService(&service);
        AlertInboxModel model;
        poller.setModel(&model);
        QVERIFY(poll(poller));
        QCOMPARE(poller.alerts().constFirst().state(), InboxAlert::State::Acknowledged);

        // The replica lags: its next answers still say "silenced by" and "active", and slowly.
        serve(kReplicaA, RecordedAnswer::bytes(alerts).delayedBy(150),
            RecordedAnswer::bytes(silences("active")).delayedBy(150));
        QSignalSpy unacked(&service, &AckService::unacknowledged);
        QSignalSpy finished(&poller, &AlertPoller::roundFinished);
        service.unacknowledge(QStringLiteral("prod"), id);
        QTRY_COMPARE(unacked.count(), 1);
        QCOMPARE(poller.alerts().constFirst().state(), InboxAlert::State::Firing); // at once
        QCOMPARE(model.firingCounts().value(QStringLiteral("warning")), 1);
        QTRY_COMPARE(finished.count(), 1); // the poll it asked for, with the lagging answers
        QCOMPARE(poller.alerts().constFirst().state(), InboxAlert::State::Firing);

        // The silences have caught up, the alert's status has not yet: still firing.
        serve(kReplicaA, RecordedAnswer::bytes(alerts), RecordedAnswer::bytes(silences("expired")));
        QVERIFY(poll(poller));
        QCOMPARE(poller.alerts().constFirst().state(), InboxAlert::State::Firing);
    }
};

QTEST_GUILESS_MAIN(TestAlertPollerRecorded)
#include "tst_alertpollerrecorded.moc"

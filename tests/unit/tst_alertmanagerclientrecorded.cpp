// SPDX-License-Identifier: GPL-3.0-or-later
// AlertmanagerClient on recorded answers of an HA pair (no server): reads merge both replicas
// and survive one failing, total failure names every replica, and writes move on after a
// transport failure or a 5xx but take a 4xx as final. The real pair is tst_alertmanagerclient's.
#include "alertmanagerclient.h"
#include "recordedtransport.h"
#include "testutils.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace pivori;
using testutils::Received;

namespace {

// Never contacted: the recorded transport answers in their place.
const QUrl kReplicaA(QStringLiteral("http://127.0.0.1:19093"));
const QUrl kReplicaB(QStringLiteral("http://127.0.0.1:19095"));
const QString kSilenceId = QStringLiteral("38a95654-c82a-4a50-b549-1a258b204a0f");

Endpoint endpointFor(const QUrl &url)
{
    Endpoint endpoint;
    endpoint.url = url;
    endpoint.timeoutMs = 300;
    return endpoint;
}

PostableSilence silence()
{
    PostableSilence out;
    out.matchers = { Matcher { QStringLiteral("alertname"), QStringLiteral("MemoryLeak"), false, true } };
    out.startsAt = QDateTime::fromMSecsSinceEpoch(1715680800000, Qt::UTC);
    out.endsAt = out.startsAt.addSecs(3600);
    out.createdBy = QStringLiteral("oncall");
    out.comment = QStringLiteral("known leak, fix deploying");
    return out;
}

const Alert *findAlert(const QList<Alert> &alerts, const QString &fingerprint)
{
    const auto it = std::find_if(
        alerts.cbegin(), alerts.cend(), [&](const Alert &alert) { return alert.fingerprint == fingerprint; });
    return it == alerts.cend() ? nullptr : &*it;
}

template <typename T> QString describe(const Received<Result<T>> &received)
{
    if (!received.value)
        return QStringLiteral("no answer");
    return received.value->ok() ? QStringLiteral("ok") : received.value->error().describe();
}

} // namespace

class TestAlertmanagerClientRecorded final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordedTransport> m_transport;
    std::unique_ptr<AlertmanagerClient> m_cluster;

    void answer(
        const QByteArray &method, const QString &path, const QUrl &replica, const RecordedAnswer &recorded)
    {
        m_transport->answer(RecordedRoute(method, path).onServer(replica), recorded);
    }

    int asked(const QByteArray &method, const QString &path, const QUrl &replica) const
    {
        return m_transport->requestCount(RecordedRoute(method, path).onServer(replica));
    }

private slots:
    void init()
    {
        m_transport = std::make_unique<RecordedTransport>();
        m_cluster = std::make_unique<AlertmanagerClient>(m_transport.get(), QStringLiteral("prod"),
            QList<Endpoint> { endpointFor(kReplicaA), endpointFor(kReplicaB) });
    }

    void cleanup()
    {
        m_cluster.reset();
        QVERIFY2(m_transport->unmatched().isEmpty(), qPrintable(m_transport->unmatched().join(u'\n')));
        m_transport.reset();
    }

    void alertsOfBothReplicasAreMerged()
    {
        const QString path = QStringLiteral("/api/v2/alerts");
        answer("GET", path, kReplicaA, RecordedAnswer::file("alertmanager/alerts-mixed-states.json"));
        answer("GET", path, kReplicaB, RecordedAnswer::file("alertmanager/alerts-replica-b.json"));
        Received<Result<AlertmanagerClient::AlertsSnapshot>> snapshot;
        m_cluster->fetchAlerts({}, this, snapshot.callback());
        QCOMPARE(snapshot.calls, 0);
        QTRY_COMPARE(snapshot.calls, 1);
        QVERIFY2(snapshot.value->ok(), qPrintable(describe(snapshot)));
        const QList<Alert> &alerts = snapshot.value->value().alerts;
        QVERIFY(snapshot.value->value().failures.isEmpty());

        QStringList fingerprints;
        for (const Alert &alert : alerts)
            fingerprints << alert.fingerprint;
        // Four on A, three on B of which one only there: five, in fingerprint order.
        QCOMPARE(fingerprints,
            (QStringList { QStringLiteral("0a1b2c3d4e5f6071"), QStringLiteral("3e9aa5cad8ff89b4"),
                QStringLiteral("5a6f0e1d2c3b4a59"), QStringLiteral("985b9f91b1182444"),
                QStringLiteral("cf07fdc81aa800c4") }));
        const Alert *onlyOnB = findAlert(alerts, QStringLiteral("5a6f0e1d2c3b4a59"));
        QCOMPARE(onlyOnB->seenBy, QStringList { kReplicaB.toString() });
        const Alert *onBoth = findAlert(alerts, QStringLiteral("985b9f91b1182444"));
        QCOMPARE(onBoth->seenBy, (QStringList { kReplicaA.toString(), kReplicaB.toString() }));
        // B received it last: its record (with its endsAt) wins.
        QCOMPARE(onBoth->endsAt, QDateTime(QDate(2024, 5, 14), QTime(12, 4), Qt::UTC));
        // B has not learned the silence yet; A's knowledge of it still counts.
        const Alert *silenced = findAlert(alerts, QStringLiteral("cf07fdc81aa800c4"));
        QCOMPARE(silenced->silencedBy, QStringList { kSilenceId });
        QCOMPARE(silenced->state, Alert::State::Suppressed);
        QCOMPARE(asked("GET", path, kReplicaA), 1);
        QCOMPARE(asked("GET", path, kReplicaB), 1);
    }

    void filterGoesAsRepeatedParameters()
    {
        const QString path = QStringLiteral("/api/v2/alerts");
        answer("GET", path, kReplicaA, RecordedAnswer::file("alertmanager/alerts-empty.json"));
        answer("GET", path, kReplicaB, RecordedAnswer::file("alertmanager/alerts-empty.json"));
        Received<Result<AlertmanagerClient::AlertsSnapshot>> snapshot;
        m_cluster->fetchAlerts(
            { Matcher { QStringLiteral("alertname"), QStringLiteral("HighErrorRatio"), false, true },
                Matcher { QStringLiteral("severity"), QStringLiteral("crit.*"), true, true } },
            this, snapshot.callback());
        QTRY_COMPARE(snapshot.calls, 1);
        QVERIFY(snapshot.value->ok());
        QVERIFY(snapshot.value->value().alerts.isEmpty());
        const QueryParams expected { { QStringLiteral("filter"),
                                         QStringLiteral("alertname=\"HighErrorRatio\"") },
            { QStringLiteral("filter"), QStringLiteral("severity=~\"crit.*\"") } };
        QCOMPARE(m_transport->requests().size(), 2);
        for (const HttpRequest &sent : m_transport->requests())
            QCOMPARE(sent.params, expected);
    }

    void oneReplicaFailingIsReportedNotFatal_data()
    {
        QTest::addColumn<RecordedAnswer>("fromB");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("refused") << RecordedAnswer::transportFailure(Error::Kind::Network)
                                 << Error::Kind::Network << "refused";
        QTest::newRow("silent") << RecordedAnswer::noAnswer() << Error::Kind::Timeout << "timeout";
        QTest::newRow("502 from a proxy")
            << RecordedAnswer::file("alertmanager/error-proxy-502.html", 502, "text/html")
            << Error::Kind::Http << "502";
        QTest::newRow("truncated body") << RecordedAnswer::file("alertmanager/alerts-truncated.json")
                                        << Error::Kind::Http << "ends in the middle of its JSON";
        QTest::newRow("v1 envelope instead of a list")
            << RecordedAnswer::file("alertmanager/alerts-object-instead-of-array.json") << Error::Kind::Parse
            << "";
    }

    void oneReplicaFailingIsReportedNotFatal()
    {
        QFETCH(RecordedAnswer, fromB);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, messagePart);
        const QString path = QStringLiteral("/api/v2/alerts");
        answer("GET", path, kReplicaA, RecordedAnswer::file("alertmanager/alerts-mixed-states.json"));
        answer("GET", path, kReplicaB, fromB);
        Received<Result<AlertmanagerClient::AlertsSnapshot>> snapshot;
        m_cluster->fetchAlerts({}, this, snapshot.callback());
        QTRY_COMPARE(snapshot.calls, 1);
        QVERIFY2(snapshot.value->ok(), qPrintable(describe(snapshot)));
        QCOMPARE(snapshot.value->value().alerts.size(), 4);
        for (const Alert &alert : snapshot.value->value().alerts)
            QCOMPARE(alert.seenBy, QStringList { kReplicaA.toString() });
        const auto &failures = snapshot.value->value().failures;
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().replicaUrl, kReplicaB.toString());
        QCOMPARE(failures.first().error.kind, kind);
        QVERIFY2(
            failures.first().error.message.contains(messagePart), qPrintable(failures.first().error.message));
        QVERIFY2(failures.first().error.url.startsWith(kReplicaB.toString()),
            qPrintable(failures.first().error.url));
    }

    void everyReplicaFailingIsOneErrorNamingThemAll()
    {
        const QString path = QStringLiteral("/api/v2/silences");
        answer("GET", path, kReplicaA, RecordedAnswer::transportFailure(Error::Kind::Network));
        answer("GET", path, kReplicaB,
            RecordedAnswer::file("alertmanager/error-proxy-502.html", 502, "text/html"));
        Received<Result<AlertmanagerClient::SilencesSnapshot>> snapshot;
        m_cluster->fetchSilences(this, snapshot.callback());
        QTRY_COMPARE(snapshot.calls, 1);
        QVERIFY(!snapshot.value->ok());
        const QString message = snapshot.value->error().message;
        QVERIFY2(message.contains(QLatin1String("all 2 replicas of prod failed")), qPrintable(message));
        QVERIFY2(message.contains(kReplicaA.authority()) && message.contains(kReplicaB.authority()),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("connection refused")), qPrintable(message));
    }

    void silencesAreMergedByIdNewestWins()
    {
        const QString path = QStringLiteral("/api/v2/silences");
        answer("GET", path, kReplicaA, RecordedAnswer::file("alertmanager/silences-all-states.json"));
        answer("GET", path, kReplicaB, RecordedAnswer::file("alertmanager/silences-replica-b.json"));
        Received<Result<AlertmanagerClient::SilencesSnapshot>> snapshot;
        m_cluster->fetchSilences(this, snapshot.callback());
        QTRY_COMPARE(snapshot.calls, 1);
        QVERIFY2(snapshot.value->ok(), qPrintable(describe(snapshot)));
        const QList<Silence> &silences = snapshot.value->value().silences;
        QCOMPARE(silences.size(), 3);
        // Active first, as Alertmanager sorts: the one extended on B, in B's newer version.
        QCOMPARE(silences.first().id, kSilenceId);
        QCOMPARE(silences.first().comment, QStringLiteral("known leak, fix deploying (extended)"));
        QCOMPARE(silences.first().endsAt, QDateTime(QDate(2024, 5, 14), QTime(13, 0), Qt::UTC));
    }

    void groupsOfBothReplicasAreMerged()
    {
        const QString path = QStringLiteral("/api/v2/alerts/groups");
        answer("GET", path, kReplicaA, RecordedAnswer::file("alertmanager/groups.json"));
        answer("GET", path, kReplicaB, RecordedAnswer::file("alertmanager/groups.json"));
        Received<Result<AlertmanagerClient::GroupsSnapshot>> snapshot;
        m_cluster->fetchAlertGroups({}, this, snapshot.callback());
        QTRY_COMPARE(snapshot.calls, 1);
        QVERIFY2(snapshot.value->ok(), qPrintable(describe(snapshot)));
        QVERIFY(!snapshot.value->value().groups.isEmpty());
        for (const AlertGroup &group : snapshot.value->value().groups) {
            for (const Alert &alert : group.alerts)
                QCOMPARE(alert.seenBy.size(), 2); // the same alert on both: one row
        }
    }

    void silenceFoundOnOneReplica()
    {
        const QString path = QStringLiteral("/api/v2/silence/") + kSilenceId;
        // Gossip has not reached B yet: 0.25 says 404 with an empty body.
        answer("GET", path, kReplicaA, RecordedAnswer::file("alertmanager/silence-single.json"));
        answer("GET", path, kReplicaB, RecordedAnswer::bytes({}, 404, {}));
        Received<Result<Silence>> found;
        m_cluster->fetchSilence(kSilenceId, this, found.callback());
        QTRY_COMPARE(found.calls, 1);
        QVERIFY2(found.value->ok(), qPrintable(describe(found)));
        QCOMPARE(found.value->value().id, kSilenceId);
        QCOMPARE(found.value->value().createdBy, QStringLiteral("oncall"));
    }

    void silenceFoundNowhereIsNotFound()
    {
        const QString path = QStringLiteral("/api/v2/silence/") + kSilenceId;
        answer("GET", path, kReplicaA, RecordedAnswer::file("alertmanager/empty.txt", 404, {}));
        answer("GET", path, kReplicaB, RecordedAnswer::file("alertmanager/empty.txt", 404, {}));
        Received<Result<Silence>> found;
        m_cluster->fetchSilence(kSilenceId, this, found.callback());
        QTRY_COMPARE(found.calls, 1);
        QVERIFY(!found.value->ok());
        QCOMPARE(found.value->error().httpStatus, 404);
        QVERIFY2(found.value->error().message.contains(QLatin1String("not found on any replica")),
            qPrintable(found.value->error().message));
    }

    void statusIsPerReplica()
    {
        const QString path = QStringLiteral("/api/v2/status");
        answer("GET", path, kReplicaA, RecordedAnswer::file("alertmanager/status-ready.json"));
        answer("GET", path, kReplicaB, RecordedAnswer::transportFailure(Error::Kind::Network));
        Received<Result<QList<AlertmanagerClient::ReplicaStatus>>> status;
        m_cluster->fetchStatus(this, status.callback());
        QTRY_COMPARE(status.calls, 1);
        QVERIFY(status.value->ok()); // never an error as a whole
        const auto &replicas = status.value->value();
        QCOMPARE(replicas.size(), 2);
        QCOMPARE(replicas.at(0).replicaUrl, kReplicaA.toString());
        QVERIFY(!replicas.at(0).error);
        QCOMPARE(replicas.at(0).status.status, QStringLiteral("ready"));
        QCOMPARE(replicas.at(0).status.peers.size(), 2);
        QCOMPARE(replicas.at(1).replicaUrl, kReplicaB.toString());
        QVERIFY(replicas.at(1).error);
        QCOMPARE(replicas.at(1).error->kind, Error::Kind::Network);
    }

    void writeMovesOnAfterAFailureOf_data()
    {
        QTest::addColumn<RecordedAnswer>("fromA");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("a refused connection")
            << RecordedAnswer::transportFailure(Error::Kind::Network) << "connection refused";
        QTest::newRow("a 5xx") << RecordedAnswer::file("alertmanager/error-proxy-502.html", 502, "text/html")
                               << "502";
    }

    void writeMovesOnAfterAFailureOf()
    {
        QFETCH(RecordedAnswer, fromA);
        const QString path = QStringLiteral("/api/v2/silences");
        answer("POST", path, kReplicaA, fromA);
        answer("POST", path, kReplicaB, RecordedAnswer::file("alertmanager/silence-id.json"));
        Received<Result<AlertmanagerClient::WriteOutcome>> written;
        m_cluster->createSilence(silence(), this, written.callback());
        QTRY_COMPARE(written.calls, 1);
        QVERIFY2(written.value->ok(), qPrintable(describe(written)));
        QCOMPARE(written.value->value().id, kSilenceId);
        QCOMPARE(written.value->value().replicaUrl, kReplicaB.toString());
        QCOMPARE(asked("POST", path, kReplicaA), 1);
        QCOMPARE(asked("POST", path, kReplicaB), 1);
        // The body is the silence itself, the same to both.
        const QByteArray body = m_transport->requests().constFirst().jsonBody;
        QVERIFY2(body.contains("\"comment\":\"known leak, fix deploying\""), body.constData());
        QCOMPARE(m_transport->requests().constLast().jsonBody, body);
    }

    // A POST that got no answer may have created the silence: the next replica would make a
    // second one. The caller hears that the outcome is unknown.
    void writeWithALostAnswerGoesNowhereElse()
    {
        const QString path = QStringLiteral("/api/v2/silences");
        answer("POST", path, kReplicaA, RecordedAnswer::noAnswer());
        answer("POST", path, kReplicaB, RecordedAnswer::file("alertmanager/silence-id.json"));
        Received<Result<AlertmanagerClient::WriteOutcome>> written;
        m_cluster->createSilence(silence(), this, written.callback());
        QTRY_COMPARE(written.calls, 1);
        QVERIFY(!written.value->ok());
        QCOMPARE(written.value->error().kind, Error::Kind::Timeout);
        QVERIFY(AlertmanagerClient::isOutcomeUnknown(written.value->error()));
        QCOMPARE(asked("POST", path, kReplicaA), 1);
        QCOMPARE(asked("POST", path, kReplicaB), 0);
    }

    // Every replica refused or failed: certainly not created, and said so.
    void writeRefusedEverywhereIsCertain()
    {
        const QString path = QStringLiteral("/api/v2/silences");
        answer("POST", path, kReplicaA, RecordedAnswer::transportFailure(Error::Kind::Network));
        answer("POST", path, kReplicaB,
            RecordedAnswer::file("alertmanager/error-proxy-502.html", 502, "text/html"));
        Received<Result<AlertmanagerClient::WriteOutcome>> written;
        m_cluster->createSilence(silence(), this, written.callback());
        QTRY_COMPARE(written.calls, 1);
        QVERIFY(!written.value->ok());
        QVERIFY(!AlertmanagerClient::isOutcomeUnknown(written.value->error()));
    }

    void rejectedWriteIsFinal_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("400 from the handler")
            << "alertmanager/error-end-time-in-past.json" << 400 << "end time can't be in the past";
        QTest::newRow("422 from the schema check")
            << "alertmanager/error-swagger-required.json" << 422 << "endsAt in body is required";
    }

    void rejectedWriteIsFinal()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        const QString path = QStringLiteral("/api/v2/silences");
        answer("POST", path, kReplicaA, RecordedAnswer::file(file, status));
        answer("POST", path, kReplicaB, RecordedAnswer::file("alertmanager/silence-id.json"));
        Received<Result<AlertmanagerClient::WriteOutcome>> written;
        m_cluster->createSilence(silence(), this, written.callback());
        QTRY_COMPARE(written.calls, 1);
        QVERIFY(!written.value->ok());
        QCOMPARE(written.value->error().kind, Error::Kind::Server);
        QCOMPARE(written.value->error().httpStatus, status);
        QVERIFY2(
            written.value->error().message.contains(messagePart), qPrintable(written.value->error().message));
        // Another replica would judge the same silence the same way: no second POST.
        QCOMPARE(asked("POST", path, kReplicaA), 1);
        QCOMPARE(asked("POST", path, kReplicaB), 0);
    }

    void expireGoesToTheFirstReplicaThatTakesIt()
    {
        const QString path = QStringLiteral("/api/v2/silence/") + kSilenceId;
        answer("DELETE", path, kReplicaA, RecordedAnswer::bytes({}, 200, {}));
        Received<Result<AlertmanagerClient::WriteOutcome>> expired;
        m_cluster->expireSilence(kSilenceId, this, expired.callback());
        QTRY_COMPARE(expired.calls, 1);
        QVERIFY2(expired.value->ok(), qPrintable(describe(expired)));
        QCOMPARE(expired.value->value().id, kSilenceId);
        QCOMPARE(expired.value->value().replicaUrl, kReplicaA.toString());
        QCOMPARE(asked("DELETE", path, kReplicaB), 0);
    }

    void expireOfAnUnknownSilenceFailsOnEveryReplica()
    {
        // 0.25 answers 500 "silence not found" to a DELETE of an unknown id: a 5xx, so both are asked.
        const QString path = QStringLiteral("/api/v2/silence/") + kSilenceId;
        answer("DELETE", path, kReplicaA,
            RecordedAnswer::file("alertmanager/error-silence-not-found.json", 500));
        answer("DELETE", path, kReplicaB,
            RecordedAnswer::file("alertmanager/error-silence-not-found.json", 500));
        Received<Result<AlertmanagerClient::WriteOutcome>> expired;
        m_cluster->expireSilence(kSilenceId, this, expired.callback());
        QTRY_COMPARE(expired.calls, 1);
        QVERIFY(!expired.value->ok());
        QCOMPARE(expired.value->error().httpStatus, 500);
        QVERIFY2(expired.value->error().message.contains(QLatin1String("silence not found")),
            qPrintable(expired.value->error().message));
        QCOMPARE(asked("DELETE", path, kReplicaA), 1);
        QCOMPARE(asked("DELETE", path, kReplicaB), 1);
    }

    void contextGoneStopsTheFailover()
    {
        const QString path = QStringLiteral("/api/v2/silences");
        answer("POST", path, kReplicaA,
            RecordedAnswer::file("alertmanager/error-proxy-502.html", 502, "text/html").delayedBy(20));
        answer("POST", path, kReplicaB, RecordedAnswer::file("alertmanager/silence-id.json"));
        answer("GET", QStringLiteral("/api/v2/status"), kReplicaA,
            RecordedAnswer::file("alertmanager/status-ready.json").delayedBy(100));
        answer("GET", QStringLiteral("/api/v2/status"), kReplicaB,
            RecordedAnswer::file("alertmanager/status-ready.json").delayedBy(100));
        auto context = std::make_unique<QObject>();
        Received<Result<AlertmanagerClient::WriteOutcome>> written;
        m_cluster->createSilence(silence(), context.get(), written.callback());
        context.reset();
        // A witness sent later and answered later than A would have been.
        Received<Result<QList<AlertmanagerClient::ReplicaStatus>>> witness;
        m_cluster->fetchStatus(this, witness.callback());
        QTRY_COMPARE(witness.calls, 1);
        QCOMPARE(written.calls, 0);
        QCOMPARE(asked("POST", path, kReplicaB), 0);
        QCOMPARE(m_transport->inFlight(), 0);
    }

    void nothingIsSentForBadInput()
    {
        AlertmanagerClient empty(m_transport.get(), QStringLiteral("nowhere"), {});
        Received<Result<AlertmanagerClient::AlertsSnapshot>> noReplicas;
        empty.fetchAlerts({}, this, noReplicas.callback());
        Received<Result<Silence>> badId;
        m_cluster->fetchSilence(QStringLiteral("../status"), this, badId.callback());
        PostableSilence noMatchers = silence();
        noMatchers.matchers.clear();
        Received<Result<AlertmanagerClient::WriteOutcome>> refused;
        m_cluster->createSilence(noMatchers, this, refused.callback());
        QCOMPARE(noReplicas.calls + badId.calls + refused.calls, 0);
        QTRY_VERIFY(noReplicas.calls && badId.calls && refused.calls);
        QCOMPARE(noReplicas.value->error().kind, Error::Kind::Config);
        QVERIFY2(noReplicas.value->error().message.contains(QLatin1String("nowhere")),
            qPrintable(noReplicas.value->error().message));
        QCOMPARE(badId.value->error().kind, Error::Kind::Config);
        QCOMPARE(refused.value->error().kind, Error::Kind::Config);
        QVERIFY(m_transport->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerClientRecorded)
#include "tst_alertmanagerclientrecorded.moc"

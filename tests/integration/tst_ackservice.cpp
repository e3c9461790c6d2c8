// SPDX-License-Identifier: GPL-3.0-or-later
// Acknowledging against the real HA pair: failover, the outbox when every replica is down,
// exactly-once delivery after a restart, extend in place and un-acknowledge.
#include "acknowledgement.h"
#include "ackservice.h"
#include "alertmanagerclient.h"
#include "freeport.h"
#include "networktransport.h"
#include "stackfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

using namespace pivori;
using namespace pivori::testing;

class TestAckService final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    QString m_marker;

    std::unique_ptr<AlertmanagerClient> client(const QList<QUrl> &replicas)
    {
        return clusterClient(m_transport.get(), QStringLiteral("prod"), replicas);
    }

    // A matcher set unique to this run and test, so acks never touch anything else.
    QList<Matcher> matchersFor(const QString &testName) const
    {
        return { Matcher { QStringLiteral("test_run"), m_marker, false, true },
            Matcher { QStringLiteral("test_case"), testName, false, true } };
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void ackThroughOneReplicaShowsOnTheOther()
    {
        QTemporaryDir dir;
        auto onlyFirst = client({ m_stack.alertmanagers[0] });
        AckService service(dir.path());
        QVERIFY(service.journalProblem().isEmpty());
        service.setClient(QStringLiteral("prod"), onlyFirst.get());
        QSignalSpy acked(&service, &AckService::acknowledged);
        const QString token
            = service.acknowledge(QStringLiteral("prod"), matchersFor(QStringLiteral("one-replica")),
                30 * 60 * 1000, QStringLiteral("checking"), QStringLiteral("alice"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(service.pendingAcks().size(), 1); // journalled before anything was sent
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 10000);
        QCOMPARE(acked.first().at(0).toString(), token);
        const QString id = acked.first().at(2).toString();
        QVERIFY(service.pendingAcks().isEmpty());

        const QUrl other = apiUrl(m_stack.alertmanagers[1], QStringLiteral("/api/v2/silence/") + id);
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest("GET", other).status, 200, 15000);
        const QJsonObject silence = getJson(other).object();
        QCOMPARE(silence.value(QStringLiteral("createdBy")).toString(), QStringLiteral("alice"));
        QCOMPARE(silence.value(QStringLiteral("comment")).toString(),
            QStringLiteral("ACK! checking [ack:%1]").arg(token));
        QCOMPARE(silence.value(QStringLiteral("matchers")).toArray().size(), 2);
    }

    void deadFirstReplicaStillLands()
    {
        QTemporaryDir dir;
        auto halfDown = client({ deadUrl(), m_stack.alertmanagers[1] });
        AckService service(dir.path());
        service.setClient(QStringLiteral("prod"), halfDown.get());
        QSignalSpy acked(&service, &AckService::acknowledged);
        QSignalSpy deferred(&service, &AckService::ackDeferred);
        const QString token
            = service.acknowledge(QStringLiteral("prod"), matchersFor(QStringLiteral("failover")),
                30 * 60 * 1000, QStringLiteral("failover"), QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 15000);
        QCOMPARE(deferred.size(), 0);
        QCOMPARE(silencesWithToken(m_stack.alertmanagers[1], token).size(), 1);
    }

    void everyReplicaDownWaitsOnDiskAndLandsOnceAfterARestart()
    {
        QTemporaryDir dir;
        QString token;
        {
            auto down = client({ deadUrl(), deadUrl() });
            AckService service(dir.path());
            service.setClient(QStringLiteral("prod"), down.get());
            QSignalSpy deferred(&service, &AckService::ackDeferred);
            QSignalSpy acked(&service, &AckService::acknowledged);
            token = service.acknowledge(QStringLiteral("prod"), matchersFor(QStringLiteral("outbox")),
                30 * 60 * 1000, QStringLiteral("while the cluster is down"), QStringLiteral("carol"));
            QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), 1, 15000);
            QCOMPARE(acked.size(), 0); // never shown as done without a silence id
            const QList<AckOutbox::Entry> pending = service.pendingAcks();
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.first().token, token);
            QCOMPARE(pending.first().state, AckOutbox::Entry::State::Pending);
            QCOMPARE(pending.first().attempts, 1);
            QVERIFY2(pending.first().lastError.contains(QStringLiteral("connection refused")),
                qPrintable(pending.first().lastError));
            const QDateTime next = deferred.first().at(2).toDateTime();
            QVERIFY(next > QDateTime::currentDateTimeUtc().addMSecs(500)); // backoff, not a busy loop
            QFile journal(QDir(dir.path()).filePath(QStringLiteral("ack-outbox.json")));
            QVERIFY(journal.open(QIODevice::ReadOnly));
            QVERIFY(journal.readAll().contains(token.toUtf8()));
        } // the console stops

        AckService restarted(dir.path());
        QVERIFY2(restarted.journalProblem().isEmpty(), qPrintable(restarted.journalProblem()));
        QCOMPARE(restarted.pendingAcks().size(), 1);
        QSignalSpy acked(&restarted, &AckService::acknowledged);
        auto live = client(m_stack.alertmanagers);
        restarted.setClient(QStringLiteral("prod"), live.get()); // the cluster is back
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 15000);
        QVERIFY(restarted.pendingAcks().isEmpty());
        QCOMPARE(silencesWithToken(m_stack.alertmanagers[0], token).size(), 1);

        // retryNow() must not send the delivered ack again. A witness shows when it would have:
        // an ack deferred on a second cluster, due again once that cluster is back, goes out in
        // the same timer run as anything else retryNow() finds. An ack leaves the outbox only
        // when its POST was answered, so once the witness landed and the outbox is empty, any
        // second POST has reached Alertmanager.
        auto down = client({ deadUrl() });
        restarted.setClient(QStringLiteral("witness"), down.get());
        QSignalSpy deferred(&restarted, &AckService::ackDeferred);
        const QString witness
            = restarted.acknowledge(QStringLiteral("witness"), matchersFor(QStringLiteral("outbox-witness")),
                30 * 60 * 1000, QStringLiteral("witness"), QStringLiteral("carol"));
        QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), 1, 15000);
        restarted.setClient(QStringLiteral("witness"), live.get());
        restarted.retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(acked.size() >= 2 && restarted.pendingAcks().isEmpty(), 15000);
        QCOMPARE(silencesWithToken(m_stack.alertmanagers[0], token).size(), 1); // no second silence
        QCOMPARE(acked.size(), 2);
        QCOMPARE(acked.last().at(0).toString(), witness);
        QCOMPARE(AckService(dir.path()).pendingAcks().size(), 0);
    }

    void retriesBackOffByThemselves()
    {
        QTemporaryDir dir;
        auto down = client({ deadUrl() });
        AckService service(dir.path());
        service.setClient(QStringLiteral("prod"), down.get());
        QSignalSpy deferred(&service, &AckService::ackDeferred);
        service.acknowledge(QStringLiteral("prod"), matchersFor(QStringLiteral("backoff")), 30 * 60 * 1000,
            QStringLiteral("retry"), QStringLiteral("heidi"));
        QTRY_COMPARE_WITH_TIMEOUT(deferred.size(), 2, 10000); // the first retry comes after ~2 s
        const QList<AckOutbox::Entry> pending = service.pendingAcks();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().attempts, 2);
        // The next wait doubles: about 4 s from the second failure.
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(deferred.last().at(2).toDateTime());
        QVERIFY2(wait > 2000 && wait <= 4000, qPrintable(QString::number(wait)));
    }

    void aPostWhoseAnswerWasLostIsNotRepeated()
    {
        // The journal says a POST went out (attempt 1, state sent) and the silence did land:
        // the retry must find it by its token instead of creating a second one.
        QTemporaryDir dir;
        const QString token = Acknowledgement::newToken();
        const QList<Matcher> matchers = matchersFor(QStringLiteral("lost-answer"));
        {
            auto live = client(m_stack.alertmanagers);
            PostableSilence landed;
            landed.matchers = matchers;
            landed.startsAt = QDateTime::currentDateTimeUtc();
            landed.endsAt = landed.startsAt.addSecs(1800);
            landed.createdBy = QStringLiteral("dave");
            landed.comment = Acknowledgement::composeComment(QStringLiteral("lost"), token);
            const RawReply reply = httpRequest("POST",
                apiUrl(m_stack.alertmanagers[0], QStringLiteral("/api/v2/silences")), landed.toJson());
            QCOMPARE(reply.status, 200);
        }
        AckOutbox outbox(dir.path());
        AckOutbox::Entry entry;
        entry.token = token;
        entry.cluster = QStringLiteral("prod");
        entry.matchers = matchers;
        entry.durationMs = 1800 * 1000;
        entry.comment = QStringLiteral("lost");
        entry.author = QStringLiteral("dave");
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.nextAttempt = entry.createdAt;
        entry.attempts = 1;
        entry.state = AckOutbox::Entry::State::Sent;
        QString problem;
        QVERIFY2(outbox.add(entry, &problem), qPrintable(problem));

        AckService service(dir.path());
        QSignalSpy acked(&service, &AckService::acknowledged);
        auto live = client(m_stack.alertmanagers);
        service.setClient(QStringLiteral("prod"), live.get());
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 15000);
        const QJsonArray found = silencesWithToken(m_stack.alertmanagers[0], token);
        QCOMPARE(found.size(), 1);
        QCOMPARE(
            acked.first().at(2).toString(), found.first().toObject().value(QStringLiteral("id")).toString());
    }

    void refusedByAlertmanagerIsFinal()
    {
        QTemporaryDir dir;
        auto live = client(m_stack.alertmanagers);
        AckService service(dir.path());
        service.setClient(QStringLiteral("prod"), live.get());
        QSignalSpy rejected(&service, &AckService::ackRejected);
        QSignalSpy deferred(&service, &AckService::ackDeferred);
        // Matches everything, which Alertmanager refuses: retrying would never help.
        service.acknowledge(QStringLiteral("prod"),
            { Matcher { QStringLiteral("test_run"), QStringLiteral(".*"), true, true } }, 60000,
            QStringLiteral("x"), QStringLiteral("eve"));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 10000);
        QVERIFY2(rejected.first().at(1).toString().contains(QStringLiteral("empty string")),
            qPrintable(rejected.first().at(1).toString()));
        QCOMPARE(deferred.size(), 0);
        QVERIFY(service.pendingAcks().isEmpty());
    }

    void unusableRequestsAreRefusedAtOnce()
    {
        QTemporaryDir dir;
        AckService service(dir.path());
        QSignalSpy failed(&service, &AckService::operationFailed);
        QVERIFY(
            service.acknowledge(QStringLiteral("nowhere"), matchersFor(QStringLiteral("x")), 60000, {}, {})
                .isEmpty());
        QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("nowhere")));
        auto live = client(m_stack.alertmanagers);
        service.setClient(QStringLiteral("prod"), live.get());
        QVERIFY(service.acknowledge(QStringLiteral("prod"), {}, 60000, {}, {}).isEmpty());
        QVERIFY(service.acknowledge(QStringLiteral("prod"), matchersFor(QStringLiteral("x")), 0, {}, {})
                    .isEmpty());
        QCOMPARE(failed.size(), 3);
        QVERIFY(service.pendingAcks().isEmpty());
    }

    void extendKeepsTheIdAndUnacknowledgeExpires()
    {
        QTemporaryDir dir;
        auto live = client(m_stack.alertmanagers);
        AckService service(dir.path());
        service.setClient(QStringLiteral("prod"), live.get());
        QSignalSpy acked(&service, &AckService::acknowledged);
        service.acknowledge(QStringLiteral("prod"), matchersFor(QStringLiteral("extend")), 30 * 60 * 1000,
            QStringLiteral("extend me"), QStringLiteral("frank"));
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 10000);
        const QString id = acked.first().at(2).toString();
        const QUrl silenceUrl = apiUrl(m_stack.alertmanagers[0], QStringLiteral("/api/v2/silence/") + id);
        const QDateTime before = QDateTime::fromString(
            getJson(silenceUrl).object().value(QStringLiteral("endsAt")).toString(), Qt::ISODateWithMs);

        QSignalSpy extended(&service, &AckService::extended);
        service.extend(QStringLiteral("prod"), id, 60 * 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(extended.size(), 1, 10000);
        QCOMPARE(extended.first().at(1).toString(), id); // updated in place
        const QJsonObject after = getJson(silenceUrl).object();
        QCOMPARE(after.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("active"));
        const QDateTime until
            = QDateTime::fromString(after.value(QStringLiteral("endsAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(std::abs(before.addSecs(3600).msecsTo(until)) < 1000);
        QCOMPARE(
            extended.first().at(2).toDateTime().toMSecsSinceEpoch() / 1000, until.toMSecsSinceEpoch() / 1000);

        QSignalSpy unacked(&service, &AckService::unacknowledged);
        service.unacknowledge(QStringLiteral("prod"), id);
        QTRY_COMPARE_WITH_TIMEOUT(unacked.size(), 1, 10000);
        QCOMPARE(getJson(silenceUrl)
                     .object()
                     .value(QStringLiteral("status"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("expired"));

        QSignalSpy failed(&service, &AckService::operationFailed);
        service.extend(QStringLiteral("prod"), id, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("expired")),
            qPrintable(failed.first().at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestAckService)
#include "tst_ackservice.moc"

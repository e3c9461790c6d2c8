// SPDX-License-Identifier: GPL-3.0-or-later
// Acknowledgements happen exactly once against the real HA pair when the network misbehaves:
// a fault proxy (tests/support/faultproxy.h) sits in front of each replica and resets,
// truncates, delays or swallows requests. Each case counts the POSTs that reached a server
// and the distinct silences carrying the ack's token on both replicas (they gossip).
#include "acknowledgement.h"
#include "ackservice.h"
#include "alertmanagerclient.h"
#include "faultproxy.h"
#include "networktransport.h"
#include "stackfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace pivori;
using namespace pivori::testing;

using Fault = FaultProxy::Fault;

class TestAckFaults final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    QString m_marker;
    std::unique_ptr<FaultProxy> m_proxyA; ///< in front of the first replica
    std::unique_ptr<FaultProxy> m_proxyB; ///< in front of the second

    static constexpr qint64 kAckMs = qint64(30) * 60 * 1000;
    static constexpr int kTimeoutMs = 1500; ///< the replicas' timeout in these tests

    std::unique_ptr<AlertmanagerClient> proxiedClient(int timeoutMs = kTimeoutMs)
    {
        return std::make_unique<AlertmanagerClient>(m_transport.get(), QStringLiteral("prod"),
            QList<Endpoint> {
                endpointFor(m_proxyA->url(), timeoutMs), endpointFor(m_proxyB->url(), timeoutMs) });
    }

    QList<Matcher> matchersFor(const QString &testName) const
    {
        return { Matcher { QStringLiteral("test_run"), m_marker, false, true },
            Matcher { QStringLiteral("test_case"), testName, false, true } };
    }

    int postsForwarded() const
    {
        return m_proxyA->requestsForwarded("POST") + m_proxyB->requestsForwarded("POST");
    }

    // Distinct ids of the silences carrying @p token, asked of both replicas directly (not
    // through the proxies); with @p activeOnly, only those still in force.
    QSet<QString> silenceIds(const QString &token, bool activeOnly = false) const
    {
        QSet<QString> ids;
        for (const QUrl &replica : m_stack.alertmanagers) {
            for (const auto &value : silencesWithToken(replica, token)) {
                const QJsonObject silence = value.toObject();
                const QString state = silence.value(QStringLiteral("status"))
                                          .toObject()
                                          .value(QStringLiteral("state"))
                                          .toString();
                if (!activeOnly || state != QLatin1String("expired"))
                    ids.insert(silence.value(QStringLiteral("id")).toString());
            }
        }
        return ids;
    }

    // Both replicas hold the one silence @p id for @p token, and nothing else carries it.
    void verifyExactlyOnce(const QString &token, const QString &id)
    {
        // A request still held in a proxy reaches its server later: count after it did.
        QTRY_COMPARE_WITH_TIMEOUT(m_proxyA->requestsHeld() + m_proxyB->requestsHeld(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(silencesWithToken(m_stack.alertmanagers[0], token).size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(silencesWithToken(m_stack.alertmanagers[1], token).size(), 1, 10000);
        QCOMPARE(silenceIds(token), QSet<QString> { id });
        QCOMPARE(postsForwarded(), 1); // one POST reached a server, whatever the client saw
    }

    // Runs pivori-console while this process keeps serving (the proxies live in its event
    // loop, so waitForFinished() would starve them).
    static CommandRun runConsoleServing(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PIVORI_CONSOLE_BIN), arguments);
        CommandRun run;
        if (!process.waitForStarted())
            return run;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            run.err = "pivori-console did not finish in time";
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // Acknowledges through the proxies and waits for the ack to be confirmed.
    void ackExactlyOnce(const QString &testName, AckService &service, QString *token, QString *id)
    {
        QSignalSpy acked(&service, &AckService::acknowledged);
        QSignalSpy rejected(&service, &AckService::ackRejected);
        *token = service.acknowledge(
            QStringLiteral("prod"), matchersFor(testName), kAckMs, testName, QStringLiteral("fault-test"));
        QVERIFY(!token->isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(acked.size() == 1 || !rejected.isEmpty(), 30000);
        QVERIFY2(rejected.isEmpty(), qPrintable(rejected.value(0).value(1).toString()));
        QCOMPARE(acked.first().at(0).toString(), *token);
        *id = acked.first().at(2).toString();
        QVERIFY(service.pendingAcks().isEmpty());
        verifyExactlyOnce(*token, *id);
    }

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        QCOMPARE(m_stack.alertmanagers.size(), 2);
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTRY_VERIFY_WITH_TIMEOUT(clusterReady(m_stack.alertmanagers[0]), 30000);
    }

    void init()
    {
        m_proxyA = std::make_unique<FaultProxy>(m_stack.alertmanagers[0]);
        m_proxyB = std::make_unique<FaultProxy>(m_stack.alertmanagers[1]);
        QVERIFY(m_proxyA->listen());
        QVERIFY(m_proxyB->listen());
    }

    void cleanup()
    {
        m_proxyA.reset();
        m_proxyB.reset();
    }

    // The network stack's own re-send: Qt sends a request again when the connection closes
    // before the answer — also a POST the server has carried out. A non-idempotent request
    // must reach the server once, fresh connection or kept-alive one.
    void theTransportNeverResendsAPost_data()
    {
        QTest::addColumn<bool>("reusedConnection");
        QTest::newRow("fresh connection") << false;
        QTest::newRow("kept-alive connection") << true;
    }

    void theTransportNeverResendsAPost()
    {
        QFETCH(bool, reusedConnection);
        auto cluster = proxiedClient();
        if (reusedConnection) {
            Answer<AlertmanagerClient::SilencesSnapshot> listed;
            cluster->fetchSilences(this, listed.callback());
            QTRY_COMPARE_WITH_TIMEOUT(listed.calls, 1, 10000);
        }
        m_proxyA->setRule({ Fault::ResetAfterAnswer, 0, "POST", -1 });
        PostableSilence silence;
        silence.matchers = matchersFor(QStringLiteral("transport-resend"));
        silence.startsAt = QDateTime::currentDateTimeUtc();
        silence.endsAt = silence.startsAt.addSecs(1800);
        silence.createdBy = QStringLiteral("fault-test");
        const QString token = Acknowledgement::newToken();
        silence.comment = Acknowledgement::composeComment(QStringLiteral("resend"), token);
        Answer<AlertmanagerClient::WriteOutcome> written;
        cluster->createSilence(silence, this, written.callback());
        QTRY_COMPARE_WITH_TIMEOUT(written.calls, 1, 10000);
        QVERIFY(!written.result->ok());
        QVERIFY(AlertmanagerClient::isOutcomeUnknown(written.result->error())); // and said so
        QCOMPARE(m_proxyA->requestsSeen("POST"), 1); // not re-sent by Qt
        QCOMPARE(m_proxyB->requestsSeen("POST"), 0); // nor by the client to the other replica
        QTRY_COMPARE_WITH_TIMEOUT(silenceIds(token).size(), 1, 10000); // it did land, once
    }

    // A replica creates the silence and the client never hears of it.
    void ackLandsOnceWhenTheAnswerIsLost_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("reset after the server acted") << int(Fault::ResetAfterAnswer);
        QTest::newRow("truncated answer") << int(Fault::TruncateAnswer);
        QTest::newRow("reset before the server saw it") << int(Fault::ResetBeforeForwarding);
        QTest::newRow("never answered") << int(Fault::NeverAnswer);
    }

    void ackLandsOnceWhenTheAnswerIsLost()
    {
        QFETCH(int, fault);
        QTemporaryDir dir;
        auto cluster = proxiedClient();
        AckService service(dir.path());
        service.setClient(QStringLiteral("prod"), cluster.get());
        m_proxyA->setRule({ Fault(fault), 0, "POST", 1 });
        QString token;
        QString id;
        ackExactlyOnce(QStringLiteral("lost-%1").arg(fault), service, &token, &id);
        QCOMPARE(m_proxyA->requestsSeen("POST") + m_proxyB->requestsSeen("POST"),
            fault == int(Fault::ResetBeforeForwarding) || fault == int(Fault::NeverAnswer) ? 2 : 1);
    }

    // Every request to the first replica takes longer than the timeout: the POST lands late,
    // after the client gave up on it. The ack waits for a replica that can say so.
    void ackLandsOnceThroughASlowReplica()
    {
        QTemporaryDir dir;
        auto cluster = proxiedClient();
        AckService service(dir.path());
        service.setClient(QStringLiteral("prod"), cluster.get());
        m_proxyA->setRule({ Fault::DelayRequest, kTimeoutMs + 1500, {}, -1 });
        QString token;
        QString id;
        ackExactlyOnce(QStringLiteral("slow"), service, &token, &id);
        QCOMPARE(m_proxyB->requestsSeen("POST"), 0);
    }

    // The console is killed while its POST is held in the network; the outbox replays the ack
    // after the restart. The journal a SIGKILL leaves is the one on disk at that moment: it is
    // copied then, and the restarted service reads the copy.
    void ackLandsOnceAfterAKillDuringASlowPost()
    {
        QTemporaryDir dir;
        QTemporaryDir afterKill;
        m_proxyA->setRule({ Fault::DelayRequest, 2500, "POST", 1 });
        QString token;
        {
            auto cluster = proxiedClient(4000);
            AckService service(dir.path());
            service.setClient(QStringLiteral("prod"), cluster.get());
            QSignalSpy seen(m_proxyA.get(), &FaultProxy::requestSeen);
            token = service.acknowledge(QStringLiteral("prod"), matchersFor(QStringLiteral("killed")), kAckMs,
                QStringLiteral("killed"), QStringLiteral("fault-test"));
            QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 10000);
            QVERIFY(QFile::copy(QDir(dir.path()).filePath(QStringLiteral("ack-outbox.json")),
                QDir(afterKill.path()).filePath(QStringLiteral("ack-outbox.json"))));
            QCOMPARE(m_proxyA->requestsForwarded("POST"), 0); // still held: killed mid-POST
        } // killed: the connection drops, the proxy still delivers the POST later
        AckService restarted(afterKill.path());
        QVERIFY2(restarted.journalProblem().isEmpty(), qPrintable(restarted.journalProblem()));
        QCOMPARE(restarted.pendingAcks().size(), 1);
        auto cluster = proxiedClient(4000);
        QSignalSpy acked(&restarted, &AckService::acknowledged);
        restarted.setClient(QStringLiteral("prod"), cluster.get());
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 30000);
        verifyExactlyOnce(token, acked.first().at(2).toString());
    }

    // An ack made twice (as older versions did after a lost answer) is one ack: un-acknowledge
    // expires every silence carrying its token, on both replicas.
    void unacknowledgeExpiresEveryCopy()
    {
        const QString token = Acknowledgement::newToken();
        PostableSilence copy;
        copy.matchers = matchersFor(QStringLiteral("two-copies"));
        copy.startsAt = QDateTime::currentDateTimeUtc();
        copy.endsAt = copy.startsAt.addSecs(1800);
        copy.createdBy = QStringLiteral("fault-test");
        copy.comment = Acknowledgement::composeComment(QStringLiteral("twice"), token);
        for (const QUrl &replica : m_stack.alertmanagers) {
            const RawReply reply
                = httpRequest("POST", apiUrl(replica, QStringLiteral("/api/v2/silences")), copy.toJson());
            QCOMPARE(reply.status, 200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(silenceIds(token, true).size(), 2, 10000);
        const QString first = *silenceIds(token, true).cbegin();

        QTemporaryDir dir;
        auto cluster = proxiedClient();
        AckService service(dir.path());
        service.setClient(QStringLiteral("prod"), cluster.get());
        QSignalSpy expired(&service, &AckService::unacknowledged);
        service.unacknowledge(QStringLiteral("prod"), first);
        QTRY_COMPARE_WITH_TIMEOUT(expired.size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(silenceIds(token, true).isEmpty(), 10000);
        for (const QUrl &replica : m_stack.alertmanagers) {
            for (const auto &value : silencesWithToken(replica, token))
                QCOMPARE(value.toObject()
                             .value(QStringLiteral("status"))
                             .toObject()
                             .value(QStringLiteral("state"))
                             .toString(),
                    QStringLiteral("expired"));
        }
    }

    // A damaged journal is moved aside and said so; acks still land once.
    void corruptOutboxIsReportedAndAcksStillLandOnce()
    {
        QTemporaryDir dir;
        QFile journal(QDir(dir.path()).filePath(QStringLiteral("ack-outbox.json")));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write("{ version: 1, entries: [ { token: "); // cut off mid-entry
        journal.close();
        auto cluster = proxiedClient();
        AckService service(dir.path());
        QVERIFY2(service.journalProblem().contains(journal.fileName()), qPrintable(service.journalProblem()));
        service.setClient(QStringLiteral("prod"), cluster.get());
        QString token;
        QString id;
        ackExactlyOnce(QStringLiteral("corrupt-outbox"), service, &token, &id);
    }

    // The outbox cannot be written (its directory is a file; or the disk is full, here a
    // file size limit makes every write fail as a full disk does): the user is told, where
    // the acks are shown, and the ack still lands once.
    void unwritableOutboxIsReportedAndAcksStillLandOnce_data()
    {
        QTest::addColumn<bool>("diskFull");
        QTest::newRow("directory is a file") << false;
        QTest::newRow("disk full") << true;
    }

    void unwritableOutboxIsReportedAndAcksStillLandOnce()
    {
        QFETCH(bool, diskFull);
        QTemporaryDir dir;
        QString journalDir = dir.path();
        rlimit saved {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        const auto restoreLimit = qScopeGuard([&saved] { ::setrlimit(RLIMIT_FSIZE, &saved); });
        if (diskFull) {
            std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
            rlimit tiny = saved;
            tiny.rlim_cur = 64;
            QVERIFY(::setrlimit(RLIMIT_FSIZE, &tiny) == 0);
        } else {
            journalDir = QDir(dir.path()).filePath(QStringLiteral("not-a-directory"));
            QFile blocker(journalDir);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        auto cluster = proxiedClient();
        AckService service(journalDir);
        service.setClient(QStringLiteral("prod"), cluster.get());
        QSignalSpy journalErrors(&service, &AckService::journalError);
        m_proxyA->setRule({ Fault::ResetAfterAnswer, 0, "POST", 1 });
        QString token;
        QString id;
        ackExactlyOnce(
            diskFull ? QStringLiteral("disk-full") : QStringLiteral("unwritable"), service, &token, &id);
        QVERIFY(!journalErrors.isEmpty());
        QVERIFY2(journalErrors.first().at(0).toString().contains(QStringLiteral("acknowledge outbox")),
            qPrintable(journalErrors.first().at(0).toString()));
        if (diskFull) {
            // Whatever is on disk is a whole journal, never a truncated one.
            ::setrlimit(RLIMIT_FSIZE, &saved);
            AckOutbox after(journalDir);
            QString problem;
            QVERIFY2(after.load(&problem), qPrintable(problem));
        }
    }

    // The command line says what it knows after a lost answer, and makes one silence at most.
    void ackCommandReportsWhatItKnows_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("silences");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("reset after the server acted")
            << int(Fault::ResetAfterAnswer) << 0 << 1 << "was created";
        QTest::newRow("truncated answer") << int(Fault::TruncateAnswer) << 0 << 1 << "was created";
        QTest::newRow("reset before the server saw it")
            << int(Fault::ResetBeforeForwarding) << 1 << 0 << "no replica holds it";
    }

    void ackCommandReportsWhatItKnows()
    {
        QFETCH(int, fault);
        QFETCH(int, exitCode);
        QFETCH(int, silences);
        QFETCH(QString, stderrPart);
        m_proxyA->setRule({ Fault(fault), 0, "POST", 1 });
        const QString testCase = QStringLiteral("cli-%1").arg(fault);
        const CommandRun run = runConsoleServing({ QStringLiteral("ack"), QStringLiteral("--alertmanager"),
            m_proxyA->url().toString(), QStringLiteral("--alertmanager"), m_proxyB->url().toString(),
            QStringLiteral("--matcher"), QStringLiteral("test_run=\"%1\"").arg(m_marker),
            QStringLiteral("--matcher"), QStringLiteral("test_case=\"%1\"").arg(testCase),
            QStringLiteral("--duration"), QStringLiteral("30m"), QStringLiteral("--comment"),
            QStringLiteral("cli under faults"), QStringLiteral("--author"), QStringLiteral("fault-test") });
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(stderrPart), run.err.constData());
        QCOMPARE(m_proxyB->requestsSeen("POST"), 0); // never sent elsewhere after a lost answer
        // Count by matcher: the CLI's token is its own.
        int found = 0;
        QString createdId;
        for (const auto &value :
            getJson(apiUrl(m_stack.alertmanagers[0], QStringLiteral("/api/v2/silences"))).array()) {
            const QJsonArray matchers = value.toObject().value(QStringLiteral("matchers")).toArray();
            for (const auto &matcher : matchers) {
                if (matcher.toObject().value(QStringLiteral("value")).toString() == testCase) {
                    ++found;
                    createdId = value.toObject().value(QStringLiteral("id")).toString();
                }
            }
        }
        QCOMPARE(found, silences);
        if (silences == 1)
            QCOMPARE(QString::fromUtf8(run.out).trimmed(), createdId);
    }
};

QTEST_GUILESS_MAIN(TestAckFaults)
#include "tst_ackfaults.moc"

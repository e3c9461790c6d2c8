// SPDX-License-Identifier: GPL-3.0-or-later
// Acknowledgements survive real Alertmanager outages: the replicas' processes are stopped
// and started again (same ports, same data), and the console's client is never swapped.
// With one replica down an ack still lands; with both down it waits in the outbox, and
// once they are back it lands exactly once.
#include "ackservice.h"
#include "alertmanagerclient.h"
#include "networktransport.h"
#include "stackfixture.h"
#include "stacklauncher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

using namespace pivori;
using namespace pivori::testing;

class TestReplicaOutage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StackLauncher> m_stack;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<AlertmanagerClient> m_client;
    QTemporaryDir m_journal;
    std::unique_ptr<AckService> m_service;
    QString m_marker;

    QList<Matcher> matchers(const QString &testCase) const
    {
        return { Matcher { QStringLiteral("test_run"), m_marker, false, true },
            Matcher { QStringLiteral("test_case"), testCase, false, true } };
    }

    void stop(const QString &name)
    {
        QSignalSpy stopped(m_stack.get(), &StackLauncher::serverStopped);
        QVERIFY(m_stack->stopServer(name));
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 15000);
    }

private slots:
    void initTestCase()
    {
        StackOptions options;
        options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
        options.timeScale = 60;
        m_stack = std::make_unique<StackLauncher>(options);
        QSignalSpy ready(m_stack.get(), &StackLauncher::ready);
        m_stack->start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        QList<Endpoint> replicas;
        for (const QUrl &url : m_stack->state().alertmanagers)
            replicas.append(endpointFor(url));
        m_client = std::make_unique<AlertmanagerClient>(m_transport.get(), QStringLiteral("prod"), replicas);
        QVERIFY(m_journal.isValid());
        m_service = std::make_unique<AckService>(m_journal.path());
        m_service->setClient(QStringLiteral("prod"), m_client.get());
        m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void cleanupTestCase()
    {
        m_service.reset();
        QSignalSpy stopped(m_stack.get(), &StackLauncher::stopped);
        m_stack->stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 30000);
    }

    void oneReplicaStoppedAckStillLands()
    {
        const QList<QUrl> replicas = m_stack->state().alertmanagers;
        stop(QStringLiteral("alertmanager-1"));
        QCOMPARE(httpRequest("GET", apiUrl(replicas[0], QStringLiteral("/api/v2/status"))).status,
            0); // really gone

        QSignalSpy acked(m_service.get(), &AckService::acknowledged);
        const QString token
            = m_service->acknowledge(QStringLiteral("prod"), matchers(QStringLiteral("one-down")),
                15 * 60'000, QStringLiteral("replica 1 is down"), QStringLiteral("dana"));
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 20000);
        QCOMPARE(silencesWithToken(replicas[1], token).size(), 1);

        QVERIFY(m_stack->restartServer(QStringLiteral("alertmanager-1")));
        QTRY_VERIFY_WITH_TIMEOUT(clusterReady(replicas[0]), 60000);
    }

    void bothStoppedAckWaitsThenLandsOnce()
    {
        const QList<QUrl> replicas = m_stack->state().alertmanagers;
        stop(QStringLiteral("alertmanager-1"));
        stop(QStringLiteral("alertmanager-2"));

        QSignalSpy deferred(m_service.get(), &AckService::ackDeferred);
        QSignalSpy acked(m_service.get(), &AckService::acknowledged);
        const QString token
            = m_service->acknowledge(QStringLiteral("prod"), matchers(QStringLiteral("both-down")),
                15 * 60'000, QStringLiteral("the whole cluster is down"), QStringLiteral("dana"));
        QTRY_VERIFY_WITH_TIMEOUT(deferred.size() >= 1, 20000);
        QCOMPARE(acked.size(), 0); // never reported done without a silence id
        QCOMPARE(m_service->pendingAcks().size(), 1);

        QVERIFY(m_stack->restartServer(QStringLiteral("alertmanager-1")));
        QVERIFY(m_stack->restartServer(QStringLiteral("alertmanager-2")));
        // Retried with backoff by itself: nobody pokes the service.
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 90000);
        QVERIFY(m_service->pendingAcks().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(clusterReady(replicas[0]) && clusterReady(replicas[1]), 60000);
        // Gossip brings it to the other replica; exactly one silence carries the token.
        QTRY_COMPARE_WITH_TIMEOUT(silencesWithToken(replicas[0], token).size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(silencesWithToken(replicas[1], token).size(), 1, 30000);
    }
};

QTEST_GUILESS_MAIN(TestReplicaOutage)
#include "tst_replicaoutage.moc"

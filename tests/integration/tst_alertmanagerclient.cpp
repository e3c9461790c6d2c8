// SPDX-License-Identifier: GPL-3.0-or-later
// AlertmanagerClient against the real HA pair: reads merge both replicas, silences
// gossip, writes fail over to the next replica, and total failure names every replica.
#include "alertmanagerclient.h"
#include "freeport.h"
#include "networktransport.h"
#include "stackfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <memory>
#include <optional>

using namespace pivori;
using namespace pivori::testing;

namespace {

/// Sends a warning of this run straight to one replica, as Prometheus would.
void postWarning(const QUrl &replica, const QString &alertname, const QString &marker)
{
    postAlert(replica,
        { { QStringLiteral("alertname"), alertname },
            { QStringLiteral("severity"), QStringLiteral("warning") },
            { QStringLiteral("test_run"), marker } },
        QStringLiteral("sent by the test"), QDateTime::currentDateTimeUtc().addSecs(600));
}

PostableSilence silenceFor(const QString &marker, int minutes = 30)
{
    PostableSilence silence;
    silence.matchers = { Matcher { QStringLiteral("test_run"), marker, false, true } };
    silence.startsAt = QDateTime::currentDateTimeUtc();
    silence.endsAt = silence.startsAt.addSecs(60 * minutes);
    silence.createdBy = QStringLiteral("integration-test");
    silence.comment = QStringLiteral("ACK! checking the HA pair");
    return silence;
}

} // namespace

class TestAlertmanagerClient final : public QObject
{
    Q_OBJECT

private:
    StackState m_stack;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<AlertmanagerClient> m_cluster;
    QString m_marker;

private slots:
    void initTestCase()
    {
        m_stack = fixtureStack();
        m_transport = std::make_unique<NetworkTransport>(&m_nam);
        m_cluster = std::make_unique<AlertmanagerClient>(m_transport.get(), QStringLiteral("test"),
            QList<Endpoint> { endpointFor(m_stack.alertmanagers[0]), endpointFor(m_stack.alertmanagers[1]) });
        m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void statusShowsBothPeers()
    {
        Answer<QList<AlertmanagerClient::ReplicaStatus>> answer;
        m_cluster->fetchStatus(this, answer.callback());
        QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000);
        QVERIFY(answer.result->ok());
        QCOMPARE(answer.result->value().size(), 2);
        for (const auto &replica : answer.result->value()) {
            QVERIFY(!replica.error);
            QCOMPARE(replica.status.status, QStringLiteral("ready"));
            QCOMPARE(replica.status.peers.size(), 2);
            QVERIFY(replica.status.version.startsWith(QStringLiteral("0.25")));
        }
    }

    void alertOnOneReplicaStillShows()
    {
        const QString onlyB = QStringLiteral("PivoriTestOnlyReplicaB");
        const QString onBoth = QStringLiteral("PivoriTestOnBoth");
        postWarning(m_stack.alertmanagers[1], onlyB, m_marker);
        postWarning(m_stack.alertmanagers[0], onBoth, m_marker);
        postWarning(m_stack.alertmanagers[1], onBoth, m_marker);

        const QList<Matcher> filter { Matcher { QStringLiteral("test_run"), m_marker, false, true } };
        auto merged = [&]() -> QList<Alert> {
            Answer<AlertmanagerClient::AlertsSnapshot> answer;
            m_cluster->fetchAlerts(filter, this, answer.callback());
            [&] { QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000); }();
            return answer.result && answer.result->ok() ? answer.result->value().alerts : QList<Alert> {};
        };
        QTRY_COMPARE_WITH_TIMEOUT(merged().size(), 2, 15000);
        for (const Alert &alert : merged()) {
            const QString name = alert.labels.value(QStringLiteral("alertname"));
            if (name == onlyB)
                QCOMPARE(alert.seenBy, QStringList { m_stack.alertmanagers[1].toString() });
            else
                QCOMPARE(alert.seenBy.size(), 2); // one alert, two replicas: merged by fingerprint
            QCOMPARE(alert.labels.value(QStringLiteral("test_run")), m_marker);
        }
    }

    void groupsFollowTheRoutes()
    {
        // The alerts posted above: warnings route to slack-warnings, grouped by alertname and service.
        const QList<Matcher> filter { Matcher { QStringLiteral("test_run"), m_marker, false, true } };
        auto groups = [&]() -> QList<AlertGroup> {
            Answer<AlertmanagerClient::GroupsSnapshot> answer;
            m_cluster->fetchAlertGroups(filter, this, answer.callback());
            [&] { QTRY_COMPARE_WITH_TIMEOUT(answer.calls, 1, 10000); }();
            return answer.result && answer.result->ok() ? answer.result->value().groups
                                                        : QList<AlertGroup> {};
        };
        QTRY_COMPARE_WITH_TIMEOUT(groups().size(), 2, 15000);
        for (const AlertGroup &group : groups()) {
            QCOMPARE(group.receiver, QStringLiteral("slack-warnings"));
            QCOMPARE(group.alerts.size(), 1);
            QCOMPARE(group.labels.value(QStringLiteral("alertname")),
                group.alerts.first().labels.value(QStringLiteral("alertname")));
        }
    }

    void silenceGossipsToTheOtherReplica()
    {
        Answer<AlertmanagerClient::WriteOutcome> created;
        m_cluster->createSilence(silenceFor(m_marker), this, created.callback());
        QTRY_COMPARE_WITH_TIMEOUT(created.calls, 1, 10000);
        QVERIFY2(created.result->ok(),
            qPrintable(created.result->ok() ? QString() : created.result->error().describe()));
        const QString id = created.result->value().id;
        QCOMPARE(created.result->value().replicaUrl, m_stack.alertmanagers[0].toString());

        // Written to replica 1; replica 2 learns it by gossip under the same id.
        QUrl other = m_stack.alertmanagers[1];
        other.setPath(QStringLiteral("/api/v2/silence/") + id);
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest("GET", other).status, 200, 15000);

        Answer<AlertmanagerClient::SilencesSnapshot> listed;
        m_cluster->fetchSilences(this, listed.callback());
        QTRY_COMPARE_WITH_TIMEOUT(listed.calls, 1, 10000);
        QVERIFY(listed.result->ok());
        const auto &silences = listed.result->value().silences;
        const auto it
            = std::find_if(silences.begin(), silences.end(), [&](const Silence &s) { return s.id == id; });
        QVERIFY(it != silences.end());
        QCOMPARE(it->comment, QStringLiteral("ACK! checking the HA pair"));
        QCOMPARE(it->state, Silence::State::Active);

        Answer<AlertmanagerClient::WriteOutcome> expired;
        m_cluster->expireSilence(id, this, expired.callback());
        QTRY_COMPARE_WITH_TIMEOUT(expired.calls, 1, 10000);
        QVERIFY(expired.result->ok());
        Answer<Silence> after;
        m_cluster->fetchSilence(id, this, after.callback());
        QTRY_COMPARE_WITH_TIMEOUT(after.calls, 1, 10000);
        QVERIFY(after.result->ok());
        QCOMPARE(after.result->value().state, Silence::State::Expired);
    }

    void writeFailsOverToTheNextReplica()
    {
        AlertmanagerClient halfDown(m_transport.get(), QStringLiteral("half-down"),
            { endpointFor(deadUrl()), endpointFor(m_stack.alertmanagers[1]) });
        Answer<AlertmanagerClient::WriteOutcome> created;
        halfDown.createSilence(silenceFor(m_marker, 5), this, created.callback());
        QTRY_COMPARE_WITH_TIMEOUT(created.calls, 1, 15000);
        QVERIFY2(created.result->ok(),
            qPrintable(created.result->ok() ? QString() : created.result->error().describe()));
        QCOMPARE(created.result->value().replicaUrl, m_stack.alertmanagers[1].toString());

        // And reads still answer, naming the replica that did not.
        Answer<AlertmanagerClient::AlertsSnapshot> alerts;
        halfDown.fetchAlerts({}, this, alerts.callback());
        QTRY_COMPARE_WITH_TIMEOUT(alerts.calls, 1, 15000);
        QVERIFY(alerts.result->ok());
        QCOMPARE(alerts.result->value().failures.size(), 1);
    }

    void badSilenceIsFinalNotRetried()
    {
        PostableSilence bad = silenceFor(m_marker);
        bad.startsAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
        bad.endsAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        Answer<AlertmanagerClient::WriteOutcome> created;
        m_cluster->createSilence(bad, this, created.callback());
        QTRY_COMPARE_WITH_TIMEOUT(created.calls, 1, 10000);
        QVERIFY(!created.result->ok());
        QCOMPARE(created.result->error().httpStatus, 400);
        QVERIFY2(created.result->error().message.contains(QStringLiteral("past")),
            qPrintable(created.result->error().message));
    }

    void everyReplicaDownIsAnError()
    {
        const QUrl a = deadUrl();
        const QUrl b = deadUrl();
        AlertmanagerClient down(
            m_transport.get(), QStringLiteral("down"), { endpointFor(a), endpointFor(b) });
        Answer<AlertmanagerClient::AlertsSnapshot> alerts;
        down.fetchAlerts({}, this, alerts.callback());
        Answer<AlertmanagerClient::WriteOutcome> created;
        down.createSilence(silenceFor(m_marker), this, created.callback());
        QTRY_VERIFY_WITH_TIMEOUT(alerts.calls == 1 && created.calls == 1, 15000);
        QVERIFY(!alerts.result->ok());
        QVERIFY(!created.result->ok());
        const QString message = alerts.result->error().describe();
        QVERIFY2(message.contains(a.authority()) && message.contains(b.authority()), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerClient)
#include "tst_alertmanagerclient.moc"

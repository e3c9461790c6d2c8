// SPDX-License-Identifier: GPL-3.0-or-later
// The ack convention (a silence whose comment starts with "ACK!") and how inbox rows are built.
#include "acknowledgement.h"
#include "ackservice.h"
#include "inboxalert.h"
#include "inboxformat.h"
#include "silencelimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pivori;

namespace {

const QDateTime kStart(QDate(2024, 5, 14), QTime(10, 0), Qt::UTC);

Silence silence(
    const QString &id, const QString &comment, int hours = 2, Silence::State state = Silence::State::Active)
{
    Silence s;
    s.id = id;
    s.comment = comment;
    s.createdBy = QStringLiteral("alice");
    s.matchers = { Matcher { QStringLiteral("alertname"), QStringLiteral("HighP95Latency"), false, true } };
    s.startsAt = kStart;
    s.endsAt = kStart.addSecs(3600 * hours);
    s.state = state;
    return s;
}

Alert alert(const QString &fingerprint, const QString &alertname)
{
    Alert a;
    a.fingerprint = fingerprint;
    a.labels = { { QStringLiteral("alertname"), alertname },
        { QStringLiteral("service"), QStringLiteral("trading") },
        { QStringLiteral("severity"), QStringLiteral("warning") } };
    a.startsAt = kStart;
    a.receivers = { QStringLiteral("slack-warnings") };
    return a;
}

} // namespace

class TestAcknowledgement final : public QObject
{
    Q_OBJECT

private slots:
    void comments_data()
    {
        QTest::addColumn<QString>("comment");
        QTest::addColumn<bool>("isAck");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("token");
        QTest::newRow("ours") << QStringLiteral("ACK! on it [ack:123e4567-e89b-12d3-a456-426614174000]")
                              << true << QStringLiteral("on it")
                              << QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
        QTest::newRow("made elsewhere, no token") << QStringLiteral("ACK! restarting pods") << true
                                                  << QStringLiteral("restarting pods") << QString();
        QTest::newRow("bare prefix") << QStringLiteral("ACK!") << true << QString() << QString();
        QTest::newRow("plain silence") << QStringLiteral("maintenance window") << false
                                       << QStringLiteral("maintenance window") << QString();
        QTest::newRow("lower case is not an ack")
            << QStringLiteral("ack! x") << false << QStringLiteral("ack! x") << QString();
        QTest::newRow("leading blank is not an ack")
            << QStringLiteral(" ACK! x") << false << QStringLiteral("ACK! x") << QString();
        QTest::newRow("a token in the middle is text")
            << QStringLiteral("ACK! see [ack:aaaaaaaa-bbbb] later") << true
            << QStringLiteral("see [ack:aaaaaaaa-bbbb] later") << QString();
        QTest::newRow("a hostile token is not a token") << QStringLiteral("ACK! x [ack:../../etc]") << true
                                                        << QStringLiteral("x [ack:../../etc]") << QString();
    }

    void comments()
    {
        QFETCH(QString, comment);
        QFETCH(bool, isAck);
        QFETCH(QString, text);
        QFETCH(QString, token);
        QCOMPARE(Acknowledgement::isAckComment(comment), isAck);
        QCOMPARE(Acknowledgement::textOf(comment), text);
        QCOMPARE(Acknowledgement::tokenOf(comment), token);
    }

    void composeReadsBack()
    {
        const QString token = Acknowledgement::newToken();
        QVERIFY(token.size() == 36 && !token.contains(u'{'));
        QVERIFY(token != Acknowledgement::newToken());
        const QString comment = Acknowledgement::composeComment(QStringLiteral("  on it  "), token);
        QCOMPARE(comment, QStringLiteral("ACK! on it [ack:") + token + u']');
        QCOMPARE(Acknowledgement::tokenOf(comment), token);
        QCOMPARE(Acknowledgement::textOf(comment), QStringLiteral("on it"));
        QCOMPARE(Acknowledgement::composeComment({}, token), QStringLiteral("ACK! [ack:") + token + u']');
        const auto info = Acknowledgement::fromSilence(silence(QStringLiteral("s1"), comment));
        QVERIFY(info);
        QCOMPARE(info->author, QStringLiteral("alice"));
        QCOMPARE(info->until, kStart.addSecs(7200));
        QCOMPARE(info->token, token);
        QVERIFY(!Acknowledgement::fromSilence(silence(QStringLiteral("s2"), QStringLiteral("plain"))));
    }

    void ackOfAnAlertIsTheLongestActiveOne()
    {
        QHash<QString, Silence> byId;
        for (const Silence &s : { silence(QStringLiteral("short"), QStringLiteral("ACK! a"), 1),
                 silence(QStringLiteral("long"), QStringLiteral("ACK! b"), 5),
                 silence(QStringLiteral("plain"), QStringLiteral("maintenance"), 9),
                 silence(QStringLiteral("gone"), QStringLiteral("ACK! c"), 12, Silence::State::Expired) })
            byId.insert(s.id, s);
        Alert a = alert(QStringLiteral("f1"), QStringLiteral("HighP95Latency"));
        a.silencedBy = { QStringLiteral("short"), QStringLiteral("plain"), QStringLiteral("long"),
            QStringLiteral("gone"), QStringLiteral("unknown") };
        QCOMPARE(Acknowledgement::forAlert(a, byId)->silenceId, QStringLiteral("long"));
        a.silencedBy = { QStringLiteral("plain") };
        QVERIFY(!Acknowledgement::forAlert(a, byId));
    }

    void rowsFromASnapshot()
    {
        Alert firing = alert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"));
        Alert inhibited = alert(QStringLiteral("f2"), QStringLiteral("HighP95Latency"));
        inhibited.inhibitedBy = { QStringLiteral("f3"), QStringLiteral("ffff") };
        Alert critical = alert(QStringLiteral("f3"), QStringLiteral("CriticalP99Latency"));
        critical.silencedBy = { QStringLiteral("plain") };
        Alert acked = alert(QStringLiteral("f4"), QStringLiteral("HighMemoryUsage"));
        acked.silencedBy = { QStringLiteral("ack") };
        acked.inhibitedBy = { QStringLiteral("f3") };
        const QList<InboxAlert> rows
            = InboxAlert::fromSnapshot(QStringLiteral("prod"), { firing, inhibited, critical, acked },
                { silence(QStringLiteral("ack"), QStringLiteral("ACK! mine")),
                    silence(QStringLiteral("plain"), QStringLiteral("x")) });
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].state(), InboxAlert::State::Firing);
        QCOMPARE(rows[1].state(), InboxAlert::State::Inhibited);
        QCOMPARE(rows[1].inhibitors,
            QStringList({ QStringLiteral("CriticalP99Latency{service=\"trading\", severity=\"warning\"}"),
                QStringLiteral("ffff") }));
        QCOMPARE(rows[2].state(), InboxAlert::State::Silenced);
        QCOMPARE(rows[3].state(), InboxAlert::State::Acknowledged); // owned beats inhibited
        QCOMPARE(rows[3].ack->silenceId, QStringLiteral("ack"));
        QCOMPARE(rows[3].key(), QStringLiteral("prod/f4"));
    }

    void anExpiredSilenceSilencesNothing()
    {
        // Right after an un-acknowledge a replica (or a round that crossed the DELETE) still
        // lists the silence in the alert's silencedBy, while the silences say it has ended: the
        // alert is firing, not "silenced" (which the inbox hides by default).
        Alert unacked = alert(QStringLiteral("f1"), QStringLiteral("HighP95Latency"));
        unacked.silencedBy = { QStringLiteral("ack") };
        Alert unknown = alert(QStringLiteral("f2"), QStringLiteral("HighP95Latency"));
        unknown.silencedBy = { QStringLiteral("not-listed") };
        const QList<InboxAlert> rows = InboxAlert::fromSnapshot(QStringLiteral("prod"), { unacked, unknown },
            { silence(QStringLiteral("ack"), QStringLiteral("ACK! mine"), 2, Silence::State::Expired) });
        QCOMPARE(rows[0].state(), InboxAlert::State::Firing);
        QVERIFY(rows[0].alert.silencedBy.isEmpty());
        QCOMPARE(rows[1].state(), InboxAlert::State::Silenced); // what nobody knows about stays
    }

    void limitsSayWhy_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<bool>("allowed");
        constexpr qint64 day = qint64(24) * 3'600'000;
        QTest::newRow("1 minute") << qint64(60'000) << true;
        QTest::newRow("90 days") << 90 * day << true;
        QTest::newRow("90 days and a second") << 90 * day + 1000 << false;
        QTest::newRow("1000 years") << qint64(1000) * 365 * day << false;
        QTest::newRow("zero") << qint64(0) << false;
    }

    void limitsSayWhy()
    {
        QFETCH(qint64, ms);
        QFETCH(bool, allowed);
        const QString problem = SilenceLimits::durationProblem(ms);
        QCOMPARE(problem.isEmpty(), allowed);
        if (!allowed && ms > 0)
            QVERIFY2(problem.contains(QStringLiteral("at most 90 day")), qPrintable(problem));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(SilenceLimits::endProblem(now.addMSecs(ms), now).isEmpty(), allowed);
    }

    void jsonForScripts()
    {
        Alert a = alert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"));
        a.silencedBy = { QStringLiteral("ack") };
        const QList<InboxAlert> rows = InboxAlert::fromSnapshot(QStringLiteral("prod"),
            { a, alert(QStringLiteral("f2"), QStringLiteral("ServiceDown")) },
            { silence(QStringLiteral("ack"), QStringLiteral("ACK! mine [ack:0123456789ab]")) });
        const QJsonArray list = QJsonDocument::fromJson(inboxAlertsToJson(rows)).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list[0].toObject();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(first.value(QStringLiteral("cluster")).toString(), QStringLiteral("prod"));
        const QJsonObject ack = first.value(QStringLiteral("acknowledged")).toObject();
        QCOMPARE(ack.value(QStringLiteral("by")).toString(), QStringLiteral("alice"));
        QCOMPARE(ack.value(QStringLiteral("silenceId")).toString(), QStringLiteral("ack"));
        QCOMPARE(ack.value(QStringLiteral("until")).toString(), QStringLiteral("2024-05-14T12:00:00.000Z"));
        QCOMPARE(ack.value(QStringLiteral("comment")).toString(), QStringLiteral("mine"));
        QVERIFY(list[1].toObject().value(QStringLiteral("acknowledged")).isNull());
        QCOMPARE(list[1]
                     .toObject()
                     .value(QStringLiteral("labels"))
                     .toObject()
                     .value(QStringLiteral("alertname"))
                     .toString(),
            QStringLiteral("ServiceDown"));
    }

    void tablesNeutraliseTerminalEscapes()
    {
        Alert a = alert(QStringLiteral("f1"), QStringLiteral("X\x1b[2J"));
        a.annotations.insert(QStringLiteral("summary"), QStringLiteral("line\nbreak\x07\u0085"));
        const QString table = inboxAlertsToTable(
            InboxAlert::fromSnapshot(QStringLiteral("prod"), { a }, {}), QStringLiteral("service"));
        QVERIFY(!table.contains(QChar(0x1b)));
        QVERIFY(!table.contains(QChar(0x07)));
        QVERIFY(!table.contains(QChar(0x85)));
        QCOMPARE(table.count(u'\n'), 2); // header + one row, the newline in the summary replaced
        QCOMPARE(terminalSafe(QStringLiteral("ok ünïcode")), QStringLiteral("ok ünïcode"));
    }

    void findLandedNeedsTokenAuthorAndMatchers()
    {
        AckOutbox::Entry entry;
        entry.token = QStringLiteral("0123456789ab");
        entry.author = QStringLiteral("alice");
        entry.matchers = { Matcher { QStringLiteral("service"), QStringLiteral("trading"), false, true },
            Matcher { QStringLiteral("alertname"), QStringLiteral("HighP95Latency"), false, true } };
        Silence landed = silence(QStringLiteral("s1"), QStringLiteral("ACK! x [ack:0123456789ab]"));
        landed.matchers = { entry.matchers[1], entry.matchers[0] }; // order does not matter
        Silence otherAuthor = landed;
        otherAuthor.id = QStringLiteral("s2");
        otherAuthor.createdBy = QStringLiteral("mallory");
        Silence otherToken = landed;
        otherToken.id = QStringLiteral("s3");
        otherToken.comment = QStringLiteral("ACK! x [ack:ffffffffffff]");
        Silence fewerMatchers = landed;
        fewerMatchers.id = QStringLiteral("s4");
        fewerMatchers.matchers.removeLast();
        QVERIFY(!AckService::findLanded(entry, { otherAuthor, otherToken, fewerMatchers }));
        // findLanded() points into the list it is given: the list must outlive the pointer
        // (a temporary here was a use-after-free that ASan found).
        const QList<Silence> listed { otherAuthor, otherToken, fewerMatchers, landed };
        const Silence *found = AckService::findLanded(entry, listed);
        QVERIFY(found);
        QCOMPARE(found->id, QStringLiteral("s1"));
    }
};

QTEST_GUILESS_MAIN(TestAcknowledgement)
#include "tst_acknowledgement.moc"

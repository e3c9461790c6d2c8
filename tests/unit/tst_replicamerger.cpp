// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicamerger.h"

#include <QTest>

#include <algorithm>

using namespace pivori;

namespace {

const QString kA = QStringLiteral("http://127.0.0.1:9093");
const QString kB = QStringLiteral("http://127.0.0.1:9095");

QDateTime at(int second)
{
    return QDateTime(QDate(2024, 5, 14), QTime(10, 0, second), Qt::UTC);
}

Alert alert(const char *fingerprint, int updatedSecond, Alert::State state = Alert::State::Active)
{
    Alert a;
    a.fingerprint = QLatin1String(fingerprint);
    a.labels = { { QStringLiteral("alertname"), QStringLiteral("A-%1").arg(a.fingerprint) } };
    a.receivers = { QStringLiteral("null-receiver") };
    a.startsAt = at(0);
    a.updatedAt = at(updatedSecond);
    a.endsAt = at(59);
    a.state = state;
    return a;
}

Silence silence(const char *id, int updatedSecond, Silence::State state, int endSecond = 50)
{
    Silence s;
    s.id = QLatin1String(id);
    s.matchers = { Matcher { QStringLiteral("service"), QStringLiteral("batch"), false, true } };
    s.startsAt = at(0);
    s.endsAt = at(endSecond);
    s.updatedAt = at(updatedSecond);
    s.state = state;
    return s;
}

// One line per alert, so a failing comparison shows the whole picture.
QStringList flatten(const QList<Alert> &alerts)
{
    QStringList out;
    for (const Alert &a : alerts) {
        const char *state = a.state == Alert::State::Active ? "active"
            : a.state == Alert::State::Suppressed           ? "suppressed"
                                                            : "unprocessed";
        out.append(QStringLiteral(
            "%1 %2 updated=%3 silencedBy=[%4] inhibitedBy=[%5] receivers=[%6] seenBy=[%7] summary=%8")
                       .arg(a.fingerprint, QLatin1String(state), a.updatedAt.toString(Qt::ISODate),
                           a.silencedBy.join(u','), a.inhibitedBy.join(u','), a.receivers.join(u','),
                           a.seenBy.join(u','), a.annotations.value(QStringLiteral("summary"))));
    }
    return out;
}

QStringList flatten(const QList<Silence> &silences)
{
    QStringList out;
    for (const Silence &s : silences)
        out.append(QStringLiteral("%1 updated=%2 comment=%3")
                       .arg(s.id, s.updatedAt.toString(Qt::ISODate), s.comment));
    return out;
}

} // namespace

class TestReplicaMerger : public QObject
{
    Q_OBJECT

private slots:
    void alertOnlyOnReplicaB();
    void newestUpdatedAtWins_data();
    void newestUpdatedAtWins();
    void silencedByIsUnited();
    void inhibitedByAndReceiversAreUnited();
    void orderWithinReplicaDoesNotMatter();
    void emptyAndFailedReplicas();
    void silencesById();
    void silencesSortedLikeAlertmanager();
    void groupsMergeTheirAlerts();
};

void TestReplicaMerger::alertOnlyOnReplicaB()
{
    // Alerts are not gossiped: a replica Prometheus could not reach simply lacks them.
    const auto merged = ReplicaMerger::mergeAlerts(
        { { kA, { alert("aa", 5) } }, { kB, { alert("aa", 6), alert("bb", 6) } } });
    QCOMPARE(flatten(merged),
        (QStringList {
            QStringLiteral("aa active updated=2024-05-14T10:00:06Z silencedBy=[] inhibitedBy=[] "
                           "receivers=[null-receiver] seenBy=[%1,%2] summary=")
                .arg(kA, kB),
            QStringLiteral("bb active updated=2024-05-14T10:00:06Z silencedBy=[] inhibitedBy=[] "
                           "receivers=[null-receiver] seenBy=[%1] summary=")
                .arg(kB),
        }));
}

void TestReplicaMerger::newestUpdatedAtWins_data()
{
    QTest::addColumn<int>("updatedOnA");
    QTest::addColumn<int>("updatedOnB");
    QTest::addColumn<QString>("summary");
    QTest::newRow("B newer") << 5 << 7 << QStringLiteral("from B");
    QTest::newRow("A newer") << 9 << 7 << QStringLiteral("from A");
    QTest::newRow("tie keeps the first replica") << 7 << 7 << QStringLiteral("from A");
}

void TestReplicaMerger::newestUpdatedAtWins()
{
    QFETCH(int, updatedOnA);
    QFETCH(int, updatedOnB);
    QFETCH(QString, summary);
    Alert onA = alert("aa", updatedOnA);
    onA.annotations.insert(QStringLiteral("summary"), QStringLiteral("from A"));
    Alert onB = alert("aa", updatedOnB);
    onB.annotations.insert(QStringLiteral("summary"), QStringLiteral("from B"));

    const auto merged = ReplicaMerger::mergeAlerts({ { kA, { onA } }, { kB, { onB } } });
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first().annotations.value(QStringLiteral("summary")), summary);
    QCOMPARE(merged.first().updatedAt, at(std::max(updatedOnA, updatedOnB)));
    QCOMPARE(merged.first().seenBy, (QStringList { kA, kB }));
}

void TestReplicaMerger::silencedByIsUnited()
{
    // Replica A has learned silence s2 and has the newer record; B still reports s1 only and
    // an older record. A silence one replica knows must not be lost, nor listed twice.
    Alert onA = alert("aa", 9, Alert::State::Suppressed);
    onA.silencedBy = { QStringLiteral("s2"), QStringLiteral("s1") };
    Alert onB = alert("aa", 3, Alert::State::Suppressed);
    onB.silencedBy = { QStringLiteral("s1"), QStringLiteral("s0") };
    // B has not learned the silence yet and calls this one active: the union suppresses it.
    Alert lagging = alert("cc", 9, Alert::State::Active);
    Alert silencedOnA = alert("cc", 4, Alert::State::Suppressed);
    silencedOnA.silencedBy = { QStringLiteral("s9") };

    const auto merged
        = ReplicaMerger::mergeAlerts({ { kA, { onA, silencedOnA } }, { kB, { onB, lagging } } });
    QCOMPARE(flatten(merged),
        (QStringList {
            QStringLiteral("aa suppressed updated=2024-05-14T10:00:09Z silencedBy=[s0,s1,s2] inhibitedBy=[] "
                           "receivers=[null-receiver] seenBy=[%1,%2] summary=")
                .arg(kA, kB),
            QStringLiteral("cc suppressed updated=2024-05-14T10:00:09Z silencedBy=[s9] inhibitedBy=[] "
                           "receivers=[null-receiver] seenBy=[%1,%2] summary=")
                .arg(kA, kB),
        }));
}

void TestReplicaMerger::inhibitedByAndReceiversAreUnited()
{
    Alert onA = alert("aa", 2);
    onA.inhibitedBy = { QStringLiteral("ffff") };
    onA.receivers = { QStringLiteral("critical") };
    Alert onB = alert("aa", 8);
    onB.receivers = { QStringLiteral("null-receiver"), QStringLiteral("critical") };
    const auto merged = ReplicaMerger::mergeAlerts({ { kA, { onA } }, { kB, { onB } } });
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first().inhibitedBy, QStringList { QStringLiteral("ffff") });
    QCOMPARE(merged.first().receivers,
        (QStringList { QStringLiteral("critical"), QStringLiteral("null-receiver") }));
    QCOMPARE(merged.first().state, Alert::State::Suppressed);
}

void TestReplicaMerger::orderWithinReplicaDoesNotMatter()
{
    Alert withSilences = alert("bb", 4);
    withSilences.silencedBy = { QStringLiteral("z"), QStringLiteral("a") };
    const QList<Alert> forward { alert("aa", 1), withSilences, alert("cc", 1) };
    QList<Alert> backward = forward;
    std::reverse(backward.begin(), backward.end());
    Alert otherSilences = alert("bb", 4);
    otherSilences.silencedBy = { QStringLiteral("m") };

    const auto one = ReplicaMerger::mergeAlerts({ { kA, forward }, { kB, { otherSilences } } });
    const auto two = ReplicaMerger::mergeAlerts({ { kA, backward }, { kB, { otherSilences } } });
    QCOMPARE(flatten(one), flatten(two));
    QCOMPARE(one.at(0).fingerprint, QStringLiteral("aa"));
    QCOMPARE(one.at(2).fingerprint, QStringLiteral("cc"));
    QCOMPARE(one.at(1).silencedBy,
        (QStringList { QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("z") }));
}

void TestReplicaMerger::emptyAndFailedReplicas()
{
    QVERIFY(ReplicaMerger::mergeAlerts({}).isEmpty());
    QVERIFY(ReplicaMerger::mergeAlerts({ { kA, {} }, { kB, {} } }).isEmpty());
    // A failed replica is simply absent from the input: the other one's alerts all show.
    const auto merged = ReplicaMerger::mergeAlerts({ { kB, { alert("bb", 1), alert("aa", 1) } } });
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.first().seenBy, QStringList { kB });
}

void TestReplicaMerger::silencesById()
{
    Silence oldOnA = silence("s1", 1, Silence::State::Active);
    oldOnA.comment = QStringLiteral("before edit");
    Silence newOnB = silence("s1", 8, Silence::State::Active);
    newOnB.comment = QStringLiteral("after edit");
    Silence onlyA = silence("s2", 2, Silence::State::Active, 40);
    onlyA.comment = QStringLiteral("gossip pending");

    const auto merged = ReplicaMerger::mergeSilences({ { kA, { oldOnA, onlyA } }, { kB, { newOnB } } });
    QCOMPARE(flatten(merged),
        (QStringList { QStringLiteral("s2 updated=2024-05-14T10:00:02Z comment=gossip pending"),
            QStringLiteral("s1 updated=2024-05-14T10:00:08Z comment=after edit") }));
    // Same answer whichever replica is listed first.
    QCOMPARE(flatten(ReplicaMerger::mergeSilences({ { kB, { newOnB } }, { kA, { onlyA, oldOnA } } })),
        flatten(merged));
}

void TestReplicaMerger::silencesSortedLikeAlertmanager()
{
    const auto merged = ReplicaMerger::mergeSilences(
        { { kA,
              { silence("e-early", 1, Silence::State::Expired, 10), silence("p", 1, Silence::State::Pending),
                  silence("a-late", 1, Silence::State::Active, 50),
                  silence("e-late", 1, Silence::State::Expired, 20) } },
            { kB,
                { silence("a-soon", 1, Silence::State::Active, 30),
                    silence("a-tie2", 1, Silence::State::Active, 30) } } });
    QStringList ids;
    for (const Silence &s : merged)
        ids.append(s.id);
    QCOMPARE(ids,
        (QStringList { QStringLiteral("a-soon"), QStringLiteral("a-tie2"), QStringLiteral("a-late"),
            QStringLiteral("p"), QStringLiteral("e-late"), QStringLiteral("e-early") }));
}

void TestReplicaMerger::groupsMergeTheirAlerts()
{
    // The same route on both replicas is one group; an alert only B has still shows in it.
    const QMap<QString, QString> trading { { QStringLiteral("service"), QStringLiteral("trading") } };
    const QMap<QString, QString> risk { { QStringLiteral("service"), QStringLiteral("risk") } };
    const AlertGroup onA { trading, QStringLiteral("pager"), { alert("aa", 5) } };
    const AlertGroup onB { trading, QStringLiteral("pager"), { alert("aa", 7), alert("bb", 7) } };
    const AlertGroup otherRoute { trading, QStringLiteral("slack"), { alert("aa", 7) } };
    const AlertGroup otherLabels { risk, QStringLiteral("pager"), { alert("cc", 7) } };
    const auto merged
        = ReplicaMerger::mergeGroups({ { kA, { onA } }, { kB, { onB, otherRoute, otherLabels } } });
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged[0].receiver, QStringLiteral("pager"));
    QCOMPARE(merged[0].labels, risk); // sorted by receiver, then labels
    QCOMPARE(merged[1].labels, trading);
    QCOMPARE(merged[1].alerts.size(), 2);
    QCOMPARE(merged[1].alerts[0].seenBy, (QStringList { kA, kB }));
    QCOMPARE(merged[1].alerts[0].updatedAt, at(7));
    QCOMPARE(merged[1].alerts[1].seenBy, QStringList { kB });
    QCOMPARE(merged[2].receiver, QStringLiteral("slack"));
    QVERIFY(ReplicaMerger::mergeGroups({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestReplicaMerger)
#include "tst_replicamerger.moc"

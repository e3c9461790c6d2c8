// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox tree: row-by-row updates keyed by cluster + fingerprint, grouping, counts.
#include "alertinboxmodel.h"
#include "inboxmodelfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace pivori;
using namespace pivori::testing;

class TestAlertInboxModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AlertInboxModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private slots:
    void manyNewGroupsArriveInOneInsertionAndLeaveInOneRemoval()
    {
        // One signal per group made 40,000 groups freeze the window for minutes.
        AlertInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<InboxAlert> alerts;
        for (int i = 0; i < 500; ++i)
            alerts.append(makeAlert(QStringLiteral("f%1").arg(i),
                QStringLiteral("Rule%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("warning"),
                QStringLiteral("svc")));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setAlerts(alerts);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 499);
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(
            model.index(499, 0).data(AlertInboxModel::GroupKeyRole).toString(), QStringLiteral("Rule0499"));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setAlerts(alerts.mid(0, 100) + alerts.mid(400));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 100);
        QCOMPARE(removed.first().at(2).toInt(), 399);
        QCOMPARE(model.rowCount(), 200);
    }

    /// A group row shows its worst severity and earliest start, kept with the group between
    /// paints: after a poll that changes an alert's severity, removes it or adds one, it shows
    /// the new ones, whether the poll is applied at once (few alerts) or planned on a pool
    /// thread (5,000 and more).
    void groupSummaryFollowsItsAlerts_data()
    {
        QTest::addColumn<int>("others");
        QTest::newRow("applied at once") << 10;
        QTest::newRow("planned on the pool") << 6000;
    }

    void groupSummaryFollowsItsAlerts()
    {
        QFETCH(int, others);
        AlertInboxModel model;
        QList<InboxAlert> alerts;
        for (int i = 0; i < others; ++i)
            alerts.append(makeAlert(QStringLiteral("o%1").arg(i), QStringLiteral("Other%1").arg(i % 50),
                QStringLiteral("info"), QStringLiteral("svc")));
        alerts.append(makeAlert(QStringLiteral("a"), QStringLiteral("Disk"), QStringLiteral("warning"), {}));
        alerts.append(makeAlert(QStringLiteral("b"), QStringLiteral("Disk"), QStringLiteral("info"), {}));
        auto diskGroup = [&model] {
            for (int row = 0; row < model.rowCount(); ++row)
                if (model.index(row, 0).data(AlertInboxModel::GroupKeyRole).toString()
                    == QLatin1String("Disk"))
                    return model.index(row, 0);
            return QModelIndex();
        };
        auto settled = [&model] { return model.pendingCount() == 0; };
        model.setAlerts(alerts);
        QTRY_VERIFY(settled());
        QCOMPARE(diskGroup().data(AlertInboxModel::SeverityRole).toString(), QStringLiteral("warning"));

        alerts[others + 1]
            = makeAlert(QStringLiteral("b"), QStringLiteral("Disk"), QStringLiteral("critical"), {});
        alerts[others + 1].alert.startsAt = alerts[others + 1].alert.startsAt.addSecs(-3600);
        model.setAlerts(alerts);
        QTRY_VERIFY(settled());
        QCOMPARE(diskGroup().data(AlertInboxModel::SeverityRole).toString(), QStringLiteral("critical"));
        QCOMPARE(diskGroup().data(AlertInboxModel::SeverityRankRole).toInt(), 0);
        QCOMPARE(model.index(diskGroup().row(), AlertInboxModel::SinceColumn).data(AlertInboxModel::SortRole),
            QVariant(QDateTime(QDate(2024, 5, 14), QTime(9, 0), Qt::UTC)));

        alerts.removeAt(others + 1);
        model.setAlerts(alerts);
        QTRY_VERIFY(settled());
        QCOMPARE(diskGroup().data(AlertInboxModel::SeverityRole).toString(), QStringLiteral("warning"));

        alerts.append(makeAlert(QStringLiteral("c"), QStringLiteral("Disk"), QStringLiteral("critical"), {}));
        model.setAlerts(alerts);
        QTRY_VERIFY(settled());
        QCOMPARE(diskGroup().data(AlertInboxModel::SeverityRole).toString(), QStringLiteral("critical"));
    }

    void aLargeFirstLoadGoesInSliceBySlice()
    {
        // 20,000 new alerts in one insertion held the window for most of a second: they go in
        // slices of 1,000 at first, then as many as the last slice's cost allows (at most
        // 2,000), one slice per event-loop turn, in order.
        AlertInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<InboxAlert> alerts;
        for (int i = 0; i < 5000; ++i)
            alerts.append(makeAlert(QStringLiteral("f%1").arg(i),
                QStringLiteral("Rule%1").arg(i % 1500, 4, 10, QLatin1Char('0')), QStringLiteral("warning"),
                QStringLiteral("svc")));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy counted(&model, &AlertInboxModel::severityCountsChanged);
        model.setAlerts(alerts);
        // Sorted on a pool thread first: nothing of it is in the tree when setAlerts() returns.
        QCOMPARE(model.alertCount(), 0);
        QCOMPARE(model.pendingCount(), 5000);
        QCOMPARE(model.alerts().size(), 0);
        // Then one slice per event-loop turn: the tree grows in steps, never all at once.
        // What the tree holds at every turn of the event loop (a zero timer fires once per turn).
        QList<int> seen { 0 };
        QTimer everyTurn;
        everyTurn.setInterval(0);
        connect(&everyTurn, &QTimer::timeout, this, [&] {
            if (seen.last() != model.alertCount())
                seen.append(model.alertCount());
        });
        everyTurn.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.alertCount(), 5000, 10000);
        everyTurn.stop();
        QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
        QVERIFY2(inserted.size() >= 3, qPrintable(QString::number(inserted.size())));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i] - seen[i - 1] <= 2000,
                qPrintable(QStringLiteral("a slice of %1").arg(seen[i] - seen[i - 1])));
        QCOMPARE(model.pendingCount(), 0);
        // Counted once, when the sort ended, and right.
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.severityCounts().value(QStringLiteral("warning")), 5000);
        QCOMPARE(model.rowCount(), 1500);
        QCOMPARE(model.rowCount(model.index(0, 0)), 4); // Rule0000: f0, f1500, f3000, f4500

        // A regroup while slices are pending starts over with every alert, the queued ones too.
        AlertInboxModel regrouped;
        regrouped.setAlerts(alerts);
        regrouped.setGroupBy(AlertInboxModel::GroupBy::Severity);
        QVERIFY(regrouped.alertCount() < 5000);
        QTRY_COMPARE(regrouped.alertCount(), 5000);
        QCOMPARE(regrouped.rowCount(), 1);
        QCOMPARE(regrouped.rowCount(regrouped.index(0, 0)), 5000);
        QCOMPARE(regrouped.severityCounts().value(QStringLiteral("warning")), 5000); // not doubled

        // A new list while slices are pending replaces them: what it lacks never arrives.
        AlertInboxModel replaced;
        replaced.setAlerts(alerts);
        replaced.setAlerts(alerts.mid(0, 4000));
        QVERIFY(replaced.alertCount() < 4000);
        QTRY_COMPARE(replaced.alertCount(), 4000);
        QVERIFY(!replaced.indexOf(QStringLiteral("prod/f4500")).isValid());
    }

    void aNewerPollSupersedesAnInFlightRegroup()
    {
        // A regroup of a large inbox sorts on a pool thread; a poll that arrives meanwhile is
        // newer: the regroup's sorted list never goes in, the poll's alerts do, in the new groups.
        AlertInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<InboxAlert> alerts;
        for (int i = 0; i < 3000; ++i)
            alerts.append(makeAlert(QStringLiteral("f%1").arg(i), QStringLiteral("Rule%1").arg(i % 300),
                i % 2 ? QStringLiteral("warning") : QStringLiteral("critical"), QStringLiteral("svc")));
        model.setAlerts(alerts);
        QTRY_COMPARE(model.alertCount(), 3000);
        model.setGroupBy(AlertInboxModel::GroupBy::Severity);
        QCOMPARE(model.alertCount(), 0); // emptied, its sort in flight
        QCOMPARE(model.pendingCount(), 3000);
        // The poll: the first 2,000 resolved their odd half; the last 1,000 are gone.
        QList<InboxAlert> next;
        for (int i = 0; i < 2000; ++i)
            if (i % 2 == 0)
                next.append(alerts[i]);
        for (int i = 0; i < 1500; ++i)
            next.append(makeAlert(QStringLiteral("n%1").arg(i), QStringLiteral("New%1").arg(i % 10),
                QStringLiteral("info"), QStringLiteral("svc")));
        model.setAlerts(next);
        QTRY_COMPARE(model.alertCount(), 2500);
        QCOMPARE(model.pendingCount(), 0);
        // Let a late regroup result (if it were applied) arrive: it must not.
        QSignalSpy late(&model, &QAbstractItemModel::rowsInserted);
        QTest::qWait(200);
        QCOMPARE(late.size(), 0);
        QCOMPARE(model.alertCount(), 2500);
        QVERIFY(!model.indexOf(QStringLiteral("prod/f1")).isValid());
        QVERIFY(!model.indexOf(QStringLiteral("prod/f2500")).isValid());
        QStringList groups;
        for (int g = 0; g < model.rowCount(); ++g)
            groups.append(model.index(g, 0).data().toString());
        QCOMPARE(groups, (QStringList { QStringLiteral("critical (1000)"), QStringLiteral("info (1500)") }));
        QCOMPARE(model.severityCounts(),
            (QMap<QString, int> { { QStringLiteral("critical"), 1000 }, { QStringLiteral("info"), 1500 } }));
    }

    void aLargePollIsComparedOnAPoolThread()
    {
        // Comparing 100,000 alerts with the tree held the GUI thread for 0.44 s: from 5,000 on
        // the comparison runs on a pool thread and the model applies its plan in a later turn.
        AlertInboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<InboxAlert> alerts;
        for (int i = 0; i < 6000; ++i)
            alerts.append(makeAlert(QStringLiteral("f%1").arg(i), QStringLiteral("Rule%1").arg(i % 600),
                QStringLiteral("warning"), QStringLiteral("svc")));
        model.setAlerts(alerts);
        QTRY_COMPARE(model.alertCount(), 6000);
        QTRY_COMPARE(model.pendingCount(), 0);

        // Rule0 and Rule1 resolve (20 alerts), f2 changes its summary, 30 new alerts come.
        QList<InboxAlert> next;
        for (const InboxAlert &a : std::as_const(alerts))
            if (a.alertname() != QStringLiteral("Rule0") && a.alertname() != QStringLiteral("Rule1"))
                next.append(a);
        next[0].alert.annotations[QStringLiteral("summary")] = QStringLiteral("changed");
        const QString changedKey = next[0].key();
        for (int i = 0; i < 30; ++i)
            next.append(makeAlert(QStringLiteral("n%1").arg(i), QStringLiteral("New"),
                QStringLiteral("critical"), QStringLiteral("svc")));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAlerts(next);
        // Nothing yet: the tree is the previous poll until the plan arrives.
        QCOMPARE(model.pendingCount(), int(next.size()));
        QCOMPARE(model.alertCount(), 6000);
        QCOMPARE(removed.size(), 0);
        QTRY_COMPARE(model.pendingCount(), 0);
        QCOMPARE(model.alertCount(), 6010);
        QCOMPARE(removed.size(), 1); // the two groups, one removal
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.indexOf(changedKey, AlertInboxModel::SummaryColumn).data().toString(),
            QStringLiteral("changed"));
        QVERIFY(model.indexOf(QStringLiteral("prod/n29")).isValid());
        QCOMPARE(model.severityCounts().value(QStringLiteral("critical")), 30);
        QCOMPARE(model.severityCounts().value(QStringLiteral("warning")), 5980);

        // Two polls in quick succession: the first one's plan is dropped, the second applies.
        QList<InboxAlert> first = next.mid(0, 5500);
        QList<InboxAlert> second = next.mid(500);
        model.setAlerts(first);
        model.setAlerts(second);
        QTRY_COMPARE(model.pendingCount(), 0);
        QCOMPARE(model.alertCount(), int(second.size()));
        QVERIFY(!model.indexOf(first.first().key()).isValid());
        QVERIFY(model.indexOf(second.last().key()).isValid());
        // A regroup while a poll is compared regroups the newer poll.
        model.setAlerts(first);
        model.setGroupBy(AlertInboxModel::GroupBy::Severity);
        QTRY_COMPARE(model.pendingCount(), 0);
        QCOMPARE(model.alertCount(), int(first.size()));
        QVERIFY(model.indexOf(first.first().key()).isValid());
    }

    void resentAlertsAreStoredWithoutTellingTheViews()
    {
        // Alertmanager refreshes updatedAt and endsAt at every re-send: no view shows them.
        AlertInboxModel model;
        QList<InboxAlert> alerts { makeAlert(
            QStringLiteral("f1"), QStringLiteral("A"), QStringLiteral("warning"), QStringLiteral("svc")) };
        model.setAlerts(alerts);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        alerts[0].alert.updatedAt = QDateTime::currentDateTimeUtc();
        alerts[0].alert.endsAt = alerts[0].alert.updatedAt.addSecs(300);
        model.setAlerts(alerts);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.alerts().first().alert.endsAt, alerts[0].alert.endsAt);
        alerts[0].alert.annotations[QStringLiteral("summary")] = QStringLiteral("changed");
        model.setAlerts(alerts);
        QVERIFY(!changed.isEmpty());
    }

    void init()
    {
        m_model = std::make_unique<AlertInboxModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void firstLoadGroupsByAlertname()
    {
        m_model->setAlerts(baseline());
        QCOMPARE(flatten(*m_model),
            QStringList({ QStringLiteral("CriticalP99Latency (1)"),
                QStringLiteral("  prod/f2 | critical | CriticalP99Latency | trading | firing | "),
                QStringLiteral("HighP95Latency (2)"),
                QStringLiteral("  prod/f3 | warning | HighP95Latency | auth | firing | "),
                QStringLiteral("  prod/f1 | warning | HighP95Latency | trading | firing | "),
                QStringLiteral("NodeNotReady (1)"),
                QStringLiteral("  prod/f4 | critical | NodeNotReady |  | firing | ") }));
        QCOMPARE(m_model->alertCount(), 4);
    }

    void pollChangesRowsInPlace()
    {
        m_model->setAlerts(baseline());
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        // What each dataChanged covered, read when it was emitted (rows move afterwards).
        QStringList changed;
        connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &from, const QModelIndex &to) {
                const QString what = from.data(AlertInboxModel::IsGroupRole).toBool()
                    ? from.data(AlertInboxModel::GroupKeyRole).toString()
                    : from.data(AlertInboxModel::KeyRole).toString();
                changed.append(
                    QStringLiteral("%1 columns %2-%3").arg(what).arg(from.column()).arg(to.column()));
            });

        QList<InboxAlert> next = baseline();
        next.removeAt(2); // f3 resolved
        next[0].ack
            = AckInfo { QStringLiteral("s1"), QStringLiteral("alice"), {}, {}, QStringLiteral("on it"), {} };
        next[0].alert.silencedBy = { QStringLiteral("s1") };
        next.append(makeAlert(QStringLiteral("f5"), QStringLiteral("HighP95Latency"),
            QStringLiteral("warning"), QStringLiteral("market-data")));
        m_model->setAlerts(next);

        QCOMPARE(flatten(*m_model),
            QStringList({ QStringLiteral("CriticalP99Latency (1)"),
                QStringLiteral("  prod/f2 | critical | CriticalP99Latency | trading | firing | "),
                QStringLiteral("HighP95Latency (2)"),
                QStringLiteral("  prod/f5 | warning | HighP95Latency | market-data | firing | "),
                QStringLiteral("  prod/f1 | warning | HighP95Latency | trading | acknowledged | alice"),
                QStringLiteral("NodeNotReady (1)"),
                QStringLiteral("  prod/f4 | critical | NodeNotReady |  | firing | ") }));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        // The changed alert and its group's header, nothing else.
        QCOMPARE(changed,
            QStringList(
                { QStringLiteral("prod/f1 columns 0-9"), QStringLiteral("HighP95Latency columns 0-9") }));
    }

    void identicalPollEmitsNothing()
    {
        m_model->setAlerts(baseline());
        QSignalSpy anything(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy counts(m_model.get(), &AlertInboxModel::severityCountsChanged);
        QList<InboxAlert> shuffled = baseline();
        std::reverse(shuffled.begin(), shuffled.end()); // order of the answer does not matter
        m_model->setAlerts(shuffled);
        QCOMPARE(anything.size() + inserted.size() + removed.size() + counts.size(), 0);
    }

    void persistentIndexSurvivesOtherChanges()
    {
        m_model->setAlerts(baseline());
        const QPersistentModelIndex kept
            = m_model->indexOf(QStringLiteral("prod/f1"), AlertInboxModel::StateColumn);
        const QPersistentModelIndex group = m_model->groupIndex(QStringLiteral("HighP95Latency"));
        QVERIFY(kept.isValid() && group.isValid());

        QList<InboxAlert> next = baseline();
        next.removeAt(1); // the group before it disappears entirely
        next.append(
            makeAlert(QStringLiteral("f0"), QStringLiteral("HighP95Latency"), QStringLiteral("warning"),
                QStringLiteral("accounts"))); // and a row is inserted above it
        next.append(
            makeAlert(QStringLiteral("f9"), QStringLiteral("AAA"), QStringLiteral("info"), QString()));
        next[2].alert.annotations.insert(QStringLiteral("summary"), QStringLiteral("changed"));
        m_model->setAlerts(next);

        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(AlertInboxModel::KeyRole).toString(), QStringLiteral("prod/f1"));
        QCOMPARE(kept.column(), int(AlertInboxModel::StateColumn));
        QCOMPARE(kept.row(), 2);
        QCOMPARE(group.data(AlertInboxModel::GroupKeyRole).toString(), QStringLiteral("HighP95Latency"));
        QCOMPARE(kept.parent(), QModelIndex(group));
    }

    void emptyPollRemovesEverythingWithoutReset()
    {
        m_model->setAlerts(baseline());
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy counts(m_model.get(), &AlertInboxModel::severityCountsChanged);
        m_model->setAlerts({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->alertCount(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(counts.size(), 1);
        QVERIFY(m_model->severityCounts().isEmpty());
        m_model->setAlerts({}); // and empty again is a no-op
        QCOMPARE(counts.size(), 1);
    }

    void regroup_data()
    {
        QTest::addColumn<AlertInboxModel::GroupBy>("groupBy");
        QTest::addColumn<QStringList>("groups");
        QTest::newRow("severity by rank, not alphabet")
            << AlertInboxModel::GroupBy::Severity
            << QStringList { QStringLiteral("critical (2)"), QStringLiteral("warning (2)") };
        QTest::newRow("service, none last")
            << AlertInboxModel::GroupBy::Service
            << QStringList { QStringLiteral("auth (1)"), QStringLiteral("trading (2)"),
                   QStringLiteral("(none) (1)") };
        QTest::newRow("cluster") << AlertInboxModel::GroupBy::Cluster
                                 << QStringList { QStringLiteral("prod (4)") };
        QTest::newRow("receivers combined")
            << AlertInboxModel::GroupBy::Receiver
            << QStringList { QStringLiteral("pagerduty-oncall, slack-critical-alerts (2)"),
                   QStringLiteral("slack-warnings (2)") };
    }

    void regroup()
    {
        QFETCH(AlertInboxModel::GroupBy, groupBy);
        QFETCH(QStringList, groups);
        m_model->setAlerts(baseline());
        m_model->setGroupBy(groupBy);
        QStringList got;
        for (int g = 0; g < m_model->rowCount(); ++g)
            got.append(m_model->index(g, 0).data().toString());
        QCOMPARE(got, groups);
        QCOMPARE(m_model->alertCount(), 4);
        // Polls after a regroup still diff into the new groups.
        QList<InboxAlert> next = baseline();
        next.removeLast();
        m_model->setAlerts(next);
        QCOMPARE(m_model->alertCount(), 3);
    }

    void receiverChangeMovesTheAlert()
    {
        m_model->setGroupBy(AlertInboxModel::GroupBy::Receiver);
        m_model->setAlerts(baseline());
        QList<InboxAlert> next = baseline();
        next[0].alert.receivers = { QStringLiteral("slack-info") };
        m_model->setAlerts(next);
        const QModelIndex moved = m_model->indexOf(QStringLiteral("prod/f1"));
        QCOMPARE(moved.parent().data(AlertInboxModel::GroupKeyRole).toString(), QStringLiteral("slack-info"));
        QCOMPARE(m_model->rowCount(m_model->groupIndex(QStringLiteral("slack-warnings"))), 1);
    }

    void sameFingerprintInTwoClustersIsTwoRows()
    {
        const InboxAlert a = makeAlert(QStringLiteral("f1"), QStringLiteral("ServiceDown"),
            QStringLiteral("critical"), QStringLiteral("trading"), QStringLiteral("eu"));
        InboxAlert b = a;
        b.cluster = QStringLiteral("us");
        m_model->setGroupBy(AlertInboxModel::GroupBy::Cluster);
        m_model->setAlerts({ a, b, a }); // a duplicate in one answer counts once
        QCOMPARE(flatten(*m_model),
            QStringList({ QStringLiteral("eu (1)"),
                QStringLiteral("  eu/f1 | critical | ServiceDown | trading | firing | "),
                QStringLiteral("us (1)"),
                QStringLiteral("  us/f1 | critical | ServiceDown | trading | firing | ") }));
    }

    void countsPerSeverity()
    {
        QSignalSpy counts(m_model.get(), &AlertInboxModel::severityCountsChanged);
        QList<InboxAlert> alerts = baseline();
        alerts[1].alert.inhibitedBy = { QStringLiteral("f9") };
        m_model->setAlerts(alerts);
        QCOMPARE(counts.size(), 1);
        const QMap<QString, int> all { { QStringLiteral("critical"), 2 }, { QStringLiteral("warning"), 2 } };
        const QMap<QString, int> firing { { QStringLiteral("critical"), 1 },
            { QStringLiteral("warning"), 2 } };
        QCOMPARE(m_model->severityCounts(), all);
        QCOMPARE(m_model->firingCounts(), firing);
    }

    void rolesCarryTheSemantics()
    {
        QList<InboxAlert> alerts = baseline();
        alerts[0].ack = AckInfo { QStringLiteral("s1"), QStringLiteral("alice"), {},
            QDateTime(QDate(2024, 5, 14), QTime(12, 0), Qt::UTC), QStringLiteral("on it"),
            QStringLiteral("tok") };
        alerts[2].alert.inhibitedBy = { QStringLiteral("f2") };
        alerts[2].inhibitors = { QStringLiteral("CriticalP99Latency{service=\"trading\"}") };
        alerts[3].ackPending = true;
        m_model->setAlerts(alerts);

        const QModelIndex acked = m_model->indexOf(QStringLiteral("prod/f1"));
        QCOMPARE(acked.data(AlertInboxModel::StateRole).toInt(), int(InboxAlert::State::Acknowledged));
        const QVariantMap ack = acked.data(AlertInboxModel::AckRole).toMap();
        QCOMPARE(ack.value(QStringLiteral("by")).toString(), QStringLiteral("alice"));
        QCOMPARE(ack.value(QStringLiteral("silenceId")).toString(), QStringLiteral("s1"));
        QCOMPARE(ack.value(QStringLiteral("until")).toDateTime(), alerts[0].ack->until);
        QCOMPARE(m_model->index(acked.row(), AlertInboxModel::AckUntilColumn, acked.parent())
                     .data(AlertInboxModel::SortRole)
                     .toDateTime(),
            alerts[0].ack->until);

        const QModelIndex inhibited
            = m_model->indexOf(QStringLiteral("prod/f3"), AlertInboxModel::StateColumn);
        QCOMPARE(inhibited.data().toString(), QStringLiteral("inhibited"));
        QVERIFY2(inhibited.data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("CriticalP99Latency{service=\"trading\"}")),
            qPrintable(inhibited.data(Qt::ToolTipRole).toString()));

        const QModelIndex pending = m_model->indexOf(QStringLiteral("prod/f4"), AlertInboxModel::StateColumn);
        QVERIFY(pending.data(AlertInboxModel::AckPendingRole).toBool());
        QCOMPARE(pending.data().toString(), QStringLiteral("acknowledging…"));

        const QModelIndex critical
            = m_model->indexOf(QStringLiteral("prod/f2"), AlertInboxModel::SeverityColumn);
        QCOMPARE(critical.data(AlertInboxModel::SortRole).toInt(), 0);
        QCOMPARE(critical.data(AlertInboxModel::FingerprintRole).toString(), QStringLiteral("f2"));
        QCOMPARE(critical.data(AlertInboxModel::ClusterRole).toString(), QStringLiteral("prod"));
        QCOMPARE(
            critical.parent().data(AlertInboxModel::SeverityRole).toString(), QStringLiteral("critical"));
        QVERIFY(critical.parent().data(AlertInboxModel::IsGroupRole).toBool());
        QVERIFY(!m_model->hasChildren(critical));
    }

    void countMatchingPreviewsAnAck()
    {
        m_model->setAlerts(baseline());
        const QList<Matcher> latency { Matcher {
            QStringLiteral("alertname"), QStringLiteral("HighP95Latency"), false, true } };
        QCOMPARE(m_model->countMatching(QStringLiteral("prod"), latency), 2);
        QCOMPARE(m_model->countMatching(QStringLiteral("other"), latency), 0);
        const QList<Matcher> one { latency.first(),
            Matcher { QStringLiteral("service"), QStringLiteral("auth"), false, true } };
        QCOMPARE(m_model->countMatching(QStringLiteral("prod"), one), 1);
    }

    void manyAlertsStayConsistent()
    {
        // Several polls with churn in every group: the tester checks every signal on the way.
        QList<InboxAlert> alerts;
        for (int i = 0; i < 60; ++i)
            alerts.append(makeAlert(QStringLiteral("f%1").arg(i), QStringLiteral("Alert%1").arg(i % 7),
                i % 3 == 0 ? QStringLiteral("critical") : QStringLiteral("warning"),
                QStringLiteral("svc%1").arg(i % 5)));
        m_model->setAlerts(alerts);
        for (int round = 1; round <= 5; ++round) {
            QList<InboxAlert> next;
            for (int i = 0; i < alerts.size(); ++i) {
                if ((i + round) % 4 == 0)
                    continue;
                InboxAlert a = alerts[i];
                if ((i + round) % 5 == 0)
                    a.alert.silencedBy = { QStringLiteral("s") };
                next.append(a);
            }
            next.append(makeAlert(QStringLiteral("n%1").arg(round), QStringLiteral("Alert%1").arg(round),
                QStringLiteral("info"), QString()));
            m_model->setAlerts(next);
            QCOMPARE(m_model->alertCount(), next.size());
            for (const InboxAlert &a : std::as_const(next))
                QCOMPARE(m_model->alertAt(m_model->indexOf(a.key()))->alert.silencedBy, a.alert.silencedBy);
        }
    }
};

QTEST_GUILESS_MAIN(TestAlertInboxModel)
#include "tst_alertinboxmodel.moc"

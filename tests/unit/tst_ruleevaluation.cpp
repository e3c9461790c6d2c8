// SPDX-License-Identifier: GPL-3.0-or-later
// "0 alerts" is believed only while every Prometheus that evaluates the rules answers.
#include "pipelinehealth.h"
#include "ruleevaluation.h"

#include <QTest>

using namespace pivori;

namespace {

ServerStatus prometheus(const QString &name, bool checked, bool reachable, const QDateTime &lastSeen = {})
{
    ServerStatus status;
    status.kind = ServerStatus::Kind::Prometheus;
    status.name = name;
    status.checked = checked;
    status.reachable = reachable;
    status.lastSuccess = lastSeen;
    if (checked && !reachable)
        status.unreachableSince = QDateTime(QDate(2026, 12, 6), QTime(13, 22), Qt::UTC);
    return status;
}

ServerStatus alertmanager(bool reachable)
{
    ServerStatus status;
    status.kind = ServerStatus::Kind::Alertmanager;
    status.name = QStringLiteral("prod #1");
    status.checked = true;
    status.reachable = reachable;
    return status;
}

// Today (UTC): an outage of the same day is written with its time alone.
const QDateTime kLastSeen(QDateTime::currentDateTimeUtc().date(), QTime(0, 20, 30), Qt::UTC);

} // namespace

class TestRuleEvaluation final : public QObject
{
    Q_OBJECT

private slots:
    void runningWhileEveryPrometheusAnswers()
    {
        const RuleEvaluation rules = RuleEvaluation::fromStatuses(
            { prometheus(QStringLiteral("main"), true, true), alertmanager(false) });
        QCOMPARE(rules.state, RuleEvaluation::State::Running);
        QVERIFY(rules.countsAreTrue());
        QVERIFY(rules.countsText().isEmpty());
    }

    void stoppedSinceThePrometheusWasLastSeen()
    {
        const RuleEvaluation rules = RuleEvaluation::fromStatuses(
            { prometheus(QStringLiteral("main"), true, false, kLastSeen), alertmanager(true) });
        QCOMPARE(rules.state, RuleEvaluation::State::Stopped);
        QVERIFY(!rules.countsAreTrue());
        QCOMPARE(rules.since, kLastSeen);
        QCOMPARE(rules.countsText(QTimeZone::utc()),
            QStringLiteral(
                "unknown since 00:20 — rules are not being evaluated (Prometheus main is unreachable)"));
    }

    void anOutageOfAnotherDayCarriesItsDate()
    {
        const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
        const RuleEvaluation rules
            = RuleEvaluation::fromStatuses({ prometheus(QStringLiteral("main"), true, false, yesterday) });
        QVERIFY2(rules.countsText(QTimeZone::utc())
                     .startsWith(QStringLiteral("unknown since ")
                         + yesterday.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            qPrintable(rules.countsText(QTimeZone::utc())));
    }

    void neverSeenCountsFromWhenItWasFoundDown()
    {
        const RuleEvaluation rules
            = RuleEvaluation::fromStatuses({ prometheus(QStringLiteral("main"), true, false) });
        QCOMPARE(rules.state, RuleEvaluation::State::Stopped);
        QCOMPARE(rules.since.time(), QTime(13, 22));
    }

    void oneOfTwoDownIsEnough()
    {
        // Either may be the one whose rules raise the alert that is missing.
        const RuleEvaluation rules
            = RuleEvaluation::fromStatuses({ prometheus(QStringLiteral("eu"), true, true),
                prometheus(QStringLiteral("us"), true, false, kLastSeen) });
        QCOMPARE(rules.state, RuleEvaluation::State::Stopped);
        QCOMPARE(rules.causes, QStringList { QStringLiteral("Prometheus us is unreachable") });
    }

    void unknownBeforeTheFirstCheckAndWithoutAPrometheus()
    {
        // Before the first answer nothing vouches yet, but a view does not flash a doubt.
        const RuleEvaluation pending
            = RuleEvaluation::fromStatuses({ prometheus(QStringLiteral("main"), false, false) });
        QCOMPARE(pending.state, RuleEvaluation::State::Unknown);
        QVERIFY(!pending.countsAreTrue());
        QVERIFY(pending.countsText().isEmpty());
        const RuleEvaluation none = RuleEvaluation::fromStatuses({ alertmanager(true) });
        QCOMPARE(none.state, RuleEvaluation::State::Unknown);
        QVERIFY(!none.countsAreTrue());
        QVERIFY2(none.countsText().startsWith(QStringLiteral("unknown — no Prometheus")),
            qPrintable(none.countsText()));
    }

    void pipelineWithoutServersIsUnknown()
    {
        const PipelineHealth health(nullptr);
        QCOMPARE(health.ruleEvaluation().state, RuleEvaluation::State::Unknown);
    }

    void failingRuleGroupsStopEvaluationSinceFirstSeen()
    {
        ServerStatus main = prometheus(QStringLiteral("main"), true, true);
        main.failingRuleGroups = { QStringLiteral("broken (/etc/rules/broken.yml): bad expression") };
        main.rulesFailingSince = kLastSeen;
        const RuleEvaluation rules = RuleEvaluation::fromStatuses({ main, alertmanager(true) });
        QCOMPARE(rules.state, RuleEvaluation::State::Stopped);
        QCOMPARE(rules.since, kLastSeen);
        const QString text = rules.countsText(QTimeZone::utc());
        QVERIFY2(text.startsWith(QStringLiteral("unknown since 00:20 — rules are not being evaluated")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("broken (/etc/rules/broken.yml)")), qPrintable(text));
    }

    void deadMansSwitchSilentOnEveryReplicaStopsEvaluation()
    {
        ServerStatus main = prometheus(QStringLiteral("main"), true, true);
        main.hasDeadMansSwitch = true;
        ServerStatus a = alertmanager(true);
        ServerStatus b = alertmanager(true);
        b.name = QStringLiteral("prod #2");
        a.deadMansSwitchFresh = false;
        a.deadMansSwitchMissingSince = kLastSeen;
        b.deadMansSwitchFresh = true;
        // Silent on one replica only: the other still receives every alert; the counts hold.
        QCOMPARE(RuleEvaluation::fromStatuses({ main, a, b }).state, RuleEvaluation::State::Running);

        b.deadMansSwitchFresh = false;
        b.deadMansSwitchMissingSince = kLastSeen.addSecs(60);
        const RuleEvaluation silent = RuleEvaluation::fromStatuses({ main, a, b });
        QCOMPARE(silent.state, RuleEvaluation::State::Stopped);
        QCOMPARE(silent.since, kLastSeen.addSecs(60)); // silent everywhere once the last replica lost it
        QVERIFY2(silent.causes.join(QString()).contains(QLatin1String("dead man's switch")),
            qPrintable(silent.causes.join(QString())));

        // Without the rule in Prometheus, its absence means nothing.
        main.hasDeadMansSwitch = false;
        QCOMPARE(RuleEvaluation::fromStatuses({ main, a, b }).state, RuleEvaluation::State::Running);
        // Not read yet is not silent.
        main.hasDeadMansSwitch = true;
        a.deadMansSwitchFresh.reset();
        b.deadMansSwitchFresh.reset();
        QCOMPARE(RuleEvaluation::fromStatuses({ main, a, b }).state, RuleEvaluation::State::Running);
    }
};

QTEST_GUILESS_MAIN(TestRuleEvaluation)
#include "tst_ruleevaluation.moc"

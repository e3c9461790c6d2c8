// SPDX-License-Identifier: GPL-3.0-or-later
// What `check` prints and how it exits: the Nagios ranking (failure > unknown > warning), the
// JSON shape scripts read, the Nagios line with performance data, and a plain table off a terminal.
#include "checkreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pivori;

namespace {

CheckResult make(const QString &category, const QString &name, CheckStatus status)
{
    CheckResult r;
    r.category = category;
    r.name = name;
    r.status = status;
    r.message = QStringLiteral("message of %1").arg(name);
    return r;
}

CheckRun runOf(const QList<CheckStatus> &statuses)
{
    CheckRun run;
    run.startedAt = QDateTime(QDate(2026, 12, 6), QTime(18, 30, 5), Qt::UTC);
    run.finishedAt = run.startedAt.addMSecs(420);
    int i = 0;
    for (CheckStatus s : statuses)
        run.results.append(make(QStringLiteral("Prometheus"), QStringLiteral("check %1").arg(++i), s));
    return run;
}

} // namespace

class TestCheckReport final : public QObject
{
    Q_OBJECT

private slots:
    void exitCodesRankLikeANagiosPlugin_data()
    {
        using S = CheckStatus;
        QTest::addColumn<QList<CheckStatus>>("statuses");
        QTest::addColumn<int>("code");
        QTest::newRow("all pass") << QList<S> { S::Pass, S::Pass } << 0;
        QTest::newRow("a warning") << QList<S> { S::Pass, S::Warn } << 1;
        QTest::newRow("a failure") << QList<S> { S::Warn, S::Fail } << 2;
        QTest::newRow("unknown outranks a warning") << QList<S> { S::Warn, S::Unknown } << 3;
        QTest::newRow("a failure outranks unknown") << QList<S> { S::Unknown, S::Fail, S::Warn } << 2;
        QTest::newRow("nothing ran is not an all-clear") << QList<S> {} << 3;
    }
    void exitCodesRankLikeANagiosPlugin()
    {
        QFETCH(QList<CheckStatus>, statuses);
        QFETCH(int, code);
        QCOMPARE(CheckReport::exitCode(runOf(statuses)), code);
    }

    void jsonHasTheDocumentedShape()
    {
        CheckRun run = runOf({ CheckStatus::Pass, CheckStatus::Fail });
        run.results[1].value = QStringLiteral("820 ms");
        run.results[1].numericValue = 0.82;
        run.results[1].threshold = QStringLiteral("> 500 ms warn, > 750 ms fail");
        run.results[1].link = QStringLiteral("dashboard:production");
        const QJsonObject top = QJsonDocument::fromJson(CheckReport::toJson(run)).object();
        QCOMPARE(top.value(QLatin1String("time")).toString(), QStringLiteral("2026-12-06T18:30:05.000Z"));
        const QJsonArray checks = top.value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        const QJsonObject failed = checks.at(1).toObject();
        for (const char *key : { "category", "name", "status", "message", "value", "threshold" })
            QVERIFY2(failed.contains(QLatin1String(key)), key);
        QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(failed.value(QLatin1String("numericValue")).toDouble(), 0.82);
        QCOMPARE(failed.value(QLatin1String("link")).toString(), QStringLiteral("dashboard:production"));
        QVERIFY(!checks.at(0).toObject().contains(QLatin1String("numericValue")));
        const QJsonObject summary = top.value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(summary.value(QLatin1String("exitCode")).toInt(), 2);
        QCOMPARE(summary.value(QLatin1String("pass")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("fail")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("total")).toInt(), 2);
    }

    void nagiosLineWithPerformanceData()
    {
        CheckRun run = runOf({ CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Pass });
        run.results[0].name = QStringLiteral("P95 latency");
        run.results[0].numericValue = 0.25;
        run.results[0].perfUnit = QStringLiteral("s");
        run.results[0].warnAt = 0.5;
        run.results[0].failAt = 0.75;
        run.results[1].name = QStringLiteral("Cert's expiry");
        run.results[1].numericValue = 302400;
        run.results[1].perfUnit = QStringLiteral("s");
        run.results[1].warnAt = 604800;
        run.results[1].failAt = 86400;
        run.results[1].limitsAreLower = true;
        run.results[1].message = QStringLiteral("expires | soon\nreally");
        const QString line = CheckReport::toNagios(run);
        QVERIFY2(line.startsWith(QLatin1String("HEALTH WARNING - 2 passed, 1 warning, 0 failed, 0 unknown")),
            qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("'P95 latency'=0.25s;0.5;0.75")), qPrintable(line));
        // A lower limit is a Nagios range "v:"; a quote in a label is doubled.
        QVERIFY2(line.contains(QLatin1String("'Cert''s expiry'=302400s;604800:;86400:")), qPrintable(line));
        QCOMPARE(line.count(QLatin1Char('|')), 1); // the message's own bar cannot start the perfdata
        QCOMPARE(line.count(QLatin1Char('\n')), 1);
        QVERIFY(line.endsWith(QLatin1Char('\n')));
    }

    void tableIsPlainOffATerminalAndColouredOnOne()
    {
        CheckRun run = runOf({ CheckStatus::Pass, CheckStatus::Fail });
        run.results.append(make(QStringLiteral("Backups"), QStringLiteral("Velero"), CheckStatus::Unknown));
        const QString plain = CheckReport::toTable(run, false);
        QVERIFY(!plain.contains(QLatin1Char('\x1b')));
        QVERIFY(plain.startsWith(QLatin1String("Prometheus\n")));
        QVERIFY(plain.contains(QLatin1String("\nBackups\n")));
        QVERIFY2(plain.contains(QLatin1String("FAIL")), qPrintable(plain));
        QVERIFY2(plain.contains(QLatin1String("total 3: 1 passed, 0 warning, 1 failed, 1 unknown")),
            qPrintable(plain));
        const QString coloured = CheckReport::toTable(run, true);
        QVERIFY(coloured.contains(QLatin1String("\x1b[1;31m")));
        QVERIFY(coloured.contains(QLatin1String("\x1b[0m")));
    }

    void reportFilesAreNamedByTime()
    {
        const CheckRun run = runOf({ CheckStatus::Pass });
        QCOMPARE(CheckReport::reportFileName(run), QStringLiteral("health-report-20261206-183005.txt"));
        QCOMPARE(CheckReport::snapshotFileName(run), QStringLiteral("metrics-20261206-183005.json"));
        QVERIFY(CheckReport::reportText(run).contains(QLatin1String("2026-12-06T18:30:05")));
    }
};

QTEST_GUILESS_MAIN(TestCheckReport)
#include "tst_checkreport.moc"

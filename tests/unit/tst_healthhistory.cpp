// SPDX-License-Identifier: GPL-3.0-or-later
// The health check history on disk: which check flipped when, kept across restarts, bounded,
// and a damaged file is reported and kept aside, never a crash or a silent loss.
#include "healthhistory.h"
#include "syntheticcheckrun.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pivori;
using namespace pivori::testutils;

namespace {

CheckRun runOf(const QDateTime &at, const QList<std::pair<QString, CheckStatus>> &statuses)
{
    CheckRun run;
    run.startedAt = at;
    run.finishedAt = at.addMSecs(900);
    for (const auto &[name, status] : statuses) {
        CheckResult r;
        r.category = QStringLiteral("Prometheus");
        r.name = name;
        r.status = status;
        run.results.append(r);
    }
    return run;
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList corruptFiles(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("health-history.json.corrupt-*") }, QDir::Files);
}

const QString kRules = QStringLiteral("prometheus-rules");
const QString kTargets = QStringLiteral("prometheus-targets");

} // namespace

class TestHealthHistory final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInTheApplicationData()
    {
        const QString path = HealthHistory::defaultPath();
        QVERIFY(path.endsWith(QStringLiteral("/health-history.json")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void flipsAreFoundAgainstTheLastKnownStatus()
    {
        QTemporaryDir dir;
        HealthHistory history(dir.filePath(QStringLiteral("health-history.json")));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
        // First sight is no flip.
        QVERIFY(history.record(runOf(t0, { { kRules, CheckStatus::Pass }, { kTargets, CheckStatus::Pass } }))
                    .isEmpty());
        const QList<HealthTransition> flips = history.record(
            runOf(t0.addSecs(60), { { kRules, CheckStatus::Fail }, { kTargets, CheckStatus::Pass } }));
        QCOMPARE(flips.size(), 1);
        QCOMPARE(flips[0].check, kRules);
        QCOMPARE(flips[0].category, QStringLiteral("Prometheus"));
        QCOMPARE(flips[0].from, CheckStatus::Pass);
        QCOMPARE(flips[0].to, CheckStatus::Fail);
        QCOMPARE(flips[0].at, t0.addSecs(60).addMSecs(900));
        // A run without the check (a selection) keeps its status: it does not flip back.
        QVERIFY(history.record(runOf(t0.addSecs(120), { { kTargets, CheckStatus::Pass } })).isEmpty());
        QCOMPARE(history.lastStatus(kRules), CheckStatus::Fail);
        const QList<HealthTransition> back
            = history.record(runOf(t0.addSecs(180), { { kRules, CheckStatus::Unknown } }));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].from, CheckStatus::Fail);
        QCOMPARE(back[0].to, CheckStatus::Unknown);
        QCOMPARE(history.transitions().size(), 2);
        QCOMPARE(history.runs().size(), 4);
    }

    void anEmptyRunIsRecordedAndFlipsNothing()
    {
        QTemporaryDir dir;
        HealthHistory history(dir.filePath(QStringLiteral("h.json")));
        history.record(runOf(QDateTime::currentDateTimeUtc(), { { kRules, CheckStatus::Pass } }));
        QVERIFY(history.record(CheckRun {}).isEmpty());
        QCOMPARE(history.runs().size(), 2);
        QCOMPARE(history.lastStatus(kRules), CheckStatus::Pass);
    }

    void roundTripKeepsRunsAndFlips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/health-history.json"));
        HealthHistory history(path);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        history.record(syntheticCheckRun(t0));
        CheckRun second = syntheticCheckRun(t0.addSecs(60));
        second.results[2].status = CheckStatus::Pass; // the targets are back
        history.record(second);
        QString problem;
        QVERIFY2(history.save(&problem), qPrintable(problem));

        HealthHistory reread(path);
        QVERIFY2(reread.load(&problem), qPrintable(problem));
        QCOMPARE(reread.runs(), history.runs());
        QCOMPARE(reread.transitions(), history.transitions());
        QCOMPARE(reread.transitions().size(), 1);
        QCOMPARE(reread.transitions()[0].check, kTargets);
        QCOMPARE(reread.runs().constLast().statuses.size(), 31);
        // The last statuses come back too: the next run flips against them.
        QCOMPARE(reread.lastStatus(kTargets), CheckStatus::Pass);
        CheckRun third = syntheticCheckRun(t0.addSecs(120));
        QCOMPARE(reread.record(third).size(), 1); // the targets fail again
    }

    void aMissingFileIsAnEmptyHistory()
    {
        QTemporaryDir dir;
        HealthHistory history(dir.filePath(QStringLiteral("none.json")));
        QString problem;
        QVERIFY(history.load(&problem));
        QVERIFY(problem.isEmpty());
        QVERIFY(history.runs().isEmpty());
    }

    void boundedByCount()
    {
        QTemporaryDir dir;
        HealthHistory history(dir.filePath(QStringLiteral("h.json")), { 5, 3, 7LL * 24 * 3600 * 1000 });
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 12; ++i)
            history.record(
                runOf(t0.addSecs(i * 60LL), { { kRules, i % 2 ? CheckStatus::Fail : CheckStatus::Pass } }));
        QCOMPARE(history.runs().size(), 5);
        QCOMPARE(history.runs().constFirst().startedAt, t0.addSecs(7 * 60LL)); // the newest kept
        QCOMPARE(history.transitions().size(), 3);
        QCOMPARE(history.transitions().constLast().at, t0.addSecs(11 * 60LL).addMSecs(900));
    }

    void boundedByAge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.json"));
        HealthHistory history(path, { 200, 1000, 3600LL * 1000 });
        const QDateTime now = QDateTime::currentDateTimeUtc();
        history.record(runOf(now.addSecs(-7200), { { kRules, CheckStatus::Pass } }));
        history.record(runOf(now.addSecs(-7100), { { kRules, CheckStatus::Fail } }));
        history.record(runOf(now.addSecs(-60), { { kRules, CheckStatus::Pass } }));
        QCOMPARE(history.runs().size(), 1);
        QCOMPARE(history.transitions().size(), 1); // fail -> pass, a minute ago
        QCOMPARE(history.transitions()[0].to, CheckStatus::Pass);

        // What aged while the console was closed goes on load.
        writeAll(path,
            QByteArray(
                R"({"version":1,"runs":[{"started":"2001-01-01T00:00:00Z","finished":"2001-01-01T00:00:01Z",)"
                R"("checks":{"a":"pass"}}],"transitions":[{"time":"2001-01-01T00:00:01Z","check":"a",)"
                R"("category":"X","from":"fail","to":"pass"}]})"));
        QString problem;
        QVERIFY2(history.load(&problem), qPrintable(problem));
        QVERIFY(history.runs().isEmpty());
        QVERIFY(history.transitions().isEmpty());
    }

    void aDamagedFileIsReportedAndKeptAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QTest::newRow("truncated") << QByteArray(R"({"version":1,"runs":[{"started":)") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("future version") << QByteArray(R"({"version":7})") << "format version 7";
        QTest::newRow("bad status") << QByteArray(
            R"({"version":1,"runs":[{"started":"2030-01-01T00:00:00Z","finished":)"
            R"("2030-01-01T00:00:01Z","checks":{"a":"splendid"}}]})")
                                    << "check \"a\" has an unknown status";
        QTest::newRow("bad time") << QByteArray(R"({"version":1,"runs":[{"started":"yesterday"}]})")
                                  << "run 1 has no valid start and end time";
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << "not valid JSON";
    }

    void aDamagedFileIsReportedAndKeptAside()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("health-history.json"));
        writeAll(path, bytes);
        HealthHistory history(path);
        history.record(runOf(QDateTime::currentDateTimeUtc(), { { kRules, CheckStatus::Pass } }));
        QString problem;
        QVERIFY(!history.load(&problem));
        QVERIFY2(problem.contains(path), qPrintable(problem));
        QVERIFY2(problem.contains(why), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("a new history was started")), qPrintable(problem));
        QVERIFY(history.runs().isEmpty()); // nothing half-read
        const QStringList aside = corruptFiles(dir.path());
        QCOMPARE(aside.size(), 1);
        QVERIFY(problem.contains(aside.constFirst()));
        QFile kept(dir.filePath(aside.constFirst()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        // The new history can be written where the damaged one was.
        history.record(runOf(QDateTime::currentDateTimeUtc(), { { kRules, CheckStatus::Fail } }));
        QVERIFY2(history.save(&problem), qPrintable(problem));
        HealthHistory reread(path);
        QVERIFY(reread.load(&problem));
        QCOMPARE(reread.runs().size(), 1);
    }

    void anUnwritablePlaceSaysWhere()
    {
        QTemporaryDir dir;
        // A file where the directory should be.
        writeAll(dir.filePath(QStringLiteral("blocker")), "x");
        HealthHistory history(dir.filePath(QStringLiteral("blocker/health-history.json")));
        history.record(runOf(QDateTime::currentDateTimeUtc(), { { kRules, CheckStatus::Pass } }));
        QString problem;
        QVERIFY(!history.save(&problem));
        QVERIFY2(problem.contains(dir.filePath(QStringLiteral("blocker"))), qPrintable(problem));
    }

    void statusKeysRoundTrip()
    {
        for (CheckStatus s :
            { CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Unknown })
            QCOMPARE(HealthHistory::statusFromKey(HealthHistory::statusKey(s)), s);
        QCOMPARE(HealthHistory::statusFromKey(QStringLiteral("PASS")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestHealthHistory)
#include "tst_healthhistory.moc"

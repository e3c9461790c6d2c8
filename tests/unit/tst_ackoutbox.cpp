// SPDX-License-Identifier: GPL-3.0-or-later
// The acknowledge outbox on disk: survives restarts, never loses a damaged file.
#include "ackoutbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace pivori;

namespace {

AckOutbox::Entry entry(const QString &token, const QString &comment = QStringLiteral("looking into it"))
{
    AckOutbox::Entry e;
    e.token = token;
    e.cluster = QStringLiteral("prod");
    e.matchers = { Matcher { QStringLiteral("alertname"), QStringLiteral("HighP95Latency"), false, true },
        Matcher { QStringLiteral("service"), QStringLiteral("trad.*"), true, false } };
    e.durationMs = 2 * 3600 * 1000;
    e.comment = comment;
    e.author = QStringLiteral("alice");
    e.createdAt = QDateTime(QDate(2024, 5, 14), QTime(10, 0, 0, 123), Qt::UTC);
    e.nextAttempt = e.createdAt.addSecs(4);
    e.attempts = 2;
    e.state = AckOutbox::Entry::State::Sent;
    e.lastError = QStringLiteral("all 2 replicas of prod failed");
    e.unsureReplicas = { QStringLiteral("http://am-1:9093") };
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList corruptFiles(const QString &dir)
{
    return QDir(dir).entryList({ QStringLiteral("ack-outbox.json.corrupt-*") }, QDir::Files);
}

} // namespace

class TestAckOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void survivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/outbox"));
        {
            AckOutbox outbox(path);
            QString problem;
            QVERIFY(outbox.load(&problem)); // nothing there yet: an empty outbox, no complaint
            QVERIFY(outbox.add(entry(QStringLiteral("t1")), &problem));
            QVERIFY2(outbox.add(
                         entry(QStringLiteral("t2"), QStringLiteral("üñí \"quoted\"\n[ack:fake]")), &problem),
                qPrintable(problem));
        }
        AckOutbox restarted(path);
        QString problem;
        QVERIFY2(restarted.load(&problem), qPrintable(problem));
        QCOMPARE(restarted.entries(),
            QList<AckOutbox::Entry>({ entry(QStringLiteral("t1")),
                entry(QStringLiteral("t2"), QStringLiteral("üñí \"quoted\"\n[ack:fake]")) }));
        // Written atomically: no temporary file is left next to the journal.
        QCOMPARE(QDir(path).entryList(QDir::Files), QStringList { QStringLiteral("ack-outbox.json") });
    }

    void updatesAndRemovalsArePersisted()
    {
        QTemporaryDir dir;
        AckOutbox outbox(dir.path());
        QString problem;
        QVERIFY(outbox.add(entry(QStringLiteral("t1")), &problem));
        QVERIFY(outbox.add(entry(QStringLiteral("t2")), &problem));
        AckOutbox::Entry changed = entry(QStringLiteral("t1"));
        changed.attempts = 5;
        changed.state = AckOutbox::Entry::State::Pending;
        QVERIFY(outbox.update(changed, &problem));
        QVERIFY(outbox.remove(QStringLiteral("t2"), &problem));

        AckOutbox again(dir.path());
        QVERIFY(again.load(&problem));
        QCOMPARE(again.entries(), QList<AckOutbox::Entry> { changed });
        QVERIFY(again.find(QStringLiteral("t1")));
        QVERIFY(!again.find(QStringLiteral("t2")));
        QCOMPARE(again.entries().first().endsAt(), changed.createdAt.addSecs(7200));
    }

    void backoffSchedule_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("nothing failed yet") << 0 << qint64(2000);
        QTest::newRow("after the first failure") << 1 << qint64(2000);
        QTest::newRow("doubles") << 2 << qint64(4000);
        QTest::newRow("doubles again") << 3 << qint64(8000);
        QTest::newRow("32 s") << 5 << qint64(32000);
        QTest::newRow("capped at a minute") << 6 << qint64(60000);
        QTest::newRow("stays capped, no overflow") << 1000000 << qint64(60000);
        QTest::newRow("negative is the first step") << -3 << qint64(2000);
    }

    void backoffSchedule()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, delayMs);
        QCOMPARE(AckOutbox::backoffMs(attempts), delayMs);
    }

    void damagedJournalIsKeptAside_data()
    {
        const QByteArray good = AckOutbox::toJson({ entry(QStringLiteral("good")) });
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("recovered");
        QTest::newRow("not JSON") << QByteArray("this is not json") << QStringLiteral("not valid JSON")
                                  << QStringList();
        QTest::newRow("truncated by a crash of another writer")
            << good.left(good.size() / 2) << QStringLiteral("not valid JSON") << QStringList();
        QTest::newRow("binary garbage")
            << QByteArray("\x00\xff\xfe\x01", 4) << QStringLiteral("not valid JSON") << QStringList();
        QTest::newRow("unknown version") << QByteArray(R"({"version": 99, "entries": []})")
                                         << QStringLiteral("\"version\": 1") << QStringList();
        QTest::newRow("entries not a list") << QByteArray(R"({"version": 1, "entries": {}})")
                                            << QStringLiteral("\"entries\"") << QStringList();
        QByteArray mixed = good;
        mixed.replace(
            "\"entries\": [", R"("entries": [{"token": "bad", "cluster": 7}, {"token": "x2", "cluster": "p",
            "comment": "", "author": "a", "state": "exploded", "createdAt": "2024-05-14T10:00:00Z",
            "nextAttempt": "2024-05-14T10:00:00Z", "durationMs": 1, "attempts": 0, "matchers": []},)");
        QTest::newRow("bad entries among good ones: the good ones are recovered")
            << mixed << QStringLiteral("2 entries could not be read")
            << QStringList { QStringLiteral("good") };
        QByteArray hostile = good;
        hostile.replace("\"durationMs\": 7200000", "\"durationMs\": 1e300");
        QTest::newRow("absurd duration") << hostile << QStringLiteral("durationMs") << QStringList();
    }

    void damagedJournalIsKeptAside()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QFETCH(QStringList, recovered);
        QTemporaryDir dir;
        AckOutbox outbox(dir.path());
        writeAll(outbox.journalPath(), content);

        QString problem;
        QVERIFY(!outbox.load(&problem));
        const QStringList aside = corruptFiles(dir.path());
        QCOMPARE(aside.size(), 1);
        const QString asidePath = dir.filePath(aside.first());
        // The message names the file, the reason and where the damaged file went.
        QVERIFY2(problem.contains(outbox.journalPath()), qPrintable(problem));
        QVERIFY2(problem.contains(asidePath), qPrintable(problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QCOMPARE(readAll(asidePath), content); // not lost: byte for byte
        QStringList tokens;
        for (const auto &e : outbox.entries())
            tokens.append(e.token);
        QCOMPARE(tokens, recovered);

        // The recovered list is the new journal: the next start is clean and sees the same.
        AckOutbox next(dir.path());
        QVERIFY2(next.load(&problem), qPrintable(problem));
        QCOMPARE(next.entries(), outbox.entries());
        QCOMPARE(corruptFiles(dir.path()).size(), 1);
    }

    void secondDamageDoesNotOverwriteTheFirst()
    {
        QTemporaryDir dir;
        AckOutbox outbox(dir.path());
        QString problem;
        writeAll(outbox.journalPath(), "{");
        QVERIFY(!outbox.load(&problem));
        writeAll(outbox.journalPath(), "}");
        QVERIFY(!outbox.load(&problem));
        QCOMPARE(corruptFiles(dir.path()).size(), 2);
    }

    // Journals written before unsureReplicas existed load as "sure"; a malformed list as
    // unsure everywhere, never as a lost ack.
    void unsureReplicasAreReadLeniently_data()
    {
        QTest::addColumn<QJsonValue>("field");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QStringList();
        QTest::newRow("a list") << QJsonValue(
            QJsonArray { QStringLiteral("http://a:1"), QStringLiteral("*") })
                                << QStringList { QStringLiteral("http://a:1"), QStringLiteral("*") };
        QTest::newRow("not a list") << QJsonValue(QStringLiteral("http://a:1"))
                                    << QStringList { QStringLiteral("*") };
        QTest::newRow("not strings") << QJsonValue(QJsonArray { 1 }) << QStringList { QStringLiteral("*") };
    }

    void unsureReplicasAreReadLeniently()
    {
        QFETCH(QJsonValue, field);
        QFETCH(QStringList, expected);
        QJsonObject written = QJsonDocument::fromJson(AckOutbox::toJson({ entry(QStringLiteral("t1")) }))
                                  .object()
                                  .value(QStringLiteral("entries"))
                                  .toArray()
                                  .first()
                                  .toObject();
        written.remove(QStringLiteral("unsureReplicas"));
        if (!field.isUndefined())
            written.insert(QStringLiteral("unsureReplicas"), field);
        const QByteArray json = QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 },
                                                  { QStringLiteral("entries"), QJsonArray { written } } })
                                    .toJson();
        QStringList problems;
        const auto entries = AckOutbox::fromJson(json, &problems);
        QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value().first().unsureReplicas, expected);
    }

    // A full disk (here a file size limit, which fails writes the same way) must not leave a
    // truncated journal behind: Qt 6.4's QSaveFile commits one when only the flush fails.
    void fullDiskKeepsTheOldJournal()
    {
        QTemporaryDir dir;
        AckOutbox outbox(dir.path());
        QString problem;
        QVERIFY(outbox.add(entry(QStringLiteral("t1")), &problem));
        const qint64 before = QFileInfo(outbox.journalPath()).size();
        rlimit saved {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(before + 16);
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &tight) == 0);
        const bool added = outbox.add(entry(QStringLiteral("t2")), &problem);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        QVERIFY(!added);
        QVERIFY2(problem.contains(QStringLiteral("disk full")), qPrintable(problem));
        QCOMPARE(outbox.entries().size(), 2); // still sent in this session

        AckOutbox again(dir.path());
        QVERIFY2(again.load(&problem), qPrintable(problem));
        QCOMPARE(again.entries(), QList<AckOutbox::Entry> { entry(QStringLiteral("t1")) });
    }

    void unwritableDirectoryIsReported()
    {
        QTemporaryDir dir;
        writeAll(dir.filePath(QStringLiteral("file")), "x");
        AckOutbox outbox(dir.filePath(QStringLiteral("file/below-a-file")));
        QString problem;
        QVERIFY(!outbox.add(entry(QStringLiteral("t1")), &problem));
        QVERIFY2(problem.contains(QStringLiteral("below-a-file")), qPrintable(problem));
        // Still held in memory, so this session can send it.
        QCOMPARE(outbox.entries().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAckOutbox)
#include "tst_ackoutbox.moc"

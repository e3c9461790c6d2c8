// SPDX-License-Identifier: GPL-3.0-or-later
#include "timepoint.h"

#include <QTest>
#include <QTimeZone>

using namespace pivori;

class TestTimePoint final : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expectedMs"); // -1: rejected
        const qint64 now = 1'764'000'000'000;
        QTest::newRow("now") << "now" << now;
        QTest::newRow("now minus a duration") << "now-15m" << now - 15 * 60'000;
        QTest::newRow("unix seconds") << "1700000000" << qint64(1'700'000'000'000);
        QTest::newRow("unix seconds with ms") << "1700000000.123" << qint64(1'700'000'000'123);
        QTest::newRow("RFC 3339 UTC") << "2026-11-25T14:02:00Z" << qint64(1'795'615'320'000);
        QTest::newRow("RFC 3339 with offset") << "2026-11-25T15:02:00+01:00" << qint64(1'795'615'320'000);
        QTest::newRow("RFC 3339 with ms") << "2026-11-25T14:02:00.250Z" << qint64(1'795'615'320'250);
        QTest::newRow("no zone is ambiguous") << "2026-11-25T14:02:00" << qint64(-1);
        QTest::newRow("negative unix") << "-5" << qint64(-1);
        QTest::newRow("garbage") << "yesterday" << qint64(-1);
        QTest::newRow("bad duration") << "now-soon" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("infinite") << "inf" << qint64(-1);
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expectedMs);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1'764'000'000'000, Qt::UTC);
        const auto parsed = parseTimePoint(text, now);
        if (expectedMs < 0) {
            QVERIFY2(!parsed, qPrintable(text));
            return;
        }
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(parsed->toMSecsSinceEpoch(), expectedMs);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestTimePoint)
#include "tst_timepoint.moc"

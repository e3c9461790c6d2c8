// SPDX-License-Identifier: GPL-3.0-or-later
#include "querystep.h"

#include <QTest>

#include <limits>

using namespace pivori;

namespace {

constexpr qint64 kS = 1000;
constexpr qint64 kM = 60 * kS;
constexpr qint64 kH = 60 * kM;
constexpr qint64 kD = 24 * kH;
constexpr qint64 kW = 7 * kD;

bool isNice(qint64 step)
{
    static const qint64 ladder[]
        = { 1, 2, 5, 10, 20, 50, 100, 200, 500, kS, 2 * kS, 5 * kS, 10 * kS, 15 * kS, 30 * kS, kM, 2 * kM,
              5 * kM, 10 * kM, 15 * kM, 30 * kM, kH, 2 * kH, 3 * kH, 6 * kH, 12 * kH, kD, 2 * kD, kW };
    for (qint64 nice : ladder) {
        if (step == nice)
            return true;
    }
    return step % kW == 0 || step == std::numeric_limits<qint64>::max();
}

} // namespace

class TestQueryStep final : public QObject
{
    Q_OBJECT

private slots:
    void chooseStep_data()
    {
        QTest::addColumn<qint64>("rangeMs");
        QTest::addColumn<int>("pixels");
        QTest::addColumn<qint64>("minStepMs");
        QTest::addColumn<qint64>("expected");

        QTest::newRow("zero range gives the minimum step") << qint64(0) << 800 << kS << kS;
        QTest::newRow("negative range is treated as zero") << qint64(-5000) << 800 << kS << kS;
        QTest::newRow("one pixel: one step spans an hour") << kH << 1 << kS << kH;
        QTest::newRow("one pixel: one step spans a day") << kD << 1 << kS << kD;
        QTest::newRow("zero width is treated as one pixel") << kH << 0 << kS << kH;
        QTest::newRow("negative width is treated as one pixel") << kH << -20 << kS << kH;
        QTest::newRow("1h over 800px: 4.5s rounds up to 5s") << kH << 800 << kS << 5 * kS;
        QTest::newRow("1h over 1200px: 3s rounds up to 5s") << kH << 1200 << kS << 5 * kS;
        QTest::newRow("1h over 240px: exactly 15s") << kH << 240 << kS << 15 * kS;
        QTest::newRow("6h over 1000px: 21.6s rounds up to 30s") << 6 * kH << 1000 << kS << 30 * kS;
        QTest::newRow("7d over 1920px: 5m15s rounds up to 10m") << 7 * kD << 1920 << kS << 10 * kM;
        QTest::newRow("minimum step of 15s wins over pixels") << kH << 4000 << 15 * kS << 15 * kS;
        QTest::newRow("minimum step 7s is rounded up to 10s") << qint64(0) << 800 << 7 * kS << 10 * kS;
        QTest::newRow("100000px over 1h: the minimum step") << kH << 100000 << kS << kS;
        QTest::newRow("100000px over 1d: the 11000-point limit wins") << kD << 100000 << kS << 10 * kS;
        QTest::newRow("1 year over 1px: whole weeks") << 365 * kD << 1 << kS << 53 * kW;
        QTest::newRow("1 year over 1920px: 6h") << 365 * kD << 1920 << kS << 6 * kH;
        QTest::newRow("1 year over 100000px: the limit gives 1h") << 365 * kD << 100000 << kS << kH;
        QTest::newRow("exactly 11000 steps of 1s are allowed") << 11000 * kS << 11000 << kS << kS;
        QTest::newRow("11000s + 1ms needs a 2s step") << 11000 * kS + 1 << 20000 << kS << 2 * kS;
        QTest::newRow("sub-second minimum is honoured") << kM << 1000 << qint64(100) << qint64(100);
        QTest::newRow("minimum of 0 is treated as 1ms") << qint64(10) << 100 << qint64(0) << qint64(1);
        QTest::newRow("largest range does not overflow")
            << std::numeric_limits<qint64>::max() << 1 << kS << std::numeric_limits<qint64>::max();
    }

    void chooseStep()
    {
        QFETCH(qint64, rangeMs);
        QFETCH(int, pixels);
        QFETCH(qint64, minStepMs);
        QFETCH(qint64, expected);
        const qint64 step = chooseStepMs(rangeMs, pixels, minStepMs);
        QCOMPARE(step, expected);
        QVERIFY(step >= std::max<qint64>(minStepMs, 1));
        QVERIFY2(std::max<qint64>(rangeMs, 0) / step <= kMaxPointsPerSeries, "over Prometheus's point limit");
    }

    /// Property check over a grid: the limit and the minimum always hold, and the step is nice.
    void invariantsHoldEverywhere()
    {
        const qint64 ranges[] = { 0, 1, 999, kS, 59 * kS, kH, 11000 * kS, 11000 * kS + 1, 3 * kD + 17,
            30 * kD, 365 * kD, 10 * 365 * kD };
        const int widths[] = { 1, 2, 3, 100, 799, 1920, 3840, 11000, 11001, 100000, 1000000 };
        const qint64 minima[] = { 1, 250, kS, 15 * kS, kM };
        for (qint64 range : ranges) {
            for (int width : widths) {
                for (qint64 minimum : minima) {
                    const qint64 step = chooseStepMs(range, width, minimum);
                    const QByteArray where = QByteArray::number(range) + " ms / " + QByteArray::number(width)
                        + " px / min " + QByteArray::number(minimum);
                    QVERIFY2(step >= minimum, where.constData());
                    QVERIFY2(range / step <= kMaxPointsPerSeries, where.constData());
                    QVERIFY2(isNice(step), where.constData());
                }
            }
        }
    }

    void bucketsOnTheClock_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<qint64>("firstEnd");
        QTest::addColumn<qint64>("lastEnd");
        QTest::addColumn<qint64>("count");
        constexpr qint64 m = 60'000;
        constexpr qint64 t0 = 1'700'000'100'000; // on a 5-minute mark
        // 15 minutes from 13:02:30: 13:00-13:05 (it overlaps), ..., 13:15-13:20 (filling).
        // Never the 4 buckets of old whose first ended at the range's start.
        QTest::newRow("15m, off the marks")
            << t0 + 150'000 << t0 + 150'000 + 15 * m << t0 + 5 * m << t0 + 20 * m << qint64(4);
        QTest::newRow("15m, on the marks") << t0 << t0 + 15 * m << t0 + 5 * m << t0 + 15 * m << qint64(3);
        QTest::newRow("1h, a second past a mark")
            << t0 + 1000 << t0 + 60 * m + 1000 << t0 + 5 * m << t0 + 65 * m << qint64(13);
        QTest::newRow("shorter than a bucket")
            << t0 + m << t0 + 2 * m << t0 + 5 * m << t0 + 5 * m << qint64(1);
    }

    void bucketsOnTheClock()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(qint64, firstEnd);
        QFETCH(qint64, lastEnd);
        QFETCH(qint64, count);
        const BucketSpan span = clockAlignedBuckets(start, end, 300'000);
        QCOMPARE(span.firstEndMs, firstEnd);
        QCOMPARE(span.lastEndMs, lastEnd);
        QCOMPARE(span.count(), count);
        // Every bucket overlaps the range, and together they cover it.
        QVERIFY(span.firstEndMs > start && span.firstEndMs - 300'000 <= start);
        QVERIFY(span.lastEndMs >= end && span.lastEndMs - 300'000 < end);
    }

    void bucketsStayPutAsTheClockMoves()
    {
        // Refreshes a minute apart: the same bucket ends, so the labels do not drift.
        const qint64 t0 = 1'700'000'100'000 + qint64(12) * 60'000; // 13:12 say
        const BucketSpan a = clockAlignedBuckets(t0 - 3'600'000, t0, 300'000);
        const BucketSpan b = clockAlignedBuckets(t0 - 3'600'000 + 60'000, t0 + 60'000, 300'000);
        QCOMPARE(a.firstEndMs % 300'000, 0);
        QCOMPARE(b.firstEndMs, a.firstEndMs);
        QCOMPARE(b.lastEndMs, a.lastEndMs);
    }

    void secondsText_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
        QTest::newRow("whole seconds have no fraction") << qint64(15000) << QStringLiteral("15");
        QTest::newRow("half a second") << qint64(500) << QStringLiteral("0.5");
        QTest::newRow("one millisecond") << qint64(1) << QStringLiteral("0.001");
        QTest::newRow("timestamp with ms") << qint64(1700000000123) << QStringLiteral("1700000000.123");
        QTest::newRow("trailing zero of ms dropped")
            << qint64(1700000000120) << QStringLiteral("1700000000.12");
        QTest::newRow("negative with fraction") << qint64(-1250) << QStringLiteral("-1.25");
        QTest::newRow("negative below one second") << qint64(-500) << QStringLiteral("-0.5");
        QTest::newRow("most negative value")
            << std::numeric_limits<qint64>::min() << QStringLiteral("-9223372036854775.808");
    }

    void secondsText()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, expected);
        QCOMPARE(msToSecondsText(ms), expected);
    }
};

QTEST_GUILESS_MAIN(TestQueryStep)
#include "tst_querystep.moc"

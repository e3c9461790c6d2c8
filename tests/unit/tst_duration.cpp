// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration.h"

#include <QTest>

#include <limits>

using namespace pivori;

class TestDuration final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
};

void TestDuration::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");

    constexpr qint64 s = 1000;
    constexpr qint64 m = 60 * s;
    constexpr qint64 h = 60 * m;
    constexpr qint64 d = 24 * h;
    QTest::newRow("milliseconds") << QStringLiteral("500ms") << qint64(500);
    QTest::newRow("seconds") << QStringLiteral("30s") << 30 * s;
    QTest::newRow("minutes") << QStringLiteral("5m") << 5 * m;
    QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << h + 30 * m;
    QTest::newRow("days") << QStringLiteral("2d") << 2 * d;
    QTest::newRow("week is seven days") << QStringLiteral("1w") << 7 * d;
    QTest::newRow("year is 365 days") << QStringLiteral("1y") << 365 * d;
    QTest::newRow("every unit once in order")
        << QStringLiteral("1y2w3d4h5m6s7ms") << 365 * d + 14 * d + 3 * d + 4 * h + 5 * m + 6 * s + 7;
    QTest::newRow("seconds then milliseconds") << QStringLiteral("1s500ms") << qint64(1500);
    QTest::newRow("minutes then milliseconds skips s") << QStringLiteral("1m5ms") << m + 5;
    QTest::newRow("non-canonical amount kept") << QStringLiteral("90s") << 90 * s;
    QTest::newRow("leading zeros") << QStringLiteral("007s") << 7 * s;
    QTest::newRow("bare zero as Prometheus") << QStringLiteral("0") << qint64(0);
    QTest::newRow("zero seconds") << QStringLiteral("0s") << qint64(0);
    QTest::newRow("zero amounts in the middle") << QStringLiteral("1h0m5s") << h + 5 * s;
    QTest::newRow("largest value") << QStringLiteral("9223372036854775807ms")
                                   << std::numeric_limits<qint64>::max();
}

void TestDuration::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = parseDurationMs(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, ms);
}

void TestDuration::rejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("garbage word") << QStringLiteral("soon");
    QTest::newRow("negative") << QStringLiteral("-5m");
    QTest::newRow("explicit plus sign") << QStringLiteral("+5m");
    QTest::newRow("number without unit") << QStringLiteral("5");
    QTest::newRow("trailing number without unit") << QStringLiteral("1h30");
    QTest::newRow("space between number and unit") << QStringLiteral("5 m");
    QTest::newRow("leading space") << QStringLiteral(" 5m");
    QTest::newRow("trailing space") << QStringLiteral("5m ");
    QTest::newRow("units in wrong order") << QStringLiteral("1m1h");
    QTest::newRow("milliseconds before seconds") << QStringLiteral("1ms1s");
    QTest::newRow("unit repeated") << QStringLiteral("1h1h");
    QTest::newRow("fraction") << QStringLiteral("1.5h");
    QTest::newRow("upper-case unit") << QStringLiteral("5M");
    QTest::newRow("unknown unit") << QStringLiteral("5x");
    QTest::newRow("nanoseconds unsupported") << QStringLiteral("5ns");
    QTest::newRow("microseconds unsupported") << QStringLiteral("5us");
    QTest::newRow("unit without amount") << QStringLiteral("ms");
    QTest::newRow("amount then doubled suffix") << QStringLiteral("5mss");
    QTest::newRow("full-width digits") << QStringLiteral("\uFF15m");
    QTest::newRow("digits overflow qint64") << QStringLiteral("99999999999999999999s");
    QTest::newRow("one past the largest") << QStringLiteral("9223372036854775808ms");
    QTest::newRow("product overflows") << QStringLiteral("300000000y");
    QTest::newRow("sum overflows") << QStringLiteral("292471208y36w");
    QTest::newRow("NUL inside") << QString::fromUtf16(u"5\0m", 3);
}

void TestDuration::rejects()
{
    QFETCH(QString, text);
    const auto parsed = parseDurationMs(text);
    QVERIFY2(!parsed.has_value(),
        qPrintable(QStringLiteral("accepted \"%1\" as %2 ms").arg(text).arg(parsed.value_or(0))));
}

void TestDuration::format_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
    QTest::newRow("milliseconds only") << qint64(500) << QStringLiteral("500ms");
    QTest::newRow("minute and a half") << qint64(90'000) << QStringLiteral("1m30s");
    QTest::newRow("hour and a half") << qint64(5'400'000) << QStringLiteral("1h30m");
    QTest::newRow("one day") << qint64(86'400'000) << QStringLiteral("1d");
    QTest::newRow("eight days uses a week") << qint64(8 * 86'400'000LL) << QStringLiteral("1w1d");
    QTest::newRow("one year") << qint64(365 * 86'400'000LL) << QStringLiteral("1y");
    QTest::newRow("second and a millisecond") << qint64(1001) << QStringLiteral("1s1ms");
    QTest::newRow("negative") << qint64(-90'000) << QStringLiteral("-1m30s");
    QTest::newRow("most negative does not overflow")
        << std::numeric_limits<qint64>::min() << QStringLiteral("-292471208y35w2d7h12m55s808ms");
}

void TestDuration::format()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(formatDuration(ms), text);
}

void TestDuration::roundTrip_data()
{
    QTest::addColumn<qint64>("ms");
    const qint64 values[] = { 1, 999, 1000, 59'999, 60'000, 3'599'999, 86'399'999, 604'800'001,
        31'536'000'000LL + 1, 123'456'789'012LL, std::numeric_limits<qint64>::max() };
    for (const qint64 v : values)
        QTest::newRow(qPrintable(QString::number(v))) << v;
}

void TestDuration::roundTrip()
{
    QFETCH(qint64, ms);
    const QString text = formatDuration(ms);
    const auto parsed = parseDurationMs(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, ms);
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"

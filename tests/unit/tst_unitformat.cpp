// SPDX-License-Identifier: GPL-3.0-or-later
#include "unitformat.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace pivori;

Q_DECLARE_METATYPE(pivori::PanelUnit)

class TestUnitFormat final : public QObject
{
    Q_OBJECT

private slots:
    void formatsValues_data();
    void formatsValues();
    void niceSteps_data();
    void niceSteps();
    void axisTicks_data();
    void axisTicks();
    void usesTheLocale();
    void fixedDecimals_data();
    void fixedDecimals();
};

void TestUnitFormat::formatsValues_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<PanelUnit>("unit");
    QTest::addColumn<QString>("expected");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const auto s = PanelUnit::Seconds;
    const auto ms = PanelUnit::Milliseconds;
    const auto b = PanelUnit::Bytes;
    const auto pct = PanelUnit::Percent;
    const auto rps = PanelUnit::RequestsPerSecond;
    const auto count = PanelUnit::Count;

    QTest::newRow("sub-second latency in ms") << 0.85 << s << QStringLiteral("850 ms");
    QTest::newRow("latency above a second in s") << 1.2 << s << QStringLiteral("1.2 s");
    QTest::newRow("three significant digits") << 1.2345 << s << QStringLiteral("1.23 s");
    QTest::newRow("rounding up changes scale") << 0.9996 << s << QStringLiteral("1 s");
    QTest::newRow("fractional milliseconds") << 0.0125 << s << QStringLiteral("12.5 ms");
    QTest::newRow("microseconds") << 0.00042 << s << QStringLiteral("420 µs");
    QTest::newRow("zero seconds") << 0.0 << s << QStringLiteral("0 s");
    QTest::newRow("minutes") << 90.0 << s << QStringLiteral("1.5 min");
    QTest::newRow("hours (backup age)") << 86399.0 << s << QStringLiteral("1 d");
    QTest::newRow("days (certificate expiry)") << 604800.0 << s << QStringLiteral("7 d");
    QTest::newRow("negative seconds") << -0.5 << s << QStringLiteral("-500 ms");
    QTest::newRow("milliseconds unit stays ms") << 850.0 << ms << QStringLiteral("850 ms");
    QTest::newRow("milliseconds unit scales to s") << 1500.0 << ms << QStringLiteral("1.5 s");
    QTest::newRow("memory warning threshold") << 1.8e9 << b << QStringLiteral("1.8 GB");
    QTest::newRow("memory critical threshold") << 1.95e9 << b << QStringLiteral("1.95 GB");
    QTest::newRow("bytes are decimal not binary") << 1000.0 << b << QStringLiteral("1 kB");
    QTest::newRow("megabytes") << 512.3e6 << b << QStringLiteral("512 MB");
    QTest::newRow("small byte count") << 12.0 << b << QStringLiteral("12 B");
    QTest::newRow("zero bytes") << 0.0 << b << QStringLiteral("0 B");
    QTest::newRow("network traffic in bits")
        << 1.25e6 << PanelUnit::BitsPerSecond << QStringLiteral("1.25 Mb/s");
    QTest::newRow("idle link") << 0.0 << PanelUnit::BitsPerSecond << QStringLiteral("0 b/s");
    QTest::newRow("disk throughput in bytes")
        << 52.4e3 << PanelUnit::BytesPerSecond << QStringLiteral("52.4 kB/s");
    QTest::newRow("uptime keeps two decimals") << 99.95 << pct << QStringLiteral("99.95 %");
    QTest::newRow("uptime never rounds up to 100") << 99.996 << pct << QStringLiteral("99.996 %");
    QTest::newRow("exactly 100 percent") << 100.0 << pct << QStringLiteral("100 %");
    QTest::newRow("small error share") << 0.0523 << pct << QStringLiteral("0.0523 %");
    QTest::newRow("percent trailing zeros trimmed") << 75.0 << pct << QStringLiteral("75 %");
    QTest::newRow("zero percent") << 0.0 << pct << QStringLiteral("0 %");
    QTest::newRow("negative percent") << -2.5 << pct << QStringLiteral("-2.5 %");
    QTest::newRow("request rate") << 12.34 << rps << QStringLiteral("12.3 req/s");
    QTest::newRow("request rate in thousands") << 1234.0 << rps << QStringLiteral("1.23k req/s");
    QTest::newRow("slow request rate") << 0.5 << rps << QStringLiteral("0.5 req/s");
    QTest::newRow("count in thousands") << 1200.0 << count << QStringLiteral("1.2k");
    QTest::newRow("count below a thousand") << 850.0 << count << QStringLiteral("850");
    QTest::newRow("count in millions") << 3.4e6 << count << QStringLiteral("3.4M");
    QTest::newRow("fractional count from increase()") << 12.345 << count << QStringLiteral("12.3");
    QTest::newRow("unitless like count") << 2500.0 << PanelUnit::None << QStringLiteral("2.5k");
    QTest::newRow("NaN spelled as Prometheus does") << nan << s << QStringLiteral("NaN");
    QTest::newRow("positive infinity") << inf << b << QStringLiteral("+Inf");
    QTest::newRow("negative infinity") << -inf << pct << QStringLiteral("-Inf");
    QTest::newRow("huge value takes largest scale") << 5e18 << b << QStringLiteral("5000 PB");
    QTest::newRow("tiny value takes smallest scale") << 1e-9 << s << QStringLiteral("0.001 µs");
}

void TestUnitFormat::formatsValues()
{
    QFETCH(double, value);
    QFETCH(PanelUnit, unit);
    QFETCH(QString, expected);
    QCOMPARE(formatValue(value, unit, QLocale::c()), expected);
}

void TestUnitFormat::niceSteps_data()
{
    QTest::addColumn<double>("range");
    QTest::addColumn<int>("ticks");
    QTest::addColumn<double>("expected");

    QTest::newRow("ten over five") << 10.0 << 5 << 2.0;
    QTest::newRow("quarter steps when a fifth is closer to five ticks") << 1.0 << 4 << 0.2;
    QTest::newRow("two and a half") << 10.0 << 3 << 2.5;
    QTest::newRow("at most a third more ticks than asked") << 470.0 << 8 << 50.0;
    QTest::newRow("rounds up when rounding down doubles the ticks") << 470.0 << 10 << 50.0;
    QTest::newRow("exact fit is kept") << 500.0 << 5 << 100.0;
    QTest::newRow("slightly above a nice step keeps it") << 4.2 << 2 << 2.0;
    QTest::newRow("well above a nice step goes up") << 8.0 << 2 << 5.0;
    QTest::newRow("tiny range") << 0.003 << 3 << 0.001;
    QTest::newRow("empty range gives zero") << 0.0 << 5 << 0.0;
    QTest::newRow("negative range gives zero") << -1.0 << 5 << 0.0;
    QTest::newRow("NaN range gives zero") << std::numeric_limits<double>::quiet_NaN() << 5 << 0.0;
    QTest::newRow("infinite range gives zero") << std::numeric_limits<double>::infinity() << 5 << 0.0;
    QTest::newRow("no ticks wanted gives zero") << 10.0 << 0 << 0.0;
}

void TestUnitFormat::niceSteps()
{
    QFETCH(double, range);
    QFETCH(int, ticks);
    QFETCH(double, expected);
    QCOMPARE(niceTickStep(range, ticks), expected);
}

void TestUnitFormat::axisTicks_data()
{
    QTest::addColumn<PanelUnit>("unit");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::addColumn<int>("targetTicks");
    QTest::addColumn<QStringList>("labels");

    QTest::newRow("latency below a second in ms")
        << PanelUnit::Seconds << 0.0 << 0.8 << 4
        << QStringList { QStringLiteral("0 ms"), QStringLiteral("200 ms"), QStringLiteral("400 ms"),
               QStringLiteral("600 ms"), QStringLiteral("800 ms") };
    QTest::newRow("latency above a second in s, one scale for all")
        << PanelUnit::Seconds << 0.0 << 1.5 << 3
        << QStringList { QStringLiteral("0 s"), QStringLiteral("0.5 s"), QStringLiteral("1 s"),
               QStringLiteral("1.5 s") };
    QTest::newRow("hours step round in hours")
        << PanelUnit::Seconds << 0.0 << 4 * 3600.0 << 4
        << QStringList { QStringLiteral("0 h"), QStringLiteral("1 h"), QStringLiteral("2 h"),
               QStringLiteral("3 h"), QStringLiteral("4 h") };
    QTest::newRow("memory in GB") << PanelUnit::Bytes << 0.0 << 2e9 << 4
                                  << QStringList { QStringLiteral("0 GB"), QStringLiteral("0.5 GB"),
                                         QStringLiteral("1 GB"), QStringLiteral("1.5 GB"),
                                         QStringLiteral("2 GB") };
    QTest::newRow("percent with quarter steps")
        << PanelUnit::Percent << 99.0 << 100.0 << 3
        << QStringList { QStringLiteral("99 %"), QStringLiteral("99.25 %"), QStringLiteral("99.5 %"),
               QStringLiteral("99.75 %"), QStringLiteral("100 %") };
    QTest::newRow("request rate in thousands")
        << PanelUnit::RequestsPerSecond << 0.0 << 3000.0 << 3
        << QStringList { QStringLiteral("0 req/s"), QStringLiteral("1k req/s"), QStringLiteral("2k req/s"),
               QStringLiteral("3k req/s") };
    QTest::newRow("milliseconds unit scales to s")
        << PanelUnit::Milliseconds << 0.0 << 2000.0 << 4
        << QStringList { QStringLiteral("0 s"), QStringLiteral("0.5 s"), QStringLiteral("1 s"),
               QStringLiteral("1.5 s"), QStringLiteral("2 s") };
    QTest::newRow("negative range keeps the sign")
        << PanelUnit::Count << -20.0 << 20.0 << 2
        << QStringList { QStringLiteral("-20"), QStringLiteral("0"), QStringLiteral("20") };
}

void TestUnitFormat::axisTicks()
{
    QFETCH(PanelUnit, unit);
    QFETCH(double, lower);
    QFETCH(double, upper);
    QFETCH(int, targetTicks);
    QFETCH(QStringList, labels);

    const double step = axisTickStep(unit, lower, upper, targetTicks);
    QVERIFY(step > 0);
    const AxisScale scale = axisScale(unit, std::max(std::fabs(lower), std::fabs(upper)), step);
    QStringList actual;
    // Accumulating the step, as an axis does, brings floating-point dust the labels must hide.
    for (double tick = lower; tick <= upper + step / 2; tick += step)
        actual.append(formatTick(tick, scale, QLocale::c()));
    QCOMPARE(actual, labels);
}

void TestUnitFormat::usesTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(formatValue(1.8e9, PanelUnit::Bytes, german), QStringLiteral("1,8 GB"));
    QCOMPARE(formatValue(99.95, PanelUnit::Percent, german), QStringLiteral("99,95 %"));
    const AxisScale scale = axisScale(PanelUnit::Seconds, 1.5, 0.5);
    QCOMPARE(formatTick(0.5, scale, german), QStringLiteral("0,5 s"));
}

void TestUnitFormat::fixedDecimals_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<PanelUnit>("unit");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("automatic") << 0.123456 << PanelUnit::Seconds << -1 << "123 ms";
    QTest::newRow("bytes 2") << 1234567.0 << PanelUnit::Bytes << 2 << "1.23 MB";
    QTest::newRow("zeros kept") << 1.5e9 << PanelUnit::Bytes << 3 << "1.500 GB";
    QTest::newRow("percent 1") << 99.96 << PanelUnit::Percent << 1 << "100.0 %";
    QTest::newRow("percent 4") << 12.5 << PanelUnit::Percent << 4 << "12.5000 %";
    QTest::newRow("none 0") << 0.6 << PanelUnit::None << 0 << "1";
    QTest::newRow("count 1") << 1234.0 << PanelUnit::Count << 1 << "1.2k";
    QTest::newRow("rounds up a scale") << 0.9999 << PanelUnit::Seconds << 0 << "1 s";
    QTest::newRow("negative") << -2.345 << PanelUnit::RequestsPerSecond << 2 << "-2.35 req/s";
    QTest::newRow("no negative zero") << -0.0001 << PanelUnit::None << 2 << "0.00";
    QTest::newRow("ten at most") << 1.0 << PanelUnit::None << 12 << "1.0000000000";
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << PanelUnit::None << 2 << "NaN";
}

void TestUnitFormat::fixedDecimals()
{
    QFETCH(double, value);
    QFETCH(PanelUnit, unit);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(formatValue(value, unit, decimals, QLocale::c()), expected);
}

QTEST_GUILESS_MAIN(TestUnitFormat)
#include "tst_unitformat.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Time ranges resolve to the span the user asked for, and zooming can be undone step by step.
#include "timerange.h"
#include "timerangehistory.h"

#include <QTest>

using namespace pivori;

namespace {

constexpr qint64 kNow = 1'700'000'000'000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

} // namespace

class TestTimeRange final : public QObject
{
    Q_OBJECT

private slots:
    void presetsInOrder()
    {
        const auto presets = TimeRange::presets();
        QStringList keys;
        QList<qint64> durations;
        for (const auto &preset : presets) {
            keys << preset.key;
            durations << preset.durationMs;
            QVERIFY2(preset.name.startsWith(QLatin1String("Last ")), qPrintable(preset.name));
        }
        QCOMPARE(keys,
            (QStringList { QStringLiteral("5m"), QStringLiteral("15m"), QStringLiteral("1h"),
                QStringLiteral("6h"), QStringLiteral("24h"), QStringLiteral("7d") }));
        QCOMPARE(durations,
            (QList<qint64> { 5 * kMinute, 15 * kMinute, kHour, 6 * kHour, 24 * kHour, 7 * 24 * kHour }));
    }

    void relativeEndsNow()
    {
        const TimeRange range = TimeRange::relative(kHour);
        QVERIFY(range.isRelative());
        QCOMPARE(range.resolve(kNow), (TimeRange::Resolved { kNow - kHour, kNow }));
        // Moves with the clock.
        QCOMPARE(range.resolve(kNow + 5000).endMs, kNow + 5000);
        QCOMPARE(range.durationMs(), kHour);
        QCOMPARE(TimeRange().resolve(kNow).durationMs(), kHour); // the default is the last hour
    }

    void absoluteStaysPut_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<qint64>("expectedStart");
        QTest::addColumn<qint64>("expectedEnd");
        QTest::newRow("as given") << kNow - kHour << kNow - kMinute << kNow - kHour << kNow - kMinute;
        QTest::newRow("reversed ends are swapped") << kNow << kNow - kHour << kNow - kHour << kNow;
        QTest::newRow("empty span widened to 1 s") << kNow << kNow << kNow << kNow + 1000;
        QTest::newRow("sub-second span widened") << kNow << kNow + 10 << kNow << kNow + 1000;
    }

    void absoluteStaysPut()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(qint64, expectedStart);
        QFETCH(qint64, expectedEnd);
        const TimeRange range = TimeRange::absolute(start, end);
        QVERIFY(!range.isRelative());
        QCOMPARE(range.resolve(kNow), (TimeRange::Resolved { expectedStart, expectedEnd }));
        QCOMPARE(range.resolve(kNow + 10 * kHour), range.resolve(kNow)); // the clock does not move it
        QCOMPARE(range.durationMs(), expectedEnd - expectedStart);
        QVERIFY(range.key().isEmpty());
        QVERIFY2(range.displayName().contains(QLatin1String(" to ")), qPrintable(range.displayName()));
    }

    void fromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("duration"); // -1: refused
        QTest::addColumn<QString>("key");
        QTest::newRow("preset 5m") << "5m" << 5 * kMinute << "5m";
        QTest::newRow("preset 24h keeps its spelling") << "24h" << 24 * kHour << "24h";
        QTest::newRow("1d is the 24h preset") << "1d" << 24 * kHour << "24h";
        QTest::newRow("preset 7d") << "7d" << 7 * 24 * kHour << "7d";
        QTest::newRow("any duration") << "90m" << 90 * kMinute << "1h30m";
        QTest::newRow("surrounding spaces") << " 1h " << kHour << "1h";
        QTest::newRow("empty refused") << "" << qint64(-1) << "";
        QTest::newRow("zero refused") << "0" << qint64(-1) << "";
        QTest::newRow("negative refused") << "-5m" << qint64(-1) << "";
        QTest::newRow("bare number refused") << "3600" << qint64(-1) << "";
        QTest::newRow("words refused") << "last hour" << qint64(-1) << "";
    }

    void fromText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, duration);
        QFETCH(QString, key);
        const auto range = TimeRange::fromText(text);
        QCOMPARE(range.has_value(), duration >= 0);
        if (!range)
            return;
        QVERIFY(range->isRelative());
        QCOMPARE(range->durationMs(), duration);
        QCOMPARE(range->key(), key);
    }

    void displayNames()
    {
        QCOMPARE(TimeRange::relative(kHour).displayName(), QStringLiteral("Last 1 hour"));
        QCOMPARE(TimeRange::relative(90 * kMinute).displayName(), QStringLiteral("Last 1h30m"));
        // Same day: the date is written once.
        const qint64 start = QDateTime(QDate(2024, 3, 1), QTime(10, 0)).toMSecsSinceEpoch();
        QCOMPARE(TimeRange::absolute(start, start + 90 * kMinute).displayName(),
            QStringLiteral("2024-03-01 10:00:00 to 11:30:00"));
        QCOMPARE(TimeRange::absolute(start, start + 24 * kHour).displayName(),
            QStringLiteral("2024-03-01 10:00:00 to 2024-03-02 10:00:00"));
    }

    void zoneText_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("atMs");
        QTest::addColumn<QString>("expected");
        // kNow is 2023-11-14 22:13:20 UTC: winter in Paris, summer in Sydney.
        QTest::newRow("UTC once, never UTCUTC") << QByteArray("UTC") << kNow << QStringLiteral("UTC");
        QTest::newRow("Etc/UTC") << QByteArray("Etc/UTC") << kNow << QStringLiteral("UTC");
        QTest::newRow("Paris in winter")
            << QByteArray("Europe/Paris") << kNow << QStringLiteral("UTC+01:00 (Europe/Paris)");
        QTest::newRow("Paris in summer") << QByteArray("Europe/Paris") << qint64(1'690'000'000'000)
                                         << QStringLiteral("UTC+02:00 (Europe/Paris)");
        QTest::newRow("half-hour zone behind UTC")
            << QByteArray("America/St_Johns") << kNow << QStringLiteral("UTC-03:30 (America/St_Johns)");
    }

    void zoneText()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, atMs);
        QFETCH(QString, expected);
        QCOMPARE(TimeRange::zoneText(atMs, QTimeZone(zone)), expected);
    }

    void spanTextIsWholeWithItsZone()
    {
        const QTimeZone paris("Europe/Paris");
        // 23:13:20 to 23:28:20 Paris time, one day.
        QCOMPARE(TimeRange::spanText({ kNow, kNow + 15 * kMinute }, paris),
            QStringLiteral("2023-11-14 23:13:20 – 23:28:20 UTC+01:00 (Europe/Paris)"));
        // Across midnight: the end's date too.
        QCOMPARE(TimeRange::spanText({ kNow, kNow + kHour }, paris),
            QStringLiteral("2023-11-14 23:13:20 – 2023-11-15 00:13:20 UTC+01:00 (Europe/Paris)"));
    }

    void tinyRelativeRangeRaised()
    {
        QCOMPARE(TimeRange::relative(0).durationMs(), qint64(1000));
        QCOMPARE(TimeRange::relative(-kHour).resolve(kNow).durationMs(), qint64(1000));
    }

    void equality()
    {
        QCOMPARE(TimeRange::relative(kHour), TimeRange::relative(kHour));
        QVERIFY(TimeRange::relative(kHour) != TimeRange::relative(6 * kHour));
        QVERIFY(TimeRange::relative(kHour) != TimeRange::absolute(kNow - kHour, kNow));
        QCOMPARE(TimeRange::absolute(1000, 5000), TimeRange::absolute(5000, 1000));
    }

    void zoomAndBack()
    {
        TimeRangeHistory history(TimeRange::relative(6 * kHour));
        QVERIFY(!history.canGoBack());
        const TimeRange zoom1 = TimeRange::absolute(kNow - 3 * kHour, kNow - kHour);
        const TimeRange zoom2 = TimeRange::absolute(kNow - 2 * kHour, kNow - 90 * kMinute);
        history.push(zoom1);
        history.push(zoom1); // a zoom to the same span adds no step
        history.push(zoom2);
        QCOMPARE(history.depth(), 2);
        QCOMPARE(history.current(), zoom2);
        QCOMPARE(history.back(), zoom1);
        QCOMPARE(history.back(), TimeRange::relative(6 * kHour));
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.back(), TimeRange::relative(6 * kHour)); // nothing left: stays put
    }

    void presetResetsHistory()
    {
        TimeRangeHistory history;
        history.push(TimeRange::absolute(kNow - kHour, kNow));
        history.reset(TimeRange::relative(5 * kMinute));
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.current(), TimeRange::relative(5 * kMinute));
    }

    void historyIsBounded()
    {
        TimeRangeHistory history;
        for (int i = 0; i < TimeRangeHistory::kMaxDepth + 20; ++i)
            history.push(TimeRange::absolute(kNow + i * kMinute, kNow + i * kMinute + kHour));
        QCOMPARE(history.depth(), TimeRangeHistory::kMaxDepth);
        // The oldest entries went first: the deepest one left is the 21st zoom.
        while (history.canGoBack())
            history.back();
        QCOMPARE(history.current(), TimeRange::absolute(kNow + 19 * kMinute, kNow + 19 * kMinute + kHour));
    }
};

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The bars panel (Qt Charts): stacked counts per clock-aligned bucket, colours, value labels
// that thin out as it shrinks, the whole range on a young server, the bucket still filling.
#include "barspanel.h"
#include "consoleconfig.h"
#include "querystep.h"
#include "widgettestutils.h"

#include <QDateTime>
#include <QTest>

#include <limits>

using namespace pivori;
using pivori::testutils::countColor;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

QColor named(const char *name)
{
    return QColor(ConsoleConfig::colorHex(QString::fromLatin1(name)));
}

Panel statusBars()
{
    Panel p;
    p.id = QStringLiteral("status");
    p.title = QStringLiteral("Request Status Distribution");
    p.type = PanelType::Bars;
    p.unit = PanelUnit::Count;
    p.stacked = true;
    p.bucketMs = 300'000;
    p.queries = { PanelQuery { QStringLiteral("sum(increase(a[5m]))"), QStringLiteral("2xx"),
                      QStringLiteral("green") },
        PanelQuery {
            QStringLiteral("sum(increase(b[5m]))"), QStringLiteral("4xx"), QStringLiteral("yellow") },
        PanelQuery { QStringLiteral("sum(increase(c[5m]))"), QStringLiteral("5xx"), QStringLiteral("red") } };
    return p;
}

PanelData statusData()
{
    PanelData d;
    d.state = PanelData::State::Ok;
    // Twelve 5-minute buckets on the clock, as the refresher asks for them: start and end are
    // the first and last bucket's ends.
    d.startMs = 1'700'000'100'000;
    d.endMs = d.startMs + qint64(11) * 300'000;
    d.stepMs = 300'000;
    const double counts[] = { 6000, 200, 5 };
    for (int q = 0; q < 3; ++q) {
        PanelSeries s;
        s.name = statusBars().queries[q].legend;
        s.queryIndex = q;
        s.labels.insert(QStringLiteral("status"), s.name);
        for (int i = 1; i <= 12; ++i)
            s.points.append(Sample { d.startMs / 1000.0 + (i - 1) * 300, counts[q] + i });
        d.series.append(s);
    }
    d.series[2].points[4].v = kNaN; // a bucket without 5xx traffic counts as zero
    return d;
}

} // namespace

class TestBarsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void barsStackCountsPerBucket();
    void barsPaintTheirColours();
    void barsThinTheirValueLabelsWhenShrunk();
    void barsSpanTheWholeRangeOnAYoungServer();
    void barsMarkTheBucketStillFilling();
};

void TestBarsPanel::barsStackCountsPerBucket()
{
    BarsPanel bars(statusBars());
    bars.setPanelData(statusData());
    QCOMPARE(bars.categoryCount(), 12);
    QCOMPARE(bars.barSetCount(), 3);
    QCOMPARE(bars.barSetName(0), QStringLiteral("2xx"));
    QCOMPARE(bars.barSetColor(0), named("green"));
    QCOMPARE(bars.barSetColor(1), named("yellow"));
    QCOMPARE(bars.barSetColor(2), named("red"));
    QCOMPARE(bars.barValue(0, 0), 6001.0);
    QCOMPARE(bars.barValue(2, 4), 0.0); // NaN bucket
    QCOMPARE(bars.categories().size(), 12);
    QCOMPARE(QSet<QString>(bars.categories().cbegin(), bars.categories().cend()).size(), 12);

    const QString hover = bars.hoverText(0);
    QVERIFY2(hover.contains(QStringLiteral("2xx: 6k")), qPrintable(hover));
    QVERIFY2(hover.contains(QStringLiteral("4xx: 201")), qPrintable(hover));
    QVERIFY2(hover.contains(QStringLiteral("5xx: 6")), qPrintable(hover));
    QVERIFY2(hover.contains(QStringLiteral("Total: 6.21k")), qPrintable(hover));
    QVERIFY(bars.hoverText(99).isEmpty());

    // Names are label values: Qt Charts would render them as HTML, so they go in escaped.
    PanelData hostile = statusData();
    hostile.series[0].name = QStringLiteral("<img src=x> & co");
    bars.setPanelData(hostile);
    QCOMPARE(bars.barSetName(0), QStringLiteral("<img src=x> & co"));
    QVERIFY(bars.hoverText(0).contains(QStringLiteral("<img src=x> & co: ")));
}

void TestBarsPanel::barsPaintTheirColours()
{
    BarsPanel bars(statusBars());
    bars.resize(600, 320);
    bars.setPanelData(statusData());
    bars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bars));
    const QImage image = bars.grab().toImage();
    QVERIFY(countColor(image, named("green")) > 2000);
    QVERIFY(countColor(image, named("yellow")) > 20);
}

void TestBarsPanel::barsThinTheirValueLabelsWhenShrunk()
{
    // A panel gets its data before its final size (an export lays it out afterwards): the
    // value labels follow the height, or Qt Charts elides all of them to "...".
    BarsPanel bars(statusBars());
    bars.resize(600, 600);
    bars.setPanelData(statusData());
    bars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bars));
    const QStringList tall = bars.valueLabels();
    bars.resize(600, 110);
    const QStringList shortPanel = bars.valueLabels();
    QVERIFY2(shortPanel.size() < tall.size(),
        qPrintable(tall.join(u' ') + QStringLiteral(" | ") + shortPanel.join(u' ')));
    QVERIFY(shortPanel.size() >= 2);
    QCOMPARE(shortPanel.first(), tall.first()); // both start at zero
    bars.resize(600, 600);
    QCOMPARE(bars.valueLabels(), tall);
}

void TestBarsPanel::barsSpanTheWholeRangeOnAYoungServer()
{
    // A stack started ten minutes ago: data in the last two of the hour's 13 buckets only.
    PanelData d = statusData();
    const qint64 rangeStart = d.startMs - 150'000; // 2.5 minutes off the marks
    const BucketSpan buckets = clockAlignedBuckets(rangeStart, rangeStart + 3'600'000, 300'000);
    d.startMs = buckets.firstEndMs;
    d.endMs = buckets.lastEndMs;
    for (PanelSeries &s : d.series) {
        s.points = { Sample { d.endMs / 1000.0 - 300, 10 }, Sample { d.endMs / 1000.0, 4 } };
    }
    BarsPanel bars(statusBars());
    bars.resize(800, 300);
    bars.setPanelData(d);
    QCOMPARE(bars.categoryCount(), int(buckets.count()));
    QCOMPARE(bars.categoryCount(), 13);
    QCOMPARE(bars.barValue(0, 0), 0.0);
    QCOMPARE(bars.barValue(0, 11), 10.0);
    QCOMPARE(bars.barValue(0, 12), 4.0);
    // Labelled with each bucket's start, on the 5-minute marks.
    for (int c = 0; c < bars.categoryCount(); ++c) {
        const QDateTime start
            = QDateTime::fromMSecsSinceEpoch(qint64(bars.bucketEnds().at(c) * 1000) - 300'000);
        QCOMPARE(start.time().minute() % 5, 0);
        QCOMPARE(start.time().second(), 0);
        QCOMPARE(bars.categories().at(c), start.toString(QStringLiteral("HH:mm")));
    }
    QVERIFY2(bars.hoverText(0).startsWith(bars.categories().at(0) + QStringLiteral(" – ")),
        qPrintable(bars.hoverText(0)));
}

void TestBarsPanel::barsMarkTheBucketStillFilling()
{
    PanelData d = statusData();
    d.evaluatedAtMs = d.endMs - 120'000; // two minutes before the last bucket ends
    BarsPanel bars(statusBars());
    bars.resize(600, 320);
    bars.setPanelData(d);
    const int last = bars.categoryCount() - 1;
    QVERIFY(bars.isPartial(last));
    QVERIFY(!bars.isPartial(last - 1));
    QVERIFY(!bars.isPartial(0));
    const QString hover = bars.hoverText(last);
    QVERIFY2(
        hover.contains(
            QStringLiteral("Still filling: counted up to %1")
                .arg(QDateTime::fromMSecsSinceEpoch(d.evaluatedAtMs).toString(QStringLiteral("HH:mm:ss")))),
        qPrintable(hover));
    QVERIFY(!bars.hoverText(last - 1).contains(QLatin1String("Still filling")));

    // Drawn faded: the last bar is not the set's colour, the others are.
    bars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bars));
    const QImage image = bars.grab().toImage();
    const QColor green = named("green");
    const QColor base = bars.palette().color(QPalette::Base);
    const QColor faded((green.red() * 2 + base.red() * 3) / 5, (green.green() * 2 + base.green() * 3) / 5,
        (green.blue() * 2 + base.blue() * 3) / 5);
    QVERIFY2(countColor(image, faded) > 50, qPrintable(faded.name()));
    QVERIFY(countColor(image, green) > 2000);

    // Evaluated after every bucket ended (a range in the past): nothing is partial.
    d.evaluatedAtMs = d.endMs + 1;
    bars.setPanelData(d);
    QVERIFY(!bars.isPartial(last));
    QCOMPARE(countColor(bars.grab().toImage(), faded), 0);
}

QTEST_MAIN(TestBarsPanel)
#include "tst_barspanel.moc"

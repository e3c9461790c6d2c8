// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleconfig.h"
#include "crosshairsync.h"
#include "panelframe.h"
#include "seriesgaps.h"
#include "serieslegend.h"
#include "seriespalette.h"
#include "thresholdcolors.h"
#include "timeseriespanel.h"
#include "timeseriestestdata.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include <cmath>
#include <limits>

using namespace pivori;
using namespace pivori::timeseriestest;

class TestTimeSeriesPanel final : public QObject
{
    Q_OBJECT

private slots:
    void gapBreaks_data();
    void gapBreaks();
    void noTrafficIsNotAGap();
    void nearestSample_data();
    void nearestSample();
    void plotsHolesAsGapsAndMarksNoTraffic();
    void queryColoursAndPalette();
    void legendClickHidesSeries();
    void stackedSeriesAreCumulative();
    void paintsSeriesAndThresholds();
    void thresholdCaptionsStayWholeAndApart_data();
    void thresholdCaptionsStayWholeAndApart();
    void allNanIsNoTrafficNotNoData();
    void denseDataDropsAntialiasing();
    void hiddenPanelDrawsOnlyWhenShown();
    void dashedLinesAreThinOnScreenOnly();
    void rightAxisReadsItsOwnSeriesAndLimit();
    void rightAxisOnlyWhileSomethingIsDrawnAgainstIt();
    void overridesStyleTheirSeries();
};

void TestTimeSeriesPanel::gapBreaks_data()
{
    QTest::addColumn<QList<Sample>>("points");
    QTest::addColumn<double>("step");
    QTest::addColumn<QString>("expected");

    QTest::newRow("regular points stay as they are")
        << samples({ { 0, 1 }, { 15, 2 }, { 30, 3 } }) << 15.0 << QStringLiteral("0=1 15=2 30=3");
    QTest::newRow("one missing step breaks the line")
        << samples({ { 0, 1 }, { 30, 2 } }) << 15.0 << QStringLiteral("0=1 15=NaN 30=2");
    QTest::newRow("jitter under 1.5 steps is no gap")
        << samples({ { 0, 1 }, { 22, 2 } }) << 15.0 << QStringLiteral("0=1 22=2");
    QTest::newRow("long hole gets a single break")
        << samples({ { 0, 1 }, { 15, 1 }, { 300, 4 } }) << 15.0 << QStringLiteral("0=1 15=1 30=NaN 300=4");
    QTest::newRow("unknown step leaves the points alone")
        << samples({ { 0, 1 }, { 300, 4 } }) << 0.0 << QStringLiteral("0=1 300=4");
    QTest::newRow("single point") << samples({ { 0, 1 } }) << 15.0 << QStringLiteral("0=1");
    QTest::newRow("no points") << QList<Sample>() << 15.0 << QString();
}

void TestTimeSeriesPanel::gapBreaks()
{
    QFETCH(QList<Sample>, points);
    QFETCH(double, step);
    QFETCH(QString, expected);
    QCOMPARE(render(withGapBreaks(points, step)), expected);
}

void TestTimeSeriesPanel::noTrafficIsNotAGap()
{
    const QList<Sample> points
        = samples({ { 0, 1 }, { 15, kNaN }, { 30, kNaN }, { 45, 2 }, { 90, 3 }, { 105, kNaN } });
    // NaN points are data ("no traffic"): they never add breaks of their own...
    QCOMPARE(render(withGapBreaks(points, 15)), QStringLiteral("0=1 15=NaN 30=NaN 45=2 60=NaN 90=3 105=NaN"));
    // ...and the missing 60..75 is a gap, not a no-traffic stretch.
    const QList<TimeSpan> spans = noTrafficSpans(points, 15);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans[0], (TimeSpan { 7.5, 37.5 }));
    QCOMPARE(spans[1], (TimeSpan { 97.5, 112.5 }));
    QCOMPARE(expectedStepSeconds(points, 0), 15.0);
    QCOMPARE(expectedStepSeconds(points, 30'000), 30.0);
    QCOMPARE(mergeSpans({ { 10, 20 }, { 0, 5 }, { 4, 12 } }), (QList<TimeSpan> { { 0, 20 } }));
}

void TestTimeSeriesPanel::nearestSample_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("reach");
    QTest::addColumn<qsizetype>("index");
    QTest::newRow("exact") << 15.0 << 7.5 << qsizetype(1);
    QTest::newRow("closer to the next") << 24.0 << 7.5 << qsizetype(2);
    QTest::newRow("before the first within reach") << -5.0 << 7.5 << qsizetype(0);
    QTest::newRow("in a hole, out of reach") << 60.0 << 7.5 << qsizetype(-1);
    QTest::newRow("after the last") << 200.0 << 7.5 << qsizetype(-1);
    QTest::newRow("NaN time") << kNaN << 7.5 << qsizetype(-1);
}

void TestTimeSeriesPanel::nearestSample()
{
    QFETCH(double, t);
    QFETCH(double, reach);
    QFETCH(qsizetype, index);
    const QList<Sample> points = samples({ { 0, 1 }, { 15, 2 }, { 30, 3 }, { 90, 4 } });
    QCOMPARE(nearestSampleIndex(points, t, reach), index);
}

void TestTimeSeriesPanel::plotsHolesAsGapsAndMarksNoTraffic()
{
    TimeSeriesPanel panel(latencyPanel(), nullptr);
    panel.setPanelData(latencyData());
    QCOMPARE(panel.seriesCount(), 3);
    QCOMPARE(panel.seriesName(1), QStringLiteral("P95"));

    const QList<Sample> p95 = panel.plottedPoints(1);
    QCOMPARE(p95.size(), 17 + 1); // 20 - 3 missing + one break
    QCOMPARE(p95[10].t, kStart + 10 * 15.0);
    QVERIFY(std::isnan(p95[10].v));
    QCOMPARE(p95[11].t, kStart + 13 * 15.0);

    const QList<TimeSpan> spans = panel.noTrafficSpans();
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first(), (TimeSpan { kStart + 5 * 15.0 - 7.5, kStart + 5 * 15.0 + 7.5 }));
    QCOMPARE(panel.visibleStartMs(), latencyData().startMs);
    QCOMPARE(panel.visibleEndMs(), latencyData().endMs);

    // Out-of-order points are put in order; an infinite value is a gap, not a line to the sky.
    PanelData odd = latencyData();
    std::reverse(odd.series[0].points.begin(), odd.series[0].points.end());
    odd.series[0].points[0].v = std::numeric_limits<double>::infinity(); // the last in time
    panel.setPanelData(odd);
    const QList<Sample> p50 = panel.plottedPoints(0);
    QCOMPARE(p50.size(), 20);
    QVERIFY(
        std::is_sorted(p50.cbegin(), p50.cend(), [](const Sample &a, const Sample &b) { return a.t < b.t; }));
    QVERIFY(std::isnan(p50.last().v));
    QCOMPARE(p50.first().v, 0.12);
}

void TestTimeSeriesPanel::queryColoursAndPalette()
{
    TimeSeriesPanel panel(latencyPanel(), nullptr);
    panel.setPanelData(latencyData());
    QCOMPARE(panel.seriesColor(0), QColor(ConsoleConfig::colorHex(QStringLiteral("green"))));
    QCOMPARE(panel.seriesColor(2), QColor(ConsoleConfig::colorHex(QStringLiteral("red"))));

    // A coloured query that returns many series falls back to distinct palette colours.
    PanelData many = latencyData();
    many.series = { constantSeries(QStringLiteral("b"), 0, 1), constantSeries(QStringLiteral("a"), 0, 2) };
    panel.setPanelData(many);
    QCOMPARE(panel.seriesName(0), QStringLiteral("a")); // stable order, whatever Prometheus sent
    QCOMPARE(panel.seriesColor(0), SeriesPalette::color(0));
    QCOMPARE(panel.seriesColor(1), SeriesPalette::color(1));
}

void TestTimeSeriesPanel::legendClickHidesSeries()
{
    TimeSeriesPanel panel(latencyPanel(), nullptr);
    panel.resize(700, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SeriesLegend *legend = panel.legend();
    QListWidget *list = legend->listView();
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setPanelData(latencyData());
    QCOMPARE(legend->count(), 3);
    QCOMPARE(list->count(), 3);

    QSignalSpy toggled(legend, &SeriesLegend::entryToggled);
    const QRect p95 = list->visualItemRect(list->item(1));
    QVERIFY(p95.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, p95.center());
    QCOMPARE(toggled.size(), 1);
    QVERIFY(panel.isSeriesVisible(0));
    QVERIFY(!panel.isSeriesVisible(1));
    QVERIFY(panel.isSeriesVisible(2));
    QVERIFY(!legend->isEntryVisible(1));

    // A refresh keeps the choice.
    panel.setPanelData(latencyData());
    QVERIFY(!panel.isSeriesVisible(1));

    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QVERIFY(panel.isSeriesVisible(1));
    QVERIFY(legend->isEntryVisible(1));
}

void TestTimeSeriesPanel::stackedSeriesAreCumulative()
{
    Panel stacked = latencyPanel();
    stacked.stacked = true;
    stacked.unit = PanelUnit::RequestsPerSecond;
    TimeSeriesPanel panel(stacked, nullptr);
    PanelData d = latencyData();
    d.series = { constantSeries(QStringLiteral("P50"), 0, 1), constantSeries(QStringLiteral("P95"), 1, 2),
        constantSeries(QStringLiteral("P99"), 2, 3) };
    d.series[0].points[3].v = kNaN; // no traffic in the bottom series adds nothing above
    panel.setPanelData(d);
    QCOMPARE(panel.plottedPoints(2).at(0).v, 6.0);
    QCOMPARE(panel.plottedPoints(2).at(3).v, 5.0);
    QVERIFY(std::isnan(panel.plottedPoints(0).at(3).v));

    panel.setSeriesVisible(1, false);
    QCOMPARE(panel.plottedPoints(2).at(0).v, 4.0);
    panel.setSeriesVisible(1, true);
    QCOMPARE(panel.plottedPoints(2).at(0).v, 6.0);

    CrosshairSync sync;
    TimeSeriesPanel shared(stacked, &sync);
    shared.setPanelData(d);
    sync.setHoverTime(qint64(kStart * 1000));
    // The tooltip shows each series' own value, and the stack's total.
    QVERIFY2(
        shared.crosshairText().contains(QStringLiteral("P95: 2 req/s")), qPrintable(shared.crosshairText()));
    QVERIFY2(shared.crosshairText().contains(QStringLiteral("Total: 6 req/s")),
        qPrintable(shared.crosshairText()));
}

void TestTimeSeriesPanel::paintsSeriesAndThresholds()
{
    TimeSeriesPanel panel(latencyPanel(), nullptr);
    panel.resize(800, 340);
    panel.setPanelData(latencyData());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.replotNow();
    const QImage image = panel.grab().toImage();
    const auto count = [&image](const QColor &c) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += (image.pixel(x, y) & 0xffffff) == (c.rgb() & 0xffffff);
        return n;
    };
    QVERIFY(count(panel.seriesColor(0)) > 300);
    // The 500 ms threshold is a dashed yellow line across the plot, darkened just enough to
    // stand out on the light background (on a dark wall it is lightened instead).
    const QColor yellow(ConsoleConfig::colorHex(QStringLiteral("yellow")));
    const QColor line = ThresholdColors::readableOn(yellow, panel.palette().color(QPalette::Base), 3.0);
    QVERIFY(ThresholdColors::contrastRatio(line, panel.palette().color(QPalette::Base)) >= 3.0);
    QVERIFY(count(line) > 200);

    // On the NOC wall's dark surface the same limit is drawn lighter, never the dark variant.
    QPalette dark = panel.palette();
    dark.setColor(QPalette::Base, QColor(0x12, 0x15, 0x1a));
    panel.setPalette(dark);
    panel.setPanelData(latencyData());
    panel.replotNow();
    const QImage onDark = panel.grab().toImage();
    const QColor darkLine = ThresholdColors::readableOn(yellow, dark.color(QPalette::Base), 3.0);
    QVERIFY(darkLine != line);
    int lightPixels = 0;
    for (int y = 0; y < onDark.height(); ++y)
        for (int x = 0; x < onDark.width(); ++x)
            lightPixels += (onDark.pixel(x, y) & 0xffffff) == (darkLine.rgb() & 0xffffff);
    QVERIFY(lightPixels > 200);
}

void TestTimeSeriesPanel::thresholdCaptionsStayWholeAndApart_data()
{
    QTest::addColumn<QList<double>>("limits");
    QTest::addColumn<double>("max"); // NaN: the axis ends a little above the highest limit
    QTest::addColumn<int>("height");
    QTest::newRow("limit near an open top") << QList<double> { 0.5, 1.0 } << kNaN << 220;
    QTest::newRow("limit at a fixed top") << QList<double> { 75.0, 100.0 } << 100.0 << 220;
    QTest::newRow("close limits near the top") << QList<double> { 1.8, 1.95 } << 2.0 << 200;
    QTest::newRow("three close limits, short plot") << QList<double> { 0.9, 0.95, 1.0 } << 1.0 << 160;
    QTest::newRow("close limits, tall plot") << QList<double> { 1.8, 1.95 } << 2.0 << 700;
}

void TestTimeSeriesPanel::thresholdCaptionsStayWholeAndApart()
{
    QFETCH(QList<double>, limits);
    QFETCH(double, max);
    QFETCH(int, height);
    Panel p = latencyPanel();
    p.thresholds.clear();
    for (double limit : limits)
        p.thresholds.append(Threshold {
            limit, QStringLiteral("red"), Severity::Critical, QStringLiteral("limit %1").arg(limit) });
    if (!std::isnan(max))
        p.max = max;
    TimeSeriesPanel panel(p, nullptr);
    panel.resize(640, height);
    panel.setPanelData(latencyData());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.replotNow();

    // Every caption whole inside the plot (none cut by its top edge), none over another.
    const QRectF area = panel.plotArea();
    const QList<QRectF> boxes = panel.thresholdCaptionBoxes();
    QCOMPARE(boxes.size(), limits.size());
    const QRectF inside = area.adjusted(-1, -1, 1, 1); // rounding of the anchors' pixels
    for (const QRectF &box : boxes)
        QVERIFY2(inside.contains(box),
            qPrintable(QStringLiteral("%1,%2 %3x%4 outside %5,%6 %7x%8")
                           .arg(box.x())
                           .arg(box.y())
                           .arg(box.width())
                           .arg(box.height())
                           .arg(area.x())
                           .arg(area.y())
                           .arg(area.width())
                           .arg(area.height())));
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i].adjusted(0.5, 0.5, -0.5, -0.5).intersects(boxes[j]),
                qPrintable(QStringLiteral("captions %1 and %2 overlap").arg(i).arg(j)));
}

void TestTimeSeriesPanel::allNanIsNoTrafficNotNoData()
{
    PanelFrame frame(new TimeSeriesPanel(latencyPanel(), nullptr));
    PanelData quiet = latencyData();
    for (PanelSeries &s : quiet.series) {
        for (Sample &p : s.points)
            p.v = kNaN;
    }
    frame.setPanelData(quiet);
    QVERIFY(frame.messageText().isEmpty()); // the plot stays, with its no-traffic marks
    auto *panel = qobject_cast<TimeSeriesPanel *>(frame.content());
    QVERIFY(!panel->noTrafficSpans().isEmpty());

    PanelData empty;
    empty.state = PanelData::State::NoData;
    frame.setPanelData(empty);
    QVERIFY(frame.messageText().startsWith(QStringLiteral("No data")));
}

void TestTimeSeriesPanel::denseDataDropsAntialiasing()
{
    Panel memory = latencyPanel();
    memory.queries = { PanelQuery { QStringLiteral("m"), QStringLiteral("{{pod}}"), {} } };
    memory.unit = PanelUnit::Bytes;
    PanelData dense;
    dense.state = PanelData::State::Ok;
    dense.stepMs = 1000;
    dense.startMs = qint64(kStart * 1000);
    dense.endMs = dense.startMs + 11'000 * 1000;
    for (int s = 0; s < 45; ++s) {
        PanelSeries series;
        series.name = QStringLiteral("pod-%1").arg(s);
        series.points.reserve(11'000);
        for (int i = 0; i < 11'000; ++i)
            series.points.append(Sample { kStart + i, 1e8 * (s + 1) + 1e7 * std::sin(i / 50.0) });
        dense.series.append(series);
    }
    TimeSeriesPanel panel(memory, nullptr);
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QElapsedTimer timer;
    timer.start();
    panel.setPanelData(dense);
    const qint64 loadMs = timer.restart();
    panel.replotNow();
    const qint64 replotMs = timer.elapsed();
    qInfo("45 x 11000 points: load %lld ms, replot %lld ms", loadMs, replotMs);
    QVERIFY(panel.isDense());
    QCOMPARE(panel.seriesCount(), 45);
    QCOMPARE(panel.plottedPoints(44).size(), 11'000);

    panel.setPanelData(latencyData());
    QVERIFY(!panel.isDense());
}

void TestTimeSeriesPanel::rightAxisReadsItsOwnSeriesAndLimit()
{
    // Error Rate Trend: 5xx (limit 0.1 %) on the left, 4xx (limit 10 %) on the right.
    Panel p;
    p.id = QStringLiteral("error-rate");
    p.title = QStringLiteral("Error Rate Trend");
    p.unit = PanelUnit::Percent;
    p.min = 0;
    p.queries = { PanelQuery { QStringLiteral("5xx"), QStringLiteral("5xx"), QStringLiteral("red") },
        PanelQuery { QStringLiteral("4xx"), QStringLiteral("4xx"), QStringLiteral("yellow"), YAxis::Right } };
    p.thresholds
        = { Threshold { 0.1, QStringLiteral("orange"), Severity::Warning, QStringLiteral("5xx limit") },
              Threshold { 10, QStringLiteral("yellow"), Severity::Warning, QStringLiteral("4xx limit"),
                  YAxis::Right } };
    PanelData d = latencyData();
    d.series
        = { constantSeries(QStringLiteral("5xx"), 0, 0.05), constantSeries(QStringLiteral("4xx"), 1, 4) };
    d.series[0].points[10].v = 0.15; // one step above its limit

    TimeSeriesPanel panel(p, nullptr);
    panel.resize(800, 340);
    panel.setPanelData(d);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.replotNow();
    QVERIFY(panel.hasRightAxis());
    QVERIFY(!panel.isOnRightAxis(0));
    QVERIFY(panel.isOnRightAxis(1));
    QCOMPARE(panel.legend()->listView()->item(1)->text(), QStringLiteral("4xx (right axis)"));

    // Each axis spans its own series and limit: 0.1 % is not squashed under 10 %.
    const auto [leftLow, leftHigh] = panel.axisRange(YAxis::Left);
    const auto [rightLow, rightHigh] = panel.axisRange(YAxis::Right);
    QCOMPARE(leftLow, 0.0);
    QVERIFY2(leftHigh >= 0.15 && leftHigh < 0.2, qPrintable(QString::number(leftHigh)));
    QCOMPARE(rightLow, 0.0);
    QVERIFY2(rightHigh >= 10 && rightHigh < 12, qPrintable(QString::number(rightHigh)));

    // In pixels: whether 5xx is above 0.1 % can be told by eye (tens of pixels apart).
    const QRect area = panel.plotArea();
    const int limit5xx = panel.pixelFor(kStart, 0.1, YAxis::Left).y();
    const int normal5xx = panel.pixelFor(kStart, 0.05, YAxis::Left).y();
    const int peak5xx = panel.pixelFor(kStart + 150, 0.15, YAxis::Left).y();
    QVERIFY2(normal5xx - limit5xx > area.height() / 5,
        qPrintable(QStringLiteral("%1 %2").arg(normal5xx).arg(limit5xx)));
    QVERIFY(limit5xx - peak5xx > area.height() / 5);
    // The 4xx line reads against its limit on the right axis.
    QVERIFY(panel.pixelFor(kStart, 4, YAxis::Right).y() - panel.pixelFor(kStart, 10, YAxis::Right).y()
        > area.height() / 3);
    // Both limits are drawn, each with its caption where it is whole.
    const QList<QRectF> captions = panel.thresholdCaptionBoxes();
    QCOMPARE(captions.size(), 2);
    for (const QRectF &box : captions)
        QVERIFY(QRectF(area).adjusted(0, 0, 0, 1).contains(box));

    // Hovering the 5xx line finds it on its own axis.
    QCOMPARE(panel.seriesNear(panel.pixelFor(kStart + 60, 0.05, YAxis::Left) + QPoint(0, 3)), 0);
    QCOMPARE(panel.seriesNear(panel.pixelFor(kStart + 60, 4, YAxis::Right) + QPoint(0, 3)), 1);
}

void TestTimeSeriesPanel::overridesStyleTheirSeries()
{
    Panel p = latencyPanel();
    p.decimals = 1;
    p.queries[2].refId = QStringLiteral("C");
    FieldOverride byName { FieldOverride::Match::Name, QStringLiteral("P50") };
    byName.displayName = QStringLiteral("Median");
    byName.color = QStringLiteral("#3366cc");
    FieldOverride byRegex { FieldOverride::Match::Regex, QStringLiteral("9[5]$") };
    byRegex.unit = PanelUnit::Percent;
    byRegex.decimals = 3;
    FieldOverride byQuery { FieldOverride::Match::Query, QStringLiteral("C") };
    byQuery.color = QStringLiteral("blue");
    p.overrides = { byName, byRegex, byQuery };
    CrosshairSync sync;
    TimeSeriesPanel panel(p, &sync);
    panel.setPanelData(latencyData());
    QCOMPARE(panel.seriesName(0), QStringLiteral("Median"));
    QCOMPARE(panel.seriesColor(0), QColor(QStringLiteral("#3366cc")));
    QCOMPARE(panel.seriesColor(1), QColor(ConsoleConfig::colorHex(QStringLiteral("orange")))); // the query's
    QCOMPARE(panel.seriesColor(2), QColor(ConsoleConfig::colorHex(QStringLiteral("blue"))));

    // The legend's figures and the crosshair's values in each series' unit and decimals.
    const QAbstractItemModel *legend = panel.legend()->tableView()->model();
    QStringList lasts;
    for (int row = 0; row < legend->rowCount(); ++row)
        lasts << legend->index(row, 0).data().toString() + QLatin1Char('=')
                + legend->index(row, 1).data().toString();
    lasts.sort();
    QCOMPARE(lasts.join(QLatin1Char(' ')), QStringLiteral("Median=120.0 ms P95=0.380 % P99=850.0 ms"));
    sync.setHoverTime(qint64(kStart * 1000));
    QVERIFY2(panel.crosshairText().contains(QStringLiteral("Median: 120.0 ms")),
        qPrintable(panel.crosshairText()));
    QVERIFY2(
        panel.crosshairText().contains(QStringLiteral("P95: 0.380 %")), qPrintable(panel.crosshairText()));
}

void TestTimeSeriesPanel::hiddenPanelDrawsOnlyWhenShown()
{
    // A dashboard behind another tab keeps refreshing; its plots are drawn once it is shown,
    // not at every answer (half a window's steady-state CPU went there).
    QWidget tab;
    auto *panel = new TimeSeriesPanel(latencyPanel(), nullptr, &tab);
    panel->resize(700, 320);
    auto *plot = panel->findChild<QCustomPlot *>();
    QVERIFY(plot);
    QCoreApplication::processEvents(); // what the constructor queued
    QSignalSpy replots(plot, &QCustomPlot::afterReplot);
    panel->setPanelData(latencyData());
    panel->setPanelData(latencyData());
    QCoreApplication::processEvents();
    QCOMPARE(replots.size(), 0);
    tab.show();
    // Drawn before the first paint, so no old picture flashes (a first show also resizes
    // the plot, which QCustomPlot answers with a replot of its own).
    QVERIFY(!replots.isEmpty());
    QCoreApplication::processEvents();
    const qsizetype shown = replots.size();
    // Shown, new data is drawn on the next turn of the event loop.
    panel->setPanelData(latencyData());
    QTRY_VERIFY(replots.size() > shown);
}

void TestTimeSeriesPanel::rightAxisOnlyWhileSomethingIsDrawnAgainstIt()
{
    // An override sends the series named "4xx" to the right axis; the first answer has none.
    Panel p = latencyPanel();
    p.thresholds.clear();
    FieldOverride toRight;
    toRight.pattern = QStringLiteral("4xx");
    toRight.axis = YAxis::Right;
    p.overrides = { toRight };
    TimeSeriesPanel panel(p, nullptr);
    panel.resize(800, 340);
    panel.setPanelData(latencyData());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(!panel.isApplyPending());
    QVERIFY(!panel.hasRightAxis()); // no empty scale beside the plot

    PanelData withIt = latencyData();
    withIt.series.append(constantSeries(QStringLiteral("4xx"), 0, 4));
    panel.setPanelData(withIt);
    QTRY_VERIFY(!panel.isApplyPending());
    QVERIFY(panel.hasRightAxis());
    for (int i = 0; i < panel.seriesCount(); ++i)
        QCOMPARE(panel.isOnRightAxis(i), panel.seriesName(i) == QLatin1String("4xx"));
}

void TestTimeSeriesPanel::dashedLinesAreThinOnScreenOnly()
{
    // Past the palette's colours series are told apart by dashes. On screen they are one pixel
    // wide (a wider dashed stroke is an outline Qt fills, costly at every refresh); pictures
    // keep them wider, as their viewers draw those alike.
    Panel panel = latencyPanel();
    panel.queries = { PanelQuery { QStringLiteral("pods"), QStringLiteral("{{quantile}}"), {} } };
    panel.thresholds.clear();
    PanelData data = latencyData();
    data.series.clear();
    const int count = 2 * SeriesPalette::size(); // half of them dashed
    for (int i = 0; i < count; ++i)
        data.series.append(constantSeries(QStringLiteral("pod-%1").arg(i), 0, 1.0 + i));
    TimeSeriesPanel timeSeries(panel, nullptr);
    timeSeries.resize(800, 600);
    timeSeries.setPanelData(data);
    timeSeries.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeSeries));
    QTRY_VERIFY(!timeSeries.isApplyPending());
    timeSeries.replotNow();
    auto *plot = timeSeries.findChild<QCustomPlot *>();
    QVERIFY(plot);
    const QRect lines = plot->axisRect()->rect().adjusted(2, 2, -2, -2);
    const auto ink = [&lines](const QImage &image) {
        const QRgb background = image.pixel(lines.topLeft());
        int n = 0;
        for (int y = lines.top(); y <= lines.bottom(); ++y)
            for (int x = lines.left(); x <= lines.right(); ++x)
                n += image.pixel(x, y) != background;
        return n;
    };
    const int onScreen = ink(plot->grab().toImage());
    const int inPicture = ink(plot->toPixmap(plot->width(), plot->height()).toImage());
    qInfo("ink of %d lines: %d pixels on screen, %d in a picture", count, onScreen, inPicture);
    QVERIFY2(onScreen > 1000, qPrintable(QString::number(onScreen)));
    // Half the lines are 1.5 instead of 1 px wide in the picture.
    QVERIFY2(inPicture > onScreen * 1.15, qPrintable(QStringLiteral("%1 / %2").arg(inPicture).arg(onScreen)));
}

QTEST_MAIN(TestTimeSeriesPanel)
#include "tst_timeseriespanel.moc"

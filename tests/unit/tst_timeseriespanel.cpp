// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleconfig.h"
#include "crosshairsync.h"
#include "panelframe.h"
#include "seriesgaps.h"
#include "serieslegend.h"
#include "seriespalette.h"
#include "thresholdcolors.h"
#include "timeseriespanel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace pivori;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kStart = 1'700'000'000; // unix seconds
constexpr qint64 kStepMs = 15'000;

Panel latencyPanel()
{
    Panel p;
    p.id = QStringLiteral("latency");
    p.title = QStringLiteral("Latency Distribution");
    p.type = PanelType::TimeSeries;
    p.unit = PanelUnit::Seconds;
    p.min = 0;
    p.queries = { PanelQuery { QStringLiteral("q50"), QStringLiteral("P50"), QStringLiteral("green") },
        PanelQuery { QStringLiteral("q95"), QStringLiteral("P95"), QStringLiteral("orange") },
        PanelQuery { QStringLiteral("q99"), QStringLiteral("P99"), QStringLiteral("red") } };
    p.thresholds
        = { Threshold { 0.5, QStringLiteral("yellow"), Severity::Warning, QStringLiteral("P95 target") },
              Threshold { 1, QStringLiteral("red"), Severity::Critical, QStringLiteral("P99 target") } };
    return p;
}

PanelSeries constantSeries(const QString &name, int query, double value, int points = 20)
{
    PanelSeries s;
    s.name = name;
    s.queryIndex = query;
    s.labels.insert(QStringLiteral("quantile"), name);
    for (int i = 0; i < points; ++i)
        s.points.append(Sample { kStart + i * 15.0, value });
    return s;
}

PanelData latencyData()
{
    PanelData d;
    d.state = PanelData::State::Ok;
    d.startMs = qint64(kStart * 1000);
    d.endMs = d.startMs + 19 * kStepMs;
    d.stepMs = kStepMs;
    d.series = { constantSeries(QStringLiteral("P50"), 0, 0.12),
        constantSeries(QStringLiteral("P95"), 1, 0.38), constantSeries(QStringLiteral("P99"), 2, 0.85) };
    d.series[2].points[5].v = kNaN; // no traffic at one step
    d.series[1].points.remove(10, 3); // a hole of three steps
    return d;
}

QList<Sample> samples(std::initializer_list<std::pair<double, double>> points)
{
    QList<Sample> list;
    for (const auto &[t, v] : points)
        list.append(Sample { t, v });
    return list;
}

QString render(const QList<Sample> &points)
{
    QStringList parts;
    for (const Sample &s : points)
        parts.append(QStringLiteral("%1=%2").arg(s.t).arg(
            std::isnan(s.v) ? QStringLiteral("NaN") : QString::number(s.v)));
    return parts.join(QLatin1Char(' '));
}

/// A mouse move delivered to the widget itself: QTest::mouseMove goes through the window
/// system, which after an earlier test's double-click on another window may not deliver it.
void hover(QWidget *widget, const QPointF &pos)
{
    QMouseEvent move(
        QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}

} // namespace

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
    void crosshairListsEveryValue_data();
    void crosshairListsEveryValue();
    void crosshairIsShared();
    void dragZoomsAndDoubleClickResets();
    void clickOnSeriesActivatesIt();
    void paintsSeriesAndThresholds();
    void thresholdCaptionsStayWholeAndApart_data();
    void thresholdCaptionsStayWholeAndApart();
    void allNanIsNoTrafficNotNoData();
    void denseDataDropsAntialiasing();
    void hoverHighlightsNearestSeriesWithinReach();
    void nearestIsMeasuredToSegments();
    void clickWithinReachDrillsDown();
    void rightAxisReadsItsOwnSeriesAndLimit();
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

void TestTimeSeriesPanel::crosshairListsEveryValue_data()
{
    QTest::addColumn<double>("offsetSec");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("every series has a value")
        << 30.0
        << QStringList { QStringLiteral("P99: 850 ms"), QStringLiteral("P95: 380 ms"),
               QStringLiteral("P50: 120 ms") };
    QTest::newRow("between two steps takes the nearest")
        << 37.0
        << QStringList { QStringLiteral("P99: 850 ms"), QStringLiteral("P95: 380 ms"),
               QStringLiteral("P50: 120 ms") };
    QTest::newRow("NaN reads no traffic")
        << 75.0
        << QStringList { QStringLiteral("P95: 380 ms"), QStringLiteral("P50: 120 ms"),
               QStringLiteral("P99: no traffic") };
    QTest::newRow("a hole reads no data")
        << 165.0
        << QStringList { QStringLiteral("P99: 850 ms"), QStringLiteral("P50: 120 ms"),
               QStringLiteral("P95: no data") };
    QTest::newRow("outside the plot shows nothing") << 10'000.0 << QStringList();
    QTest::newRow("cleared shows nothing") << -1.0 << QStringList();
}

void TestTimeSeriesPanel::crosshairListsEveryValue()
{
    QFETCH(double, offsetSec);
    QFETCH(QStringList, lines);
    CrosshairSync sync;
    TimeSeriesPanel panel(latencyPanel(), &sync);
    panel.setPanelData(latencyData());
    sync.setHoverTime(qint64(kStart * 1000) + 30'000);
    QVERIFY(!panel.crosshairText().isEmpty());

    if (offsetSec < 0)
        sync.clear();
    else
        sync.setHoverTime(qint64((kStart + offsetSec) * 1000));
    const QStringList text = panel.crosshairText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        QVERIFY2(text.isEmpty(), qPrintable(text.join(QLatin1Char('|'))));
        return;
    }
    // First the time, then the series, largest value first and gaps last.
    QCOMPARE(text.size(), lines.size() + 1);
    QCOMPARE(text.mid(1), lines);
}

void TestTimeSeriesPanel::crosshairIsShared()
{
    CrosshairSync sync;
    QWidget window;
    window.resize(800, 700);
    auto *top = new TimeSeriesPanel(latencyPanel(), &sync, &window);
    auto *bottom = new TimeSeriesPanel(latencyPanel(), &sync, &window);
    top->setGeometry(0, 0, 800, 340);
    bottom->setGeometry(0, 350, 800, 340);
    top->setPanelData(latencyData());
    bottom->setPanelData(latencyData());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    top->replotNow();

    const double t = kStart + 60;
    QTest::mouseMove(top->plotWidget(), top->pixelFor(t, 0.5));
    QTRY_VERIFY(sync.hoverTimeMs() > 0);
    QVERIFY(qAbs(sync.hoverTimeMs() - qint64(t * 1000)) < 2000);
    QCOMPARE(sync.source(), top);
    QVERIFY(bottom->crosshairText().contains(QStringLiteral("P50: 120 ms")));
    QCOMPARE(bottom->crosshairText(), top->crosshairText());

    // Leaving the panel clears the line everywhere.
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(top->plotWidget(), &leave);
    QCOMPARE(sync.hoverTimeMs(), -1);
    QVERIFY(bottom->crosshairText().isEmpty());
}

void TestTimeSeriesPanel::dragZoomsAndDoubleClickResets()
{
    TimeSeriesPanel panel(latencyPanel(), nullptr);
    panel.resize(800, 340);
    panel.setPanelData(latencyData());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.replotNow();
    QSignalSpy zoom(&panel, &TimeSeriesPanel::zoomRequested);
    QSignalSpy reset(&panel, &TimeSeriesPanel::zoomResetRequested);

    const QPoint from = panel.pixelFor(kStart + 60, 0.3);
    const QPoint to = panel.pixelFor(kStart + 180, 0.3);
    QTest::mousePress(panel.plotWidget(), Qt::LeftButton, {}, from);
    hover(panel.plotWidget(), from + QPoint(10, 5));
    hover(panel.plotWidget(), to);
    QTest::mouseRelease(panel.plotWidget(), Qt::LeftButton, {}, to);
    QCOMPARE(zoom.size(), 1);
    const qint64 startMs = zoom.first().at(0).toLongLong();
    const qint64 endMs = zoom.first().at(1).toLongLong();
    QVERIFY2(qAbs(startMs - qint64((kStart + 60) * 1000)) < 1500, qPrintable(QString::number(startMs)));
    QVERIFY2(qAbs(endMs - qint64((kStart + 180) * 1000)) < 1500, qPrintable(QString::number(endMs)));
    QCOMPARE(panel.visibleStartMs(), startMs);

    QTest::mouseDClick(panel.plotWidget(), Qt::LeftButton, {}, from);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(panel.visibleStartMs(), latencyData().startMs);
    QCOMPARE(zoom.size(), 1); // a double-click is not a drag
}

void TestTimeSeriesPanel::clickOnSeriesActivatesIt()
{
    TimeSeriesPanel panel(latencyPanel(), nullptr);
    panel.resize(800, 340);
    panel.setPanelData(latencyData());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.replotNow();
    QSignalSpy activated(&panel, &TimeSeriesPanel::seriesActivated);

    QTest::mouseClick(panel.plotWidget(), Qt::LeftButton, {}, panel.pixelFor(kStart + 45, 0.85));
    QTRY_COMPARE(activated.size(), 1); // after the double-click interval
    QCOMPARE(activated.first().at(0).toString(), QStringLiteral("latency"));
    QCOMPARE(
        activated.first().at(1).value<LabelSet>().value(QStringLiteral("quantile")), QStringLiteral("P99"));

    // Empty plot area activates nothing.
    QTest::mouseClick(panel.plotWidget(), Qt::LeftButton, {}, panel.pixelFor(kStart + 45, 0.62));
    QVERIFY(!panel.hasPendingActivation());
    QCOMPARE(activated.size(), 1);

    // A double-click on a series resets the zoom and does not drill down.
    QTest::mouseDClick(panel.plotWidget(), Qt::LeftButton, {}, panel.pixelFor(kStart + 45, 0.85));
    QVERIFY(!panel.hasPendingActivation());
    QCOMPARE(activated.size(), 1);
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

void TestTimeSeriesPanel::hoverHighlightsNearestSeriesWithinReach()
{
    TimeSeriesPanel panel(latencyPanel(), nullptr);
    panel.resize(800, 340);
    panel.setPanelData(latencyData());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.replotNow();
    QCOMPARE(panel.highlightedSeries(), -1);
    const double reach = TimeSeriesPanel::kHitTolerancePx;
    const QPoint p99 = panel.pixelFor(kStart + 90, 0.85);

    hover(panel.plotWidget(), p99 + QPoint(0, int(reach) - 2));
    QTRY_COMPARE(panel.highlightedSeries(), 2);
    QCOMPARE(panel.legend()->highlightedRow(), 2);
    QCOMPARE(panel.plotWidget()->cursor().shape(), Qt::PointingHandCursor);
    // Beyond the reach nothing is highlighted (P95 is far below).
    hover(panel.plotWidget(), p99 + QPoint(0, int(reach) + 3));
    QTRY_COMPARE(panel.highlightedSeries(), -1);
    QCOMPARE(panel.legend()->highlightedRow(), -1);
    hover(panel.plotWidget(), panel.pixelFor(kStart + 90, 0.12) - QPoint(0, 3));
    QTRY_COMPARE(panel.highlightedSeries(), 0);

    // The highlighted line is drawn thicker over the others: pixels just off the line, in its
    // colour, that were background before.
    const QColor p50 = panel.seriesColor(0);
    const QPoint onLine = panel.pixelFor(kStart + 120, 0.12);
    const auto coloured = [&panel, &p50, onLine] {
        const QImage image = panel.plotWidget()->grab().toImage();
        int count = 0;
        for (int dy = -3; dy <= 3; ++dy) {
            const QColor c = image.pixelColor(onLine + QPoint(0, dy));
            count += std::abs(c.red() - p50.red()) + std::abs(c.green() - p50.green())
                    + std::abs(c.blue() - p50.blue())
                < 60;
        }
        return count;
    };
    panel.replotNow();
    const int highlighted = coloured();
    panel.setHighlightedSeries(-1);
    panel.replotNow();
    const int plain = coloured();
    QVERIFY2(highlighted > plain, qPrintable(QStringLiteral("%1 vs %2").arg(highlighted).arg(plain)));

    // Leaving the plot clears it.
    panel.setHighlightedSeries(1);
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(panel.plotWidget(), &leave);
    QCOMPARE(panel.highlightedSeries(), -1);
}

void TestTimeSeriesPanel::nearestIsMeasuredToSegments()
{
    // A ramp whose points are far apart: the middle of a segment is far from every point.
    Panel p = latencyPanel();
    p.thresholds.clear();
    PanelData d = latencyData();
    PanelSeries ramp = constantSeries(QStringLiteral("ramp"), 0, 0, 3);
    ramp.points = { Sample { kStart, 0.1 }, Sample { kStart + 150, 0.9 }, Sample { kStart + 300, 0.1 } };
    PanelSeries close = constantSeries(QStringLiteral("flat"), 1, 0.05, 3);
    close.points = { Sample { kStart, 0.05 }, Sample { kStart + 150, 0.05 }, Sample { kStart + 300, 0.05 } };
    d.series = { ramp, close };
    d.stepMs = 150'000; // a coarse step: no gap between the far-apart points
    d.endMs = d.startMs + 300'000;
    TimeSeriesPanel panel(p, nullptr);
    panel.resize(800, 340);
    panel.setPanelData(d);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.replotNow();
    QCOMPARE(panel.seriesName(0), QStringLiteral("ramp"));

    const QPointF a = panel.pixelFor(kStart, 0.1);
    const QPointF b = panel.pixelFor(kStart + 150, 0.9);
    const QPointF middle = (a + b) / 2; // on the segment, far from its ends
    QVERIFY(std::hypot(middle.x() - a.x(), middle.y() - a.y()) > 60);
    // 6 px off the segment, at right angles to it.
    const QPointF along = b - a;
    const QPointF normal = QPointF(-along.y(), along.x()) / std::hypot(along.x(), along.y());
    QCOMPARE(panel.seriesNear(middle + 6 * normal), 0);
    QCOMPARE(panel.seriesNear(middle + 11 * normal), -1);

    // Between two lines a few pixels apart the nearer one wins: the ramp starts at 0.1, the flat
    // line runs at 0.05.
    const QPointF flat = panel.pixelFor(kStart + 2, 0.05);
    const QPointF rampStart = panel.pixelFor(kStart + 2, 0.1);
    QVERIFY(flat.y() - rampStart.y() < 2 * TimeSeriesPanel::kHitTolerancePx);
    QCOMPARE(panel.seriesNear(flat + (rampStart - flat) * 0.3), 1);
    QCOMPARE(panel.seriesNear(flat + (rampStart - flat) * 0.7), 0);
    // A hidden series is not found.
    panel.setSeriesVisible(1, false);
    QCOMPARE(panel.seriesNear(flat + QPointF(0, 2)), -1);
}

void TestTimeSeriesPanel::clickWithinReachDrillsDown()
{
    TimeSeriesPanel panel(latencyPanel(), nullptr);
    panel.resize(800, 340);
    panel.setPanelData(latencyData());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.replotNow();
    QSignalSpy activated(&panel, &TimeSeriesPanel::seriesActivated);

    // Between two points of P99, 7 px below the line: a comfortable miss still counts.
    const QPoint nearP99 = panel.pixelFor(kStart + 52.5, 0.85) + QPoint(0, 7);
    QTest::mouseClick(panel.plotWidget(), Qt::LeftButton, {}, nearP99);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(
        activated.first().at(1).value<LabelSet>().value(QStringLiteral("quantile")), QStringLiteral("P99"));

    // 12 px away is not a click on the line.
    QTest::mouseClick(
        panel.plotWidget(), Qt::LeftButton, {}, panel.pixelFor(kStart + 52.5, 0.85) + QPoint(0, 12));
    QVERIFY(!panel.hasPendingActivation());
    QCOMPARE(activated.size(), 1);
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

QTEST_MAIN(TestTimeSeriesPanel)
#include "tst_timeseriespanel.moc"

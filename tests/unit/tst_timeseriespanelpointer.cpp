// SPDX-License-Identifier: GPL-3.0-or-later
// The time-series panel under the mouse: crosshair, hover highlight, drag zoom, click to drill down.
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
#include <QElapsedTimer>
#include <QListWidget>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace pivori;
using namespace pivori::timeseriestest;

class TestTimeSeriesPanelPointer final : public QObject
{
    Q_OBJECT

private slots:
    void crosshairListsEveryValue_data();
    void crosshairListsEveryValue();
    void crosshairIsShared();
    void dragZoomsAndDoubleClickResets();
    void clickOnSeriesActivatesIt();
    void hoverHighlightsNearestSeriesWithinReach();
    void nearestIsMeasuredToSegments();
    void clickWithinReachDrillsDown();
};

void TestTimeSeriesPanelPointer::crosshairListsEveryValue_data()
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

void TestTimeSeriesPanelPointer::crosshairListsEveryValue()
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

void TestTimeSeriesPanelPointer::crosshairIsShared()
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

void TestTimeSeriesPanelPointer::dragZoomsAndDoubleClickResets()
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

void TestTimeSeriesPanelPointer::clickOnSeriesActivatesIt()
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

void TestTimeSeriesPanelPointer::hoverHighlightsNearestSeriesWithinReach()
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

void TestTimeSeriesPanelPointer::nearestIsMeasuredToSegments()
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

void TestTimeSeriesPanelPointer::clickWithinReachDrillsDown()
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

QTEST_MAIN(TestTimeSeriesPanelPointer)
#include "tst_timeseriespanelpointer.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The value axis' bottom label ("0 s", "0 GB") and the first time label never share pixels:
// on a time series the bottom label sits above the axis line, on a bars panel the first time
// label starts clear of the value axis. They used to collide in the corner.
#include "barspanel.h"
#include "crosshairsync.h"
#include "timeseriespanel.h"
#include "unitaxisticker.h"

#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTest>

#include <qcustomplot.h>

using namespace pivori;

namespace {

constexpr qint64 kStartMs = 1'700'000'100'000; // on a 5-minute mark

Panel timeSeriesPanel(PanelUnit unit)
{
    Panel p;
    p.id = QStringLiteral("p");
    p.title = QStringLiteral("P");
    p.type = PanelType::TimeSeries;
    p.unit = unit;
    p.min = 0;
    p.queries = { PanelQuery { QStringLiteral("q"), QStringLiteral("q"), QStringLiteral("green") } };
    return p;
}

PanelData ramp(double top, int points, qint64 stepMs)
{
    PanelData d;
    d.state = PanelData::State::Ok;
    d.startMs = kStartMs;
    d.stepMs = stepMs;
    d.endMs = kStartMs + (points - 1) * stepMs;
    PanelSeries s;
    s.name = QStringLiteral("q");
    for (int i = 0; i < points; ++i)
        s.points.append(Sample { (kStartMs + i * stepMs) / 1000.0, top * (i + 1) / points });
    d.series = { s };
    return d;
}

/// Rows [first, last] holding anything but the background in columns [left, right).
std::pair<int, int> inkRows(const QImage &image, int left, int right, QRgb background)
{
    int first = -1;
    int last = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = std::max(0, left); x < std::min(right, image.width()); ++x) {
            if ((image.pixel(x, y) & 0xffffff) != (background & 0xffffff)) {
                first = first < 0 ? y : first;
                last = y;
                break;
            }
        }
    }
    return { first, last };
}

} // namespace

class TestAxisLabels final : public QObject
{
    Q_OBJECT

private slots:
    void bottomValueLabelSitsAboveTheTimeAxis_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("top");
        QTest::newRow("seconds") << int(PanelUnit::Seconds) << 0.8;
        QTest::newRow("bytes") << int(PanelUnit::Bytes) << 2e9;
        QTest::newRow("percent") << int(PanelUnit::Percent) << 12.0;
    }

    void bottomValueLabelSitsAboveTheTimeAxis()
    {
        QFETCH(int, unit);
        QFETCH(double, top);
        CrosshairSync sync;
        TimeSeriesPanel panel(timeSeriesPanel(PanelUnit(unit)), &sync);
        panel.resize(700, 300);
        panel.setPanelData(ramp(top, 60, 60'000));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *plot = panel.findChild<QCustomPlot *>();
        QVERIFY(plot);
        QCOMPARE(plot->yAxis->range().lower, 0.0);
        const QRect rect = plot->axisRect()->rect();
        const QRgb background = panel.palette().color(QPalette::Base).rgb();

        // The value labels alone: the lowest ("0 s") ends at the axis line, not half a line below.
        plot->xAxis->setTickLabels(false);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const auto [valueTop, valueBottom] = inkRows(plot->grab().toImage(), 0, rect.left() - 1, background);
        QVERIFY(valueTop >= 0);

        // The time labels alone, below the axis line.
        plot->xAxis->setTickLabels(true);
        plot->yAxis->setTickLabels(false);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const int below = rect.bottom() + 1;
        const auto [timeTop, timeBottom]
            = inkRows(plot->grab().toImage().copy(0, below, plot->width(), plot->height() - below), 0,
                plot->width(), background);
        Q_UNUSED(timeBottom);
        QVERIFY(timeTop >= 0); // there are time labels
        // Disjoint rows: the two never meet, wherever the first time tick falls.
        QVERIFY2(valueBottom < below + timeTop,
            qPrintable(QStringLiteral("value labels reach row %1, time labels start at row %2")
                           .arg(valueBottom)
                           .arg(below + timeTop)));
        QVERIFY(valueBottom <= rect.bottom() + 3); // on the line, give or take a glyph's descent
    }

    void onlyTheBottomLabelIsLifted()
    {
        QCOMPARE(UnitAxisTicker::liftedLabel(QStringLiteral("0 s")), QStringLiteral("0 s\n\u00a0"));
    }
};

QTEST_MAIN(TestAxisLabels)
#include "tst_axislabels.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// From parsed data to a painted time-series panel: 45 series x 11,000 points, the most a
// panel can get, at 800x400 (a half-width panel on a 1600 px wide window), offscreen.
#include "benchutil.h"
#include "prometheusparser.h"
#include "syntheticprometheusanswer.h"
#include "timeseriespanel.h"

#include <QApplication>

using namespace pivori;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const auto parsed
        = PrometheusParser::parseQueryResponse(200, "application/json", syntheticMatrixAnswer(45, 11000));
    PanelData data;
    data.state = PanelData::State::Ok;
    data.stepMs = 15000;
    data.startMs = 1700000000000;
    data.endMs = data.startMs + 10999 * data.stepMs;
    data.lastSuccess = QDateTime::currentDateTimeUtc();
    for (const Series &s : parsed.value().series)
        data.series.append(PanelSeries { s.labels.value(QStringLiteral("service")), s.labels, 0, s.points });

    Panel config;
    config.id = QStringLiteral("dense");
    config.title = QStringLiteral("Dense");
    config.type = PanelType::TimeSeries;
    config.unit = PanelUnit::Seconds;
    config.queries = { PanelQuery { QStringLiteral("x"), QStringLiteral("{{service}}"), {} } };
    config.thresholds = { Threshold { 0.5, QStringLiteral("yellow"), Severity::Warning, {} },
        Threshold { 1.0, QStringLiteral("red"), Severity::Critical, {} } };

    TimeSeriesPanel panel(config, nullptr);
    panel.resize(800, 400);
    panel.show();

    const bench::Stats load = bench::measure(10, [&] { panel.setPanelData(data); });
    const bench::Stats replot = bench::measure(20, [&] { panel.replotNow(); });
    const bench::Stats both = bench::measure(10, [&] {
        panel.setPanelData(data);
        panel.replotNow();
    });
    // What a mouse move costs: the nearest series to a point (45 dense series), and drawing a
    // newly highlighted one (the overlay layer only).
    const QRect area = panel.plotArea();
    int step = 0;
    const bench::Stats nearest = bench::measure(200,
        [&] { panel.seriesNear(QPointF(area.left() + (step++ * 37) % area.width(), area.center().y())); });
    const bench::Stats highlight = bench::measure(20, [&] { panel.setHighlightedSeries(step++ % 45); });
    // To look at what was measured: PIVORI_BENCH_PICTURE=/tmp/dense.png
    if (const QString picture = qEnvironmentVariable("PIVORI_BENCH_PICTURE"); !picture.isEmpty())
        panel.grab().save(picture);
    bench::report("series x points", QStringLiteral("45 x 11000 at 800x400"));
    bench::report("setPanelData (median of 10)", QStringLiteral("%1 ms").arg(load.medianMs, 0, 'f', 1));
    bench::report("replot (median of 20)",
        QStringLiteral("%1 ms (min %2, max %3)")
            .arg(replot.medianMs, 0, 'f', 1)
            .arg(replot.minMs, 0, 'f', 1)
            .arg(replot.maxMs, 0, 'f', 1));
    bench::report(
        "data to painted panel (median of 10)", QStringLiteral("%1 ms").arg(both.medianMs, 0, 'f', 1));
    bench::report("nearest series to the mouse (median of 200)",
        QStringLiteral("%1 ms (max %2)").arg(nearest.medianMs, 0, 'f', 3).arg(nearest.maxMs, 0, 'f', 3));
    bench::report("highlight a series (median of 20)",
        QStringLiteral("%1 ms (max %2)").arg(highlight.medianMs, 0, 'f', 2).arg(highlight.maxMs, 0, 'f', 2));
    bench::report(
        "dense mode (no antialiasing)", panel.isDense() ? QStringLiteral("yes") : QStringLiteral("no"));
    return 0;
}

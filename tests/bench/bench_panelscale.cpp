// SPDX-License-Identifier: GPL-3.0-or-later
// A time-series panel fed one query_range answer of many series: 1,500 series x 600 points
// and 10,000 series x 120 points (each answer about 30-40 MB of JSON, as Prometheus writes
// it), at 800x400, offscreen. Measures the parse (off the GUI thread in the client), turning
// the parsed answer into PanelData (the refresher, on the GUI thread), the first paint, a
// refresh with the same series, a repaint, sorting the legend table, and the longest stall of
// the GUI thread during the first paint and the refresh (StallMonitor).
// Usage: bench_panelscale [runs]   (PIVORI_BENCH_PICTURE=/tmp/x.png saves the 10,000 panel)
#include "benchutil.h"
#include "prometheusparser.h"
#include "serieslegend.h"
#include "stallmonitor.h"
#include "syntheticprometheusanswer.h"
#include "templating.h"
#include "timeseriespanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace pivori;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

/// Waits until the panel has drawn what it was given (an answer may be prepared off the GUI
/// thread), turning the event loop as a user's session would.
void waitApplied(TimeSeriesPanel &panel)
{
    if (!QTest::qWaitFor([&panel] { return !panel.isApplyPending(); }, 60'000))
        qFatal("the panel did not apply its data within a minute");
}

void run(int seriesCount, int pointCount, int runs)
{
    const qint64 stepMs = 15000;
    const QByteArray answer = syntheticMatrixAnswer(seriesCount, pointCount, 1700000000000, stepMs);
    QList<double> parseMs;
    Result<QueryResult> parsed = Error {};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        parsed = PrometheusParser::parseQueryResponse(200, "application/json", answer);
        parseMs << timer.nsecsElapsed() / 1e6;
    }

    Panel config;
    config.id = QStringLiteral("many");
    config.title = QStringLiteral("Many");
    config.type = PanelType::TimeSeries;
    config.unit = PanelUnit::Seconds;
    config.queries = { PanelQuery { QStringLiteral("x"), QStringLiteral("{{instance}}"), {} } };

    // What the refresher does with an answer on the GUI thread (DashboardRefresher::assemble).
    QList<double> assembleMs;
    PanelData data;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        data = PanelData();
        data.state = PanelData::State::Ok;
        data.stepMs = stepMs;
        data.startMs = 1700000000000;
        data.endMs = data.startMs + (pointCount - 1) * stepMs;
        data.lastSuccess = QDateTime::currentDateTimeUtc();
        for (const Series &s : parsed.value().series)
            data.series.append(
                PanelSeries { expandLegend(config.queries[0].legend, s.labels), s.labels, 0, s.points });
        assembleMs << timer.nsecsElapsed() / 1e6;
    }
    // The next refresh: same series, new values.
    PanelData next = data;
    for (PanelSeries &s : next.series) {
        for (Sample &p : s.points)
            p.v *= 1.01;
    }

    QList<double> firstMs, firstStall, refreshMs, refreshStall, repaintMs, repaintCpuMs, sortMs;
    testutils::StallMonitor probe;
    int drawn = 0;
    for (int i = 0; i < runs; ++i) {
        TimeSeriesPanel panel(config, nullptr);
        panel.resize(800, 400);
        panel.show();
        QTest::qWait(20);

        probe.start();
        QElapsedTimer timer;
        timer.start();
        panel.setPanelData(data);
        waitApplied(panel);
        panel.replotNow();
        firstMs << timer.nsecsElapsed() / 1e6;
        probe.stop();
        firstStall << probe.maxStallMs();

        probe.start();
        timer.start();
        panel.setPanelData(next);
        waitApplied(panel);
        panel.replotNow();
        refreshMs << timer.nsecsElapsed() / 1e6;
        probe.stop();
        refreshStall << probe.maxStallMs();

        // CPU time too: on a loaded machine the wall time of the GUI thread's own work grows.
        const double cpuBefore = bench::cpuTimeMs();
        timer.start();
        panel.replotNow();
        repaintMs << timer.nsecsElapsed() / 1e6;
        repaintCpuMs << bench::cpuTimeMs() - cpuBefore;

        panel.legend()->setMode(SeriesLegend::Mode::Table);
        timer.start();
        panel.legend()->tableView()->sortByColumn(1, Qt::DescendingOrder);
        sortMs << timer.nsecsElapsed() / 1e6;

        drawn = panel.seriesCount();
        if (i == runs - 1 && seriesCount == 10000) {
            if (const QString picture = qEnvironmentVariable("PIVORI_BENCH_PICTURE"); !picture.isEmpty())
                panel.grab().save(picture);
        }
    }

    bench::report("series x points",
        QStringLiteral("%1 x %2 at 800x400, %3 MB of JSON, median of %4")
            .arg(seriesCount)
            .arg(pointCount)
            .arg(answer.size() / 1e6, 0, 'f', 1)
            .arg(runs));
    bench::report("series drawn", QString::number(drawn));
    bench::report("parse (worker thread)", ms(median(parseMs)));
    bench::report("answer to PanelData (GUI thread)", ms(median(assembleMs)));
    bench::report("first paint (data to painted panel)", ms(median(firstMs)));
    bench::report("  longest GUI stall", ms(median(firstStall)));
    bench::report("refresh (same series, new values)", ms(median(refreshMs)));
    bench::report("  longest GUI stall", ms(median(refreshStall)));
    bench::report("repaint", ms(median(repaintMs)));
    bench::report("  CPU", ms(median(repaintCpuMs)));
    bench::report("sort the legend table by last", ms(median(sortMs)));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    // An allocation failure at 10,000 series is a result too: say so instead of aborting.
    try {
        run(1500, 600, runs);
        run(10000, 120, runs);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_panelscale: %s\n", e.what());
        return 1;
    } catch (...) {
        std::fprintf(stderr, "bench_panelscale: failed\n");
        return 1;
    }
    return 0;
}

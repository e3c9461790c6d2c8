// SPDX-License-Identifier: GPL-3.0-or-later
// What a dashboard snapshot costs: (a) the wall time of the whole `pivori-console snapshot`
// process for `production` (start, queries, alerts, render, write) as PNG, SVG and PDF, and
// (b) the in-process render of the same dashboard, data already in, per format. Starts its
// own demo stack on loopback and stops it.
#include "benchstack.h"
#include "benchutil.h"
#include "configloader.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "exportheader.h"
#include "networktransport.h"
#include "panelexporter.h"
#include "prometheusclient.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

using namespace pivori;

namespace {

constexpr int kRuns = 10;
const QSize kSize(1920, 1080);

/// One `snapshot` process; its wall time in ms, or -1 when it failed.
double runSnapshot(const StackState &stack, const QString &out, const QString &data)
{
    QStringList args { QStringLiteral("snapshot"), QStringLiteral("--prometheus"),
        stack.prometheus.toString(), QStringLiteral("--dashboard"), QStringLiteral("production"),
        QStringLiteral("--size"), QStringLiteral("%1x%2").arg(kSize.width()).arg(kSize.height()),
        QStringLiteral("--out"), out, QStringLiteral("--data"), data };
    for (const QUrl &am : stack.alertmanagers)
        args << QStringLiteral("--alertmanager") << am.toString();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PIVORI_CONSOLE_BIN), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    return timer.nsecsElapsed() / 1e6;
}

QString statsText(const bench::Stats &stats)
{
    return QStringLiteral("%1 ms median of %2 (%3–%4)")
        .arg(stats.medianMs, 0, 'f', 1)
        .arg(kRuns)
        .arg(stats.minMs, 0, 'f', 1)
        .arg(stats.maxMs, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    auto stack = bench::startDemoStack();
    if (!stack)
        return 1;
    bench::spin(20000); // a few scrapes of history, so every panel has data
    const StackState state = stack->state();
    QTemporaryDir dir;

    // (a) the process, as a script runs it.
    for (const char *extension : { "png", "svg", "pdf" }) {
        const QString out = dir.filePath(QStringLiteral("production.") + QLatin1String(extension));
        bool failed = false;
        const bench::Stats stats = bench::measure(kRuns,
            [&] { failed |= runSnapshot(state, out, dir.filePath(QStringLiteral("production.json"))) < 0; });
        if (failed) {
            std::fprintf(stderr, "a snapshot run failed\n");
            return 1;
        }
        bench::report(
            qPrintable(QStringLiteral("snapshot process, %1, 1920x1080").arg(QLatin1String(extension))),
            statsText(stats) + QStringLiteral(", %1 KiB").arg(QFileInfo(out).size() / 1024));
    }

    // (b) rendering only: the dashboard laid out and fed, as the process has it before writing.
    const ConfigLoadResult config = ConfigLoader::loadFile(ConfigLoader::builtInPath());
    const Dashboard *production = config.config.dashboard(QStringLiteral("production"));
    QNetworkAccessManager nam;
    NetworkTransport transport(&nam);
    Endpoint endpoint;
    endpoint.url = state.prometheus;
    PrometheusClient client(&transport, endpoint);
    DashboardView view(*production);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(kSize);
    view.setRowsPerScreen(view.totalRows());
    view.show();
    DashboardRefresher refresher(&client, *production);
    refresher.setRefreshInterval(0);
    refresher.setPlotWidth(kSize.width() / 2);
    QObject::connect(&refresher, &DashboardRefresher::panelUpdated, &view, &DashboardView::setPanelData);
    bool refreshed = false;
    QObject::connect(&refresher, &DashboardRefresher::refreshFinished, [&refreshed] { refreshed = true; });
    refresher.refreshNow();
    QElapsedTimer wait;
    wait.start();
    while (!refreshed && wait.elapsed() < 30000)
        bench::spin(10);
    bench::spin(50); // the coalesced replots
    ExportHeader header;
    header.dashboardTitle = production->title;
    header.startMs = refresher.lastRange().startMs;
    header.endMs = refresher.lastRange().endMs;
    header.serverUrl = state.prometheus;
    header.exportedAt = QDateTime::currentDateTimeUtc();
    const PanelExporter exporter(view.widget(), header.lines(), kSize);
    const struct
    {
        const char *name;
        std::function<QByteArray()> render;
    } formats[] = {
        { "render PNG 1x (paint + encode)", [&] { return exporter.render(ExportFormat::Png, 1); } },
        { "render PNG 1x (paint only)", [&] { return QByteArray(exporter.toImage(1).isNull() ? "" : "x"); } },
        { "render PNG 2x (paint + encode)", [&] { return exporter.render(ExportFormat::Png, 2); } },
        { "render SVG", [&] { return exporter.render(ExportFormat::Svg); } },
        { "render PDF", [&] { return exporter.render(ExportFormat::Pdf); } },
    };
    for (const auto &format : formats) {
        QByteArray bytes;
        const bench::Stats stats = bench::measure(kRuns, [&] { bytes = format.render(); });
        bench::report(format.name, statsText(stats));
    }

    bench::stopDemoStack(*stack);
    return 0;
}

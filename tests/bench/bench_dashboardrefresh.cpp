// SPDX-License-Identifier: GPL-3.0-or-later
// CPU cost of refreshing the whole `production` dashboard (queries, parsing, panels
// painted) against the demo stack, per refresh; and what a refresh every 10 s costs of
// one core. Starts its own stack on loopback and stops it.
#include "benchutil.h"
#include "configloader.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "networktransport.h"
#include "prometheusclient.h"
#include "stacklauncher.h"

#include <QApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace pivori;

namespace {

/// Runs the event loop until @p signal fires or @p timeoutMs passes; false on timeout.
template <typename Sender, typename Signal> bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int refreshes = argc > 1 ? std::max(5, atoi(argv[1])) : 30;

    StackOptions options;
    options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
    StackLauncher stack(options);
    stack.start();
    if (!waitFor(&stack, &StackLauncher::ready, 120000)) {
        std::fprintf(stderr, "the stack did not start\n");
        return 1;
    }
    // Give the rates a few scrapes of history, as on a stack that has been up a while.
    QEventLoop settle;
    QTimer::singleShot(20000, &settle, &QEventLoop::quit);
    settle.exec();

    const ConfigLoadResult config = ConfigLoader::loadFile(ConfigLoader::builtInPath());
    const Dashboard *production = config.config.dashboard(QStringLiteral("production"));
    QNetworkAccessManager nam;
    NetworkTransport transport(&nam);
    Endpoint endpoint;
    endpoint.url = stack.state().prometheus;
    PrometheusClient client(&transport, endpoint);
    DashboardView view(*production);
    view.resize(1600, 1000);
    view.show();
    DashboardRefresher refresher(&client, *production);
    refresher.setRefreshInterval(0);
    refresher.setPlotWidth(800);
    QObject::connect(&refresher, &DashboardRefresher::panelUpdated, &view, &DashboardView::setPanelData);

    refresher.refreshNow(); // warm-up: first answers, variable lookup, first layout
    waitFor(&refresher, &DashboardRefresher::refreshFinished, 30000);

    QList<double> wall;
    const double cpuBefore = bench::cpuTimeMs();
    for (int i = 0; i < refreshes; ++i) {
        QElapsedTimer timer;
        timer.start();
        refresher.refreshNow();
        if (!waitFor(&refresher, &DashboardRefresher::refreshFinished, 30000)) {
            std::fprintf(stderr, "refresh %d did not finish\n", i);
            return 1;
        }
        QCoreApplication::processEvents(); // the coalesced replots
        wall.append(timer.nsecsElapsed() / 1e6);
    }
    const double cpuPerRefresh = (bench::cpuTimeMs() - cpuBefore) / refreshes;
    std::sort(wall.begin(), wall.end());
    bench::report("production refreshes measured", QString::number(refreshes));
    bench::report("CPU per refresh (user+sys)", QStringLiteral("%1 ms").arg(cpuPerRefresh, 0, 'f', 1));
    bench::report("share of one core at one refresh / 10 s",
        QStringLiteral("%1 %").arg(cpuPerRefresh / 10000.0 * 100.0, 0, 'f', 2));
    bench::report(
        "wall time per refresh (median)", QStringLiteral("%1 ms").arg(wall[wall.size() / 2], 0, 'f', 1));

    stack.stop();
    waitFor(&stack, &StackLauncher::stopped, 20000);
    return 0;
}

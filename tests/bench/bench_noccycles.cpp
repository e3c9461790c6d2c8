// SPDX-License-Identifier: GPL-3.0-or-later
// A wall is not only left running: operators switch it on and off and take pictures from it
// during incidents. This runs the console's main window in process (offscreen) against the
// demo stack and, cycle after cycle, enters NOC mode, lets the wall refresh (1 s) and rotate
// (5 s), exports the dashboard on screen as a PNG and writes an incident report (through the
// real file dialogs, answered here), leaves NOC mode, and samples the process's memory.
//
//   bench_noccycles [--minutes 30] [--cycle-seconds 30] [--no-exports] [--pixmap-cache-kib N]
//
// Dashboards show five minutes (so their window is full after the first cycles) and refresh
// every second. Prints one line per cycle (minute, RSS, PSS, heap in use, widgets and HTTP
// replies alive) and the growth between the median of cycles 5-14 and the median of the last
// ten. "Heap in use" is what the program holds in malloc (mallinfo2): RSS also counts freed
// memory the allocator keeps, which makes it a saw when large pictures come and go.
#include "benchstack.h"
#include "benchutil.h"
#include "configloader.h"
#include "exportcontroller.h"
#include "mainwindow.h"
#include "networktransport.h"
#include "nocrotation.h"
#include "nocwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmapCache>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <malloc.h>
#include <memory>

using namespace pivori;

namespace {

/// Answers the next file dialog with @p path, as a person typing it and pressing Save would.
void answerNextFileDialog(const QString &path)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(50);
    QElapsedTimer waited;
    waited.start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, path, waited] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
        // A dialog that never opened (the export was refused) must not answer the next one.
        if (!name && waited.elapsed() > 10'000) {
            poll->stop();
            poll->deleteLater();
            return;
        }
        if (!name)
            return;
        poll->stop();
        poll->deleteLater();
        name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept"); // a protected slot, as the Save button calls it
    });
    poll->start();
}

/// Runs @p action from inside an event loop, as a key press or a click does in the console.
/// Qt carries out a deferred delete when control is back in a loop no deeper than the one it
/// was asked from; called straight from main(), outside every loop, an action's deferred
/// deletes (network replies it aborted, among others) would wait for a loop that never
/// comes, and pile up as a leak of the benchmark's own making.
void runFromEventLoop(const std::function<void()> &action)
{
    QEventLoop loop;
    QTimer::singleShot(0, &loop, [&] {
        action();
        loop.quit();
    });
    loop.exec();
}

/// Waits (event loop running) until @p done or @p timeoutMs; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        bench::spin(50);
    return done();
}

struct MemorySample
{
    double minute = 0;
    qint64 rssKiB = 0;
    qint64 pssKiB = 0;
    qint64 heapKiB = 0; ///< bytes the program holds in malloc (all arenas), unlike RSS not
                        ///< counting freed memory the allocator keeps
    qsizetype widgets = 0;
    qsizetype replies = 0; ///< HTTP replies alive (in flight, or finished and not yet deleted)
};

qint64 heapInUseKiB()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings and the ack journal stay out of $HOME
    const QStringList args = app.arguments();
    const int minutes = std::max(1, bench::intOption(args, QStringLiteral("--minutes"), 30));
    const int cycleSeconds = std::max(10, bench::intOption(args, QStringLiteral("--cycle-seconds"), 30));
    const bool exports = !args.contains(QStringLiteral("--no-exports"));
    // Qt keeps painted pieces (style primitives keyed by palette, scaled icons) in a global
    // pixmap cache of 10 MiB: each new wall's fresh palettes add entries until it is full,
    // which looks like growth for the first tens of cycles. A smaller limit shows where the
    // heap settles sooner.
    if (const int cacheKiB = bench::intOption(args, QStringLiteral("--pixmap-cache-kib"), 0); cacheKiB > 0)
        QPixmapCache::setCacheLimit(cacheKiB);

    const auto stack = bench::startSoakStack();
    if (!stack)
        return 1;

    ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
    if (!loaded.ok())
        return 1;
    ConsoleConfig config = loaded.config;
    const auto endpoint = [](const QUrl &url) {
        Endpoint e;
        e.url = url;
        return e;
    };
    config.prometheus = { PrometheusServer { QStringLiteral("demo"), endpoint(stack->state().prometheus) } };
    AlertmanagerCluster cluster { QStringLiteral("demo"), {} };
    for (const QUrl &url : stack->state().alertmanagers)
        cluster.replicas.append(endpoint(url));
    config.alertmanagers = { cluster };
    // A five-minute window fills within the first cycles: later growth is not more points.
    for (Dashboard &dashboard : config.dashboards) {
        dashboard.refreshMs = 1000;
        dashboard.timeRangeMs = 5 * 60'000;
    }
    config.noc.rotateEveryMs = 5000;

    QNetworkAccessManager nam;
    NetworkTransport transport(&nam);
    auto window = std::make_unique<MainWindow>(config, &transport);
    window->show();
    auto *exporter = window->findChild<ExportController *>();
    QTemporaryDir out;
    if (!exporter || !out.isValid())
        return 1;
    QString lastMessage;
    QObject::connect(exporter, &ExportController::message,
        [&lastMessage](const QString &text, int) { lastMessage = text; });

    std::printf("NOC cycles: %d minutes, one cycle every %d s%s\n%8s %8s %10s %10s %10s %8s %8s\n", minutes,
        cycleSeconds, exports ? "" : ", no exports", "cycle", "minute", "RSS MiB", "PSS MiB", "heap MiB",
        "widgets", "replies");
    QList<MemorySample> samples;
    QElapsedTimer clock;
    clock.start();
    int failures = 0;
    for (int cycle = 1; clock.elapsed() < qint64(minutes) * 60'000; ++cycle) {
        runFromEventLoop([&window] { window->enterNocMode(0); });
        const QPointer<NocWindow> wall(window->nocWindow());
        if (!wall) {
            std::fprintf(stderr, "cycle %d: NOC mode did not start\n", cycle);
            return 1;
        }
        bench::spin(cycleSeconds * 1000 / 2);

        // Pictures from the wall: the dashboard on screen, then a whole incident report.
        if (exports) {
            // A dashboard on screen, not the alert board: that one has nothing to export.
            wall->rotation()->setPaused(true);
            wall->rotation()->show(0);
            // One folder, emptied after each cycle, as an operator exports into the incident's
            // folder: a new folder a cycle would grow Qt's file dialog history instead.
            const QDir cycleDir(out.filePath(QStringLiteral("exports")));
            QDir().mkpath(cycleDir.path());
            lastMessage.clear();
            answerNextFileDialog(cycleDir.filePath(QStringLiteral("dashboard.png")));
            runFromEventLoop([exporter] { exporter->exportDashboard(ExportTarget::Png); });
            const bool pictureDone
                = waitFor([&] { return lastMessage.startsWith(QStringLiteral("Exported to")); }, 30000);
            lastMessage.clear();
            answerNextFileDialog(cycleDir.filePath(QStringLiteral("report")));
            QDir().mkpath(cycleDir.filePath(QStringLiteral("report")));
            runFromEventLoop([exporter] { exporter->writeIncidentReport(); });
            const bool reportDone
                = waitFor([&] { return lastMessage.startsWith(QStringLiteral("Report written")); }, 60000);
            failures += !pictureDone + !reportDone;
            if (!pictureDone || !reportDone)
                std::fprintf(stderr, "cycle %d: %s\n", cycle, qPrintable(lastMessage));
            QDir(cycleDir).removeRecursively();
        }

        runFromEventLoop([&window] { window->leaveNocMode(); });
        waitFor([&wall] { return wall.isNull(); }, 10000);
        const qint64 rest = qint64(cycle) * cycleSeconds * 1000 - clock.elapsed();
        if (rest > 0)
            bench::spin(int(rest));

        const MemorySample sample { clock.elapsed() / 60'000.0,
            bench::statusKiB(QCoreApplication::applicationPid(), "VmRSS:"), bench::pssKiB(), heapInUseKiB(),
            QApplication::allWidgets().size(),
            nam.findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly).size() };
        samples.append(sample);
        std::printf("%8d %8.1f %10.1f %10.1f %10.1f %8lld %8lld\n", cycle, sample.minute,
            sample.rssKiB / 1024.0, sample.pssKiB / 1024.0, sample.heapKiB / 1024.0,
            qlonglong(sample.widgets), qlonglong(sample.replies));
        std::fflush(stdout);
    }
    window.reset();
    bench::stopDemoStack(*stack);
    if (samples.size() < 2)
        return 1;

    // Large pictures come and go each cycle, so RSS is a saw (glibc hands the heap's top back
    // only when it is free): compare medians of ten cycles, not single samples.
    const auto median = [&samples](qsizetype from, qint64 MemorySample::*field) {
        QList<qint64> values;
        for (qsizetype i = from; i < std::min(from + 10, samples.size()); ++i)
            values.append(samples[i].*field);
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? 0 : values[values.size() / 2];
    };
    const qsizetype warmFrom = std::min<qsizetype>(4, samples.size() - 1);
    const qsizetype lastFrom = std::max(warmFrom, samples.size() - 10);
    const MemorySample &last = samples.last();
    bench::report("cycles (enter, export PNG, incident report, leave)", QString::number(samples.size()));
    bench::report("exports that did not finish", QString::number(failures));
    const auto growth = [&](const char *what, qint64 MemorySample::*field) {
        const qint64 warm = median(warmFrom, field);
        const qint64 end = median(lastFrom, field);
        bench::report(what,
            QStringLiteral("%1 -> %2 MiB, %3 % (medians of cycles 5-14 and of the last 10, %4 min)")
                .arg(warm / 1024.0, 0, 'f', 1)
                .arg(end / 1024.0, 0, 'f', 1)
                .arg(warm > 0 ? 100.0 * double(end - warm) / double(warm) : 0.0, 0, 'f', 1)
                .arg(last.minute, 0, 'f', 0));
    };
    growth("RSS", &MemorySample::rssKiB);
    growth("heap in use", &MemorySample::heapKiB);
    bench::report("widgets alive, cycle 5 / end",
        QStringLiteral("%1 / %2").arg(samples[warmFrom].widgets).arg(last.widgets));
    bench::report("HTTP replies alive, cycle 5 / end",
        QStringLiteral("%1 / %2").arg(samples[warmFrom].replies).arg(last.replies));
    return failures == 0 ? 0 : 1;
}

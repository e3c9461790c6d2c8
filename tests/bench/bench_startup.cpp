// SPDX-License-Identifier: GPL-3.0-or-later
// Time from exec of pivori-console to the first panel painted with data (and to every
// panel of every dashboard), and the console's memory (PSS) with every dashboard open,
// against the demo stack. Starts its own stack on loopback and stops it.
// With --demo: time from exec of `pivori-console demo` (what the README's Quick start runs;
// it starts its own stack with the backfilled hour) to a full first screen: every panel of the
// dashboard shown painted over the whole hour, and alerts in the inbox.
#include "benchstack.h"
#include "benchutil.h"
#include "stacklauncher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace pivori;

namespace {

struct Run
{
    double firstMs = -1;
    double allMs = -1;
    qint64 pssKiB = 0;
};

/// One start of the console; waits for its report lines, bounded in time.
Run startConsole(const StackState &stack, bool measureMemory)
{
    QTemporaryDir config; // fresh settings: no remembered window or range
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PIVORI_REPORT_TIMINGS"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    console.setProcessEnvironment(env);
    QStringList args { QStringLiteral("--prometheus"), stack.prometheus.toString() };
    for (const QUrl &am : stack.alertmanagers)
        args << QStringLiteral("--alertmanager") << am.toString();
    Run run;
    QElapsedTimer clock;
    clock.start();
    console.start(QStringLiteral(PIVORI_CONSOLE_BIN), args);
    QByteArray out;
    while (clock.elapsed() < 60000 && run.allMs < 0 && console.state() != QProcess::NotRunning) {
        console.waitForReadyRead(100);
        out += console.readAllStandardOutput();
        if (run.firstMs < 0 && out.contains("first-data-painted"))
            run.firstMs = clock.nsecsElapsed() / 1e6;
        if (out.contains("all-data-painted"))
            run.allMs = clock.nsecsElapsed() / 1e6;
    }
    if (measureMemory && run.allMs >= 0) {
        bench::spin(35000); // a few refreshes at 10 s
        run.pssKiB = bench::pssKiB(console.processId());
    }
    console.terminate();
    if (!console.waitForFinished(10000))
        console.kill();
    console.waitForFinished(5000);
    return run;
}

struct DemoRun
{
    double stackReadyMs = -1; ///< the demo said where its servers are; the window is built next
    double dashboardMs = -1; ///< every panel of the first dashboard painted over the whole hour
    double inboxMs = -1; ///< the inbox first held alerts
    double fullMs = -1; ///< both
    int inboxAlerts = 0; ///< how many alerts the inbox held first
    QStringList timeline; ///< every line the demo printed, after its time since exec
};

/// One `pivori-console demo`, from exec to its full first screen (at most 3 minutes), then
/// stopped the way Ctrl+C stops it (its servers with it).
DemoRun startDemo()
{
    QTemporaryDir home; // fresh settings, ack journal and stack folders
    QProcess demo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PIVORI_REPORT_TIMINGS"), QStringLiteral("first-screen"));
    for (const char *name : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
        env.insert(QString::fromLatin1(name), home.path());
    demo.setProcessEnvironment(env);
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    DemoRun run;
    QElapsedTimer clock;
    clock.start();
    demo.start(QStringLiteral(PIVORI_CONSOLE_BIN), { QStringLiteral("demo") });
    QByteArray out;
    const auto mark = [&](double *at, const char *line) {
        if (*at < 0 && out.contains(line))
            *at = clock.nsecsElapsed() / 1e6;
    };
    while (clock.elapsed() < 180000 && run.fullMs < 0 && demo.state() != QProcess::NotRunning) {
        demo.waitForReadyRead(50);
        const QByteArray more = demo.readAllStandardOutput();
        for (const QByteArray &line : more.split('\n'))
            if (!line.trimmed().isEmpty())
                run.timeline << QStringLiteral("%1 ms  %2")
                                    .arg(clock.nsecsElapsed() / 1e6, 6, 'f', 0)
                                    .arg(QString::fromUtf8(line.trimmed()));
        out += more;
        mark(&run.stackReadyMs, "demo: Prometheus");
        mark(&run.dashboardMs, "dashboard-full");
        mark(&run.inboxMs, "inbox-alerts");
        mark(&run.fullMs, "first-screen-full");
    }
    if (const qsizetype at = out.indexOf("inbox-alerts "); at >= 0)
        run.inboxAlerts = out.mid(at + 13, out.indexOf('\n', at) - at - 13).toInt();
    if (run.fullMs < 0)
        qWarning("no full first screen within 3 minutes; the demo said:\n%s", out.constData());
    demo.terminate();
    if (!demo.waitForFinished(30000))
        demo.kill();
    demo.waitForFinished(5000);
    return run;
}

QString medianOf5(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return QStringLiteral("%1 ms median of 5 (min %2, max %3)")
        .arg(values[2], 0, 'f', 0)
        .arg(values.first(), 0, 'f', 0)
        .arg(values.last(), 0, 'f', 0);
}

int benchDemo()
{
    QList<double> ready;
    QList<double> dashboard;
    QList<double> inbox;
    QList<double> full;
    for (int i = 0; i < 5; ++i) {
        const DemoRun run = startDemo();
        if (i == 0) // where the time goes, once
            std::printf("run 1, what the demo printed:\n  %s\n",
                qPrintable(run.timeline.join(QStringLiteral("\n  "))));
        std::printf("run %d: stack ready %.0f ms, dashboard full %.0f ms, inbox alerts %.0f ms (%d), "
                    "full first screen %.0f ms\n",
            i + 1, run.stackReadyMs, run.dashboardMs, run.inboxMs, run.inboxAlerts, run.fullMs);
        std::fflush(stdout);
        ready.append(run.stackReadyMs);
        dashboard.append(run.dashboardMs);
        inbox.append(run.inboxMs);
        full.append(run.fullMs);
    }
    bench::report("demo: exec to stack ready (window built next)", medianOf5(ready));
    bench::report("demo: exec to every panel painted over the backfilled hour", medianOf5(dashboard));
    bench::report("demo: exec to alerts in the inbox", medianOf5(inbox));
    bench::report("demo: exec to full first screen (both)", medianOf5(full));
    return std::all_of(full.cbegin(), full.cend(), [](double ms) { return ms > 0; }) ? 0 : 1;
}

/// 1,000 firing alerts on every replica, as Prometheus would send them, 100 per request.
void postThousandAlerts(const StackState &stack)
{
    QNetworkAccessManager nam;
    const QDateTime endsAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    for (const QUrl &replica : stack.alertmanagers) {
        for (int start = 0; start < 1000; start += 100) {
            QJsonArray batch;
            for (int i = start; i < start + 100; ++i)
                batch.append(QJsonObject {
                    { QStringLiteral("labels"),
                        QJsonObject {
                            { QStringLiteral("alertname"), QStringLiteral("BenchAlert%1").arg(i % 20) },
                            { QStringLiteral("severity"),
                                i % 5 ? QStringLiteral("warning") : QStringLiteral("critical") },
                            { QStringLiteral("service"), QStringLiteral("service-%1").arg(i % 15) },
                            { QStringLiteral("pod"), QStringLiteral("pod-%1").arg(i) } } },
                    { QStringLiteral("annotations"),
                        QJsonObject {
                            { QStringLiteral("summary"), QStringLiteral("benchmark alert %1").arg(i) } } },
                    { QStringLiteral("endsAt"), endsAt.toString(Qt::ISODateWithMs) } });
            QUrl url = replica;
            url.setPath(QStringLiteral("/api/v2/alerts"));
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = nam.post(request, QJsonDocument(batch).toJson(QJsonDocument::Compact));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (QCoreApplication::arguments().contains(QStringLiteral("--demo")))
        return benchDemo();
    const auto stackOwner = bench::startDemoStack();
    if (!stackOwner)
        return 1;
    StackLauncher &stack = *stackOwner;
    bench::spin(15000); // some history, so every rate has data

    QList<double> first;
    QList<double> all;
    for (int i = 0; i < 5; ++i) {
        const Run run = startConsole(stack.state(), false);
        first.append(run.firstMs);
        all.append(run.allMs);
    }
    const Run memory = startConsole(stack.state(), true);
    postThousandAlerts(stack.state());
    const Run withAlerts = startConsole(stack.state(), true);
    std::sort(first.begin(), first.end());
    std::sort(all.begin(), all.end());
    bench::report("exec to first panel painted with data",
        QStringLiteral("%1 ms median of 5 (min %2, max %3)")
            .arg(first[2], 0, 'f', 0)
            .arg(first.first(), 0, 'f', 0)
            .arg(first.last(), 0, 'f', 0));
    bench::report(
        "exec to every panel of every dashboard", QStringLiteral("%1 ms median of 5").arg(all[2], 0, 'f', 0));
    bench::report("PSS, every dashboard open, after 35 s",
        QStringLiteral("%1 MiB").arg(memory.pssKiB / 1024.0, 0, 'f', 1));
    bench::report("PSS, same, polling 1,000 alerts every 10 s",
        QStringLiteral("%1 MiB").arg(withAlerts.pssKiB / 1024.0, 0, 'f', 1));

    bench::stopDemoStack(stack);
    return first[2] > 0 ? 0 : 1;
}

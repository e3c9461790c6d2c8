// SPDX-License-Identifier: GPL-3.0-or-later
// The NOC wall runs for days: this runs pivori-console --noc (offscreen) against the demo
// stack at a 1 s refresh, rotating every 5 s, and samples its resident memory every minute.
//
//   bench_nocsoak [--minutes 120] [--history-minutes 60] [--sample-seconds 60] [--outage-every MINUTES]
//
// A wall on a real stack meets a Prometheus that already holds hours of data, so its
// dashboards' one-hour windows are full from the first refresh. The demo stack starts empty:
// --history-minutes lets it gather that much history before the console starts (0 skips it,
// and then the windows fill during the console's first hour and its memory follows them).
//
// With --outage-every, the stack's Prometheus is stopped for a minute at that interval and
// started again, so the banners, stale badges and reconnection run through the soak too.
//
// Prints one line per sample (minute of the console's life, RSS, PSS, CPU used) and the
// growth: from the sample at minute 5 (start-up done) to the end, and over the last half.
#include "benchstack.h"
#include "benchutil.h"
#include "stacklauncher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace pivori;

namespace {

struct Sample
{
    double minute = 0;
    qint64 rssKiB = 0;
    qint64 pssKiB = 0;
    double cpuSeconds = 0;
};

/// utime + stime of a process, in seconds, from /proc/PID/stat.
double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields[11].toDouble() + fields[12].toDouble()) / double(sysconf(_SC_CLK_TCK));
}

const Sample *sampleAt(const QList<Sample> &samples, double minute)
{
    for (const Sample &sample : samples)
        if (sample.minute >= minute)
            return &sample;
    return samples.isEmpty() ? nullptr : &samples.last();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int minutes = std::max(1, bench::intOption(args, QStringLiteral("--minutes"), 120));
    const int sampleSeconds = std::max(1, bench::intOption(args, QStringLiteral("--sample-seconds"), 60));
    const int outageEvery = std::max(0, bench::intOption(args, QStringLiteral("--outage-every"), 0));
    const int historyMinutes = std::max(0, bench::intOption(args, QStringLiteral("--history-minutes"), 60));

    const auto stack = bench::startSoakStack();
    if (!stack)
        return 1;
    if (historyMinutes > 0) {
        std::printf(
            "soak: the stack gathers %d minutes of history before the console starts\n", historyMinutes);
        std::fflush(stdout);
        bench::spin(historyMinutes * 60'000);
    }

    QTemporaryDir home; // fresh settings and ack journal, nothing of the user's
    QFile config(home.filePath(QStringLiteral("soak.yaml")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write(
        QStringLiteral("version: 1\nprometheus:\n  - name: demo\n    url: %1\nnoc:\n  rotate_every: 5s\n")
            .arg(stack->state().prometheus.toString())
            .toUtf8());
    config.close();
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    console.setProcessEnvironment(env);
    // A soak is long and may be interrupted: the console must not outlive this program.
    console.setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // Qt's offscreen platform notes every full-screen page change on stderr; keep it aside
    // and show its end only if the console dies.
    const QString errors = home.filePath(QStringLiteral("console-stderr.log"));
    console.setStandardErrorFile(errors);
    QStringList consoleArgs { QStringLiteral("--noc"), QStringLiteral("--refresh"), QStringLiteral("1s"),
        QStringLiteral("--config"), config.fileName() };
    for (const QUrl &replica : stack->state().alertmanagers)
        consoleArgs << QStringLiteral("--alertmanager") << replica.toString();
    console.start(QStringLiteral(PIVORI_CONSOLE_BIN), consoleArgs);
    if (!console.waitForStarted(10000)) {
        std::fprintf(stderr, "the console did not start\n");
        bench::stopDemoStack(*stack);
        return 1;
    }
    const qint64 pid = console.processId();
    std::printf("soak: %d minutes, pid %lld, sample every %d s, Prometheus outage every %d min (0 = "
                "none)\n%8s %10s %10s %10s\n",
        minutes, pid, sampleSeconds, outageEvery, "minute", "RSS MiB", "PSS MiB", "CPU s");
    QList<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    int next = 0;
    int outages = 0;
    bool prometheusDown = false;
    while (clock.elapsed() < qint64(minutes) * 60'000 && console.state() == QProcess::Running) {
        if (outageEvery > 0) {
            const qint64 intoCycle = clock.elapsed() % (qint64(outageEvery) * 60'000);
            const bool wantDown = clock.elapsed() >= qint64(outageEvery) * 60'000 && intoCycle < 60'000;
            if (wantDown && !prometheusDown) {
                prometheusDown = stack->stopServer(QStringLiteral("prometheus"));
                outages += prometheusDown;
            } else if (!wantDown && prometheusDown) {
                prometheusDown = !stack->restartServer(QStringLiteral("prometheus"));
            }
        }
        if (clock.elapsed() >= qint64(next) * sampleSeconds * 1000) {
            const Sample sample { clock.elapsed() / 60'000.0, bench::statusKiB(pid, "VmRSS:"),
                bench::pssKiB(pid), cpuSeconds(pid) };
            samples.append(sample);
            std::printf("%8.1f %10.1f %10.1f %10.1f\n", sample.minute, sample.rssKiB / 1024.0,
                sample.pssKiB / 1024.0, sample.cpuSeconds);
            std::fflush(stdout);
            ++next;
        }
        bench::spin(500);
    }
    const bool survived = console.state() == QProcess::Running;
    if (survived) {
        samples.append({ clock.elapsed() / 60'000.0, bench::statusKiB(pid, "VmRSS:"), bench::pssKiB(pid),
            cpuSeconds(pid) });
        console.terminate();
        if (!console.waitForFinished(10000))
            console.kill();
    }
    bench::stopDemoStack(*stack);
    if (!survived || samples.size() < 2) {
        std::fprintf(stderr, "the console exited during the soak (code %d)\n", console.exitCode());
        QFile log(errors);
        if (log.open(QIODevice::ReadOnly))
            std::fprintf(stderr, "%s\n", log.readAll().right(4000).constData());
        return 1;
    }

    const Sample &last = samples.last();
    const auto growth = [&last](const Sample *from) {
        return from && from->rssKiB > 0 ? 100.0 * double(last.rssKiB - from->rssKiB) / double(from->rssKiB)
                                        : 0.0;
    };
    const Sample *warm = sampleAt(samples, std::min(5.0, minutes / 2.0));
    const Sample *half = sampleAt(samples, minutes / 2.0);
    bench::report(
        "RSS at start-up done (minute 5)", QStringLiteral("%1 MiB").arg(warm->rssKiB / 1024.0, 0, 'f', 1));
    bench::report("RSS at the end",
        QStringLiteral("%1 MiB after %2 min")
            .arg(last.rssKiB / 1024.0, 0, 'f', 1)
            .arg(last.minute, 0, 'f', 0));
    bench::report("RSS growth from minute 5", QStringLiteral("%1 %").arg(growth(warm), 0, 'f', 1));
    bench::report("RSS growth over the second half",
        QStringLiteral("%1 % (from minute %2)").arg(growth(half), 0, 'f', 1).arg(half->minute, 0, 'f', 0));
    if (outageEvery > 0)
        bench::report(
            "Prometheus outages during the run", QStringLiteral("%1 of one minute each").arg(outages));
    bench::report("CPU used by the console",
        QStringLiteral("%1 % of a core").arg(100.0 * last.cpuSeconds / (last.minute * 60.0), 0, 'f', 1));
    return 0;
}

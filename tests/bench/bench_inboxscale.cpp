// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox against a real Alertmanager holding 1,000 / 10,000 / 100,000 alerts (filled by
// `pivori-simulator alerts`), with the view on screen (offscreen platform): for each size,
// the answer's size, a poll's wall time, its CPU (all threads and the GUI thread alone: the
// JSON is parsed on a pool thread), applying it to the model, memory per alert, a filter
// keystroke, a regroup, and the longest GUI-thread stall of each step (StallMonitor).
//
//   build/tests/bench/bench_inboxscale [--sizes 1000,10000,100000] [--distinct-percent 10]
//       [--alertmanager URL] [--polls-only]
// --polls-only stops after the steady-state polls (to profile them, e.g. under `perf record`).
// --alertmanager measures an Alertmanager already filled (one size, the count it holds): filling
// 100,000 alerts takes many minutes on a loaded host, so one fill can serve several runs.
#include "alertfilterproxy.h"
#include "alertinboxmodel.h"
#include "alertinboxview.h"
#include "alertmanagerclient.h"
#include "alertmanagerprocess.h"
#include "alertpoller.h"
#include "benchutil.h"
#include "networktransport.h"
#include "stallmonitor.h"

#include <QApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QThread>

#include <ctime>

using namespace pivori;
using namespace pivori::testutils;

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

qint64 answerBytes(const QUrl &base)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v2/alerts"));
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 size = reply->readAll().size();
    reply->deleteLater();
    return size;
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

QString stallText(const StallMonitor &monitor)
{
    return QStringLiteral("%1 CPU / %2 wall").arg(ms(monitor.maxBusyMs()), ms(monitor.maxStallMs()));
}

void runSize(int count, int distinctPercent, const QUrl &filled, bool pollsOnly)
{
    AlertmanagerProcess alertmanager;
    QString error;
    if (filled.isEmpty() && !alertmanager.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const QUrl alertmanagerUrl = filled.isEmpty() ? alertmanager.url() : filled;
    const int distinct = count * distinctPercent / 100;
    QElapsedTimer fill;
    fill.start();
    QProcess generator;
    if (filled.isEmpty()) {
        generator.start(QStringLiteral(PIVORI_SIMULATOR_BIN),
            { QStringLiteral("alerts"), QStringLiteral("--alertmanager"), alertmanager.url().toString(),
                QStringLiteral("--count"), QString::number(count), QStringLiteral("--distinct-names"),
                QString::number(distinct), QStringLiteral("--ends-in"), QStringLiteral("7200"),
                QStringLiteral("--once") });
        if (!generator.waitForFinished(900000) || generator.exitCode() != 0) {
            std::fprintf(stderr, "the generator failed: %s\n", generator.readAllStandardError().constData());
            return;
        }
    }
    const double fillS = fill.nsecsElapsed() / 1e9;

    QNetworkAccessManager nam;
    NetworkTransport transport(&nam);
    Endpoint endpoint;
    endpoint.url = alertmanagerUrl;
    endpoint.timeoutMs = 600000;
    // 100,000 alerts answer about 100 MB: within an Alertmanager's default max_answer_size.
    endpoint.maxAnswerBytes = Endpoint::kDefaultAlertmanagerMaxAnswerBytes;
    AlertmanagerClient client(&transport, QStringLiteral("prod"), { endpoint });

    const qint64 pssBefore = bench::pssKiB();
    AlertInboxModel model;
    AlertFilterProxy proxy;
    proxy.setSourceModel(&model);
    AlertInboxView view;
    view.setModel(&proxy);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();
    AlertPoller poller;
    poller.setClients({ &client });
    StallMonitor monitor;
    monitor.start();

    bool done = false;
    QObject::connect(&poller, &AlertPoller::roundFinished, [&] { done = true; });
    struct Poll
    {
        double wallMs, cpuMs, guiCpuMs, stallMs, busyMs;
    };
    auto poll = [&]() -> Poll {
        done = false;
        monitor.reset();
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = bench::cpuTimeMs();
        const double gui0 = threadCpuMs();
        poller.pollNow();
        while (!done || model.pendingCount() > 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents();
        return { wall.nsecsElapsed() / 1e6, bench::cpuTimeMs() - cpu0, threadCpuMs() - gui0,
            monitor.maxStallMs(), monitor.maxBusyMs() };
    };

    // The first poll without the model (fetch and parse only), then the first load into it.
    std::fprintf(stderr, "phase: first poll\n");
    const Poll fetchOnly = poll();
    poller.setModel(nullptr);
    monitor.reset();
    QElapsedTimer load;
    load.start();
    const double loadGui0 = threadCpuMs();
    std::fprintf(stderr, "phase: first load\n");
    poller.setModel(&model);
    // Until the last slice is in: a large load is sorted on a pool thread, then sliced.
    auto settle = [&model] {
        do
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        while (model.pendingCount() > 0);
        QCoreApplication::processEvents();
    };
    settle();
    const double loadMs = load.nsecsElapsed() / 1e6;
    const double loadGuiMs = threadCpuMs() - loadGui0;
    const QString loadStall = stallText(monitor);
    // PIVORI_BENCH_SCREENSHOT=dir: a picture of the view after the first load, to look at.
    if (const QString dir = qEnvironmentVariable("PIVORI_BENCH_SCREENSHOT"); !dir.isEmpty()) {
        view.grab().save(QStringLiteral("%1/inbox-%2.png").arg(dir).arg(count));
        if (view.startsCollapsed()) { // and with one group opened, as an operator would
            view.expand(proxy.index(1, 0));
            QCoreApplication::processEvents();
            view.grab().save(QStringLiteral("%1/inbox-%2-opened.png").arg(dir).arg(count));
        }
    }
    const qint64 pssAfter = bench::pssKiB();

    std::fprintf(stderr, "phase: polls\n");
    QList<double> wall, cpu, gui, stall, busy;
    for (int i = 0; i < 5; ++i) {
        const Poll p = poll();
        wall.append(p.wallMs);
        cpu.append(p.cpuMs);
        gui.append(p.guiCpuMs);
        stall.append(p.stallMs);
        busy.append(p.busyMs);
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };

    if (pollsOnly) {
        bench::report("poll, steady state (median of 5)",
            QStringLiteral("%1 wall, %2 CPU, %3 GUI CPU, longest work %4 CPU / %5 wall")
                .arg(
                    ms(median(wall)), ms(median(cpu)), ms(median(gui)), ms(median(busy)), ms(median(stall))));
        std::fflush(stdout);
        return;
    }

    // A filter typed one key at a time; each key followed by the view's update.
    std::fprintf(stderr, "phase: keystrokes\n");
    const QString typed = QStringLiteral("service=~\"pay.*\" kubepod");
    QList<double> keys;
    monitor.reset();
    for (int n = 1; n <= typed.size(); ++n) {
        QElapsedTimer timer;
        timer.start();
        proxy.setFilterLine(typed.left(n));
        // A large inbox filters on a pool thread: until the rows show this key's filter.
        while (proxy.isFilterPending())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents();
        keys.append(timer.nsecsElapsed() / 1e6);
    }
    proxy.setFilterLine(QString());
    while (proxy.isFilterPending())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    const QString keyStall = stallText(monitor);

    std::fprintf(stderr, "phase: regroup\n");
    monitor.reset();
    QElapsedTimer regroup;
    regroup.start();
    model.setGroupBy(AlertInboxModel::GroupBy::Severity);
    settle();
    model.setGroupBy(AlertInboxModel::GroupBy::Alertname);
    settle();
    const double regroupMs = regroup.nsecsElapsed() / 1e6 / 2;
    const QString regroupStall = stallText(monitor);

    bench::report("alerts (distinct alertnames)",
        QStringLiteral("%1 (%2), %3 groups, %4")
            .arg(model.alertCount())
            .arg(distinct)
            .arg(model.rowCount())
            .arg(view.startsCollapsed() ? QStringLiteral("collapsed") : QStringLiteral("expanded")));
    bench::report("Alertmanager answer",
        QStringLiteral("%1 MB, filled in %2 s")
            .arg(answerBytes(alertmanagerUrl) / 1e6, 0, 'f', 1)
            .arg(fillS, 0, 'f', 1));
    bench::report("first poll, fetch + parse (no model)",
        QStringLiteral("%1 wall, %2 CPU, %3 of it on the GUI thread, longest work %4 CPU / %5 wall")
            .arg(ms(fetchOnly.wallMs), ms(fetchOnly.cpuMs), ms(fetchOnly.guiCpuMs), ms(fetchOnly.busyMs),
                ms(fetchOnly.stallMs)));
    bench::report("first load into model and view",
        QStringLiteral("%1 wall, %2 GUI CPU, longest work %3").arg(ms(loadMs), ms(loadGuiMs), loadStall));
    bench::report("poll, steady state (median of 5)",
        QStringLiteral("%1 wall, %2 CPU, %3 GUI CPU, longest work %4 CPU / %5 wall (worst %6 / %7)")
            .arg(ms(median(wall)), ms(median(cpu)), ms(median(gui)), ms(median(busy)), ms(median(stall)),
                ms(*std::max_element(busy.cbegin(), busy.cend())),
                ms(*std::max_element(stall.cbegin(), stall.cend()))));
    std::sort(keys.begin(), keys.end());
    bench::report("filter keystroke",
        QStringLiteral("%1 median, %2 worst of %3, longest work %4")
            .arg(ms(keys[keys.size() / 2]), ms(keys.last()))
            .arg(keys.size())
            .arg(keyStall));
    bench::report("regroup (by severity, and back; per regroup)",
        QStringLiteral("%1, longest work %2").arg(ms(regroupMs), regroupStall));
    bench::report("memory per alert (model, proxy, view)",
        QStringLiteral("%1 KiB").arg(double(pssAfter - pssBefore) / std::max(1, count), 0, 'f', 2));
    std::fflush(stdout);
}

/// With PIVORI_BENCH_SLOW_EVENTS=MS set, names every event the GUI thread spent more than MS
/// of CPU on (outermost only: an event sent from inside another counts in that one), to find
/// which piece of a step holds the thread.
class SlowEventTracer final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_thresholdMs <= 0 || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const QByteArray what
            = QByteArray(receiver->metaObject()->className()) + ' ' + QByteArray::number(int(event->type()));
        const double before = threadCpuMs();
        const bool result = QApplication::notify(receiver, event);
        const double spent = threadCpuMs() - before;
        --m_depth;
        if (spent > m_thresholdMs)
            std::fprintf(stderr, "slow event: %.1f ms CPU, %s\n", spent, what.constData());
        return result;
    }

private:
    int m_depth = 0;
    double m_thresholdMs = qEnvironmentVariableIntValue("PIVORI_BENCH_SLOW_EVENTS");
};

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    SlowEventTracer app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QStringList sizes
        = QStringList { QStringLiteral("1000"), QStringLiteral("10000"), QStringLiteral("100000") };
    const qsizetype at = args.indexOf(QStringLiteral("--sizes"));
    if (at >= 0 && at + 1 < args.size())
        sizes = args[at + 1].split(u',');
    const int distinctPercent = bench::intOption(args, QStringLiteral("--distinct-percent"), 10);
    const qsizetype urlAt = args.indexOf(QStringLiteral("--alertmanager"));
    const QUrl filled = urlAt >= 0 && urlAt + 1 < args.size() ? QUrl(args[urlAt + 1]) : QUrl();
    for (const QString &size : std::as_const(sizes)) {
        std::printf("--- %s alerts ---\n", qPrintable(size));
        runSize(size.toInt(), distinctPercent, filled, args.contains(QStringLiteral("--polls-only")));
    }
    return 0;
}

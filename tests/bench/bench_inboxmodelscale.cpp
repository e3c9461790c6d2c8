// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox's model and filter proxy at 1,000 / 10,000 / 100,000 alerts without Alertmanager
// and without a view: the GUI thread's side of the inbox, at sizes a loaded 2-core host cannot
// make a real Alertmanager serve (filling it with 100,000 alerts took 9 to 27 minutes, and its
// GET /api/v2/alerts did not answer within 10 minutes). Alerts are made in process with the
// label variety of `pivori-simulator alerts` (one alertname per 10 alerts). For each size: the
// first load, a poll with 1 % changed, 1 % gone and 1 % new, a filter keystroke, a regroup by
// severity and back, memory per alert, and for each the longest GUI-thread work at once (CPU)
// and stall (wall) from the StallMonitor the tests use.
//
//   build/tests/bench/bench_inboxmodelscale [--sizes 1000,10000,100000] [--map-all]
#include "alertfilterproxy.h"
#include "alertinboxmodel.h"
#include "benchutil.h"
#include "stallmonitor.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace pivori;
using namespace pivori::testutils;

namespace {

InboxAlert makeAlert(int i, int round)
{
    static const QStringList severities { QStringLiteral("critical"), QStringLiteral("warning"),
        QStringLiteral("warning"), QStringLiteral("info") };
    InboxAlert a;
    a.cluster = QStringLiteral("prod");
    a.alert.fingerprint = QString::number(quint64(i) * 2654435761U, 16);
    const QString name = QStringLiteral("Rule%1").arg(i / 10);
    const QString service = QStringLiteral("svc-%1").arg(i % 1500);
    const QString pod = QStringLiteral("%1-%2").arg(service).arg(i, 0, 36);
    a.alert.labels = { { QStringLiteral("alertname"), name },
        { QStringLiteral("severity"), severities[i % 4] }, { QStringLiteral("service"), service },
        { QStringLiteral("pod"), pod }, { QStringLiteral("namespace"), QStringLiteral("ns-%1").arg(i % 12) },
        { QStringLiteral("instance"), QStringLiteral("10.0.%1.%2:8080").arg((i >> 8) & 255).arg(i & 255) },
        { QStringLiteral("team"), QStringLiteral("team-%1").arg(i % 9) } };
    a.alert.annotations = { { QStringLiteral("summary"), QStringLiteral("%1 on %2").arg(name, pod) },
        { QStringLiteral("description"),
            QStringLiteral("%1 has fired for pod %2 of service %3; round %4.")
                .arg(name, pod, service)
                .arg(round) } };
    a.alert.receivers = { QStringLiteral("slack-warnings") };
    a.alert.startsAt = QDateTime(QDate(2026, 12, 7), QTime(5, 0), Qt::UTC).addSecs(-i);
    a.alert.state = Alert::State::Active;
    return a;
}

QString ms(double value)
{
    return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

// Runs the event loop until the model holds @p count alerts; the wall time and the monitor's
// longest work at once.
QString settle(AlertInboxModel &model, int count, StallMonitor &monitor, const QElapsedTimer &since)
{
    while (model.alertCount() != count || model.pendingCount() > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    return QStringLiteral("%1 wall, longest work %2 CPU / %3 wall")
        .arg(ms(since.nsecsElapsed() / 1e6), ms(monitor.maxBusyMs()), ms(monitor.maxStallMs()));
}

void runSize(int count)
{
    QList<InboxAlert> alerts;
    alerts.reserve(count);
    for (int i = 0; i < count; ++i)
        alerts.append(makeAlert(i, 0));
    // The next poll: 1 % changed (description), 1 % resolved, 1 % new.
    QList<InboxAlert> next;
    next.reserve(count);
    const int step = 100;
    for (int i = 0; i < count; ++i) {
        if (i % step == 1)
            continue;
        next.append(i % step == 0 ? makeAlert(i, 1) : alerts[i]);
    }
    for (int i = 0; i < count / step; ++i)
        next.append(makeAlert(count + i, 0));

    const qint64 pssBefore = bench::pssKiB();
    AlertInboxModel model;
    AlertFilterProxy proxy;
    proxy.setSourceModel(&model);
    StallMonitor monitor;
    monitor.start();
    QCoreApplication::processEvents();

    monitor.reset();
    QElapsedTimer timer;
    timer.start();
    model.setAlerts(alerts);
    proxy.rowCount(); // the root mapped, as a view on screen has it
    const QString load = settle(model, count, monitor, timer);
    // What the view does: up to AlertInboxView's kExpandAllUpTo (5,000) alerts it expands
    // every group, and the proxy maps them all; above, groups start collapsed and only the
    // root is mapped. --map-all maps every group at every size (the view before issue 15).
    monitor.reset();
    timer.start();
    const bool mapAllGroups
        = count <= 5000 || QCoreApplication::arguments().contains(QStringLiteral("--map-all"));
    for (int g = 0; mapAllGroups && g < proxy.rowCount(); ++g)
        proxy.rowCount(proxy.index(g, 0));
    QCoreApplication::processEvents();
    const QString mapAll = QStringLiteral("%1, longest work %2 CPU")
                               .arg(ms(timer.nsecsElapsed() / 1e6), ms(monitor.maxBusyMs()));
    const qint64 pssAfter = bench::pssKiB();

    monitor.reset();
    timer.start();
    model.setAlerts(next);
    const QString poll = settle(model, int(next.size()), monitor, timer);

    const QString typed = QStringLiteral("service=~\"svc-1.*\" rule12");
    QList<double> keys;
    monitor.reset();
    for (int n = 1; n <= typed.size(); ++n) {
        QElapsedTimer key;
        key.start();
        proxy.setFilterLine(typed.left(n));
        // A large inbox filters on a pool thread: until the rows show this key's filter.
        while (proxy.isFilterPending())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::processEvents();
        keys.append(key.nsecsElapsed() / 1e6);
    }
    proxy.setFilterLine(QString());
    while (proxy.isFilterPending())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents();
    const QString keyStall
        = QStringLiteral("%1 CPU / %2 wall").arg(ms(monitor.maxBusyMs()), ms(monitor.maxStallMs()));
    std::sort(keys.begin(), keys.end());

    monitor.reset();
    timer.start();
    model.setGroupBy(AlertInboxModel::GroupBy::Severity);
    settle(model, int(next.size()), monitor, timer);
    model.setGroupBy(AlertInboxModel::GroupBy::Alertname);
    const QString regroup = settle(model, int(next.size()), monitor, timer);

    bench::report("alerts, groups", QStringLiteral("%1, %2").arg(model.alertCount()).arg(model.rowCount()));
    bench::report("first load (model + proxy)", load);
    bench::report(mapAllGroups ? "proxy maps every group (a view's expandAll)"
                               : "groups collapsed: proxy maps the root only",
        mapAll);
    bench::report("poll: 1 % changed, 1 % gone, 1 % new", poll);
    bench::report("filter keystroke (median, worst of 24)",
        QStringLiteral("%1, %2, longest work %3").arg(ms(keys[keys.size() / 2]), ms(keys.last()), keyStall));
    bench::report("regroup by severity and back (both)", regroup);
    bench::report("memory per alert (PSS growth / alerts, model + proxy)",
        QStringLiteral("%1 KiB").arg(double(pssAfter - pssBefore) / std::max(1, count), 0, 'f', 2));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QStringList sizes { QStringLiteral("1000"), QStringLiteral("10000"), QStringLiteral("100000") };
    const qsizetype at = args.indexOf(QStringLiteral("--sizes"));
    if (at >= 0 && at + 1 < args.size())
        sizes = args[at + 1].split(u',');
    for (const QString &size : std::as_const(sizes)) {
        std::printf("--- %s alerts ---\n", qPrintable(size));
        runSize(size.toInt());
    }
    return 0;
}

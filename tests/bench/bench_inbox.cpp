// SPDX-License-Identifier: GPL-3.0-or-later
// The alert inbox at scale. In memory, 10,000 alerts: applying a poll to the model, a filter
// keystroke to the updated view, memory per alert. On the real HA pair, 1,000 alerts: the
// CPU one poll costs (both replicas read, merged, diffed into the model).
#include "alertfilterproxy.h"
#include "alertinboxmodel.h"
#include "alertmanagerclient.h"
#include "alertpoller.h"
#include "benchstack.h"
#include "benchutil.h"
#include "networktransport.h"
#include "stacklauncher.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QTreeView>

using namespace pivori;

namespace {

const QStringList kServices { QStringLiteral("trading"), QStringLiteral("market-data"),
    QStringLiteral("geolocation"), QStringLiteral("risk"), QStringLiteral("payments"),
    QStringLiteral("auth") };
const QStringList kNames { QStringLiteral("HighP95Latency"), QStringLiteral("HighErrorRate"),
    QStringLiteral("HighMemoryUsage"), QStringLiteral("PodCrashLooping"), QStringLiteral("ServiceDown") };

InboxAlert makeAlert(int i, int generation)
{
    InboxAlert a;
    a.cluster = QStringLiteral("production");
    a.alert.fingerprint = QStringLiteral("%1").arg(i, 16, 16, QLatin1Char('0'));
    a.alert.labels = { { QStringLiteral("alertname"), kNames[i % kNames.size()] },
        { QStringLiteral("severity"), i % 7 == 0 ? QStringLiteral("critical") : QStringLiteral("warning") },
        { QStringLiteral("service"), kServices[i % kServices.size()] },
        { QStringLiteral("pod"), QStringLiteral("pod-%1").arg(i) } };
    a.alert.annotations
        = { { QStringLiteral("summary"), QStringLiteral("alert %1, seen %2 times").arg(i).arg(generation) } };
    a.alert.receivers = { QStringLiteral("slack-warnings") };
    a.alert.startsAt = QDateTime::fromSecsSinceEpoch(1795600000 + i, Qt::UTC);
    a.alert.updatedAt = QDateTime::fromSecsSinceEpoch(1795600000 + generation, Qt::UTC);
    a.alert.endsAt = a.alert.updatedAt.addSecs(300);
    a.alert.state = Alert::State::Active;
    return a;
}

void inMemory()
{
    const int count = 10000;
    QList<InboxAlert> first;
    for (int i = 0; i < count; ++i)
        first.append(makeAlert(i, 0));

    const qint64 pssBefore = bench::pssKiB();
    AlertInboxModel model;
    AlertFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setModel(&proxy);
    view.resize(1400, 900);
    view.show();
    QElapsedTimer load;
    load.start();
    model.setAlerts(first);
    QCoreApplication::processEvents();
    const double loadMs = load.nsecsElapsed() / 1e6;
    view.expandAll();
    QCoreApplication::processEvents();
    const qint64 pssAfter = bench::pssKiB();

    // A poll in steady state: 1 % of the alerts changed, 50 resolved, 50 new.
    int generation = 0;
    const bench::Stats poll = bench::measure(10, [&] {
        ++generation;
        QList<InboxAlert> next = first;
        for (int i = 0; i < 100; ++i)
            next[i * 97 % count] = makeAlert(i * 97 % count, generation);
        next.remove(0, 50);
        for (int i = 0; i < 50; ++i)
            next.append(makeAlert(count + generation * 50 + i, generation));
        model.setAlerts(next);
        QCoreApplication::processEvents();
    });

    // Typing a filter, one keystroke at a time, each followed by the view's update.
    const QString typed = QStringLiteral("service=~\"trad.*\" timeout");
    QList<double> keystrokes;
    for (int n = 1; n <= typed.size(); ++n) {
        QElapsedTimer timer;
        timer.start();
        proxy.setFilterLine(typed.left(n));
        QCoreApplication::processEvents();
        keystrokes.append(timer.nsecsElapsed() / 1e6);
        if (qEnvironmentVariableIsSet("PIVORI_BENCH_VERBOSE"))
            std::printf("  %-28s %6.1f ms\n", qPrintable(typed.left(n)), keystrokes.last());
    }
    std::sort(keystrokes.begin(), keystrokes.end());

    bench::report("alerts in the inbox", QString::number(count));
    bench::report("first load into model and view", QStringLiteral("%1 ms").arg(loadMs, 0, 'f', 1));
    bench::report("apply a poll (1 % changed, 50 gone, 50 new)",
        QStringLiteral("%1 ms median of 10 (max %2)")
            .arg(poll.medianMs, 0, 'f', 1)
            .arg(poll.maxMs, 0, 'f', 1));
    bench::report("filter keystroke to updated view",
        QStringLiteral("%1 ms median, %2 ms worst of %3 keystrokes")
            .arg(keystrokes[keystrokes.size() / 2], 0, 'f', 1)
            .arg(keystrokes.last(), 0, 'f', 1)
            .arg(keystrokes.size()));
    bench::report("memory per alert (model, proxy, view)",
        QStringLiteral("%1 KiB").arg(double(pssAfter - pssBefore) / count, 0, 'f', 2));
}

/// Sends `count` alerts straight to a replica, as Prometheus would, 100 per request.
void postAlerts(QNetworkAccessManager &nam, const QUrl &replica, int count)
{
    for (int start = 0; start < count; start += 100) {
        QJsonArray batch;
        for (int i = start; i < std::min(count, start + 100); ++i) {
            const InboxAlert a = makeAlert(i, 0);
            QJsonObject labels;
            for (auto it = a.alert.labels.cbegin(); it != a.alert.labels.cend(); ++it)
                labels.insert(it.key(), it.value());
            batch.append(QJsonObject { { QStringLiteral("labels"), labels },
                { QStringLiteral("annotations"), QJsonObject { { QStringLiteral("summary"), a.summary() } } },
                { QStringLiteral("endsAt"),
                    QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs) } });
        }
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

int onTheHaPair()
{
    const auto stackOwner = bench::startDemoStack();
    if (!stackOwner)
        return 1;
    StackLauncher &stack = *stackOwner;

    QNetworkAccessManager nam;
    for (const QUrl &replica : stack.state().alertmanagers)
        postAlerts(nam, replica, 1000);

    NetworkTransport transport(&nam);
    QList<Endpoint> replicas;
    for (const QUrl &url : stack.state().alertmanagers) {
        Endpoint e;
        e.url = url;
        replicas.append(e);
    }
    AlertmanagerClient client(&transport, QStringLiteral("production"), replicas);
    AlertInboxModel model;
    AlertPoller poller;
    poller.setClients({ &client });
    poller.setModel(&model);
    bool done = false;
    QObject::connect(&poller, &AlertPoller::roundFinished, [&] { done = true; });
    auto round = [&] {
        done = false;
        poller.pollNow();
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    round(); // warm-up, and the first full load
    const int rounds = 10;
    const double cpuBefore = bench::cpuTimeMs();
    for (int i = 0; i < rounds; ++i)
        round();
    const double cpuPerPoll = (bench::cpuTimeMs() - cpuBefore) / rounds;
    bench::report("alerts on the HA pair (both replicas)", QString::number(model.alertCount()));
    bench::report(
        "CPU per poll (2 replicas, merge, model)", QStringLiteral("%1 ms").arg(cpuPerPoll, 0, 'f', 1));

    bench::stopDemoStack(stack);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    inMemory();
    return onTheHaPair();
}

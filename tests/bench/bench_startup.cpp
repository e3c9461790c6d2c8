// SPDX-License-Identifier: GPL-3.0-or-later
// Time from exec of pivori-console to the first panel painted with data (and to every
// panel of every dashboard), and the console's memory (PSS) with every dashboard open,
// against the demo stack. Starts its own stack on loopback and stops it.
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

// SPDX-License-Identifier: GPL-3.0-or-later
// The stack launcher starts real servers and leaves none behind: not on a clean stop,
// not when its owner is killed outright, and it says clearly when a binary is missing.
#include "stackfixture.h"
#include "stacklauncher.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <cerrno>
#include <csignal>

using namespace pivori;
using namespace pivori::testing;

namespace {

bool alive(qint64 pid)
{
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool noneAlive(const QList<qint64> &pids)
{
    return std::none_of(pids.begin(), pids.end(), alive);
}

} // namespace

class TestStackLauncher final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Starts `stack run` as a child and waits until it wrote its state (servers ready).
    StackState startStack(QProcess &process, const QString &stateFile, const QStringList &extra = {})
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(PIVORI_CONSOLE_BIN),
            QStringList { QStringLiteral("stack"), QStringLiteral("run"), QStringLiteral("--state-file"),
                stateFile, QStringLiteral("--time-scale"), QStringLiteral("60"),
                QStringLiteral("--max-lifetime"), QStringLiteral("5m") }
                + extra);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                QFileInfo::exists(stateFile) || process.state() == QProcess::NotRunning, 120000);
        }();
        auto state = StackState::readFile(stateFile);
        if (!state)
            qWarning("stack output: %s", process.readAll().constData());
        return state ? state.value() : StackState {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void startsEveryServerReady()
    {
        QProcess process;
        const QString stateFile = m_dir.filePath(QStringLiteral("ready.json"));
        const StackState state = startStack(process, stateFile);
        QCOMPARE(state.serverPids.size(), 4);
        QCOMPARE(state.alertmanagers.size(), 2);

        // Both replicas see each other: a real HA cluster, not two lone servers.
        for (const QUrl &replica : state.alertmanagers) {
            QUrl url = replica;
            url.setPath(QStringLiteral("/api/v2/status"));
            const QJsonObject cluster = getJson(url).object().value(QLatin1String("cluster")).toObject();
            QCOMPARE(cluster.value(QLatin1String("status")).toString(), QStringLiteral("ready"));
            QCOMPARE(cluster.value(QLatin1String("peers")).toArray().size(), 2);
        }
        QUrl ready = state.prometheus;
        ready.setPath(QStringLiteral("/-/ready"));
        QCOMPARE(httpRequest("GET", ready).status, 200);

        // A clean stop (SIGTERM) ends every server and removes the state file.
        process.terminate();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(noneAlive(state.serverPids), 15000);
        QVERIFY(!QFileInfo::exists(stateFile));
    }

    void killedOwnerLeavesNoServerBehind()
    {
        QProcess process;
        const QString stateFile = m_dir.filePath(QStringLiteral("killed.json"));
        const StackState state = startStack(process, stateFile);
        QCOMPARE(state.serverPids.size(), 4);
        for (qint64 pid : state.serverPids)
            QVERIFY(alive(pid));

        process.kill(); // SIGKILL: no handler runs, only the kernel's parent-death signal
        QVERIFY(process.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(noneAlive(state.serverPids), 20000);
    }

    void demoOpensTheConsoleAndCleansUp()
    {
        // The README's first command ends in `pivori-console demo`: it must bring the stack
        // up, open the window (offscreen here), and on close stop the servers and remove
        // their temporary directory.
        const CommandRun run = runConsole({ QStringLiteral("demo"), QStringLiteral("--quit-after"),
                                              QStringLiteral("1s"), QStringLiteral("--no-scenarios") },
            150000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("demo: Prometheus http://127.0.0.1:"), run.out.constData());
        const QByteArray marker = "starting the demo stack in ";
        const qsizetype at = run.out.indexOf(marker);
        QVERIFY(at >= 0);
        const QString dir = QString::fromUtf8(run.out.mid(at + marker.size()).split('\n').first());
        QVERIFY(dir.contains(QStringLiteral("pivori-stack-")));
        QVERIFY2(!QFileInfo::exists(dir), qPrintable(dir));
    }

    void startsAgainWhenAPortIsTakenBeforeTheServerBinds()
    {
        // Another program takes a port between our pick and the server's bind: here the test
        // holds the port it hands out as the first replica's gossip port (TCP and UDP).
        const quint16 heldPort = pickFreeLoopbackPort(true);
        QTcpServer heldTcp;
        QUdpSocket heldUdp;
        QVERIFY(heldTcp.listen(QHostAddress::LocalHost, heldPort));
        QVERIFY(heldUdp.bind(QHostAddress::LocalHost, heldPort));

        StackOptions options;
        options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
        options.timeScale = 60;
        int picks = 0;
        options.pickPort = [&picks, heldPort](bool udpToo, const QSet<quint16> &taken) {
            ++picks;
            return udpToo && picks == 5 ? heldPort : pickFreeLoopbackPort(udpToo, taken);
        };
        StackLauncher stack(options);
        QSignalSpy ready(&stack, &StackLauncher::ready);
        QSignalSpy failed(&stack, &StackLauncher::failed);
        QSignalSpy progress(&stack, &StackLauncher::progress);
        stack.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        bool toldWhy = false;
        for (const QList<QVariant> &message : progress)
            toldWhy
                |= message.first().toString().contains(QStringLiteral("alertmanager-1 found its port taken"));
        QVERIFY(toldWhy);
        QVERIFY(picks > 6); // a second set of ports was drawn
        for (const QUrl &replica : stack.state().alertmanagers) {
            QUrl url = replica;
            url.setPath(QStringLiteral("/api/v2/status"));
            const QJsonObject cluster = getJson(url).object().value(QLatin1String("cluster")).toObject();
            QCOMPARE(cluster.value(QLatin1String("peers")).toArray().size(), 2);
        }

        const QList<qint64> pids = stack.state().serverPids;
        QCOMPARE(pids.size(), 4);
        QSignalSpy stopped(&stack, &StackLauncher::stopped);
        stack.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
        QVERIFY(noneAlive(pids));
    }

    void aDeadReplicaIsReportedAndRestartedWhileTheOthersStayUp()
    {
        // Killing one Alertmanager replica is how the HA cluster is shown: the rest of the
        // stack must not go down with it, and the replica comes back by itself, a bounded
        // number of times with growing delays.
        StackOptions options;
        options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
        options.timeScale = 60;
        options.restartDelayMs = 1000;
        options.maxRestarts = 2;
        StackLauncher stack(options);
        QSignalSpy ready(&stack, &StackLauncher::ready);
        QSignalSpy failed(&stack, &StackLauncher::failed);
        QSignalSpy died(&stack, &StackLauncher::serverDied);
        QSignalSpy scheduled(&stack, &StackLauncher::restartScheduled);
        QSignalSpy restarted(&stack, &StackLauncher::serverRestarted);
        QSignalSpy exhausted(&stack, &StackLauncher::restartsExhausted);
        QSignalSpy stopped(&stack, &StackLauncher::stopped);
        stack.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

        const QString victim = QStringLiteral("alertmanager-1");
        QStringList others = stack.serverNames();
        others.removeOne(victim);
        QCOMPARE(others.size(), 3);
        QList<qint64> otherPids;
        for (const QString &name : std::as_const(others))
            otherPids << stack.serverPid(name);
        const auto othersUntouched = [&] {
            for (qsizetype i = 0; i < others.size(); ++i)
                if (stack.serverPid(others[i]) != otherPids[i] || !alive(otherPids[i]))
                    return false;
            return true;
        };

        const auto killVictim = [&] {
            const qint64 pid = stack.serverPid(victim);
            QVERIFY(pid > 0);
            QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        };
        const qint64 firstPid = stack.serverPid(victim);
        killVictim();
        QTRY_COMPARE_WITH_TIMEOUT(died.size(), 1, 10000);
        QCOMPARE(died[0][0].toString(), victim);
        QVERIFY2(died[0][1].toString().contains(QStringLiteral("alertmanager-1 crashed or was killed")),
            qPrintable(died[0][1].toString()));
        QCOMPARE(scheduled.size(), 1);
        QCOMPARE(scheduled[0][0].toString(), victim);
        QCOMPARE(scheduled[0][1].toInt(), 1000);
        QCOMPARE(scheduled[0][2].toInt(), 1);
        QCOMPARE(scheduled[0][3].toInt(), 2);
        // While it is down the rest of the stack goes on: same processes, the other replica answers.
        QVERIFY(othersUntouched());
        QCOMPARE(httpRequest("GET", apiUrl(stack.state().alertmanagers[1], QStringLiteral("/api/v2/status")))
                     .status,
            200);
        QVERIFY(stopped.isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), 1, 60000);
        QCOMPARE(restarted[0][0].toString(), victim);
        const qint64 secondPid = stack.serverPid(victim);
        QVERIFY(secondPid > 0 && secondPid != firstPid);
        QCOMPARE(stack.state().serverPids.value(2), secondPid); // what `stack down` would wait for
        QTRY_VERIFY_WITH_TIMEOUT(clusterReady(stack.state().alertmanagers[0]), 30000);
        QVERIFY(othersUntouched());

        // Again: the delay doubles. A third death is one too many: it stays down, the rest stays up.
        killVictim();
        QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 2, 10000);
        QCOMPARE(scheduled[1][1].toInt(), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(restarted.size(), 2, 60000);
        killVictim();
        QTRY_COMPARE_WITH_TIMEOUT(exhausted.size(), 1, 10000);
        QCOMPARE(exhausted[0][0].toString(), victim);
        QVERIFY2(exhausted[0][1].toString().contains(QStringLiteral("stays down")),
            qPrintable(exhausted[0][1].toString()));
        QCOMPARE(scheduled.size(), 2);
        QCOMPARE(stack.serverPid(victim), 0);
        QVERIFY(othersUntouched());
        QVERIFY(failed.isEmpty());

        stack.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
        QVERIFY(noneAlive(otherPids));
    }

    void prometheusStartsWithTheFleetsPast()
    {
        // The demo's first screen shows curves, not a line at the right edge: the fleet's past
        // is in Prometheus's storage before it starts. Ten minutes here, asked for five minutes
        // back right after ready; without the backfill nothing is older than the stack.
        StackOptions options;
        options.simulatorPath = QStringLiteral(PIVORI_SIMULATOR_BIN);
        // The demo's scale: the history has a sample every 15 s, which the rules' scaled rate
        // windows (5m / 10 = 30 s) need two of; at 60 (5 s windows) its past has no alert.
        options.timeScale = 10;
        options.historySeconds = 600;
        options.scenarios = { QStringLiteral("latency-spike") }; // CriticalP99Latency all along
        // An incident that is over: on from 8 to 5 minutes before the start, then off.
        options.historyEpisodes = { QStringLiteral("error-burst:payments@480-300") };
        StackLauncher stack(options);
        // The Alertmanagers need nothing of the past: they run while it is being loaded, and
        // the Prometheus that will read it does not.
        qint64 alertmanagerPid = -1;
        qint64 prometheusPid = -1;
        connect(&stack, &StackLauncher::progress, this, [&](const QString &message) {
            if (alertmanagerPid < 0 && message.contains(QStringLiteral("loading the history"))) {
                alertmanagerPid = stack.serverPid(QStringLiteral("alertmanager-1"));
                prometheusPid = stack.serverPid(QStringLiteral("prometheus"));
            }
        });
        const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
        QSignalSpy ready(&stack, &StackLauncher::ready);
        QSignalSpy failed(&stack, &StackLauncher::failed);
        QSignalSpy progress(&stack, &StackLauncher::progress);
        QSignalSpy serverLines(&stack, &StackLauncher::serverLinesChanged);
        QSignalSpy stopped(&stack, &StackLauncher::stopped);
        stack.start();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        // The start-up dialog's list: every server starting at first, every one ready at the end.
        QVERIFY(serverLines.size() >= 2);
        const QStringList first = serverLines.first().first().toStringList();
        const QStringList last = serverLines.last().first().toStringList();
        QCOMPARE(first.size(), 4);
        QVERIFY2(first.filter(QStringLiteral("is ready")).isEmpty(), qPrintable(first.join(u'\n')));
        QCOMPARE(last.filter(QStringLiteral("is ready")).size(), 4);
        QStringList said;
        for (const QList<QVariant> &arguments : std::as_const(progress))
            said << arguments.first().toString();
        QVERIFY2(!said.join(u'\n').contains(QStringLiteral("without")), qPrintable(said.join(u'\n')));
        QVERIFY2(alertmanagerPid > 0, "the Alertmanagers waited for the history");
        QCOMPARE(prometheusPid, 0);

        QUrl url = apiUrl(stack.state().prometheus, QStringLiteral("/api/v1/query"));
        url.setQuery(QString::fromLatin1(formEncode(
            { { QStringLiteral("query"), QStringLiteral("count(http_requests_total offset 5m)") } })));
        const QJsonDocument answer = getJson(url);
        const QJsonArray result = answer.object()
                                      .value(QLatin1String("data"))
                                      .toObject()
                                      .value(QLatin1String("result"))
                                      .toArray();
        QVERIFY2(!result.isEmpty(), answer.toJson().constData());

        // The past's alerts are in its ALERTS series, as if Prometheus had run all along ...
        const auto query = [&](const QString &expr) {
            QUrl queryUrl = apiUrl(stack.state().prometheus, QStringLiteral("/api/v1/query"));
            queryUrl.setQuery(QString::fromLatin1(formEncode({ { QStringLiteral("query"), expr } })));
            return getJson(queryUrl)
                .object()
                .value(QLatin1String("data"))
                .toObject()
                .value(QLatin1String("result"))
                .toArray();
        };
        const QJsonArray past
            = query(QStringLiteral("count_over_time(ALERTS{alertname=\"CriticalP99Latency\", "
                                   "alertstate=\"firing\", service=\"trading\"}[4m] offset 5m)"));
        QVERIFY2(!past.isEmpty(), "no ALERTS series in the backfilled past");
        QVERIFY2(!query(QStringLiteral("ALERTS_FOR_STATE{alertname=\"Watchdog\"} offset 5m")).isEmpty(),
            "no ALERTS_FOR_STATE in the backfilled past");
        // The incident's alert fired in the past and resolved before its end: nothing of it in
        // the last two minutes (the stack is younger than that; the live fleet has no burst).
        const QString burst = QStringLiteral("ALERTS{alertname=\"CriticalErrorRate\", alertstate=\"firing\", "
                                             "service=\"payments\"}");
        QVERIFY2(!query(QStringLiteral("count_over_time(%1[5m] offset 4m)").arg(burst)).isEmpty(),
            "the past incident's alert never fired");
        QVERIFY2(query(QStringLiteral("count_over_time(%1[2m])").arg(burst)).isEmpty(),
            "the past incident's alert did not resolve");
        // ... and Prometheus restored the alert that was firing at the end of the past: it is
        // active since before this stack started, not since its first evaluation.
        QDateTime activeAt;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray alerts
                    = getJson(apiUrl(stack.state().prometheus, QStringLiteral("/api/v1/alerts")))
                          .object()
                          .value(QLatin1String("data"))
                          .toObject()
                          .value(QLatin1String("alerts"))
                          .toArray();
                for (const QJsonValue alert : alerts) {
                    const QJsonObject object = alert.toObject();
                    if (object.value(QLatin1String("labels")).toObject().value(QLatin1String("alertname"))
                            == QLatin1String("CriticalP99Latency")
                        && object.value(QLatin1String("state")) == QLatin1String("firing"))
                        activeAt = QDateTime::fromString(
                            object.value(QLatin1String("activeAt")).toString(), Qt::ISODateWithMs);
                }
                return activeAt.isValid();
            }(),
            20000);
        QVERIFY2(activeAt.toSecsSinceEpoch() < startedAt - 60, qPrintable(activeAt.toString(Qt::ISODate)));

        stack.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
    }

    void stackCommandOutlivesADeadReplica()
    {
        // The same through `stack run`, which CTest and scripts use: it says on stderr which
        // server died, keeps running, and rewrites the state file with the new PID.
        QProcess process;
        const QString stateFile = m_dir.filePath(QStringLiteral("outlives.json"));
        const StackState state = startStack(process, stateFile,
            { QStringLiteral("--no-scenarios"), QStringLiteral("--restart-delay"), QStringLiteral("1s") });
        QCOMPARE(state.serverPids.size(), 4);
        const qint64 victim = state.serverPids[3]; // alertmanager-2
        QCOMPARE(::kill(static_cast<pid_t>(victim), SIGKILL), 0);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += process.readAll()).contains("alertmanager-2 is back"), 60000);
        QVERIFY2(output.contains("alertmanager-2 crashed or was killed"), output.constData());
        QVERIFY2(output.contains("alertmanager-2 will be started again in 1s"), output.constData());
        QCOMPARE(process.state(), QProcess::Running);
        for (int i = 0; i < 3; ++i)
            QVERIFY(alive(state.serverPids[i]));
        const auto rewritten = StackState::readFile(stateFile);
        QVERIFY(rewritten);
        QVERIFY(rewritten.value().serverPids[3] != victim);
        QVERIFY(alive(rewritten.value().serverPids[3]));

        process.terminate();
        QVERIFY(process.waitForFinished(30000));
        QTRY_VERIFY_WITH_TIMEOUT(noneAlive(rewritten.value().serverPids), 15000);
    }

    void stackTakesTheDemosScenarioOptions()
    {
        // `stack` and `demo` describe the stack the same way, contradictions refused alike.
        for (const QString &command : { QStringLiteral("stack"), QStringLiteral("demo") }) {
            const CommandRun run = runConsole({ command, QStringLiteral("--help") });
            QCOMPARE(run.exitCode, 0);
            for (const char *option : { "--no-scenarios", "--scenario", "--seed", "--restart-delay",
                     "--no-restart", "--services", "--pods-per-service" })
                QVERIFY2(
                    run.out.contains(option), qPrintable(command + QLatin1Char(' ') + QLatin1String(option)));
            const CommandRun both = runConsole({ command, QStringLiteral("--scenario"),
                QStringLiteral("latency-spike"), QStringLiteral("--no-scenarios") });
            QCOMPARE(both.exitCode, 2);
            QVERIFY2(both.err.contains("--scenario and --no-scenarios contradict each other"),
                both.err.constData());
            const CommandRun badDelay
                = runConsole({ command, QStringLiteral("--restart-delay"), QStringLiteral("0") });
            QCOMPARE(badDelay.exitCode, 2);
            QVERIFY2(badDelay.err.contains("--restart-delay must be"), badDelay.err.constData());
            const CommandRun fewServices
                = runConsole({ command, QStringLiteral("--services"), QStringLiteral("3") });
            QCOMPARE(fewServices.exitCode, 2);
            QVERIFY2(fewServices.err.contains("--services must be"), fewServices.err.constData());
            const CommandRun noPods
                = runConsole({ command, QStringLiteral("--pods-per-service"), QStringLiteral("0") });
            QCOMPARE(noPods.exitCode, 2);
            QVERIFY2(noPods.err.contains("--pods-per-service must be"), noPods.err.constData());
        }
    }

    void missingBinaryIsNamed()
    {
        const CommandRun run = runConsole({ QStringLiteral("stack"), QStringLiteral("run"),
            QStringLiteral("--simulator"), QStringLiteral("/nonexistent/pivori-simulator") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("missing: pivori-simulator"), run.err.constData());
        QVERIFY2(run.err.contains("install-deps.sh"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestStackLauncher)
#include "tst_stacklauncher.moc"

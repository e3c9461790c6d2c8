// SPDX-License-Identifier: GPL-3.0-or-later
// The stack launcher starts real servers and leaves none behind: not on a clean stop,
// not when its owner is killed outright, and it says clearly when a binary is missing.
#include "stackfixture.h"
#include "stacklauncher.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
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
    StackState startStack(QProcess &process, const QString &stateFile)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(PIVORI_CONSOLE_BIN),
            { QStringLiteral("stack"), QStringLiteral("run"), QStringLiteral("--state-file"), stateFile,
                QStringLiteral("--time-scale"), QStringLiteral("60"), QStringLiteral("--max-lifetime"),
                QStringLiteral("5m") });
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

// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console stack run|up|down`: the demo/test stack without the GUI. `run` owns the
// stack in the foreground; `up` starts `run` detached and returns once the stack is ready
// (CTest's fixture setup); `down` stops it through the PIDs in the state file.
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "demostackoptions.h"
#include "duration.h"
#include "stacklauncher.h"
#include "unixsignals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <cerrno>
#include <csignal>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class StackCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::StackCommand)
};

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

void addStackOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("state-file"),
        StackCommand::tr("Where to write (run, up) or read (down) the stack's ports and PIDs as JSON."),
        StackCommand::tr("file") });
    parser.addOption({ QStringLiteral("time-scale"),
        StackCommand::tr("Run rules and scenarios this many times faster (default 1)."),
        StackCommand::tr("factor"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("max-lifetime"),
        StackCommand::tr("Stop by itself after this long, e.g. 30m (run, up; default: never)."),
        StackCommand::tr("duration") });
    parser.addOption({ QStringLiteral("simulator"),
        StackCommand::tr("Path of pivori-simulator (default: beside this program)."),
        StackCommand::tr("path") });
    // The same scenario, seed and restart options as `demo`, without its default scenario.
    DemoStackOptions::addTo(parser, { {}, QStringLiteral("0"), {} });
}

std::optional<StackOptions> stackOptions(const QCommandLineParser &parser)
{
    StackOptions options;
    bool ok = false;
    options.timeScale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
    if (!ok || options.timeScale < 1 || options.timeScale > 3600) {
        cli::printError(StackCommand::tr("stack: --time-scale must be a number from 1 to 3600"));
        return std::nullopt;
    }
    QString problem;
    if (!DemoStackOptions::read(parser, { {}, QStringLiteral("0"), {} }, &options, &problem)) {
        cli::printError(QStringLiteral("stack: ") + problem);
        return std::nullopt;
    }
    options.simulatorPath = parser.value(QStringLiteral("simulator"));
    return options;
}

int runStack(const QCommandLineParser &parser)
{
    auto options = stackOptions(parser);
    if (!options)
        return 2;
    std::optional<qint64> lifetime;
    if (parser.isSet(QStringLiteral("max-lifetime"))) {
        lifetime = parseDurationMs(parser.value(QStringLiteral("max-lifetime")));
        if (!lifetime || *lifetime <= 0) {
            cli::printError(StackCommand::tr("stack: --max-lifetime must be a duration like 30m"));
            return 2;
        }
    }
    const QString stateFile = parser.value(QStringLiteral("state-file"));

    StackLauncher launcher(*options);
    UnixSignals signalWatcher;
    int exitCode = 0;
    // Every connection has the launcher as its context: nothing is called once it is gone.
    QObject::connect(&launcher, &StackLauncher::progress, &launcher,
        [](const QString &message) { cli::printOut(message + QLatin1Char('\n')); });
    QObject::connect(&launcher, &StackLauncher::failed, &launcher, [&](const QString &message) {
        cli::printError(message);
        exitCode = 1;
        launcher.stop();
    });
    // One server's death is reported and dealt with; the rest of the stack keeps running.
    QObject::connect(&launcher, &StackLauncher::serverDied, &launcher,
        [](const QString &, const QString &message) { cli::printError(message); });
    QObject::connect(&launcher, &StackLauncher::restartScheduled, &launcher,
        [](const QString &name, int delayMs, int attempt, int maxAttempts) {
            cli::printError(
                StackCommand::tr("stack: %1 will be started again in %2 (restart %3 of at most %4)")
                    .arg(name, formatDuration(delayMs))
                    .arg(attempt)
                    .arg(maxAttempts));
        });
    QObject::connect(
        &launcher, &StackLauncher::restartsExhausted, &launcher, [](const QString &, const QString &message) {
            cli::printError(QStringLiteral("stack: ") + message);
        });
    QObject::connect(&launcher, &StackLauncher::serverRestarted, &launcher, [&](const QString &name) {
        // `stack down` waits for the PIDs in the state file: they must be the running ones.
        // Written before the line is printed, so whoever reads the line finds the file current.
        QString problem;
        if (!stateFile.isEmpty() && !launcher.state().writeFile(stateFile, &problem))
            cli::printError(problem);
        cli::printOut(
            StackCommand::tr("stack: %1 is back (pid %2)\n").arg(name).arg(launcher.serverPid(name)));
    });
    QObject::connect(&launcher, &StackLauncher::ready, &launcher, [&] {
        const StackState &state = launcher.state();
        QString problem;
        if (!stateFile.isEmpty() && !state.writeFile(stateFile, &problem)) {
            cli::printError(problem);
            exitCode = 1;
            launcher.stop();
            return;
        }
        QStringList ams;
        for (const QUrl &url : state.alertmanagers)
            ams << url.toString();
        cli::printOut(
            StackCommand::tr("stack ready: prometheus %1, alertmanagers %2, simulator %3\n")
                .arg(state.prometheus.toString(), ams.join(QStringLiteral(" ")), state.simulator.toString()));
        cli::printOut(StackCommand::tr("stack: scenarios: %1; %2\n")
                          .arg(options->scenarios.isEmpty() ? StackCommand::tr("none")
                                                            : options->scenarios.join(QStringLiteral(", ")),
                              DemoStackOptions::restartPolicyText(*options)));
    });
    QObject::connect(&launcher, &StackLauncher::stopped, &launcher, [&] {
        if (!stateFile.isEmpty())
            QFile::remove(stateFile);
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&signalWatcher, &UnixSignals::terminationRequested, &launcher, [&] { launcher.stop(); });
    if (lifetime)
        QTimer::singleShot(std::chrono::milliseconds(*lifetime), &launcher, [&] {
            cli::printOut(StackCommand::tr("stack: maximum lifetime reached, stopping\n"));
            launcher.stop();
        });
    launcher.start();
    return QCoreApplication::exec();
}

int upStack(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString stateFile = parser.value(QStringLiteral("state-file"));
    if (stateFile.isEmpty()) {
        cli::printError(StackCommand::tr("stack up: --state-file is required"));
        return 2;
    }
    if (!stackOptions(parser))
        return 2;
    QFile::remove(stateFile);
    QStringList runArguments = arguments;
    runArguments.replace(runArguments.indexOf(QStringLiteral("up")), QStringLiteral("run"));
    const QString logFile = stateFile + QStringLiteral(".log");
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(QStringList { QStringLiteral("stack") } + runArguments);
    process.setStandardOutputFile(logFile);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        cli::printError(StackCommand::tr("stack up: cannot start %1").arg(process.program()));
        return 1;
    }
    // Wait on the condition (state file written, or the runner gone), bounded in time.
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + 150000;
    int exitCode = 1;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (QFileInfo::exists(stateFile)) {
            auto state = StackState::readFile(stateFile);
            if (state) {
                cli::printOut(
                    StackCommand::tr("stack up: ready, state in %1 (log %2)\n").arg(stateFile, logFile));
                exitCode = 0;
                QCoreApplication::quit();
                return;
            }
        }
        const bool gone = !processAlive(pid);
        if (gone || QDateTime::currentMSecsSinceEpoch() > deadline) {
            if (!gone)
                ::kill(static_cast<pid_t>(pid), SIGTERM);
            QFile log(logFile);
            const QString text = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
            cli::printError(StackCommand::tr("stack up: the stack did not become ready. Its log (%1):\n%2")
                                .arg(logFile, text));
            QCoreApplication::quit();
        }
    });
    poll.start(100);
    QCoreApplication::exec();
    return exitCode;
}

int downStack(const QCommandLineParser &parser)
{
    const QString stateFile = parser.value(QStringLiteral("state-file"));
    auto state = StackState::readFile(stateFile);
    if (!state) {
        cli::printError(StackCommand::tr("stack down: %1").arg(state.error().message));
        return 1;
    }
    QList<qint64> pids = state.value().serverPids;
    pids.prepend(state.value().launcherPid);
    ::kill(static_cast<pid_t>(state.value().launcherPid), SIGTERM);
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + 20000;
    int exitCode = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        const bool anyAlive = std::any_of(pids.begin(), pids.end(), processAlive);
        if (!anyAlive) {
            cli::printOut(StackCommand::tr("stack down: stopped\n"));
            QCoreApplication::quit();
        } else if (QDateTime::currentMSecsSinceEpoch() > deadline) {
            for (qint64 pid : pids)
                if (processAlive(pid))
                    ::kill(static_cast<pid_t>(pid), SIGKILL);
            cli::printError(StackCommand::tr("stack down: had to kill the stack after 20 s"));
            exitCode = 1;
            QCoreApplication::quit();
        }
    });
    poll.start(100);
    QCoreApplication::exec();
    QFile::remove(stateFile);
    return exitCode;
}

} // namespace

int runStackCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(StackCommand::tr(
        "Runs the demo stack (synthetic exporter, Prometheus, two Alertmanager replicas) on loopback.\n"
        "  run   in the foreground until Ctrl+C\n"
        "  up    in the background; returns when ready (needs --state-file)\n"
        "  down  stops a stack started with up"));
    CommandLine::addGlobalOptions(parser);
    addStackOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), StackCommand::tr("run, up or down"));
    if (const int code = cli::parseOrExit(parser, QStringLiteral("stack"), arguments); code >= 0)
        return code;
    const QString action = parser.positionalArguments().value(0, QStringLiteral("run"));
    if (action == QLatin1String("run"))
        return runStack(parser);
    if (action == QLatin1String("up"))
        return upStack(parser, arguments);
    if (action == QLatin1String("down"))
        return downStack(parser);
    cli::printError(StackCommand::tr("stack: unknown action \"%1\" (expected run, up or down)").arg(action));
    return 2;
}

} // namespace pivori

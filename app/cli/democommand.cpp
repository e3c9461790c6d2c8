// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console demo`: starts the demo stack on loopback and opens the console on it.
// Closing the window, Ctrl+C or a SIGTERM stop every server it started.
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "demostackoptions.h"
#include "displayoptions.h"
#include "duration.h"
#include "mainwindow.h"
#include "networktransport.h"
#include "nocwindow.h"
#include "stacklauncher.h"
#include "unixsignals.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

#include <memory>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class DemoCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::DemoCommand)
};

// The demo's past holds two incidents that fired alerts and resolved (an error burst on
// payments: CriticalErrorRate and HighErrorRate; a slow tail on search: the latency alerts),
// on other services than the scenario still running, so a newcomer's first screen shows an
// hour with something in it. Parts older than --history are left out.
const DemoStackOptions::Defaults kDemoDefaults { { QStringLiteral("latency-spike") }, QStringLiteral("1h"),
    { QStringLiteral("error-burst:payments@48m-36m"), QStringLiteral("latency-spike:search@27m-18m") } };

} // namespace

int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DemoCommand::tr(
        "Starts a demo stack (synthetic Pivori fleet, Prometheus with the guide's alert rules, "
        "two Alertmanager replicas) on loopback and opens the console on it."));
    CommandLine::addGlobalOptions(parser);
    DisplayOptions::addTo(parser);
    parser.addOption({ QStringLiteral("time-scale"),
        DemoCommand::tr("Run alert rules and scenarios this many times faster (default 10)."),
        DemoCommand::tr("factor"), QStringLiteral("10") });
    // The same scenario, seed and restart options as `stack`.
    DemoStackOptions::addTo(parser, kDemoDefaults);
    parser.addOption({ QStringLiteral("quit-after"),
        DemoCommand::tr("Close by itself this long after the console opened (for smoke tests)."),
        DemoCommand::tr("duration") });
    if (const int code = cli::parseOrExit(parser, QStringLiteral("demo"), arguments); code >= 0)
        return code;

    StackOptions options;
    bool ok = false;
    options.timeScale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
    if (!ok || options.timeScale < 1 || options.timeScale > 3600) {
        cli::printError(DemoCommand::tr("demo: --time-scale must be a number from 1 to 3600"));
        return 2;
    }
    QString optionProblem;
    if (!DemoStackOptions::read(parser, kDemoDefaults, &options, &optionProblem)) {
        cli::printError(QStringLiteral("demo: ") + optionProblem);
        return 2;
    }
    std::optional<qint64> quitAfter;
    if (parser.isSet(QStringLiteral("quit-after"))) {
        quitAfter = parseDurationMs(parser.value(QStringLiteral("quit-after")));
        if (!quitAfter) {
            cli::printError(DemoCommand::tr("demo: --quit-after must be a duration like 10s"));
            return 2;
        }
    }
    GlobalOptions global = CommandLine::globalOptions(parser);
    QString displayProblem;
    const auto display = DisplayOptions::read(parser, &displayProblem);
    if (!display) {
        cli::printError(QStringLiteral("demo: ") + displayProblem);
        return 2;
    }

    QApplication::setQuitOnLastWindowClosed(false); // the stack must be stopped first
    QNetworkAccessManager nam;
    NetworkTransport transport(&nam);
    StackLauncher launcher(options);
    UnixSignals signalWatcher;
    std::unique_ptr<MainWindow> window;
    int exitCode = 0;

    QProgressDialog progress(DemoCommand::tr("Starting the demo stack…"), DemoCommand::tr("Cancel"), 0, 0);
    progress.setWindowTitle(DemoCommand::tr("Pivori Console demo"));
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    auto shutDown = [&](int code) {
        exitCode = std::max(exitCode, code);
        progress.hide();
        if (window)
            window->hide();
        launcher.stop();
    };
    // The dialog shows the last step and, below it, every server's state as it changes.
    QString lastStep;
    QStringList serverLines;
    const auto showProgress = [&] {
        progress.setLabelText(serverLines.isEmpty()
                ? lastStep
                : lastStep + QStringLiteral("\n\n") + serverLines.join(QLatin1Char('\n')));
    };
    QObject::connect(&launcher, &StackLauncher::progress, &progress, [&](const QString &message) {
        lastStep = message;
        showProgress();
        cli::printOut(message + QLatin1Char('\n'));
    });
    QObject::connect(&launcher, &StackLauncher::serverLinesChanged, &progress, [&](const QStringList &lines) {
        serverLines = lines;
        showProgress();
    });
    QObject::connect(&launcher, &StackLauncher::failed, &progress, [&](const QString &message) {
        cli::printError(message);
        progress.hide();
        QMessageBox::critical(nullptr, DemoCommand::tr("Pivori Console demo"),
            DemoCommand::tr("The demo stack could not start:\n\n%1").arg(message));
        shutDown(1);
    });
    // A server's death, its restart and its return are told on the terminal (with its log)
    // and where the operator looks: the window's status bar, and the wall's header in NOC mode.
    // The console itself shows the server unreachable meanwhile, as it would in production.
    const auto showInWindow = [&](const QString &line) {
        if (!window)
            return;
        window->statusBar()->showMessage(line, 0);
        if (NocWindow *wall = window->nocWindow())
            wall->showMessage(line, 0);
    };
    QObject::connect(
        &launcher, &StackLauncher::serverDied, &progress, [&](const QString &name, const QString &message) {
            cli::printError(message);
            showInWindow(DemoCommand::tr("Demo stack: %1 died").arg(name));
        });
    QObject::connect(&launcher, &StackLauncher::restartScheduled, &progress,
        [&](const QString &name, int delayMs, int attempt, int maxAttempts) {
            const QString line
                = DemoCommand::tr("Demo stack: %1 died; starting it again in %2 (restart %3 of at most %4)")
                      .arg(name, formatDuration(delayMs))
                      .arg(attempt)
                      .arg(maxAttempts);
            cli::printError(line);
            showInWindow(line);
        });
    QObject::connect(&launcher, &StackLauncher::serverRestarted, &progress, [&](const QString &name) {
        const QString line = DemoCommand::tr("Demo stack: %1 is back").arg(name);
        cli::printOut(line + QLatin1Char('\n'));
        showInWindow(line);
    });
    QObject::connect(&launcher, &StackLauncher::restartsExhausted, &progress,
        [&](const QString &, const QString &message) {
            const QString line = DemoCommand::tr("Demo stack: %1").arg(message);
            cli::printError(line);
            showInWindow(line);
        });
    QObject::connect(&launcher, &StackLauncher::ready, &progress, [&] {
        progress.hide();
        const StackState &state = launcher.state();
        global.prometheusUrl = state.prometheus.toString();
        global.alertmanagerUrls.clear();
        for (const QUrl &url : state.alertmanagers)
            global.alertmanagerUrls << url.toString();
        QString problem;
        auto config = CommandLine::loadConfigWithDashboards(global, &problem);
        if (!config) {
            cli::printError(problem);
            shutDown(1);
            return;
        }
        cli::printOut(DemoCommand::tr("demo: Prometheus %1, Alertmanagers %2, simulator %3 (scenarios: %4)\n")
                          .arg(global.prometheusUrl, global.alertmanagerUrls.join(QStringLiteral(" ")),
                              state.simulator.toString(),
                              options.scenarios.isEmpty() ? DemoCommand::tr("none")
                                                          : options.scenarios.join(QStringLiteral(", "))));
        cli::printOut(
            QStringLiteral("demo: ") + DemoStackOptions::restartPolicyText(options) + QLatin1Char('\n'));
        display->applyTo(*config);
        window = std::make_unique<MainWindow>(*config, &transport);
        display->open(*window);
        QObject::connect(qApp, &QGuiApplication::lastWindowClosed, &launcher, [&] { shutDown(0); });
        if (quitAfter)
            QTimer::singleShot(std::chrono::milliseconds(*quitAfter), window.get(), [&] { window->close(); });
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &launcher, [&] { shutDown(0); });
    QObject::connect(&signalWatcher, &UnixSignals::terminationRequested, &launcher, [&] {
        if (window)
            window->saveSettings(); // stopped, not closed: keep the layout all the same
        shutDown(0);
    });
    QObject::connect(&launcher, &StackLauncher::stopped, qApp, [&] { QCoreApplication::exit(exitCode); });

    launcher.start();
    progress.show();
    const int code = QApplication::exec();
    window.reset();
    return code;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
// The console itself: `pivori-console [--config F] [--prometheus URL] [--alertmanager URL]...`.
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "displayoptions.h"
#include "firstrun.h"
#include "mainwindow.h"
#include "networktransport.h"
#include "unixsignals.h"
#include "welcomewindow.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class ConsoleCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ConsoleCommand)
};

} // namespace

int runConsole(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ConsoleCommand::tr(
        "Pivori Console: dashboards and alerts of a Prometheus + Alertmanager stack.\n\n"
        "Without a command it opens the console window (--noc: the NOC wall display). Commands:\n"
        "  demo      start a demo stack on loopback and open the console on it\n"
        "  validate  check a configuration file\n"
        "  query     run a PromQL query and print the answer\n"
        "  snapshot  render a dashboard to PNG, SVG or PDF (its data and alerts to JSON, or an incident "
        "report) without a display\n"
        "  stack     run the demo stack without the console (run, up, down)\n"
        "  alerts    list the alerts of every Alertmanager cluster, replicas merged\n"
        "  ack       acknowledge alerts (an Alertmanager silence whose comment starts with ACK!)\n"
        "  expire    expire a silence or acknowledgement by id\n"
        "  silences  list the silences\n"
        "  check     run the health checks of the monitoring stack; exits like a Nagios plugin\n"
        "Each command has its own --help."));
    CommandLine::addGlobalOptions(parser);
    DisplayOptions::addTo(parser);
    if (const int code = cli::parseOrExit(parser, QString(), arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        cli::printError(ConsoleCommand::tr("unknown command \"%1\" (commands: %2)")
                            .arg(parser.positionalArguments().constFirst(),
                                CommandLine::commandNames().join(QStringLiteral(", "))));
        return 2;
    }
    QString problem;
    const auto display = DisplayOptions::read(parser, &problem);
    if (!display) {
        cli::printError(problem);
        return 2;
    }
    const GlobalOptions global = CommandLine::globalOptions(parser);
    QNetworkAccessManager nam;
    NetworkTransport transport(&nam);
    // Nothing configured and no stack here: ask where it is instead of showing a grid of errors.
    if (FirstRun::isNeeded(global)) {
        switch (FirstRun::welcome(&transport)) {
        case FirstRun::Choice::Demo:
            return runDemoCommand(arguments); // the console's options are the demo's too
        case FirstRun::Choice::Closed:
            return 0;
        case FirstRun::Choice::Connected:
            break;
        }
    }
    QStringList fileProblems; // the dashboards of a broken dashboard file are left out, not all
    auto config = CommandLine::loadConfigWithDashboards(global, &problem, &fileProblems);
    if (!config) {
        cli::printError(problem);
        QMessageBox::critical(nullptr, ConsoleCommand::tr("Pivori Console"),
            ConsoleCommand::tr("The configuration has errors:\n\n%1").arg(problem));
        return 1;
    }
    std::unique_ptr<MainWindow> window;
    // File > Settings rewrites the servers of the file; the window is built again on the result.
    std::function<void(ConsoleConfig)> open = [&](ConsoleConfig next) {
        if (window)
            window->saveSettings(); // the new window opens where this one was
        display->applyTo(next);
        auto built = std::make_unique<MainWindow>(std::move(next), &transport);
        QAction *settings = built->settingsAction();
        settings->setVisible(true);
        QObject::connect(settings, &QAction::triggered, built.get(), [&] {
            if (!editServerSettings(window.get(), &transport, FirstRun::editablePath(global)))
                return;
            QString reloadProblem;
            fileProblems.clear();
            auto reloaded = CommandLine::loadConfigWithDashboards(global, &reloadProblem, &fileProblems);
            if (!reloaded) {
                QMessageBox::critical(window.get(), ConsoleCommand::tr("Pivori Console"),
                    ConsoleCommand::tr("The configuration has errors:\n\n%1").arg(reloadProblem));
                return;
            }
            open(std::move(*reloaded));
        });
        // The new window shows before the old one hides, so the application never sees its last
        // window go; the old one is deleted later, as its action's slot is still running.
        display->open(*built);
        if (window) {
            window->hide();
            window.release()->deleteLater();
        }
        window = std::move(built);
        if (!fileProblems.isEmpty())
            window->showDashboardFileProblems(fileProblems);
    };
    open(std::move(*config));
    // Stopped rather than closed, the console still keeps its layout: SIGTERM (and SIGINT,
    // SIGHUP) close the window as the user would, a desktop logout saves first.
    UnixSignals signalWatcher;
    QObject::connect(&signalWatcher, &UnixSignals::terminationRequested, qApp, [&window] {
        window->close();
        QCoreApplication::quit();
    });
    QObject::connect(qApp, &QGuiApplication::commitDataRequest, qApp, [&window] { window->saveSettings(); });
    const int code = QApplication::exec();
    window.reset();
    return code;
}

} // namespace pivori

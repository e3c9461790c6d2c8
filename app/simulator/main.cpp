// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertgenerator.h"
#include "controlserver.h"
#include "fleet.h"
#include "historywriter.h"
#include "scenarioboard.h"
#include "simulation.h"
#include "simulatoroptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <exception>

using namespace pivori;

namespace {

constexpr int kExitUsage = 2;
constexpr int kTickMs = 250;

void printLine(FILE *stream, const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    printLine(stderr, QStringLiteral("pivori-simulator: ") + message);
    return kExitUsage;
}

QString scenarioList(const ScenarioBoard &board)
{
    QString text = QCoreApplication::translate(
                       "pivori-simulator", "Scenarios (NAME: description [default target] -> alerts):")
        + QLatin1Char('\n');
    for (const ScenarioSpec &spec : board.scenarios()) {
        text += QStringLiteral("  %1: %2 [%3] -> %4\n")
                    .arg(spec.name, spec.description, spec.defaultTarget,
                        spec.alerts.join(QStringLiteral(", ")));
    }
    return text;
}

double nowSeconds()
{
    return static_cast<double>(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

int run(QCoreApplication &app)
{
    // `pivori-simulator alerts ...` fills Alertmanager with alerts (alertgenerator.h).
    if (app.arguments().value(1) == QLatin1String("alerts"))
        return runAlertGenerator(app.arguments().mid(2));
    SimulatorOptions options;
    QString error;
    if (!options.parse(app.arguments(), &error))
        return usageError(error);

    Fleet fleet(options.seed, FleetSize { options.services, options.podsPerService });
    ScenarioBoard board(fleet);
    if (options.helpRequested) {
        std::fputs((SimulatorOptions::helpText() + QLatin1Char('\n') + scenarioList(board))
                       .toLocal8Bit()
                       .constData(),
            stdout);
        return 0;
    }
    if (options.versionRequested) {
        printLine(stdout, QStringLiteral("pivori-simulator ") + QCoreApplication::applicationVersion());
        return 0;
    }
    for (const QString &spec : std::as_const(options.scenarios)) {
        QString name;
        QString target;
        ScenarioBoard::splitSpec(spec, &name, &target);
        ScenarioActivation activation;
        if (!board.activate(name, target, QDateTime::currentSecsSinceEpoch(), &activation, &error))
            return usageError(QStringLiteral("--scenario: ") + error);
    }

    if (!options.historyPath.isEmpty()) {
        HistoryRequest request { options.historyPath, options.historySeconds, 15.0, options.historyJob,
            options.historyInstance, options.timeScale, options.seed, {} };
        for (const QString &text : std::as_const(options.historyEpisodes)) {
            HistoryEpisode episode;
            SimulatorOptions::parseEpisode(text, &episode, &error); // checked by parse()
            request.episodes.push_back(episode);
        }
        if (!HistoryWriter::write(fleet, board, request, nowSeconds(), &error)) {
            printLine(stderr, QStringLiteral("pivori-simulator: ") + error);
            return 1;
        }
        return 0;
    }

    Simulation simulation(fleet, board, options.timeScale, options.seed);
    simulation.advance(0.0, nowSeconds());

    ControlServer server(simulation, board);
    if (!server.listen(options.address, options.port, &error)) {
        printLine(stderr, QStringLiteral("pivori-simulator: ") + error);
        return 1;
    }
    if (!options.portFile.isEmpty()) {
        QFile file(options.portFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QByteArray::number(server.port()) + '\n') < 0) {
            printLine(stderr,
                QStringLiteral("pivori-simulator: ")
                    + QCoreApplication::translate("pivori-simulator", "cannot write %1: %2")
                          .arg(options.portFile, file.errorString()));
            return 1;
        }
    }
    printLine(stdout,
        QStringLiteral("pivori-simulator listening on http://%1:%2").arg(options.host).arg(server.port()));

    // Steps are measured, not assumed: a late timer must not slow the simulated traffic.
    QElapsedTimer clock;
    clock.start();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 elapsedNs = clock.nsecsElapsed();
        clock.restart();
        simulation.advance(static_cast<double>(elapsedNs) / 1e9, nowSeconds());
    });
    ticker.start(kTickMs);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pivori-simulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIVORI_VERSION));
    try {
        return run(app);
    } catch (const std::exception &e) {
        // prometheus-cpp reports bad metric or label names by throwing.
        printLine(stderr, QStringLiteral("pivori-simulator: ") + QString::fromLocal8Bit(e.what()));
        return 1;
    }
}

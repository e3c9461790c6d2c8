// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatoroptions.h"

#include "fleet.h"
#include "historywriter.h"

#include <QCommandLineParser>

#include <cmath>

namespace pivori {

namespace {

// One parser definition for parsing and for --help, so they cannot drift apart.
void defineOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        SimulatorOptions::tr("Synthetic Prometheus exporter for the 15 Pivori microservices, with scenarios "
                             "that fire the guide's alerts."));
    parser.addOptions({
        { QStringLiteral("listen"), SimulatorOptions::tr("Address to serve on (port 0 picks a free one)."),
            SimulatorOptions::tr("HOST:PORT"), QStringLiteral("127.0.0.1:9100") },
        { QStringLiteral("seed"), SimulatorOptions::tr("Seed of the fleet and its jitter."),
            SimulatorOptions::tr("N"), QStringLiteral("1") },
        { QStringLiteral("time-scale"),
            SimulatorOptions::tr("Speed-up of the dynamics (daily cycle, leaks, restarts)."),
            SimulatorOptions::tr("F"), QStringLiteral("1") },
        { QStringLiteral("scenario"), SimulatorOptions::tr("Switch a scenario on at start (repeatable)."),
            SimulatorOptions::tr("NAME[:TARGET]") },
        { QStringLiteral("services"),
            SimulatorOptions::tr("Number of services: the platform's 15, then generated ones (at most %1).")
                .arg(FleetSize::kMaxServices),
            SimulatorOptions::tr("N"), QStringLiteral("15") },
        { QStringLiteral("pods-per-service"),
            SimulatorOptions::tr("Pods of every service (default: two or three, drawn from the seed)."),
            SimulatorOptions::tr("M") },
        { QStringLiteral("history-openmetrics"),
            SimulatorOptions::tr("Write the fleet's past as OpenMetrics with timestamps (for promtool tsdb "
                                 "create-blocks-from openmetrics) and exit."),
            SimulatorOptions::tr("PATH") },
        { QStringLiteral("history"),
            SimulatorOptions::tr("How far back --history-openmetrics goes, in seconds."),
            SimulatorOptions::tr("S"), QStringLiteral("3600") },
        { QStringLiteral("history-job"),
            SimulatorOptions::tr("The job label of the written history (the scrape job's name)."),
            SimulatorOptions::tr("NAME"), QStringLiteral("pivori-services") },
        { QStringLiteral("history-instance"),
            SimulatorOptions::tr(
                "The instance label of the written history (default: the --listen address)."),
            SimulatorOptions::tr("HOST:PORT") },
        { QStringLiteral("history-episode"),
            SimulatorOptions::tr("In the written history, a scenario that was on from FROM to TO seconds "
                                 "before its end, then off again (repeatable)."),
            SimulatorOptions::tr("NAME[:TARGET]@FROM-TO") },
        { QStringLiteral("port-file"),
            SimulatorOptions::tr("Write the port number to this file once listening."),
            SimulatorOptions::tr("PATH") },
    });
    parser.addHelpOption();
    parser.addVersionOption();
}

} // namespace

bool SimulatorOptions::parseListen(const QString &value, QString *error)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = tr("--listen wants HOST:PORT, got \"%1\"").arg(value);
        return false;
    }
    QString hostPart = value.left(colon);
    if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']')))
        hostPart = hostPart.mid(1, hostPart.size() - 2);
    bool portOk = false;
    const uint portValue = value.mid(colon + 1).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        *error = tr("--listen: bad port in \"%1\"").arg(value);
        return false;
    }
    QHostAddress parsed;
    if (hostPart == QLatin1String("localhost"))
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(hostPart)) {
        *error = tr("--listen: \"%1\" is not an IP address").arg(hostPart);
        return false;
    }
    address = parsed;
    host = value.left(colon);
    port = static_cast<quint16>(portValue);
    return true;
}

bool SimulatorOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    defineOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    helpRequested = parser.isSet(QStringLiteral("help"));
    versionRequested = parser.isSet(QStringLiteral("version"));
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return false;
    }
    if (!parseListen(parser.value(QStringLiteral("listen")), error))
        return false;

    bool ok = false;
    const QString seedText = parser.value(QStringLiteral("seed"));
    seed = seedText.toULongLong(&ok);
    if (!ok) {
        *error = tr("--seed wants a non-negative integer, got \"%1\"").arg(seedText);
        return false;
    }
    const QString scaleText = parser.value(QStringLiteral("time-scale"));
    timeScale = scaleText.toDouble(&ok);
    if (!ok || !std::isfinite(timeScale) || timeScale <= 0.0 || timeScale > 1e6) {
        *error = tr("--time-scale wants a number above 0 (at most 1e6), got \"%1\"").arg(scaleText);
        return false;
    }
    const QString servicesText = parser.value(QStringLiteral("services"));
    services = servicesText.toInt(&ok);
    if (!ok || services < FleetSize::kPlatformServices || services > FleetSize::kMaxServices) {
        *error = tr("--services wants a whole number from %1 to %2, got \"%3\"")
                     .arg(FleetSize::kPlatformServices)
                     .arg(FleetSize::kMaxServices)
                     .arg(servicesText);
        return false;
    }
    if (parser.isSet(QStringLiteral("pods-per-service"))) {
        const QString podsText = parser.value(QStringLiteral("pods-per-service"));
        podsPerService = podsText.toInt(&ok);
        if (!ok || podsPerService < 1 || podsPerService > FleetSize::kMaxPodsPerService) {
            *error = tr("--pods-per-service wants a whole number from 1 to %1, got \"%2\"")
                         .arg(FleetSize::kMaxPodsPerService)
                         .arg(podsText);
            return false;
        }
    }
    historyPath = parser.value(QStringLiteral("history-openmetrics"));
    const QString historyText = parser.value(QStringLiteral("history"));
    historySeconds = historyText.toDouble(&ok);
    if (!ok || !std::isfinite(historySeconds) || historySeconds < 15.0 || historySeconds > 30.0 * 86400.0) {
        *error = tr("--history wants seconds from 15 to 2592000, got \"%1\"").arg(historyText);
        return false;
    }
    historyJob = parser.value(QStringLiteral("history-job"));
    historyInstance = parser.value(QStringLiteral("history-instance"));
    if (historyInstance.isEmpty())
        historyInstance = parser.value(QStringLiteral("listen"));
    historyEpisodes = parser.values(QStringLiteral("history-episode"));
    for (const QString &episode : std::as_const(historyEpisodes)) {
        HistoryEpisode parsed;
        if (!parseEpisode(episode, &parsed, error))
            return false;
    }
    scenarios = parser.values(QStringLiteral("scenario"));
    portFile = parser.value(QStringLiteral("port-file"));
    return true;
}

bool SimulatorOptions::parseEpisode(const QString &text, HistoryEpisode *episode, QString *error)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const QString window = at < 0 ? QString() : text.mid(at + 1);
    const qsizetype dash = window.indexOf(QLatin1Char('-'));
    bool fromOk = false;
    bool toOk = false;
    const double from = window.left(dash).toDouble(&fromOk);
    const double to = window.mid(dash + 1).toDouble(&toOk);
    if (at <= 0 || dash <= 0 || !fromOk || !toOk || !std::isfinite(from) || !std::isfinite(to) || to < 0.0
        || from <= to) {
        *error = tr("--history-episode wants NAME[:TARGET]@FROM-TO, seconds before the end with FROM above "
                    "TO (like error-burst:payments@2880-2160), got \"%1\"")
                     .arg(text.left(200));
        return false;
    }
    episode->scenario = text.left(at);
    episode->fromSecondsAgo = from;
    episode->toSecondsAgo = to;
    return true;
}

QString SimulatorOptions::helpText()
{
    QCommandLineParser parser;
    defineOptions(parser);
    return parser.helpText();
}

} // namespace pivori

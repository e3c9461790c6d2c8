// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostackoptions.h"

#include "duration.h"

namespace pivori {

namespace {

/// One --past-incident value as pivori-simulator's --history-episode (seconds before the end),
/// or an empty string with the reason in @p problem.
QString incidentAsEpisode(const QString &text, QString *problem)
{
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const QString window = at < 0 ? QString() : text.mid(at + 1);
    const qsizetype dash = window.indexOf(QLatin1Char('-'));
    const auto from = parseDurationMs(window.left(dash));
    const auto to = parseDurationMs(window.mid(dash + 1));
    if (at <= 0 || dash <= 0 || !from || !to || *from <= *to) {
        *problem = DemoStackOptions::tr("--past-incident must be NAME[:TARGET]@FROM-TO, two durations before "
                                        "the start with FROM the longer, like error-burst:payments@48m-36m; "
                                        "got \"%1\"")
                       .arg(text.left(200));
        return QString();
    }
    return QStringLiteral("%1@%2-%3").arg(text.left(at)).arg(*from / 1000).arg(*to / 1000);
}

} // namespace

void DemoStackOptions::addTo(QCommandLineParser &parser, const Defaults &defaults)
{
    const QStringList &defaultScenarios = defaults.scenarios;
    const QString &defaultHistory = defaults.history;
    parser.addOption({ QStringLiteral("seed"), tr("Seed of the synthetic fleet (default 1)."), tr("n"),
        QStringLiteral("1") });
    parser.addOption({ QStringLiteral("scenario"),
        defaultScenarios.isEmpty()
            ? tr("Switch a simulator scenario on at start, NAME or NAME:TARGET; repeatable (default: none).")
            : tr("Switch a simulator scenario on at start, NAME or NAME:TARGET; repeatable (default: %1).")
                  .arg(defaultScenarios.join(QStringLiteral(", "))),
        tr("name") });
    parser.addOption({ QStringLiteral("services"),
        tr("Number of services of the fleet: the platform's %1, then generated ones (at most %2).")
            .arg(StackOptions::kMinServices)
            .arg(StackOptions::kMaxServices),
        tr("n"), QString::number(StackOptions::kMinServices) });
    parser.addOption({ QStringLiteral("pods-per-service"),
        tr("Pods of every service (default: two or three, drawn from the seed)."), tr("n") });
    parser.addOption({ QStringLiteral("no-scenarios"), tr("Start with a healthy fleet (no scenario).") });
    parser.addOption({ QStringLiteral("restart-delay"),
        tr("A server that dies is started again after this long, doubled at each further death "
           "(at most %1 restarts of one server in %2 min; default 10s).")
            .arg(StackOptions().maxRestarts)
            .arg(StackOptions().restartWindowMs / 60000),
        tr("duration"), QStringLiteral("10s") });
    parser.addOption(
        { QStringLiteral("no-restart"), tr("Leave a server that dies down (the others keep running).") });
    parser.addOption({ QStringLiteral("history"),
        tr("Start Prometheus with this much of the fleet's past already stored, e.g. 1h (at most "
           "%1; 0 for none; default %2). Needs promtool (Debian package prometheus).")
            .arg(formatDuration(kMaxHistoryMs), defaultHistory),
        tr("duration"), defaultHistory });
    parser.addOption({ QStringLiteral("past-incident"),
        defaults.pastIncidents.isEmpty()
            ? tr("In that past, a scenario that was on from FROM to TO before the start and then off "
                 "again, so its alerts fired and resolved, e.g. error-burst:payments@48m-36m; repeatable "
                 "(default: none).")
            : tr("In that past, a scenario that was on from FROM to TO before the start and then off "
                 "again, so its alerts fired and resolved; repeatable (default: %1; none with "
                 "--no-scenarios).")
                  .arg(defaults.pastIncidents.join(QStringLiteral(", "))),
        tr("NAME[:TARGET]@FROM-TO") });
}

bool DemoStackOptions::read(
    const QCommandLineParser &parser, const Defaults &defaults, StackOptions *options, QString *problem)
{
    const QStringList &defaultScenarios = defaults.scenarios;
    bool ok = false;
    options->seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        *problem = tr("--seed must be a whole number");
        return false;
    }
    options->services = parser.value(QStringLiteral("services")).toInt(&ok);
    if (!ok || options->services < StackOptions::kMinServices
        || options->services > StackOptions::kMaxServices) {
        *problem = tr("--services must be a whole number from %1 to %2")
                       .arg(StackOptions::kMinServices)
                       .arg(StackOptions::kMaxServices);
        return false;
    }
    if (parser.isSet(QStringLiteral("pods-per-service"))) {
        options->podsPerService = parser.value(QStringLiteral("pods-per-service")).toInt(&ok);
        if (!ok || options->podsPerService < 1
            || options->podsPerService > StackOptions::kMaxPodsPerService) {
            *problem = tr("--pods-per-service must be a whole number from 1 to %1")
                           .arg(StackOptions::kMaxPodsPerService);
            return false;
        }
    }
    const bool none = parser.isSet(QStringLiteral("no-scenarios"));
    options->scenarios = parser.values(QStringLiteral("scenario"));
    if (none && !options->scenarios.isEmpty()) {
        // Silently preferring one would start a stack other than the one asked for.
        *problem = tr("--scenario and --no-scenarios contradict each other");
        return false;
    }
    if (options->scenarios.isEmpty() && !none)
        options->scenarios = defaultScenarios;

    const QString history = parser.value(QStringLiteral("history"));
    if (history == QLatin1String("0")) {
        options->historySeconds = 0;
    } else {
        const auto ms = parseDurationMs(history);
        if (!ms || *ms < 60'000 || *ms > kMaxHistoryMs) {
            *problem = tr("--history must be 0 or a duration from 1m to %1, like 1h")
                           .arg(formatDuration(kMaxHistoryMs));
            return false;
        }
        options->historySeconds = int(*ms / 1000);
    }

    QStringList incidents = parser.values(QStringLiteral("past-incident"));
    if (none && !incidents.isEmpty()) {
        *problem = tr("--past-incident and --no-scenarios contradict each other");
        return false;
    }
    if (incidents.isEmpty() && !none)
        incidents = defaults.pastIncidents;
    options->historyEpisodes.clear();
    for (const QString &incident : std::as_const(incidents)) {
        const QString episode = incidentAsEpisode(incident, problem);
        if (episode.isEmpty())
            return false;
        options->historyEpisodes << episode;
    }

    if (parser.isSet(QStringLiteral("no-restart"))) {
        if (parser.isSet(QStringLiteral("restart-delay"))) {
            *problem = tr("--restart-delay and --no-restart contradict each other");
            return false;
        }
        options->restartDelayMs = 0;
        return true;
    }
    const auto delay = parseDurationMs(parser.value(QStringLiteral("restart-delay")));
    if (!delay || *delay < 1000 || *delay > StackLauncher::kMaxRestartDelayMs) {
        *problem = tr("--restart-delay must be a duration from 1s to %1 (or use --no-restart)")
                       .arg(formatDuration(StackLauncher::kMaxRestartDelayMs));
        return false;
    }
    options->restartDelayMs = int(*delay);
    return true;
}

QString DemoStackOptions::restartPolicyText(const StackOptions &options)
{
    if (options.restartDelayMs <= 0)
        return tr("a server that dies stays down; the others keep running");
    return tr("a server that dies is started again after %1 (doubling, at most %2 times in %3 min); "
              "the others keep running")
        .arg(formatDuration(options.restartDelayMs))
        .arg(options.maxRestarts)
        .arg(options.restartWindowMs / 60000);
}

} // namespace pivori

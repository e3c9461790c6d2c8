// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console alerts [--filter MATCHERS]... [--cluster NAME] [--json]`
#include "alertcli.h"
#include "alertcommands.h"
#include "alertpoller.h"
#include "alertsbackend.h"
#include "cliutil.h"
#include "commandline.h"
#include "inboxformat.h"
#include "ruleevaluation.h"
#include "serverstatuspoller.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class AlertsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::AlertsCommand)
};

} // namespace

int runAlertsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AlertsCommand::tr("Lists the alerts of every Alertmanager cluster, replicas merged, "
                          "with their state and acknowledgement. Exits 0; 1 when a cluster did not answer; "
                          "3 (unknown) when no configured Prometheus vouches that the alert rules are "
                          "evaluated, since the list may then miss alerts."));
    CommandLine::addGlobalOptions(parser);
    cli::AlertClusters::addClusterOption(parser);
    parser.addOption({ QStringLiteral("filter"),
        AlertsCommand::tr("Only alerts matching these Alertmanager matchers, e.g. "
                          "'severity=\"critical\",service=~\"trad.*\"'; "
                          "repeatable, all must hold."),
        AlertsCommand::tr("matchers") });
    parser.addOption({ QStringLiteral("json"), AlertsCommand::tr("Print a JSON array instead of a table.") });
    CommandLine::addTimeoutOption(parser);
    if (const int code = cli::parseOrExit(parser, QStringLiteral("alerts"), arguments); code >= 0)
        return code;
    std::optional<qint64> timeoutMs;
    if (!CommandLine::readTimeoutOption(parser, QStringLiteral("alerts"), &timeoutMs))
        return 2;
    if (!parser.positionalArguments().isEmpty()) {
        cli::printError(AlertsCommand::tr("alerts: unexpected argument \"%1\" (filters go in --filter)")
                            .arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    QList<Matcher> filter;
    for (const QString &text : parser.values(QStringLiteral("filter"))) {
        auto parsed = parseMatchers(text);
        if (!parsed) {
            cli::printError(
                AlertsCommand::tr("alerts: --filter \"%1\": %2").arg(text, parsed.error().message));
            return 2;
        }
        filter.append(parsed.value());
    }

    int exitCode = 1;
    const auto clusters = cli::AlertClusters::open(parser, QStringLiteral("alerts"), &exitCode, timeoutMs);
    if (!clusters)
        return exitCode;

    // Whether the rules are evaluated is asked beside the alerts: with the Prometheus that
    // evaluates them down, Alertmanager soon holds no alerts at all, and an empty list would
    // read as the all-clear.
    ConsoleConfig prometheusOnly = clusters->config();
    prometheusOnly.alertmanagers.clear();
    ServerStatusPoller servers(clusters->transport(), prometheusOnly);
    // Checked includes the rules: a failing rule group makes the list as doubtful as an outage.
    const auto allChecked = [&servers] {
        return std::all_of(servers.statuses().cbegin(), servers.statuses().cend(),
            [](const ServerStatus &status) { return status.checked && status.rulesChecked; });
    };
    AlertPoller &poller = *clusters->backend()->poller();
    bool alertsRead = false;
    const auto quitWhenDone = [&] {
        if (alertsRead && allChecked())
            QCoreApplication::quit();
    };
    QObject::connect(&poller, &AlertPoller::roundFinished, &poller, [&] {
        alertsRead = true;
        quitWhenDone();
    });
    QObject::connect(&servers, &ServerStatusPoller::statusChanged, &servers, quitWhenDone);
    QTimer::singleShot(0, &poller, [&] {
        servers.pollNow();
        poller.pollNow();
    });
    QCoreApplication::exec();
    const RuleEvaluation rules = RuleEvaluation::fromStatuses(servers.statuses());

    // Filtered here rather than by the servers: inhibitors outside the filter still get names.
    const CompiledMatchers compiled(filter);
    QList<InboxAlert> shown;
    for (const InboxAlert &alert : poller.alerts()) {
        if (compiled.matches(alert.alert.labels))
            shown.append(alert);
    }
    exitCode = 0;
    for (const AlertPoller::ClusterState &state : poller.clusterStates()) {
        if (!state.message.isEmpty())
            cli::printError(state.message);
        if (!state.reachable)
            exitCode = 1;
    }
    if (exitCode == 1 && shown.isEmpty() && poller.clusterStates().size() == 1)
        return exitCode; // nothing to show: the one line on stderr says why
    if (!rules.countsAreTrue()) {
        cli::printError(AlertsCommand::tr("alerts: the list may be incomplete: %1").arg(rules.countsText()));
        if (exitCode == 0)
            exitCode = 3; // unknown, as a monitoring plugin says it: never read as the all-clear
    }
    if (parser.isSet(QStringLiteral("json")))
        cli::printOut(inboxAlertsToJson(shown));
    else
        cli::printOut(inboxAlertsToTable(shown, clusters->config().labels.service));
    return exitCode;
}

} // namespace pivori

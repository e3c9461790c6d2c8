// `pivori-console alerts [--filter MATCHERS]... [--cluster NAME] [--json]`
#include "alertcli.h"
#include "alertcommands.h"
#include "alertpoller.h"
#include "alertsbackend.h"
#include "cliutil.h"
#include "commandline.h"
#include "inboxformat.h"

#include <QCoreApplication>
#include <QTimer>

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
                          "with their state and acknowledgement."));
    CommandLine::addGlobalOptions(parser);
    cli::AlertClusters::addClusterOption(parser);
    parser.addOption({ QStringLiteral("filter"),
        AlertsCommand::tr("Only alerts matching these Alertmanager matchers, e.g. "
                          "'severity=\"critical\",service=~\"trad.*\"'; "
                          "repeatable, all must hold."),
        AlertsCommand::tr("matchers") });
    parser.addOption({ QStringLiteral("json"), AlertsCommand::tr("Print a JSON array instead of a table.") });
    if (const int code = cli::parseOrExit(parser, QStringLiteral("alerts"), arguments); code >= 0)
        return code;
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
    const auto clusters = cli::AlertClusters::open(parser, QStringLiteral("alerts"), &exitCode);
    if (!clusters)
        return exitCode;

    AlertPoller &poller = *clusters->backend()->poller();
    QObject::connect(&poller, &AlertPoller::roundFinished, &poller, [] { QCoreApplication::quit(); });
    QTimer::singleShot(0, &poller, &AlertPoller::pollNow);
    QCoreApplication::exec();

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
    if (exitCode != 0 && shown.isEmpty() && poller.clusterStates().size() == 1)
        return exitCode; // nothing to show: the one line on stderr says why
    if (parser.isSet(QStringLiteral("json")))
        cli::printOut(inboxAlertsToJson(shown));
    else
        cli::printOut(inboxAlertsToTable(shown, clusters->config().labels.service));
    return exitCode;
}

} // namespace pivori

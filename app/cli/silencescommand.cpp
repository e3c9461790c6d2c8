// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console silences [--expired] [--cluster NAME] [--json]`
#include "alertcli.h"
#include "alertcommands.h"
#include "cliutil.h"
#include "commandline.h"
#include "inboxformat.h"

#include <QCoreApplication>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class SilencesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::SilencesCommand)
};

} // namespace

int runSilencesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SilencesCommand::tr("Lists the silences of every Alertmanager cluster; acknowledgements "
                            "are those whose comment starts with "
                            "\"ACK!\"."));
    CommandLine::addGlobalOptions(parser);
    cli::AlertClusters::addClusterOption(parser);
    parser.addOption({ QStringLiteral("expired"), SilencesCommand::tr("Include expired silences.") });
    parser.addOption(
        { QStringLiteral("json"), SilencesCommand::tr("Print a JSON array instead of a table.") });
    if (const int code = cli::parseOrExit(parser, QStringLiteral("silences"), arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        cli::printError(SilencesCommand::tr("silences: unexpected argument \"%1\"")
                            .arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    int exitCode = 1;
    const auto clusters = cli::AlertClusters::open(parser, QStringLiteral("silences"), &exitCode);
    if (!clusters)
        return exitCode;
    const QList<AlertmanagerClient *> clients = clusters->clients();
    QList<QList<ClusterSilence>> perCluster(clients.size());
    qsizetype pending = clients.size();
    exitCode = 0;
    const bool withExpired = parser.isSet(QStringLiteral("expired"));
    for (qsizetype i = 0; i < clients.size(); ++i) {
        AlertmanagerClient *client = clients[i];
        client->fetchSilences(client, [&, i, client](Result<AlertmanagerClient::SilencesSnapshot> result) {
            if (!result) {
                cli::printError(SilencesCommand::tr("silences: %1").arg(result.error().describe()));
                exitCode = 1;
            } else {
                for (const auto &failure : result.value().failures)
                    cli::printError(SilencesCommand::tr("silences: warning: %1: %2")
                                        .arg(failure.replicaUrl, failure.error.message));
                for (const Silence &silence : result.value().silences) {
                    if (withExpired || silence.state != Silence::State::Expired)
                        perCluster[i].append({ client->clusterName(), silence });
                }
            }
            if (--pending == 0)
                QCoreApplication::quit();
        });
    }
    QCoreApplication::exec();

    QList<ClusterSilence> all;
    for (const auto &list : std::as_const(perCluster))
        all.append(list);
    if (exitCode != 0 && all.isEmpty() && clients.size() == 1)
        return exitCode;
    cli::printOut(parser.isSet(QStringLiteral("json")) ? silencesToJson(all) : silencesToTable(all).toUtf8());
    return exitCode;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcli.h"

#include "alertsbackend.h"

#include "cliutil.h"
#include "commandline.h"
#include "networktransport.h"

#include <QCoreApplication>

namespace pivori::cli {

void AlertClusters::addClusterOption(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("cluster"),
        tr("Only this configured Alertmanager cluster (needed to write when several are configured)."),
        tr("name") });
}

std::unique_ptr<AlertClusters> AlertClusters::open(
    const QCommandLineParser &parser, const QString &command, int *exitCode, std::optional<qint64> timeoutMs)
{
    QString problem;
    auto config = CommandLine::loadConfig(CommandLine::globalOptions(parser), &problem);
    if (!config) {
        printError(problem);
        *exitCode = 1;
        return nullptr;
    }
    if (config->alertmanagers.isEmpty()) {
        printError(tr("%1: no Alertmanager configured; pass --alertmanager URL").arg(command));
        *exitCode = 1;
        return nullptr;
    }
    const QString only = parser.value(QStringLiteral("cluster"));
    QStringList names;
    QList<AlertmanagerCluster> chosen;
    for (const AlertmanagerCluster &cluster : std::as_const(config->alertmanagers)) {
        names.append(cluster.name);
        if (only.isEmpty() || cluster.name == only)
            chosen.append(cluster);
    }
    if (chosen.isEmpty()) {
        printError(tr("%1: --cluster: no Alertmanager cluster named \"%2\" (configured: %3)")
                       .arg(command, only, names.join(QStringLiteral(", "))));
        *exitCode = 2;
        return nullptr;
    }
    config->alertmanagers = chosen;
    if (timeoutMs)
        CommandLine::capTimeouts(&*config, *timeoutMs);
    std::unique_ptr<AlertClusters> out(new AlertClusters);
    out->m_config = std::move(*config);
    out->m_transport = std::make_unique<NetworkTransport>(&out->m_nam);
    // Read-only: a command writes through one client (single()), never through an outbox.
    out->m_backend = std::make_unique<AlertsBackend>(out->m_config, out->m_transport.get());
    return out;
}

AlertClusters::~AlertClusters() = default;

QList<AlertmanagerClient *> AlertClusters::clients() const
{
    return m_backend->clients();
}

AlertmanagerClient *AlertClusters::single(const QString &command, int *exitCode) const
{
    const QList<AlertmanagerClient *> all = clients();
    if (all.size() == 1)
        return all.constFirst();
    QStringList names;
    for (const AlertmanagerClient *client : all)
        names.append(client->clusterName());
    printError(tr("%1: %2 Alertmanager clusters are configured (%3); choose one with --cluster")
                   .arg(command, QString::number(all.size()), names.join(QStringLiteral(", "))));
    *exitCode = 2;
    return nullptr;
}

} // namespace pivori::cli

#include "alertcli.h"

#include "cliutil.h"
#include "commandline.h"

#include <QCoreApplication>

namespace pivori::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pivori::alerts", text);
}

} // namespace

void AlertClusters::addClusterOption(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("cluster"),
        tr("Only this configured Alertmanager cluster (needed to write when several are configured)."),
        tr("name") });
}

std::unique_ptr<AlertClusters> AlertClusters::open(
    const QCommandLineParser &parser, const QString &command, int *exitCode)
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
    std::unique_ptr<AlertClusters> out(new AlertClusters);
    out->m_transport = std::make_unique<HttpTransport>(&out->m_nam);
    QStringList names;
    for (const AlertmanagerCluster &cluster : std::as_const(config->alertmanagers)) {
        names.append(cluster.name);
        if (!only.isEmpty() && cluster.name != only)
            continue;
        out->m_clients.push_back(
            std::make_unique<AlertmanagerClient>(out->m_transport.get(), cluster.name, cluster.replicas));
    }
    if (out->m_clients.empty()) {
        printError(tr("%1: --cluster: no Alertmanager cluster named \"%2\" (configured: %3)")
                       .arg(command, only, names.join(QStringLiteral(", "))));
        *exitCode = 2;
        return nullptr;
    }
    out->m_config = std::move(*config);
    return out;
}

QList<AlertmanagerClient *> AlertClusters::clients() const
{
    QList<AlertmanagerClient *> out;
    for (const auto &client : m_clients)
        out.append(client.get());
    return out;
}

AlertmanagerClient *AlertClusters::single(const QString &command, int *exitCode) const
{
    if (m_clients.size() == 1)
        return m_clients.front().get();
    QStringList names;
    for (const auto &client : m_clients)
        names.append(client->clusterName());
    printError(tr("%1: %2 Alertmanager clusters are configured (%3); choose one with --cluster")
                   .arg(command, QString::number(m_clients.size()), names.join(QStringLiteral(", "))));
    *exitCode = 2;
    return nullptr;
}

} // namespace pivori::cli

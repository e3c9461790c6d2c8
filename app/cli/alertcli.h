// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertmanagerclient.h"
#include "consoleconfig.h"
#include "httptransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace pivori {
class AlertsBackend;
}

namespace pivori::cli {

/// What the alert commands share: the configuration's Alertmanager clusters (all, or the one
/// named by --cluster) in a read-only AlertsBackend: a client each, the poller, the models.
class AlertClusters final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::cli::AlertClusters)
public:
    /// Adds the option every alert command takes besides the global ones.
    static void addClusterOption(QCommandLineParser &parser);

    /// Loads the configuration (global options applied) and makes a client per cluster, or
    /// only for the one named by --cluster. Returns nothing, with the message printed and the
    /// exit code in @p exitCode, when that fails.
    /// With @p timeoutMs, no request waits longer than that (CommandLine::capTimeouts).
    static std::unique_ptr<AlertClusters> open(const QCommandLineParser &parser, const QString &command,
        int *exitCode, std::optional<qint64> timeoutMs = std::nullopt);

    ~AlertClusters();

    /// The clients, in configuration order.
    QList<AlertmanagerClient *> clients() const;
    AlertsBackend *backend() const { return m_backend.get(); }
    HttpTransport *transport() const { return m_transport.get(); }
    /// The one cluster a write goes to: the only one, or the one named by --cluster.
    AlertmanagerClient *single(const QString &command, int *exitCode) const;
    const ConsoleConfig &config() const { return m_config; }

private:
    AlertClusters() = default;

    ConsoleConfig m_config;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<AlertsBackend> m_backend;
};

} // namespace pivori::cli

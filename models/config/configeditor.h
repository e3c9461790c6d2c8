// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "endpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace pivori {

/// What the welcome page and the Settings dialog edit: the first Prometheus server and the first
/// Alertmanager cluster of console.yaml, with their auth and CA. Secrets are references only.
struct ConnectionSettings final
{
    QUrl prometheusUrl;
    Auth prometheusAuth;
    QString prometheusCaFile;
    QList<QUrl> alertmanagerUrls; ///< the replicas of one HA cluster; empty = no Alertmanager
    Auth alertmanagerAuth;
    QString alertmanagerCaFile;

    /// The settings of a loaded configuration (its first server and first cluster).
    static ConnectionSettings fromConfig(const ConsoleConfig &config);
    bool operator==(const ConnectionSettings &other) const;
};

/// Writes ConnectionSettings into a console.yaml without disturbing anything else in it: only
/// the values it owns (the first `prometheus:` entry's url, auth and ca_file, the first
/// `alertmanagers:` entry's replicas, auth and ca_file) change, and only when they differ from
/// what the file says; comments, order, quoting and every other key stay as written. It refuses,
/// with a message, what it cannot edit safely, and never returns a text the loader rejects or
/// one whose other keys read differently from before.
class ConfigEditor final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ConfigEditor)

public:
    struct Outcome
    {
        QByteArray text; ///< the edited file; empty on failure
        QString error; ///< why nothing was changed; empty on success

        bool ok() const { return error.isEmpty(); }
    };

    /// Edits @p yaml (a file named @p displayName; relative paths resolve against @p baseDir).
    static Outcome apply(const QByteArray &yaml, const ConnectionSettings &settings,
        const QString &displayName, const QString &baseDir);
    /// The start of a new console.yaml: comments and the schema version, no servers.
    static QByteArray newFileText();
    /// Reads @p path (or starts from newFileText() when it does not exist), edits, re-validates
    /// and replaces it atomically. Creates the directory. Returns the error, or an empty string.
    static QString applyToFile(const QString &path, const ConnectionSettings &settings);
    /// $XDG_CONFIG_HOME/pivori-console/console.yaml (XDG_CONFIG_HOME defaulting to ~/.config).
    static QString userConfigPath();
};

} // namespace pivori

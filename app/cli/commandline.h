// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "grafanaimporter.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace pivori {

/// Options every command takes, before or after the command word.
struct GlobalOptions final
{
    QString configPath;
    QString prometheusUrl; ///< replaces the configured Prometheus servers
    QStringList alertmanagerUrls; ///< given together: the replicas of one HA cluster
};

/// The command-line grammar shared by all subcommands.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::CommandLine)
public:
    /// The subcommand named in @p arguments (argv without argv[0]), or an empty string for the GUI.
    /// Values of global options are skipped, so `--config query.yaml` is not the query command.
    static QString commandName(const QStringList &arguments);
    /// @p arguments without the command word, ready for QCommandLineParser::process.
    static QStringList withoutCommand(const QStringList &arguments, const QString &command);
    static QStringList commandNames();

    /// The value of `--lang` (the last one given), read before any parser runs because the
    /// translations must be installed before the first translated text is made.
    static QString languageOption(const QStringList &arguments);

    static void addGlobalOptions(QCommandLineParser &parser);
    static GlobalOptions globalOptions(const QCommandLineParser &parser);

    /// Loads the configuration and applies the global overrides. On failure writes every
    /// error (file:line:col) to @p problem and returns nothing.
    static std::optional<ConsoleConfig> loadConfig(const GlobalOptions &options, QString *problem);
    /// loadConfig, then the dashboards of its `- file:` and `- folder:` entries, for the commands
    /// that show dashboards. A dashboard file that cannot be read leaves out only its own
    /// dashboards: each such problem is printed on stderr and added to @p fileProblems. Each
    /// converted Grafana dashboard's report summary goes to the log category pivori.grafana.import
    /// (info; `validate --import-reports` prints the whole reports).
    /// @p import: variable values the Grafana files' conversion takes (`snapshot --var`).
    static std::optional<ConsoleConfig> loadConfigWithDashboards(const GlobalOptions &options,
        QString *problem, QStringList *fileProblems = nullptr, const GrafanaImportOptions &import = {});

    /// Adds `--timeout DURATION` to a command that asks several servers at once.
    static void addTimeoutOption(QCommandLineParser &parser);
    /// The value of --timeout in ms: nothing when not given; false (message on stderr) when
    /// it is not a positive duration.
    static bool readTimeoutOption(
        const QCommandLineParser &parser, const QString &command, std::optional<qint64> *timeoutMs);
    /// No request to any server, and no health check, waits longer than @p timeoutMs: every
    /// request runs in parallel, so the whole command ends within about that time.
    static void capTimeouts(ConsoleConfig *config, qint64 timeoutMs);
};

} // namespace pivori

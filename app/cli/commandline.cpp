// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "cliutil.h"
#include "configloader.h"
#include "dashboardfileresolver.h"
#include "duration.h"
#include "uilanguage.h"

#include <algorithm>

namespace pivori {

namespace {

const QStringList &valueOptions()
{
    static const QStringList options { QStringLiteral("--config"), QStringLiteral("--prometheus"),
        QStringLiteral("--alertmanager"), QStringLiteral("-c"), QStringLiteral("--lang"),
        // the console's and the demo's display options
        QStringLiteral("--screen"), QStringLiteral("--refresh"),
        // check's options
        QStringLiteral("--report-dir"), QStringLiteral("--category"), QStringLiteral("--only") };
    return options;
}

std::optional<Endpoint> endpointFromUrl(const QString &text, const QString &option, QString *problem)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        *problem
            = CommandLine::tr("%1: \"%2\" is not an http:// or https:// URL with a host").arg(option, text);
        return std::nullopt;
    }
    Endpoint endpoint;
    endpoint.url = url;
    return endpoint;
}

} // namespace

QStringList CommandLine::commandNames()
{
    return { QStringLiteral("demo"), QStringLiteral("validate"), QStringLiteral("query"),
        QStringLiteral("stack"), QStringLiteral("snapshot"), QStringLiteral("alerts"), QStringLiteral("ack"),
        QStringLiteral("expire"), QStringLiteral("silences"), QStringLiteral("check"),
        QStringLiteral("import-grafana") };
}

QString CommandLine::commandName(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--"))
            return {};
        if (arg.startsWith(QLatin1Char('-'))) {
            if (valueOptions().contains(arg))
                ++i; // skip its value
            continue;
        }
        return commandNames().contains(arg) ? arg : QString();
    }
    return {};
}

QStringList CommandLine::withoutCommand(const QStringList &arguments, const QString &command)
{
    QStringList out = arguments;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (valueOptions().contains(out[i])) {
            ++i;
            continue;
        }
        if (out[i] == command) {
            out.removeAt(i);
            break;
        }
    }
    return out;
}

void CommandLine::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ { QStringLiteral("c"), QStringLiteral("config") },
        tr("Configuration file (default: $XDG_CONFIG_HOME/pivori-console/console.yaml, else built-in)."),
        tr("file") });
    parser.addOption({ QStringLiteral("prometheus"),
        tr("Use this Prometheus instead of the configured ones."), tr("url") });
    parser.addOption({ QStringLiteral("alertmanager"),
        tr("Use this Alertmanager instead of the configured ones; repeat it for the replicas of one HA "
           "cluster."),
        tr("url") });
    parser.addOption({ QStringLiteral("lang"),
        tr("Language of the interface and of messages: %1 (default: the one chosen in the window, else the "
           "system's).")
            .arg(UiLanguage::available().join(QStringLiteral(", "))),
        tr("code") });
}

QString CommandLine::languageOption(const QStringList &arguments)
{
    QString value;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--"))
            break;
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments[++i];
        else if (arg.startsWith(QLatin1String("--lang=")))
            value = arg.mid(7);
    }
    return value;
}

GlobalOptions CommandLine::globalOptions(const QCommandLineParser &parser)
{
    GlobalOptions options;
    options.configPath = parser.value(QStringLiteral("config"));
    options.prometheusUrl = parser.value(QStringLiteral("prometheus"));
    options.alertmanagerUrls = parser.values(QStringLiteral("alertmanager"));
    return options;
}

std::optional<ConsoleConfig> CommandLine::loadConfig(const GlobalOptions &options, QString *problem)
{
    const QString path = ConfigLoader::resolvePath(options.configPath);
    ConfigLoadResult loaded = ConfigLoader::loadFile(path);
    if (!loaded.ok()) {
        QStringList lines;
        for (const ConfigError &error : loaded.errors)
            lines << error.toString();
        *problem = lines.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    // The file decides which dashboards exist (built-in ones by `- builtin: ID`).
    ConsoleConfig config = std::move(loaded.config);
    if (!options.prometheusUrl.isEmpty()) {
        auto endpoint = endpointFromUrl(options.prometheusUrl, QStringLiteral("--prometheus"), problem);
        if (!endpoint)
            return std::nullopt;
        // Keep the configured timeout; auth and CA belong to the server that was replaced.
        if (!config.prometheus.isEmpty())
            endpoint->timeoutMs = config.prometheus.first().endpoint.timeoutMs;
        config.prometheus = { PrometheusServer { QStringLiteral("prometheus"), *endpoint } };
    }
    if (!options.alertmanagerUrls.isEmpty()) {
        AlertmanagerCluster cluster;
        cluster.name = QStringLiteral("alertmanager");
        for (const QString &url : options.alertmanagerUrls) {
            auto endpoint = endpointFromUrl(url, QStringLiteral("--alertmanager"), problem);
            if (!endpoint)
                return std::nullopt;
            endpoint->maxAnswerBytes = Endpoint::kDefaultAlertmanagerMaxAnswerBytes; // as configured ones
            cluster.replicas.append(*endpoint);
        }
        config.alertmanagers = { cluster };
    }
    return config;
}

std::optional<ConsoleConfig> CommandLine::loadConfigWithDashboards(const GlobalOptions &options,
    QString *problem, QStringList *fileProblems, const GrafanaImportOptions &import)
{
    auto config = loadConfig(options, problem);
    if (!config)
        return config;
    const ResolvedDashboardFiles resolved = resolveDashboardFiles(*config, import);
    for (const ConfigError &error : resolved.problems) {
        cli::printError(error.toString());
        if (fileProblems)
            *fileProblems << error.toString();
    }
    for (const ImportedDashboard &imported : resolved.imports) {
        qCInfo(grafanaImportLog, "%s",
            qPrintable(tr("dashboard \"%1\" converted from %2: %3")
                           .arg(imported.dashboardId, imported.file, imported.report.summary())));
    }
    return config;
}

void CommandLine::addTimeoutOption(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("timeout"),
        tr("Give up on any server that has not answered after this long, e.g. 10s (default: each "
           "server's configured timeout); the command then ends within about this time."),
        tr("duration") });
}

bool CommandLine::readTimeoutOption(
    const QCommandLineParser &parser, const QString &command, std::optional<qint64> *timeoutMs)
{
    timeoutMs->reset();
    if (!parser.isSet(QStringLiteral("timeout")))
        return true;
    const auto ms = parseDurationMs(parser.value(QStringLiteral("timeout")));
    if (!ms || *ms <= 0) {
        cli::printError(tr("%1: --timeout must be a duration like 10s").arg(command));
        return false;
    }
    *timeoutMs = std::min<qint64>(*ms, 3'600'000); // what one request may take at most anyway
    return true;
}

void CommandLine::capTimeouts(ConsoleConfig *config, qint64 timeoutMs)
{
    const auto cap = [timeoutMs](Endpoint &endpoint) {
        endpoint.timeoutMs = int(std::min<qint64>(endpoint.timeoutMs, timeoutMs));
    };
    for (PrometheusServer &server : config->prometheus)
        cap(server.endpoint);
    for (AlertmanagerCluster &cluster : config->alertmanagers)
        std::for_each(cluster.replicas.begin(), cluster.replicas.end(), cap);
    for (HealthCheck &check : config->healthChecks)
        check.timeoutMs = std::min(check.timeoutMs, timeoutMs);
}

} // namespace pivori

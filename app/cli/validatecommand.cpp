// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "configloader.h"
#include "dashboardfileresolver.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class ValidateCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ValidateCommand)
};

} // namespace

int runValidateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ValidateCommand::tr(
        "Checks a configuration file and prints every error as file:line:column: message."));
    CommandLine::addGlobalOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("file"), ValidateCommand::tr("The file to check (or use --config)."));
    parser.addOption({ QStringLiteral("import-reports"),
        ValidateCommand::tr("Also print the whole import report of every Grafana dashboard that the "
                            "configuration's dashboard files hold.") });
    if (const int code = cli::parseOrExit(parser, QStringLiteral("validate"), arguments); code >= 0)
        return code;

    QString path = parser.value(QStringLiteral("config"));
    if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = ConfigLoader::resolvePath({});

    ConfigLoadResult result = ConfigLoader::loadFile(path);
    // Its dashboard files too: a broken one would leave dashboards out of the console.
    const ResolvedDashboardFiles files = resolveDashboardFiles(result.config);
    for (const ImportedDashboard &imported : files.imports) {
        cli::printOut(ValidateCommand::tr("%1: dashboard \"%2\" converted from %3: %4\n")
                          .arg(path, imported.dashboardId, imported.file, imported.report.summary()));
        if (parser.isSet(QStringLiteral("import-reports")))
            cli::printOut(imported.report.text());
    }
    result.errors += files.problems;
    std::stable_sort(
        result.errors.begin(), result.errors.end(), [](const ConfigError &a, const ConfigError &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
    if (result.ok()) {
        cli::printOut(
            ValidateCommand::tr("%1: OK (%n dashboard(s)", nullptr, int(result.config.dashboards.size()))
                .arg(path)
            + ValidateCommand::tr(", %n Prometheus server(s)", nullptr, int(result.config.prometheus.size()))
            + ValidateCommand::tr(
                ", %n Alertmanager cluster(s))", nullptr, int(result.config.alertmanagers.size()))
            + QLatin1Char('\n'));
        return 0;
    }
    QString text;
    for (const ConfigError &error : result.errors)
        text += error.toString() + QLatin1Char('\n');
    std::fputs(text.toUtf8().constData(), stderr);
    return 1;
}

} // namespace pivori

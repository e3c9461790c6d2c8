#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "configloader.h"

#include <QCoreApplication>

namespace pivori {

int runValidateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "pivori::validate", "Checks a configuration file and prints every error as file:line:column: message."));
    CommandLine::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("pivori::validate", "The file to check (or use --config)."));
    if (const int code = cli::parseOrExit(parser, QStringLiteral("validate"), arguments); code >= 0)
        return code;

    QString path = parser.value(QStringLiteral("config"));
    if (!parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = ConfigLoader::resolvePath({});

    const ConfigLoadResult result = ConfigLoader::loadFile(path, ConfigLoader::builtInDashboardIds());
    if (result.ok()) {
        cli::printOut(QCoreApplication::translate("pivori::validate", "%1: OK (%n dashboard(s)", nullptr,
                                                  int(result.config.dashboards.size()))
                          .arg(path)
                      + QCoreApplication::translate("pivori::validate", ", %n Prometheus server(s)", nullptr,
                                                    int(result.config.prometheus.size()))
                      + QCoreApplication::translate("pivori::validate", ", %n Alertmanager cluster(s))", nullptr,
                                                    int(result.config.alertmanagers.size()))
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

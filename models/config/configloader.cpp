// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"

#include "builtintext.h"

#include "configreader.h"
#include "dashboardconfigparser.h"
#include "operationsconfigparser.h"
#include "serverconfigparser.h"

#include <yaml-cpp/depthguard.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <exception>
#include <string>

namespace pivori {

namespace {

bool indentedWithTab(const QByteArray &yaml, int zeroBasedLine)
{
    if (zeroBasedLine < 0)
        return false;
    const QList<QByteArray> lines = yaml.split('\n');
    if (zeroBasedLine >= lines.size())
        return false;
    const QByteArray &line = lines.at(zeroBasedLine);
    for (const char c : line) {
        if (c == '\t')
            return true;
        if (c != ' ')
            return false;
    }
    return false;
}

ConsoleConfig parseDocument(
    const YAML::Node &document, ConfigReader &reader, const QList<Dashboard> *builtIns)
{
    static const QStringList topKeys { QStringLiteral("version"), QStringLiteral("prometheus"),
        QStringLiteral("alertmanagers"), QStringLiteral("refresh"), QStringLiteral("dashboards"),
        QStringLiteral("runbooks"), QStringLiteral("health_checks"), QStringLiteral("noc"),
        QStringLiteral("labels"), QStringLiteral("dead_mans_switch") };
    ConsoleConfig config;
    const auto top = reader.map(document, document.Mark(), QString(), topKeys);
    if (!top)
        return config;
    // Room to change the schema later without guessing what an old file meant.
    reader.name(*top, QStringLiteral("version"), ConfigReader::Need::Optional, QStringLiteral("1"),
        ConfigLoader::tr("1 (the only schema version so far)"));

    ServerConfigParser servers(reader);
    config.prometheus = servers.prometheus(*top);
    config.alertmanagers = servers.alertmanagers(*top);

    OperationsConfigParser operations(reader);
    config.refresh = operations.refresh(*top);

    DashboardConfigParser dashboards(reader, builtIns);
    config.dashboards = dashboards.dashboards(*top);

    config.runbooks = operations.runbooks(*top);

    config.healthChecks
        = operations.healthChecks(*top, servers.writtenServerNames(), servers.writtenClusterNames());

    config.dashboardFiles = dashboards.files();
    dashboards.checkLinks(config.dashboards);
    // A playlist may name a dashboard of a file not read yet; resolveDashboardFiles checks it.
    config.noc = operations.noc(*top, dashboards.writtenIds(), !config.dashboardFiles.isEmpty());
    config.labels = operations.labels(*top);
    config.deadMansSwitch = operations.deadMansSwitch(*top).value_or(config.deadMansSwitch);
    return config;
}

} // namespace

QString ConfigError::toString() const
{
    if (line <= 0)
        return file + QStringLiteral(": ") + message;
    return file + QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column)
        + QStringLiteral(": ") + message;
}

void ConfigLoader::translateBuiltInTexts(QList<Dashboard> &dashboards)
{
    for (Dashboard &dashboard : dashboards) {
        dashboard.title = BuiltInText::translated(dashboard.title);
        dashboard.description = BuiltInText::translated(dashboard.description);
        for (Panel &panel : dashboard.panels) {
            panel.title = BuiltInText::translated(panel.title);
            panel.description = BuiltInText::translated(panel.description);
        }
    }
}

const QList<Dashboard> &ConfigLoader::builtInDashboards()
{
    // Read once, without built-ins of its own to refer to. The file is tested to load cleanly;
    // should it ever not, there is simply nothing to include.
    static const QList<Dashboard> dashboards = [] {
        QFile file(builtInPath());
        if (!file.open(QIODevice::ReadOnly))
            return QList<Dashboard>();
        return load(file.readAll(), builtInPath(), QString(), nullptr).config.dashboards;
    }();
    return dashboards;
}

ConfigLoadResult ConfigLoader::loadFile(const QString &path)
{
    ConfigLoadResult result;
    result.config.sourceName = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append({ path, 0, 0, tr("cannot read the configuration: %1").arg(file.errorString()) });
        return result;
    }
    if (file.size() > maxFileSize) {
        result.errors.append({ path, 0, 0,
            tr("the configuration is %1 bytes; more than %2 bytes is not a "
               "configuration file")
                .arg(file.size())
                .arg(maxFileSize) });
        return result;
    }
    const QByteArray content = file.read(maxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        result.errors.append({ path, 0, 0, tr("cannot read the configuration: %1").arg(file.errorString()) });
        return result;
    }
    return loadText(content, path, QFileInfo(path).absolutePath());
}

ConfigLoadResult ConfigLoader::loadText(
    const QByteArray &yaml, const QString &displayName, const QString &baseDir)
{
    // The built-in file defines the dashboards others refer to; it refers to none itself.
    const bool builtIn = displayName == builtInPath();
    return load(yaml, displayName, baseDir, builtIn ? nullptr : &builtInDashboards());
}

ConfigLoadResult ConfigLoader::load(const QByteArray &yaml, const QString &displayName,
    const QString &baseDir, const QList<Dashboard> *builtIns)
{
    ConfigLoadResult result;
    result.config.sourceName = displayName;
    if (yaml.size() > maxFileSize) {
        result.errors.append(
            { displayName, 0, 0, tr("the configuration is larger than %1 bytes").arg(maxFileSize) });
        return result;
    }
    ConfigReader reader(displayName, baseDir);
    const QString emptyMessage
        = tr("the configuration is empty; expected a map with at least a prometheus list of servers");
    try {
        const std::vector<YAML::Node> documents
            = YAML::LoadAll(std::string(yaml.constData(), size_t(yaml.size())));
        if (documents.empty() || documents.front().IsNull()) {
            reader.error(YAML::Mark(), emptyMessage);
        } else {
            if (documents.size() > 1)
                reader.error(documents.at(1).Mark(),
                    tr("a second YAML document starts here; the configuration must be a single document"));
            result.config = parseDocument(documents.front(), reader, builtIns);
            result.config.sourceName = displayName;
            if (displayName == builtInPath())
                translateBuiltInTexts(result.config.dashboards);
        }
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp leaves this one's message as "bad file"; the nesting is the real story.
        reader.error(e.mark,
            tr("YAML nesting is too deep (%1 levels); a configuration needs only a few").arg(e.depth()));
    } catch (const YAML::Exception &e) {
        // ParserException (syntax) and anything yaml-cpp throws while walking nodes.
        QString message = tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg));
        if (indentedWithTab(yaml, e.mark.line))
            message += tr(" (the line is indented with a tab; YAML indentation must use spaces)");
        reader.error(e.mark, message);
    } catch (const std::exception &e) {
        reader.error(
            YAML::Mark(), tr("cannot parse the configuration: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    result.errors = reader.errors();
    // Problems found in later passes (duplicates, references) belong where they were written.
    std::stable_sort(
        result.errors.begin(), result.errors.end(), [](const ConfigError &a, const ConfigError &b) {
            return std::pair(a.line, a.column) < std::pair(b.line, b.column);
        });
    if (reader.gaveUp())
        result.errors.append({ displayName, result.errors.last().line, result.errors.last().column,
            tr("too many errors; the rest were not reported") });
    return result;
}

QString ConfigLoader::builtInPath()
{
    return QStringLiteral(":/pivori/console.yaml");
}

QStringList ConfigLoader::builtInDashboardIds()
{
    return { QStringLiteral("production"), QStringLiteral("microservices"), QStringLiteral("kubernetes") };
}

QString ConfigLoader::resolvePath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return explicitPath;
    // The XDG base directory spec says to ignore a relative XDG_CONFIG_HOME.
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty() || QDir::isRelativePath(configHome))
        configHome = QDir::homePath() + QStringLiteral("/.config");
    const QString user = configHome + QStringLiteral("/pivori-console/console.yaml");
    if (QFileInfo(user).isFile())
        return user;
    return builtInPath();
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console check [--json | --nagios] [--report-dir DIR] [--category NAME]... [--only NAME]...`
#include "checkreport.h"
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "healthcheckrunner.h"
#include "networktransport.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QTimer>

#include <unistd.h>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class CheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::CheckCommand)
};

/// "Could not run": the Nagios UNKNOWN, also for bad arguments (2 would read as CRITICAL).
constexpr int kCouldNotRun = 3;

/// Values of a repeatable option, each also split at commas.
QStringList listOption(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

/// The selected names and categories that match no configured check, so a typo is not a silent pass.
QStringList unmatched(const QList<HealthCheck> &checks, const CheckSelection &selection)
{
    QStringList out;
    for (const QString &category : selection.categories) {
        const bool known = std::any_of(checks.cbegin(), checks.cend(), [&category](const HealthCheck &c) {
            return c.effectiveCategory().compare(category, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            out << CheckCommand::tr("no check in category \"%1\"").arg(category);
    }
    for (const QString &name : selection.names) {
        const bool known = std::any_of(checks.cbegin(), checks.cend(),
            [&name](const HealthCheck &c) { return c.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (!known)
            out << CheckCommand::tr("no check named \"%1\"").arg(name);
    }
    return out;
}

bool writeReports(const QString &directory, const CheckRun &run)
{
    if (!QDir().mkpath(directory)) {
        cli::printError(CheckCommand::tr("check: cannot create the report folder %1").arg(directory));
        return false;
    }
    QString error;
    const QDir dir(directory);
    if (!saveFileAtomically(
            dir.filePath(CheckReport::reportFileName(run)), CheckReport::reportText(run).toUtf8(), &error)
        || !saveFileAtomically(
            dir.filePath(CheckReport::snapshotFileName(run)), CheckReport::toJson(run), &error)) {
        cli::printError(CheckCommand::tr("check: %1").arg(error));
        return false;
    }
    return true;
}

} // namespace

int runCheckCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckCommand::tr(
        "Runs the configured health checks of the monitoring stack and exits like a Nagios plugin: 0 every "
        "check passed, 1 a warning, 2 a failure, 3 unknown (a check could not tell, or the command could not "
        "run). A failure outranks an unknown, which outranks a warning."));
    CommandLine::addGlobalOptions(parser);
    parser.addOption({ QStringLiteral("json"),
        CheckCommand::tr(
            // NOLINTNEXTLINE(modernize-raw-string-literal): lupdate reads plain literals in tr()
            "Print {\"checks\": [...], \"summary\": {...}, \"time\": ...} instead of a table.") });
    parser.addOption({ QStringLiteral("nagios"),
        CheckCommand::tr("Print one Nagios/Icinga line with performance data instead of a table.") });
    parser.addOption({ QStringLiteral("report-dir"),
        CheckCommand::tr("Also write health-report-<time>.txt and metrics-<time>.json into this folder."),
        CheckCommand::tr("dir") });
    parser.addOption({ QStringLiteral("category"),
        CheckCommand::tr("Only the checks of this category (repeatable, or comma-separated)."),
        CheckCommand::tr("name") });
    parser.addOption({ QStringLiteral("only"),
        CheckCommand::tr("Only the check of this name (repeatable, or comma-separated)."),
        CheckCommand::tr("name") });
    parser.addOption(
        { QStringLiteral("list"), CheckCommand::tr("List the configured checks without running them.") });
    CommandLine::addTimeoutOption(parser);
    if (const int code = cli::parseOrExit(parser, QStringLiteral("check"), arguments); code >= 0)
        return code == 2 ? kCouldNotRun : code;
    std::optional<qint64> timeoutMs;
    if (!CommandLine::readTimeoutOption(parser, QStringLiteral("check"), &timeoutMs))
        return kCouldNotRun;
    if (!parser.positionalArguments().isEmpty()) {
        cli::printError(CheckCommand::tr("check: unexpected argument \"%1\" (names go in --only)")
                            .arg(parser.positionalArguments().constFirst()));
        return kCouldNotRun;
    }
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("nagios"))) {
        cli::printError(CheckCommand::tr("check: give --json or --nagios, not both"));
        return kCouldNotRun;
    }

    QString problem;
    auto config = CommandLine::loadConfig(CommandLine::globalOptions(parser), &problem);
    if (!config) {
        cli::printError(problem);
        return kCouldNotRun;
    }
    if (timeoutMs)
        CommandLine::capTimeouts(&*config, *timeoutMs);
    if (parser.isSet(QStringLiteral("list"))) {
        QString out;
        for (const HealthCheck &c : config->healthChecks)
            out += QStringLiteral("%1\t%2\n").arg(c.effectiveCategory(), c.name);
        cli::printOut(out);
        return 0;
    }
    CheckSelection selection;
    selection.categories = listOption(parser, QStringLiteral("category"));
    selection.names = listOption(parser, QStringLiteral("only"));
    const QStringList unknown = unmatched(config->healthChecks, selection);
    if (!unknown.isEmpty()) {
        cli::printError(
            CheckCommand::tr("check: %1 (see check --list)").arg(unknown.join(QStringLiteral("; "))));
        return kCouldNotRun;
    }
    if (HealthCheckRunner::selected(config->healthChecks, selection).isEmpty()) {
        cli::printError(CheckCommand::tr("check: no health check is configured or selected"));
        return kCouldNotRun;
    }

    QNetworkAccessManager nam;
    NetworkTransport transport(&nam);
    HealthCheckRunner runner(*config, transport);
    CheckRun run;
    QObject::connect(&runner, &HealthCheckRunner::finished, &runner, [&run](const CheckRun &finished) {
        run = finished;
        QCoreApplication::quit();
    });
    QTimer::singleShot(0, &runner, [&runner, &selection] { runner.run(selection); });
    QCoreApplication::exec();

    if (parser.isSet(QStringLiteral("json")))
        cli::printOut(CheckReport::toJson(run));
    else if (parser.isSet(QStringLiteral("nagios")))
        cli::printOut(CheckReport::toNagios(run));
    else
        cli::printOut(
            CheckReport::toTable(run, isatty(STDOUT_FILENO) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR")));
    if (parser.isSet(QStringLiteral("report-dir"))
        && !writeReports(parser.value(QStringLiteral("report-dir")), run))
        return kCouldNotRun;
    return CheckReport::exitCode(run);
}

} // namespace pivori

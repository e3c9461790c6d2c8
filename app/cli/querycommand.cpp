// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console query [--json] [--time T] [--range DUR [--step DUR] [--end T]] EXPR`
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "duration.h"
#include "networktransport.h"
#include "prometheusclient.h"
#include "queryresultformat.h"
#include "querystep.h"
#include "timepoint.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class QueryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::QueryCommand)
};

// About one point per column of a wide terminal plot: enough detail, never near 11,000.
constexpr int kDefaultRangePoints = 240;

} // namespace

int runQueryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QueryCommand::tr("Runs a PromQL expression against Prometheus and prints the answer."));
    CommandLine::addGlobalOptions(parser);
    parser.addOption({ QStringLiteral("json"),
        QueryCommand::tr("Print {\"resultType\", \"result\"} as JSON, values as numbers (NaN as null).") });
    parser.addOption({ QStringLiteral("time"),
        QueryCommand::tr("Evaluation time of an instant query: now, now-5m, unix seconds or RFC 3339."),
        QueryCommand::tr("time") });
    parser.addOption({ QStringLiteral("range"),
        QueryCommand::tr("Run a range query over this duration, e.g. 1h."), QueryCommand::tr("duration") });
    parser.addOption({ QStringLiteral("step"),
        QueryCommand::tr("Resolution of a range query (default: range/240, at least 1s)."),
        QueryCommand::tr("duration") });
    parser.addOption({ QStringLiteral("end"), QueryCommand::tr("End of a range query (default now)."),
        QueryCommand::tr("time") });
    parser.addOption({ QStringLiteral("timeout"),
        QueryCommand::tr("Give up after this long (default: the server's configured timeout)."),
        QueryCommand::tr("duration") });
    parser.addPositionalArgument(QStringLiteral("expr"), QueryCommand::tr("The PromQL expression."));
    if (const int code = cli::parseOrExit(parser, QStringLiteral("query"), arguments); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.constFirst().trimmed().isEmpty()) {
        cli::printError(QueryCommand::tr("query: give exactly one expression (quote it)"));
        return 2;
    }
    const QString expr = positional.constFirst();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    auto timeOption = [&](const QString &name) -> std::optional<QDateTime> {
        if (!parser.isSet(name))
            return now;
        return parseTimePoint(parser.value(name), now);
    };
    auto durationOption = [&](const QString &name) -> std::optional<qint64> {
        const auto ms = parseDurationMs(parser.value(name));
        return ms && *ms > 0 ? ms : std::nullopt;
    };

    QString problem;
    auto config = CommandLine::loadConfig(CommandLine::globalOptions(parser), &problem);
    if (!config) {
        cli::printError(problem);
        return 1;
    }
    if (config->prometheus.isEmpty()) {
        cli::printError(QueryCommand::tr("query: no Prometheus configured; pass --prometheus URL"));
        return 1;
    }
    Endpoint endpoint = config->prometheus.constFirst().endpoint;
    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto timeout = durationOption(QStringLiteral("timeout"));
        if (!timeout) {
            cli::printError(QueryCommand::tr("query: --timeout must be a duration like 10s"));
            return 2;
        }
        endpoint.timeoutMs = int(std::min<qint64>(*timeout, 3'600'000));
    }

    QNetworkAccessManager nam;
    NetworkTransport transport(&nam);
    PrometheusClient client(&transport, endpoint);
    const bool json = parser.isSet(QStringLiteral("json"));
    int exitCode = 1;
    auto print = [&](const Result<QueryResult> &result) {
        if (!result) {
            cli::printError(result.error().describe());
        } else {
            for (const QString &warning : result.value().warnings)
                cli::printError(QueryCommand::tr("warning: %1").arg(warning));
            cli::printOut(
                json ? queryResultToJson(result.value()) : queryResultToTable(result.value()).toUtf8());
            exitCode = 0;
        }
        QCoreApplication::quit();
    };

    if (parser.isSet(QStringLiteral("range"))) {
        const auto range = durationOption(QStringLiteral("range"));
        const auto end = timeOption(QStringLiteral("end"));
        if (!range || !end) {
            cli::printError(!range
                    ? QueryCommand::tr("query: --range must be a duration like 1h")
                    : QueryCommand::tr("query: --end is not a time (now, now-5m, unix seconds or RFC 3339)"));
            return 2;
        }
        qint64 step = chooseStepMs(*range, kDefaultRangePoints);
        if (parser.isSet(QStringLiteral("step"))) {
            const auto given = durationOption(QStringLiteral("step"));
            if (!given) {
                cli::printError(QueryCommand::tr("query: --step must be a duration like 15s"));
                return 2;
            }
            step = *given;
        }
        client.queryRange(expr, end->addMSecs(-*range), *end, step, &client, print);
    } else {
        if (parser.isSet(QStringLiteral("step")) || parser.isSet(QStringLiteral("end"))) {
            cli::printError(QueryCommand::tr("query: --step and --end need --range"));
            return 2;
        }
        const auto time = timeOption(QStringLiteral("time"));
        if (!time) {
            cli::printError(
                QueryCommand::tr("query: --time is not a time (now, now-5m, unix seconds or RFC 3339)"));
            return 2;
        }
        client.query(expr, parser.isSet(QStringLiteral("time")) ? time : std::nullopt, &client, print);
    }
    QCoreApplication::exec();
    return exitCode;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
// `pivori-console ack --matcher M... --duration DUR --comment TEXT [--author NAME] [--cluster NAME]`
// `pivori-console expire [--cluster NAME] ID`
#include "acknowledgement.h"
#include "alertcli.h"
#include "alertcommands.h"
#include "cliutil.h"
#include "commandline.h"
#include "duration.h"
#include "silencelimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pivori {

namespace {

/// `ack`'s exit code when it cannot tell whether the silence was created.
constexpr int kAckUnknown = 3;

// Free functions have no tr(): these classes are the contexts the messages of ack and expire are
// filed and looked up under.
class AckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::AckCommand)
};

class ExpireCommand final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ExpireCommand)
};

} // namespace

int runAckCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        AckCommand::tr("Acknowledges alerts: creates an Alertmanager silence whose comment starts with "
                       "\"ACK!\" and prints its id.\n"
                       "Exit codes: 0 created (the id is printed); 1 not created (no replica took it, or "
                       "one refused it); 2 bad arguments; 3 unknown: the answer was lost and not every "
                       "replica could be asked whether the silence exists (stderr names the ack's token "
                       "to look for). When an answer is lost, the replicas are asked for the ack's token "
                       "before answering, so 0 and 1 are what Alertmanager holds. There is no outbox on "
                       "the command line: nothing is retried."));
    CommandLine::addGlobalOptions(parser);
    cli::AlertClusters::addClusterOption(parser);
    parser.addOption({ QStringLiteral("matcher"),
        AckCommand::tr(
            "Which alerts, e.g. 'alertname=\"HighP95Latency\"' or 'service=trading'; repeatable, all must "
            "hold."),
        AckCommand::tr("matcher") });
    parser.addOption({ QStringLiteral("duration"),
        AckCommand::tr("How long the acknowledgement lasts, e.g. 2h; at most %1 days.")
            .arg(SilenceLimits::kMaxDays),
        AckCommand::tr("duration") });
    parser.addOption(
        { QStringLiteral("comment"), AckCommand::tr("Why, or what is being done."), AckCommand::tr("text") });
    parser.addOption({ QStringLiteral("author"), AckCommand::tr("Who acknowledges (default: $USER)."),
        AckCommand::tr("name") });
    if (const int code = cli::parseOrExit(parser, QStringLiteral("ack"), arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        cli::printError(AckCommand::tr("ack: unexpected argument \"%1\" (matchers go in --matcher)")
                            .arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    QList<Matcher> matchers;
    for (const QString &text : parser.values(QStringLiteral("matcher"))) {
        auto parsed = parseMatchers(text);
        if (!parsed || parsed.value().isEmpty()) {
            cli::printError(
                AckCommand::tr("ack: --matcher \"%1\": %2")
                    .arg(text, parsed ? AckCommand::tr("no matcher in it") : parsed.error().message));
            return 2;
        }
        matchers.append(parsed.value());
    }
    if (matchers.isEmpty()) {
        cli::printError(AckCommand::tr("ack: give at least one --matcher"));
        return 2;
    }
    const QString durationText = parser.value(QStringLiteral("duration"));
    const auto duration = parseDurationMs(durationText);
    if (!duration || *duration <= 0) {
        cli::printError(AckCommand::tr("ack: --duration must be a positive duration like 30m or 2h"));
        return 2;
    }
    if (const QString problem = SilenceLimits::durationProblem(*duration); !problem.isEmpty()) {
        cli::printError(AckCommand::tr("ack: --duration %1 refused: %2").arg(durationText, problem));
        return 2;
    }
    const QString comment = parser.value(QStringLiteral("comment")).trimmed();
    if (comment.isEmpty()) {
        cli::printError(AckCommand::tr("ack: --comment is required: say why, or what is being done"));
        return 2;
    }
    const QString author = parser.isSet(QStringLiteral("author"))
        ? parser.value(QStringLiteral("author")).trimmed()
        : Acknowledgement::defaultAuthor();
    if (author.isEmpty()) {
        cli::printError(AckCommand::tr("ack: --author must not be empty"));
        return 2;
    }

    int exitCode = 1;
    const auto clusters = cli::AlertClusters::open(parser, QStringLiteral("ack"), &exitCode);
    if (!clusters)
        return exitCode;
    AlertmanagerClient *client = clusters->single(QStringLiteral("ack"), &exitCode);
    if (!client)
        return exitCode;

    PostableSilence silence;
    silence.matchers = matchers;
    silence.startsAt = QDateTime::currentDateTimeUtc();
    silence.endsAt = silence.startsAt.addMSecs(*duration);
    silence.createdBy = author;
    const QString token = Acknowledgement::newToken();
    silence.comment = Acknowledgement::composeComment(comment, token);
    const auto finish = [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::quit();
    };
    // The answer was lost: the silence may exist. Say only what the replicas say.
    const auto lookForToken = [&, client](const Error &lost) {
        client->fetchSilences(client, [&, lost](Result<AlertmanagerClient::SilencesSnapshot> listed) {
            if (!listed) {
                cli::printError(AckCommand::tr("ack: unknown whether anything was acknowledged: %1; and no "
                                               "replica answered the check: %2. Look for \"[ack:%3]\" with "
                                               "`pivori-console silences` before acknowledging again.")
                                    .arg(lost.describe(), listed.error().describe(), token));
                finish(kAckUnknown);
                return;
            }
            for (const Silence &found : listed.value().silences) {
                if (Acknowledgement::tokenOf(found.comment) == token) {
                    cli::printError(
                        AckCommand::tr("ack: the answer was lost (%1), but silence %2 carries this "
                                       "acknowledgement: it was created")
                            .arg(lost.describe(), found.id));
                    cli::printOut(found.id + u'\n');
                    finish(0);
                    return;
                }
            }
            QStringList silent;
            for (const auto &failure : listed.value().failures)
                silent.append(failure.replicaUrl);
            if (silent.isEmpty()) {
                cli::printError(AckCommand::tr("ack: nothing was acknowledged: %1 (no replica holds it)")
                                    .arg(lost.describe()));
                finish(1);
                return;
            }
            cli::printError(AckCommand::tr("ack: unknown whether anything was acknowledged: %1; %2 did not "
                                           "answer the check. Look for \"[ack:%3]\" with `pivori-console "
                                           "silences` before acknowledging again.")
                                .arg(lost.describe(), silent.join(QStringLiteral(", ")), token));
            finish(kAckUnknown);
        });
    };
    client->createSilence(
        silence, client, [&, lookForToken](Result<AlertmanagerClient::WriteOutcome> result) {
            if (result) {
                cli::printOut(result.value().id + u'\n');
                finish(0);
            } else if (AlertmanagerClient::isOutcomeUnknown(result.error())) {
                lookForToken(result.error());
            } else {
                cli::printError(
                    AckCommand::tr("ack: nothing was acknowledged: %1").arg(result.error().describe()));
                finish(1);
            }
        });
    QCoreApplication::exec();
    return exitCode;
}

int runExpireCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExpireCommand::tr("Expires a silence (un-acknowledges, when it is an acknowledgement)."));
    CommandLine::addGlobalOptions(parser);
    cli::AlertClusters::addClusterOption(parser);
    parser.addPositionalArgument(
        QStringLiteral("id"), ExpireCommand::tr("The silence id, as printed by ack or silences."));
    if (const int code = cli::parseOrExit(parser, QStringLiteral("expire"), arguments); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    static const QRegularExpression idPattern(QStringLiteral("\\A[A-Za-z0-9-]{1,64}\\z"));
    if (positional.size() != 1 || !idPattern.match(positional.constFirst()).hasMatch()) {
        cli::printError(positional.size() != 1 ? ExpireCommand::tr("expire: give exactly one silence id")
                                               : ExpireCommand::tr("expire: \"%1\" is not a silence id")
                                                     .arg(positional.constFirst().left(80)));
        return 2;
    }
    const QString id = positional.constFirst();

    int exitCode = 1;
    const auto clusters = cli::AlertClusters::open(parser, QStringLiteral("expire"), &exitCode);
    if (!clusters)
        return exitCode;
    AlertmanagerClient *client = clusters->single(QStringLiteral("expire"), &exitCode);
    if (!client)
        return exitCode;
    client->expireSilence(id, client, [&](Result<AlertmanagerClient::WriteOutcome> result) {
        if (result) {
            cli::printOut(result.value().id + u'\n');
            exitCode = 0;
        } else {
            cli::printError(ExpireCommand::tr("expire: %1").arg(result.error().describe()));
            exitCode = 1;
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace pivori

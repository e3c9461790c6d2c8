// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliutil.h"

#include <QCoreApplication>

#include <cstdio>

namespace pivori::cli {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class CommandUsage final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::cli::CommandUsage)
};

} // namespace

void printError(const QString &line)
{
    const QByteArray bytes = QCoreApplication::applicationName().toUtf8() + ": " + line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString &text)
{
    printOut(text.toUtf8());
}

int parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    if (!parser.parse(QStringList { QCoreApplication::applicationName() } + arguments)) {
        printError(CommandUsage::tr("%1: %2 (see --help)").arg(command, parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return 0;
    }
    return -1;
}

} // namespace pivori::cli

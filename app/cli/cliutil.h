// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace pivori::cli {

/// Writes one line to stderr (UTF-8) and flushes it.
void printError(const QString &line);
/// Writes text to stdout (UTF-8) as is.
void printOut(const QString &text);
void printOut(const QByteArray &bytes);

/// Parses @p arguments with @p parser. Returns -1 to go on, or the exit code to return
/// at once: 0 after --help/--version, 2 (with the reason on stderr) for bad usage.
int parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

} // namespace pivori::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pivori {

/// One problem in a configuration file, positioned like a compiler message.
struct ConfigError final
{
    QString file; ///< the file name as given by the user (or the display name of a text)
    int line = 0; ///< 1-based; 0 when the problem concerns the whole file (e.g. unreadable)
    int column = 0;
    QString message;

    /// "console.yaml:12:5: refresh.health must be a duration like 30s, got "soon"".
    QString toString() const;
};

struct ConfigLoadResult final
{
    ConsoleConfig config; ///< filled as far as possible even when there are errors
    QList<ConfigError> errors;

    bool ok() const { return errors.isEmpty(); }
};

/// Reads console.yaml into a ConsoleConfig, collecting every error it can find in one pass.
/// Never throws: yaml-cpp exceptions are turned into ConfigErrors here.
class ConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ConfigLoader)

public:
    /// The file decides which dashboards exist: those it defines, and the built-in ones it
    /// names with `- builtin: ID` under `dashboards`. Without a `dashboards` key at all, every
    /// built-in dashboard. The NOC playlist and drill-down links may name only those.
    static ConfigLoadResult loadFile(const QString &path);
    /// Relative paths in the text (runbook files, CA and secret files) are resolved against
    /// @p baseDir; an empty one means the current directory.
    static ConfigLoadResult loadText(
        const QByteArray &yaml, const QString &displayName, const QString &baseDir = {});

    /// The configuration compiled into the program (":/pivori/console.yaml").
    static QString builtInPath();
    /// The ids of the dashboards of the built-in configuration.
    static QStringList builtInDashboardIds();
    /// The dashboards of the built-in configuration, read once.
    static const QList<Dashboard> &builtInDashboards();
    /// --config FILE if given, else $XDG_CONFIG_HOME/pivori-console/console.yaml (XDG_CONFIG_HOME
    /// defaulting to ~/.config) if that file exists, else the built-in configuration.
    static QString resolvePath(const QString &explicitPath);

    /// Files larger than this are refused before parsing.
    static constexpr qint64 maxFileSize = 4 * 1024 * 1024;

private:
    /// The built-in file's dashboard and panel titles and descriptions in the interface's language.
    static void translateBuiltInTexts(QList<Dashboard> &dashboards);
    /// @p builtIns: what `- builtin: ID` may name; nullptr for the built-in file itself.
    static ConfigLoadResult load(const QByteArray &yaml, const QString &displayName, const QString &baseDir,
        const QList<Dashboard> *builtIns);
};

} // namespace pivori

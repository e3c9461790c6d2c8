// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include <QList>

namespace pivori {

class HttpTransport;

/// The console started for the first time: nothing configured, and no stack on this machine
/// to fall back on, so the welcome page asks where the stack is instead of showing errors.
class FirstRun final
{
public:
    enum class Choice { Connected, Demo, Closed };

    /// The built-in configuration's servers: Prometheus and Alertmanager on their usual ports.
    static inline const QList<quint16> kBuiltInPorts { 9090, 9093 };

    /// No --config, --prometheus or --alertmanager, no $XDG_CONFIG_HOME/pivori-console/console.yaml,
    /// and nothing accepting connections on localhost at @p localPorts (the built-in
    /// configuration's servers; tests pass ports of their own). Waits at most kLocalProbeMs,
    /// before any window is shown.
    static bool isNeeded(const GlobalOptions &options, const QList<quint16> &localPorts = kBuiltInPorts);
    /// Shows the welcome page until the user saved a configuration, asked for the demo or closed it.
    static Choice welcome(HttpTransport *transport);
    /// The file File > Settings edits: --config, else the user's file (made if missing).
    static QString editablePath(const GlobalOptions &options);

    static constexpr int kLocalProbeMs = 400;
};

} // namespace pivori

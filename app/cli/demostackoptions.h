// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stacklauncher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pivori {

/// The options `demo` and `stack` share, so that one stack is described the same way to
/// both: the fleet's seed, its scenarios, and what happens when one of its servers dies.
class DemoStackOptions final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::DemoStackOptions)
public:
    /// What a command starts with when its options are not given.
    struct Defaults final
    {
        QStringList scenarios; ///< without --scenario
        QString history; ///< without --history: "1h", or "0" for none
        QStringList pastIncidents; ///< without --past-incident, NAME[:TARGET]@FROM-TO
    };

    /// Adds --seed, --services, --pods-per-service, --scenario, --no-scenarios, --restart-delay,
    /// --no-restart, --history and --past-incident.
    static void addTo(QCommandLineParser &parser, const Defaults &defaults);
    /// Fills those fields of @p options from @p parser; false with the reason in @p problem
    /// (e.g. --scenario together with --no-scenarios).
    static bool read(
        const QCommandLineParser &parser, const Defaults &defaults, StackOptions *options, QString *problem);
    /// What the stack does when a server dies, for the start-up message
    /// ("a server that dies is started again after 10 s, ...").
    static QString restartPolicyText(const StackOptions &options);

    /// A day of history is ~25 MB of OpenMetrics per 15 services, and promtool takes a while.
    static constexpr qint64 kMaxHistoryMs = 24LL * 3600 * 1000;
};

} // namespace pivori

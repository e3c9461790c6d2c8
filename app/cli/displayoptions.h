// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pivori {

class MainWindow;

/// How the console window opens: `--noc` (the wall display), `--screen N` (which monitor
/// the wall fills; remembered for next time) and `--refresh D` (one polling interval for
/// dashboards, alerts and server checks, overriding the configuration). The console and
/// the demo share them.
struct DisplayOptions final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::DisplayOptions)
public:
    bool noc = false;
    std::optional<int> screen;
    std::optional<qint64> refreshMs;

    static void addTo(QCommandLineParser &parser);
    /// Reads the options; on a problem sets @p problem and returns nothing.
    static std::optional<DisplayOptions> read(const QCommandLineParser &parser, QString *problem);

    /// Applies `--refresh` to every dashboard and poller of @p config.
    void applyTo(ConsoleConfig &config) const;
    /// Shows @p window, or puts it straight into NOC mode.
    void open(MainWindow &window) const;
};

} // namespace pivori

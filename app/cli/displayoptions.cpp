// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayoptions.h"

#include "duration.h"
#include "mainwindow.h"

#include <QCoreApplication>

namespace pivori {

namespace {

constexpr int kMaxScreen = 15;

} // namespace

void DisplayOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("noc"),
        tr("Open as the NOC wall display: full screen, rotating through the playlist.") });
    parser.addOption({ QStringLiteral("screen"),
        tr("The screen the NOC wall fills, from 0 (remembered; default: the configured one)."), tr("n") });
    parser.addOption({ QStringLiteral("refresh"),
        tr("Poll dashboards, alerts and servers this often, e.g. 5s (overrides the configuration)."),
        tr("duration") });
}

std::optional<DisplayOptions> DisplayOptions::read(const QCommandLineParser &parser, QString *problem)
{
    DisplayOptions options;
    options.noc = parser.isSet(QStringLiteral("noc"));
    if (parser.isSet(QStringLiteral("screen"))) {
        bool ok = false;
        const int screen = parser.value(QStringLiteral("screen")).toInt(&ok);
        if (!ok || screen < 0 || screen > kMaxScreen) {
            *problem = tr("--screen must be a number from 0 to %1").arg(kMaxScreen);
            return std::nullopt;
        }
        options.screen = screen;
    }
    if (parser.isSet(QStringLiteral("refresh"))) {
        const auto ms = parseDurationMs(parser.value(QStringLiteral("refresh")));
        if (!ms || *ms < 1000) {
            *problem = tr("--refresh must be a duration of at least 1s, like 5s");
            return std::nullopt;
        }
        options.refreshMs = *ms;
    }
    return options;
}

void DisplayOptions::applyTo(ConsoleConfig &config) const
{
    if (!refreshMs)
        return;
    config.refresh.dashboardsMs = *refreshMs;
    config.refresh.alertsMs = *refreshMs;
    for (Dashboard &dashboard : config.dashboards)
        dashboard.refreshMs = *refreshMs;
}

void DisplayOptions::open(MainWindow &window) const
{
    if (noc)
        window.enterNocMode(screen.value_or(-1));
    else
        window.show();
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace pivori {

struct HistoryEpisode;

/// The simulator's command line, parsed and checked.
class SimulatorOptions final
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorOptions)

public:
    QHostAddress address { QHostAddress::LocalHost };
    QString host = QStringLiteral("127.0.0.1"); ///< as given, for the "listening on" line
    quint16 port = 9100;
    std::uint64_t seed = 1;
    double timeScale = 1.0;
    int services = 15; ///< the platform's fifteen, then generated ones (FleetSize)
    int podsPerService = 0; ///< 0: two or three per service, drawn from the seed
    QStringList scenarios; ///< NAME or NAME:TARGET, checked against the board later
    QString portFile;
    QString historyPath; ///< --history-openmetrics: write the past hour(s) there and exit
    double historySeconds = 3600.0;
    QString historyJob = QStringLiteral("pivori-services");
    QString historyInstance; ///< empty: the --listen address
    /// --history-episode NAME[:TARGET]@FROM-TO: a scenario on from FROM to TO seconds before the
    /// end of the written history (its target is checked against the board when writing).
    QStringList historyEpisodes;
    bool helpRequested = false;
    bool versionRequested = false;

    /// Parses `arguments` (argv, program name first). On a bad flag or value returns
    /// false and sets `error` to one line that names it.
    bool parse(const QStringList &arguments, QString *error);

    /// The --help text, without the scenario list (which depends on the fleet).
    static QString helpText();

    /// Splits one --history-episode value. False with a one-line reason in @p error.
    static bool parseEpisode(const QString &text, HistoryEpisode *episode, QString *error);

private:
    bool parseListen(const QString &value, QString *error);
};

} // namespace pivori

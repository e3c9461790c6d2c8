// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace pivori {

/// Whether the alert rules are being evaluated, and so whether "0 alerts" can be believed.
///
/// Alertmanager only knows the alerts that Prometheus sends it. When the Prometheus that
/// evaluates the rules stops, Alertmanager resolves every alert within minutes, and an inbox
/// that shows its counts would read as the all-clear while nothing is being watched. Every view
/// of the counts (the Alerts page, the window title, the tray, the wall, the `alerts` command)
/// asks this first.
struct RuleEvaluation final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::RuleEvaluation)
public:
    enum class State {
        Unknown, ///< nothing can vouch for it yet (not checked, or no Prometheus configured)
        Running, ///< every configured Prometheus answers
        Stopped, ///< a configured Prometheus does not answer, its rule groups fail, or the dead
                 ///< man's switch reaches no Alertmanager replica: the rules are not (known to be)
                 ///< evaluated and delivered
    };

    State state = State::Unknown;
    /// Since when the counts cannot be believed (UTC); invalid while Running, or when unknown
    /// from the start.
    QDateTime since;
    /// Why, one short clause each: "Prometheus main is unreachable".
    QStringList causes;
    /// Unknown only because the first check has not answered yet (a moment after start-up):
    /// views say nothing about it rather than flash a doubt.
    bool pending = false;

    bool countsAreTrue() const { return state == State::Running; }
    /// "unknown since 13:20 — rules are not being evaluated (Prometheus main is unreachable)",
    /// with the date when it is not today's; empty while Running or pending. Local time of @p zone.
    QString countsText(const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    /// From the status of every configured server (ServerStatusPoller::statuses()). A Prometheus
    /// not checked yet leaves the state Unknown; one that was checked and does not answer stops
    /// evaluation since it was last seen (or since it was first found down). So do failing rule
    /// groups (since first seen failing) and, when a Prometheus has the dead man's switch rule,
    /// its absence from every Alertmanager replica that answers (since it was last seen fresh).
    static RuleEvaluation fromStatuses(const QList<ServerStatus> &statuses);

    friend bool operator==(const RuleEvaluation &, const RuleEvaluation &) = default;
};

} // namespace pivori

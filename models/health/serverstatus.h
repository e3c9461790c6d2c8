// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pivori {

/// What the console knows about one server right now, for the status bar and the NOC banners.
struct ServerStatus final
{
    enum class Kind { Prometheus, Alertmanager };
    Kind kind = Kind::Prometheus;
    QString name; ///< configured name; for a replica "<cluster> #<n>"
    QUrl url;
    bool reachable = false;
    bool checked = false; ///< false until the first answer (or failure)
    QString version; ///< as the server reports it
    QString detail; ///< cluster state, or the error of the last failed check
    qint64 roundTripMs = 0;
    QDateTime lastSuccess; ///< invalid until the first success
    QDateTime unreachableSince; ///< invalid while reachable

    // Whether the rules are evaluated and delivered, beyond the server answering at all.
    /// Prometheus: rule groups whose last evaluation failed, "group (file): error"; empty when none.
    QStringList failingRuleGroups;
    bool rulesChecked = false; ///< Prometheus: its rules were asked for at least once (answered or not)
    QDateTime rulesFailingSince; ///< first seen failing; invalid while none fails
    /// Prometheus: an alerting rule named as the dead man's switch is loaded, so its absence
    /// from Alertmanager means something.
    bool hasDeadMansSwitch = false;
    /// Alertmanager replica: the dead man's switch is present and fresh; nullopt until read.
    std::optional<bool> deadMansSwitchFresh;
    /// Alertmanager replica: since when the switch has been missing (when last seen fresh, else
    /// when first found missing); invalid while fresh.
    QDateTime deadMansSwitchMissingSince;

    friend bool operator==(const ServerStatus &, const ServerStatus &) = default;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace pivori {

class Fleet;

/// What a scenario does to the fleet; the simulation switches on this.
enum class ScenarioKind {
    LatencySpike,
    ErrorBurst,
    MemoryLeak,
    CpuSaturation,
    CrashLoop,
    NodeNotReady,
    ServiceDown,
    PodNotReady,
    StaleBackup,
    CertExpiring,
    VolumeFilling
};

/// What a scenario's target names.
enum class ScenarioTargetKind { Service, Pod, Node, Volume, BackupSchedule };

/// A scenario the simulator knows, with the guide alerts it is meant to fire.
struct ScenarioSpec final
{
    ScenarioKind kind = ScenarioKind::LatencySpike;
    QString name;
    QString description;
    ScenarioTargetKind targetKind = ScenarioTargetKind::Service;
    QString defaultTarget; ///< resolved against the fleet (a real pod name for pod scenarios)
    QStringList alerts;
};

/// One scenario switched on for one target.
struct ScenarioActivation final
{
    ScenarioKind kind = ScenarioKind::LatencySpike;
    QString name;
    QString target;
    int targetIndex = -1; ///< index into the fleet's services, pods or nodes
    qint64 sinceSeconds = 0; ///< unix time it was switched on
};

/// The catalogue of scenarios and which of them are on. Default targets sit on different
/// services, pods and nodes so every scenario can run at once without masking another.
class ScenarioBoard final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioBoard)

public:
    explicit ScenarioBoard(const Fleet &fleet);

    const std::vector<ScenarioSpec> &scenarios() const { return m_scenarios; }
    const std::vector<ScenarioActivation> &active() const { return m_active; }

    /// nullptr when unknown.
    const ScenarioSpec *find(const QString &name) const;

    /// Switches `name` on for `target` (empty: the default target). A pod scenario also
    /// accepts a service name and then picks that service's first pod. Switching on an
    /// active pair again is a no-op that returns the existing activation.
    /// On failure returns false and sets `error` to one line naming the bad part.
    bool activate(const QString &name, const QString &target, qint64 nowSeconds,
        ScenarioActivation *activation, QString *error);

    /// Switches `name` off for every target, or only for `target` when given.
    /// Returns false (and sets `error`) for an unknown scenario; `stopped` gets the targets.
    bool deactivate(const QString &name, const QString &target, QStringList *stopped, QString *error);

    /// `{"available": [...], "active": [...]}` as served on /scenarios.
    QJsonObject toJson() const;
    static QJsonObject activationJson(const ScenarioActivation &activation);

    /// Splits a command-line `NAME[:TARGET]`.
    static void splitSpec(const QString &spec, QString *name, QString *target);

private:
    int resolveTarget(const ScenarioSpec &spec, const QString &target, QString *resolved) const;
    QString targetHint(ScenarioTargetKind kind) const;

    const Fleet &m_fleet;
    std::vector<ScenarioSpec> m_scenarios;
    std::vector<ScenarioActivation> m_active;
};

} // namespace pivori

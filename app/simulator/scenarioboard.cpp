// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarioboard.h"

#include "fleet.h"

#include <QJsonArray>

namespace pivori {

namespace {

QStringList names(const char *const *list, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QString::fromLatin1(list[i]);
    return out;
}

} // namespace

ScenarioBoard::ScenarioBoard(const Fleet &fleet)
    : m_fleet(fleet)
{
    auto firstPodOf = [&fleet](const char *service) {
        const int index = fleet.serviceIndex(QString::fromLatin1(service));
        return index < 0 ? QString() : fleet.pods()[fleet.services()[index].pods.front()].name;
    };
    static const char *const latencyAlerts[]
        = { "HighP95Latency", "CriticalP99Latency", "ServiceLatencyDegradation" };
    static const char *const errorAlerts[] = { "HighErrorRate", "CriticalErrorRate" };
    static const char *const memoryAlerts[] = { "HighMemoryUsage", "CriticalMemoryUsage" };
    static const char *const cpuAlerts[] = { "HighCPUUsage" };
    static const char *const crashAlerts[] = { "PodCrashLooping" };
    static const char *const nodeAlerts[] = { "NodeNotReady" };
    static const char *const downAlerts[] = { "ServiceDown" };

    m_scenarios = {
        { ScenarioKind::LatencySpike, QStringLiteral("latency-spike"),
            tr("Slow tail on one service: P95 about 0.8 s, P99 about 1.8 s."), ScenarioTargetKind::Service,
            QStringLiteral("trading"), names(latencyAlerts, 3) },
        { ScenarioKind::ErrorBurst, QStringLiteral("error-burst"),
            tr("About 8% of one service's requests fail with 500 or 503."), ScenarioTargetKind::Service,
            QStringLiteral("market-data"), names(errorAlerts, 2) },
        { ScenarioKind::MemoryLeak, QStringLiteral("memory-leak"),
            tr("One pod's working set climbs towards its 2 GB limit and stays just below it."),
            ScenarioTargetKind::Pod, firstPodOf("geolocation"), names(memoryAlerts, 2) },
        { ScenarioKind::CpuSaturation, QStringLiteral("cpu-saturation"),
            tr("One pod burns about 95% of its CPU limit."), ScenarioTargetKind::Pod, firstPodOf("risk"),
            names(cpuAlerts, 1) },
        { ScenarioKind::CrashLoop, QStringLiteral("crash-loop"),
            tr("One pod restarts every 30 s (faster with --time-scale)."), ScenarioTargetKind::Pod,
            firstPodOf("payments"), names(crashAlerts, 1) },
        { ScenarioKind::NodeNotReady, QStringLiteral("node-not-ready"),
            tr("One node's Ready condition turns false."), ScenarioTargetKind::Node, QStringLiteral("node-3"),
            names(nodeAlerts, 1) },
        { ScenarioKind::ServiceDown, QStringLiteral("service-down"),
            tr("One service fails its health check and stops serving requests."), ScenarioTargetKind::Service,
            QStringLiteral("notifications"), names(downAlerts, 1) },
        // Broken for the health checks rather than for an alert of the guide.
        { ScenarioKind::PodNotReady, QStringLiteral("pod-not-ready"),
            tr("One pod fails its readiness probe (kube_pod_status_ready)."), ScenarioTargetKind::Pod,
            firstPodOf("search"), QStringList() },
        { ScenarioKind::StaleBackup, QStringLiteral("stale-backup"),
            tr("One Velero backup schedule stops succeeding: its last success is two days old."),
            ScenarioTargetKind::BackupSchedule, QStringLiteral("daily"), QStringList() },
        { ScenarioKind::CertExpiring, QStringLiteral("cert-expiring"),
            tr("The TLS certificate a probe reads for one service expires in 12 hours."),
            ScenarioTargetKind::Service, QStringLiteral("auth"), QStringList() },
        { ScenarioKind::VolumeFilling, QStringLiteral("volume-filling"),
            tr("One persistent volume is 95% full."), ScenarioTargetKind::Volume,
            QStringLiteral("data-postgres-0"), QStringList() },
    };
}

const ScenarioSpec *ScenarioBoard::find(const QString &name) const
{
    for (const ScenarioSpec &spec : m_scenarios) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QString ScenarioBoard::targetHint(ScenarioTargetKind kind) const
{
    switch (kind) {
    case ScenarioTargetKind::Service:
        return tr("a service name such as \"trading\"");
    case ScenarioTargetKind::Pod:
        return tr("a pod name or a service name (meaning its first pod)");
    case ScenarioTargetKind::Node:
        return tr("a node name, one of: %1").arg(m_fleet.nodes().join(QStringLiteral(", ")));
    case ScenarioTargetKind::Volume:
        return tr("a volume claim, one of: %1").arg(Fleet::volumes().join(QStringLiteral(", ")));
    case ScenarioTargetKind::BackupSchedule:
        return tr("a backup schedule, one of: %1").arg(Fleet::backupSchedules().join(QStringLiteral(", ")));
    }
    return {};
}

int ScenarioBoard::resolveTarget(const ScenarioSpec &spec, const QString &target, QString *resolved) const
{
    const QString wanted = target.isEmpty() ? spec.defaultTarget : target;
    int index = -1;
    switch (spec.targetKind) {
    case ScenarioTargetKind::Service:
        index = m_fleet.serviceIndex(wanted);
        break;
    case ScenarioTargetKind::Node:
        index = m_fleet.nodeIndex(wanted);
        break;
    case ScenarioTargetKind::Volume:
        index = int(Fleet::volumes().indexOf(wanted));
        break;
    case ScenarioTargetKind::BackupSchedule:
        index = int(Fleet::backupSchedules().indexOf(wanted));
        break;
    case ScenarioTargetKind::Pod:
        index = m_fleet.podIndex(wanted);
        if (index < 0) {
            const int service = m_fleet.serviceIndex(wanted);
            if (service >= 0)
                index = m_fleet.services()[service].pods.front();
        }
        if (index >= 0) {
            *resolved = m_fleet.pods()[index].name;
            return index;
        }
        break;
    }
    if (index >= 0)
        *resolved = wanted;
    return index;
}

bool ScenarioBoard::activate(const QString &name, const QString &target, qint64 nowSeconds,
    ScenarioActivation *activation, QString *error)
{
    const ScenarioSpec *spec = find(name);
    if (!spec) {
        QStringList known;
        for (const ScenarioSpec &s : m_scenarios)
            known << s.name;
        *error = tr("unknown scenario \"%1\" (known: %2)").arg(name, known.join(QStringLiteral(", ")));
        return false;
    }
    QString resolved;
    const int index = resolveTarget(*spec, target, &resolved);
    if (index < 0) {
        *error = tr("bad target \"%1\" for scenario %2: expected %3")
                     .arg(target.left(200), name, targetHint(spec->targetKind));
        return false;
    }
    for (const ScenarioActivation &existing : m_active) {
        if (existing.name == name && existing.target == resolved) {
            *activation = existing;
            return true;
        }
    }
    m_active.push_back({ spec->kind, spec->name, resolved, index, nowSeconds });
    *activation = m_active.back();
    return true;
}

bool ScenarioBoard::deactivate(
    const QString &name, const QString &target, QStringList *stopped, QString *error)
{
    const ScenarioSpec *spec = find(name);
    if (!spec) {
        *error = tr("unknown scenario \"%1\"").arg(name);
        return false;
    }
    QString resolved = target;
    if (!target.isEmpty())
        resolveTarget(*spec, target, &resolved);
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (it->name == name && (target.isEmpty() || it->target == resolved)) {
            stopped->append(it->target);
            it = m_active.erase(it);
        } else {
            ++it;
        }
    }
    return true;
}

QJsonObject ScenarioBoard::activationJson(const ScenarioActivation &activation)
{
    return QJsonObject { { QStringLiteral("name"), activation.name },
        { QStringLiteral("target"), activation.target },
        { QStringLiteral("since"), activation.sinceSeconds } };
}

QJsonObject ScenarioBoard::toJson() const
{
    QJsonArray available;
    for (const ScenarioSpec &spec : m_scenarios) {
        available.append(QJsonObject { { QStringLiteral("name"), spec.name },
            { QStringLiteral("description"), spec.description },
            { QStringLiteral("defaultTarget"), spec.defaultTarget },
            { QStringLiteral("alerts"), QJsonArray::fromStringList(spec.alerts) } });
    }
    QJsonArray active;
    for (const ScenarioActivation &activation : m_active)
        active.append(activationJson(activation));
    return QJsonObject { { QStringLiteral("available"), available }, { QStringLiteral("active"), active } };
}

void ScenarioBoard::splitSpec(const QString &spec, QString *name, QString *target)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    *name = colon < 0 ? spec : spec.left(colon);
    *target = colon < 0 ? QString() : spec.mid(colon + 1);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servicecatalog.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace pivori {

/// Seeded, static traits of one service: its traffic, latency and error profile.
struct ServiceProfile final
{
    ServiceSpec spec;
    double baseRate = 0.0; ///< req/s at the daily mean
    double medianLatency = 0.0; ///< seconds
    double latencySigma = 0.0; ///< log-normal shape
    double clientErrorRatio = 0.0; ///< share of 4xx
    double serverErrorRatio = 0.0; ///< share of 5xx
    double cpuLimitCores = 1.0;
    double phase = 0.0; ///< diurnal phase offset, radians
    double certExpiryDays = 30.0; ///< TLS certificate lifetime left at start
    /// The service that never failed: it answers no request with a 5xx while no scenario
    /// breaks it, so it has no 5xx series at all (see FleetMetrics).
    bool neverFails = false;
    std::vector<int> pods; ///< indices into Fleet::pods()
};

/// Seeded, static traits of one pod (one container per pod, named after its service).
struct PodProfile final
{
    QString name;
    int service = 0;
    int node = 0;
    double baseMemoryBytes = 0.0;
    double baseCpuShare = 0.0; ///< share of the CPU limit at the daily mean
    double initialRestarts = 0.0;
    double phase = 0.0; ///< memory wobble phase, radians
};

/// How big a fleet to simulate: the platform's fifteen services by default, more for scale
/// runs (the fifteen come first, then generated ones).
struct FleetSize final
{
    static constexpr int kPlatformServices = 15;
    static constexpr int kMaxServices = 20000;
    static constexpr int kMaxPodsPerService = 50;
    int services = kPlatformServices;
    int podsPerService = 0; ///< 0: two or three, drawn per service from the seed
};

/// The simulated production fleet: services, their pods and the nodes they run on.
/// Everything is drawn from one seed, so the same seed always yields the same fleet; a
/// larger FleetSize adds services after the fifteen without changing them.
class Fleet final
{
public:
    explicit Fleet(std::uint64_t seed, FleetSize size = {});

    const std::vector<ServiceProfile> &services() const { return m_services; }
    const std::vector<PodProfile> &pods() const { return m_pods; }
    const QStringList &nodes() const { return m_nodes; }
    double diurnalPhase() const { return m_diurnalPhase; }

    /// -1 when there is no such service / pod / node.
    int serviceIndex(const QString &name) const;
    int podIndex(const QString &name) const;
    int nodeIndex(const QString &name) const;

    /// The persistent volume claims of the namespace (kubelet_volume_stats_*).
    static const QStringList &volumes();
    /// The Velero backup schedules (velero_backup_last_successful_timestamp).
    static const QStringList &backupSchedules();
    static constexpr double volumeCapacityBytes = 50.0e9;

    static constexpr double memoryLimitBytes = 2.0e9;

private:
    std::vector<ServiceProfile> m_services;
    std::vector<PodProfile> m_pods;
    QStringList m_nodes;
    double m_diurnalPhase = 0.0;
};

} // namespace pivori

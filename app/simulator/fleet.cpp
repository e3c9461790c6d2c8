// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet.h"

#include "generatedservices.h"

#include <array>
#include <numbers>
#include <random>

namespace pivori {

namespace {

// The alphabet Kubernetes uses for ReplicaSet hashes and pod suffixes (no vowels, no
// look-alike digits), so generated names read like real ones.
constexpr char kNameAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";

QString randomToken(std::mt19937_64 &rng, int length)
{
    std::uniform_int_distribution<int> pick(0, static_cast<int>(sizeof(kNameAlphabet)) - 2);
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(kNameAlphabet[pick(rng)]));
    return token;
}

double uniform(std::mt19937_64 &rng, double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(rng);
}

// The demo's service that has never failed: a back-office service, so the platform's
// alerts and scenarios (which target the trading path) do not depend on it.
const char *const kNeverFailingService = "reporting";

// A node carries about this many pods; the demo's 45 pods fit on the guide's three nodes.
constexpr int kPodsPerNode = 16;
constexpr int kMinNodes = 3;

std::vector<ServiceSpec> fleetServices(int count)
{
    const std::vector<ServiceSpec> &platform = ServiceCatalog::services();
    std::vector<ServiceSpec> specs(
        platform.begin(), platform.begin() + std::min<std::ptrdiff_t>(count, std::ssize(platform)));
    for (ServiceSpec &generated : GeneratedServices::make(count - static_cast<int>(specs.size())))
        specs.push_back(std::move(generated));
    return specs;
}

} // namespace

Fleet::Fleet(std::uint64_t seed, FleetSize size)
{
    std::mt19937_64 rng(seed);
    m_diurnalPhase = uniform(rng, 0.0, 2.0 * std::numbers::pi);
    const std::vector<ServiceSpec> specs = fleetServices(size.services);
    const int expectedPods
        = size.podsPerService > 0 ? size.podsPerService * size.services : size.services * 5 / 2;
    const int nodeCount = std::max(kMinNodes, (expectedPods + kPodsPerNode - 1) / kPodsPerNode);
    for (int n = 1; n <= nodeCount; ++n)
        m_nodes.append(QStringLiteral("node-%1").arg(n));

    constexpr std::array<double, 4> cpuLimits { 0.5, 1.0, 1.5, 2.0 };
    // Draws happen in catalog order and always in the same sequence: changing that order
    // would silently change every seed's fleet.
    for (const ServiceSpec &spec : specs) {
        ServiceProfile service;
        service.spec = spec;
        service.baseRate = spec.nominalRate * uniform(rng, 0.75, 1.25);
        service.medianLatency = uniform(rng, 0.050, 0.095);
        service.latencySigma = uniform(rng, 0.52, 0.60);
        service.clientErrorRatio = uniform(rng, 0.010, 0.030);
        service.serverErrorRatio = uniform(rng, 0.0002, 0.0005);
        service.cpuLimitCores
            = cpuLimits[std::uniform_int_distribution<std::size_t>(0, cpuLimits.size() - 1)(rng)];
        service.phase = uniform(rng, -0.4, 0.4);
        service.certExpiryDays = uniform(rng, 20.0, 80.0);
        service.neverFails = spec.name == QLatin1String(kNeverFailingService);
        // One generated service in four has never failed either (drawn only for them, so the
        // platform's fifteen stay as they were).
        if (m_services.size() >= static_cast<std::size_t>(FleetSize::kPlatformServices))
            service.neverFails = rng() % 4 == 0;

        // Drawn even when the size fixes the count, so the rest of the fleet stays the same.
        const int drawnPods = std::uniform_int_distribution<int>(2, 3)(rng);
        const int podCount = size.podsPerService > 0 ? size.podsPerService : drawnPods;
        const QString replicaSet
            = spec.name + QLatin1Char('-') + randomToken(rng, 9 + static_cast<int>(rng() % 2));
        const int firstNode = static_cast<int>(rng() % static_cast<std::uint64_t>(m_nodes.size()));
        for (int p = 0; p < podCount; ++p) {
            PodProfile pod;
            pod.name = replicaSet + QLatin1Char('-') + randomToken(rng, 5);
            pod.service = static_cast<int>(m_services.size());
            // Anti-affinity: a service's replicas land on different nodes.
            pod.node = (firstNode + p) % static_cast<int>(m_nodes.size());
            pod.baseMemoryBytes = uniform(rng, 3.2e8, 1.05e9);
            pod.baseCpuShare = uniform(rng, 0.12, 0.40);
            pod.initialRestarts = (rng() % 4 == 0) ? static_cast<double>(1 + rng() % 2) : 0.0;
            pod.phase = uniform(rng, 0.0, 2.0 * std::numbers::pi);
            service.pods.push_back(static_cast<int>(m_pods.size()));
            m_pods.push_back(pod);
        }
        m_services.push_back(std::move(service));
    }
}

int Fleet::serviceIndex(const QString &name) const
{
    for (std::size_t i = 0; i < m_services.size(); ++i) {
        if (m_services[i].spec.name == name)
            return static_cast<int>(i);
    }
    return -1;
}

int Fleet::podIndex(const QString &name) const
{
    for (std::size_t i = 0; i < m_pods.size(); ++i) {
        if (m_pods[i].name == name)
            return static_cast<int>(i);
    }
    return -1;
}

int Fleet::nodeIndex(const QString &name) const
{
    return static_cast<int>(m_nodes.indexOf(name));
}

const QStringList &Fleet::volumes()
{
    static const QStringList names { QStringLiteral("data-postgres-0"), QStringLiteral("data-redis-0"),
        QStringLiteral("data-market-data-0") };
    return names;
}

const QStringList &Fleet::backupSchedules()
{
    static const QStringList names { QStringLiteral("daily"), QStringLiteral("hourly") };
    return names;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulation.h"

#include "fleet.h"
#include "latencydistribution.h"
#include "scenarioboard.h"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pivori {

namespace {

constexpr double kDay = 86400.0;
constexpr double kTwoPi = 2.0 * std::numbers::pi;

// Traffic jitter: an Ornstein-Uhlenbeck process around 0 with a ten-minute memory, so the
// rate wanders instead of flickering from one scrape to the next.
constexpr double kJitterTau = 600.0;
constexpr double kJitterStd = 0.04;
constexpr double kJitterCap = 0.12;

// A leaking pod goes from its normal working set to the 2 GB limit in fifteen simulated
// minutes, then hovers just under the limit (the kernel would OOM-kill it above).
constexpr double kLeakSeconds = 900.0;
constexpr double kLeakCeiling = 1.985e9;

// The latency-spike distribution: its histogram_quantile() reads about 0.8 s at P95 and
// 1.8 s at P99 with the bucket layout of FleetMetrics.
constexpr double kSpikeMedian = 0.129;
constexpr double kSpikeSigma = 1.10;

constexpr double kBurstServerErrorRatio = 0.08;
constexpr double kCrashIntervalSeconds = 30.0;
constexpr double kFastestCrashInterval = 0.5;
constexpr double kProbeTimeoutSeconds = 5.0;
constexpr double kPrimedClock = 1e9;

} // namespace

Simulation::Simulation(const Fleet &fleet, const ScenarioBoard &board, double timeScale, std::uint64_t seed)
    : m_fleet(fleet)
    , m_board(board)
    , m_metrics(fleet)
    , m_timeScale(timeScale)
    ,
    // A stream of its own, so the dynamics never shift the fleet drawn from the same seed.
    m_rng(seed ^ 0x9e3779b97f4a7c15ULL)
    , m_jitter(fleet.services().size(), 0.0)
    , m_leakBytes(fleet.pods().size(), 0.0)
    , m_restartClock(fleet.pods().size(), kPrimedClock)
    , m_sinceRestart(fleet.pods().size(), 1e9)
{
    for (std::size_t i = 0; i < fleet.pods().size(); ++i) {
        FleetMetrics::PodSeries &pod = m_metrics.pod(static_cast<int>(i));
        const PodProfile &profile = fleet.pods()[i];
        pod.cpuLimit->Set(fleet.services()[static_cast<std::size_t>(profile.service)].cpuLimitCores);
        pod.memoryLimit->Set(Fleet::memoryLimitBytes);
        pod.restarts->Increment(profile.initialRestarts);
    }
}

Simulation::Effects Simulation::collectEffects() const
{
    const std::size_t services = m_fleet.services().size();
    const std::size_t pods = m_fleet.pods().size();
    Effects effects { std::vector<bool>(services), std::vector<bool>(services), std::vector<bool>(services),
        std::vector<bool>(pods), std::vector<bool>(pods), std::vector<bool>(pods),
        std::vector<bool>(static_cast<std::size_t>(m_fleet.nodes().size())), std::vector<bool>(pods),
        std::vector<bool>(services), std::vector<bool>(static_cast<std::size_t>(Fleet::volumes().size())),
        std::vector<bool>(static_cast<std::size_t>(Fleet::backupSchedules().size())) };
    for (const ScenarioActivation &activation : m_board.active()) {
        const auto target = static_cast<std::size_t>(activation.targetIndex);
        switch (activation.kind) {
        case ScenarioKind::LatencySpike:
            effects.slowService[target] = true;
            break;
        case ScenarioKind::ErrorBurst:
            effects.failingService[target] = true;
            break;
        case ScenarioKind::ServiceDown:
            effects.downService[target] = true;
            break;
        case ScenarioKind::MemoryLeak:
            effects.leakingPod[target] = true;
            break;
        case ScenarioKind::CpuSaturation:
            effects.saturatedPod[target] = true;
            break;
        case ScenarioKind::CrashLoop:
            effects.crashingPod[target] = true;
            break;
        case ScenarioKind::NodeNotReady:
            effects.notReadyNode[target] = true;
            break;
        case ScenarioKind::PodNotReady:
            effects.notReadyPod[target] = true;
            break;
        case ScenarioKind::StaleBackup:
            effects.staleBackup[target] = true;
            break;
        case ScenarioKind::CertExpiring:
            effects.expiringCert[target] = true;
            break;
        case ScenarioKind::VolumeFilling:
            effects.fillingVolume[target] = true;
            break;
        }
    }
    return effects;
}

double Simulation::load(int service) const
{
    const ServiceProfile &profile = m_fleet.services()[static_cast<std::size_t>(service)];
    const double daily = std::sin(kTwoPi * m_modelSeconds / kDay + m_fleet.diurnalPhase() + profile.phase);
    return (1.0 + 0.25 * daily) * (1.0 + m_jitter[static_cast<std::size_t>(service)]);
}

void Simulation::advance(double realSeconds, double nowUnixSeconds)
{
    // A stalled event loop must not turn into a burst of hours of simulated time.
    const double dt = std::clamp(realSeconds, 0.0, 10.0);
    const double modelDt = dt * m_timeScale;
    m_modelSeconds += modelDt;
    if (m_startUnixSeconds == 0.0)
        m_startUnixSeconds = nowUnixSeconds;

    const double decay = std::exp(-modelDt / kJitterTau);
    const double kick = kJitterStd * std::sqrt(1.0 - decay * decay);
    std::normal_distribution<double> normal;
    for (double &jitter : m_jitter)
        jitter = std::clamp(jitter * decay + kick * normal(m_rng), -kJitterCap, kJitterCap);

    const Effects effects = collectEffects();
    for (std::size_t s = 0; s < m_fleet.services().size(); ++s)
        advanceService(static_cast<int>(s), dt, effects);
    for (std::size_t p = 0; p < m_fleet.pods().size(); ++p)
        advancePod(static_cast<int>(p), dt, effects);
    for (qsizetype n = 0; n < m_fleet.nodes().size(); ++n) {
        const bool notReady = effects.notReadyNode[static_cast<std::size_t>(n)];
        FleetMetrics::NodeSeries &node = m_metrics.node(static_cast<int>(n));
        node.readyTrue->Set(notReady ? 0.0 : 1.0);
        node.readyFalse->Set(notReady ? 1.0 : 0.0);
        node.readyUnknown->Set(0.0);
    }
    for (qsizetype v = 0; v < Fleet::volumes().size(); ++v) {
        FleetMetrics::VolumeSeries &volume = m_metrics.volume(static_cast<int>(v));
        volume.capacity->Set(Fleet::volumeCapacityBytes);
        // Between 40 and 60 % full, growing slowly over the day; 95 % while filling up.
        const double share = effects.fillingVolume[static_cast<std::size_t>(v)]
            ? 0.95
            : 0.4 + 0.1 * static_cast<double>(v) + 0.02 * std::sin(kTwoPi * m_modelSeconds / kDay);
        volume.used->Set(std::round(Fleet::volumeCapacityBytes * share));
    }
    advanceTimestamps(nowUnixSeconds, effects);
}

void Simulation::advanceService(int index, double dt, const Effects &effects)
{
    const auto s = static_cast<std::size_t>(index);
    const ServiceProfile &profile = m_fleet.services()[s];
    FleetMetrics::ServiceSeries &series = m_metrics.service(index);
    const bool down = effects.downService[s];
    const double serviceLoad = load(index);

    // A busier service is a little slower, as queues grow with load.
    const LatencyDistribution latency = effects.slowService[s]
        ? LatencyDistribution(kSpikeMedian, kSpikeSigma)
        : LatencyDistribution(
            profile.medianLatency * (1.0 + 0.2 * (serviceLoad - 1.0)), profile.latencySigma);
    const std::vector<double> shares = latency.bucketShares(FleetMetrics::latencyBuckets());
    const double serverErrors = effects.failingService[s] ? kBurstServerErrorRatio
        : profile.neverFails                              ? 0.0
                                                          : profile.serverErrorRatio;
    const double clientErrors = profile.clientErrorRatio;
    const double rate = down ? 0.0 : profile.baseRate * serviceLoad;

    double totalWeight = 0.0;
    for (const EndpointSpec &endpoint : profile.spec.endpoints)
        totalWeight += endpoint.weight;

    for (std::size_t e = 0; e < profile.spec.endpoints.size(); ++e) {
        const EndpointSpec &endpoint = profile.spec.endpoints[e];
        FleetMetrics::EndpointSeries &es = series.endpoints[e];
        const double count = rate * dt * endpoint.weight / totalWeight;
        if (count <= 0.0)
            continue;
        std::vector<double> increments(shares.size());
        std::transform(shares.begin(), shares.end(), increments.begin(),
            [count](double share) { return share * count; });
        es.latency->ObserveMultiple(increments, count * latency.mean());

        // Writes carry more malformed input (400), reads more missing objects (404).
        const double badRequestShare = endpoint.method == QLatin1String("GET") ? 0.3 : 0.7;
        const auto bump = [this, index, e](FleetMetrics::StatusSlot slot, double amount) {
            m_metrics.countRequests(index, static_cast<int>(e), slot, amount);
        };
        bump(FleetMetrics::Success, count * (1.0 - clientErrors - serverErrors));
        bump(FleetMetrics::BadRequest, count * clientErrors * badRequestShare);
        bump(FleetMetrics::NotFound, count * clientErrors * (1.0 - badRequestShare));
        bump(FleetMetrics::ServerError, count * serverErrors * 0.65);
        bump(FleetMetrics::Unavailable, count * serverErrors * 0.35);
    }

    // Little's law: in-flight requests plus a pool of idle keep-alive connections per pod.
    const double idlePool = 6.0 * static_cast<double>(profile.pods.size());
    series.connections->Set(down ? 0.0 : std::round(rate * latency.mean() * 1.5 + idlePool));
    series.probeSuccess->Set(down ? 0.0 : 1.0);
    series.probeDuration->Set(
        down ? kProbeTimeoutSeconds : 0.002 + profile.medianLatency * 0.08 * serviceLoad);
}

void Simulation::advancePod(int index, double dt, const Effects &effects)
{
    const auto p = static_cast<std::size_t>(index);
    const PodProfile &profile = m_fleet.pods()[p];
    const auto s = static_cast<std::size_t>(profile.service);
    const ServiceProfile &service = m_fleet.services()[s];
    FleetMetrics::PodSeries &series = m_metrics.pod(index);
    const double modelDt = dt * m_timeScale;

    if (effects.crashingPod[p]) {
        m_restartClock[p] += dt;
        const double interval = std::max(kCrashIntervalSeconds / m_timeScale, kFastestCrashInterval);
        if (m_restartClock[p] >= interval) {
            series.restarts->Increment();
            m_restartClock[p] = 0.0;
            m_sinceRestart[p] = 0.0;
        }
    } else {
        // Primed, so the first crash comes as soon as the scenario starts.
        m_restartClock[p] = kPrimedClock;
    }
    m_sinceRestart[p] += modelDt;

    double cpuShare = profile.baseCpuShare * load(profile.service);
    if (effects.downService[s])
        cpuShare = 0.02;
    if (effects.saturatedPod[p])
        cpuShare = 0.95 + 0.01 * std::sin(kTwoPi * m_modelSeconds / 600.0 + profile.phase);
    series.cpu->Increment(service.cpuLimitCores * cpuShare * dt);

    if (effects.leakingPod[p])
        m_leakBytes[p] += (Fleet::memoryLimitBytes - profile.baseMemoryBytes) / kLeakSeconds * modelDt;
    else
        m_leakBytes[p] = 0.0;
    // A freshly started container has not warmed its caches yet.
    const double warmup = 0.35 + 0.65 * (1.0 - std::exp(-m_sinceRestart[p] / 60.0));
    const double wobble = 1.0 + 0.03 * std::sin(kTwoPi * m_modelSeconds / 1800.0 + profile.phase)
        + 0.05 * (load(profile.service) - 1.0);
    double memory = profile.baseMemoryBytes * wobble * warmup + m_leakBytes[p];
    if (effects.leakingPod[p] && memory > kLeakCeiling)
        memory = kLeakCeiling + 4.0e6 * std::sin(kTwoPi * m_modelSeconds / 120.0);
    series.memory->Set(memory);
    // A crashing container is not ready either, as Kubernetes reports it.
    const bool ready = !effects.notReadyPod[p] && !effects.crashingPod[p];
    series.readyTrue->Set(ready ? 1.0 : 0.0);
    series.readyFalse->Set(ready ? 0.0 : 1.0);
}

void Simulation::advanceTimestamps(double nowUnixSeconds, const Effects &effects)
{
    for (std::size_t s = 0; s < m_fleet.services().size(); ++s) {
        // An expiring certificate has 12 hours left, whatever the clock says.
        m_metrics.service(static_cast<int>(s))
            .certExpiry->Set(effects.expiringCert[s]
                    ? std::floor(nowUnixSeconds + 12.0 * 3600.0)
                    : std::floor(m_startUnixSeconds + m_fleet.services()[s].certExpiryDays * kDay));
    }
    // Backups finish a few minutes past their schedule: daily at 02:00 UTC, hourly on the hour.
    const double dailyDone = 2.0 * 3600.0 + 372.0;
    const double hourlyDone = 185.0;
    const double done[] = { std::floor((nowUnixSeconds - dailyDone) / kDay) * kDay + dailyDone,
        std::floor((nowUnixSeconds - hourlyDone) / 3600.0) * 3600.0 + hourlyDone };
    for (std::size_t b = 0; b < 2; ++b) {
        // A stale schedule last succeeded two days before its latest run should have.
        m_metrics.backup(static_cast<int>(b)).Set(effects.staleBackup[b] ? done[b] - 2.0 * kDay : done[b]);
    }
}

} // namespace pivori

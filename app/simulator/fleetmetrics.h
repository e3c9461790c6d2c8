// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace prometheus {
class Counter;
class Gauge;
class Histogram;
class Registry;
template <typename T> class Family;
} // namespace prometheus

namespace pivori {

class Fleet;

/// The Prometheus series of the simulated fleet, registered once with the guide's metric
/// names and label conventions. The simulation writes into the handles; /metrics reads
/// the registry.
class FleetMetrics final
{
public:
    /// Which request counter of an endpoint: its success status, then 400, 404, 500, 503.
    enum StatusSlot { Success, BadRequest, NotFound, ServerError, Unavailable, StatusSlotCount };

    struct EndpointSeries final
    {
        prometheus::Histogram *latency = nullptr;
        /// Null until the first request with that status: a 5xx series exists only once the
        /// endpoint has failed, as with a real exporter.
        std::array<prometheus::Counter *, StatusSlotCount> requests {};
        /// Requests counted before their series exists (fractions of one request).
        std::array<double, StatusSlotCount> pending {};
        std::map<std::string, std::string> labels; ///< service, endpoint, method
        std::string successStatus;
    };
    struct ServiceSeries final
    {
        std::vector<EndpointSeries> endpoints;
        prometheus::Gauge *connections = nullptr;
        prometheus::Gauge *probeSuccess = nullptr;
        prometheus::Gauge *probeDuration = nullptr;
        prometheus::Gauge *certExpiry = nullptr;
    };
    struct PodSeries final
    {
        prometheus::Gauge *memory = nullptr;
        prometheus::Counter *cpu = nullptr;
        prometheus::Gauge *cpuLimit = nullptr;
        prometheus::Gauge *memoryLimit = nullptr;
        prometheus::Counter *restarts = nullptr;
        prometheus::Gauge *readyTrue = nullptr; ///< kube_pod_status_ready{condition="true"}
        prometheus::Gauge *readyFalse = nullptr;
    };
    struct VolumeSeries final
    {
        prometheus::Gauge *capacity = nullptr;
        prometheus::Gauge *used = nullptr;
    };
    struct NodeSeries final
    {
        prometheus::Gauge *readyTrue = nullptr;
        prometheus::Gauge *readyFalse = nullptr;
        prometheus::Gauge *readyUnknown = nullptr;
    };

    explicit FleetMetrics(const Fleet &fleet);
    ~FleetMetrics();
    FleetMetrics(const FleetMetrics &) = delete;
    FleetMetrics &operator=(const FleetMetrics &) = delete;

    ServiceSeries &service(int index) { return m_services[static_cast<std::size_t>(index)]; }
    PodSeries &pod(int index) { return m_pods[static_cast<std::size_t>(index)]; }
    NodeSeries &node(int index) { return m_nodes[static_cast<std::size_t>(index)]; }
    VolumeSeries &volume(int index) { return m_volumes[static_cast<std::size_t>(index)]; }
    /// In the order of Fleet::backupSchedules().
    prometheus::Gauge &backup(int index) { return *m_backups[static_cast<std::size_t>(index)]; }

    /// Counts @p amount requests (fractional: the expected count of a step) of endpoint
    /// @p endpoint of service @p service with status @p slot. The success and 4xx series are
    /// there from the start; a 5xx series appears once a whole request with that status was
    /// counted, so a service that never failed has none.
    void countRequests(int service, int endpoint, StatusSlot slot, double amount);

    /// Upper bounds of http_request_duration_seconds, +Inf implied.
    static const std::vector<double> &latencyBuckets();

    /// The text exposition format (version 0.0.4) of every series.
    std::string exposition() const;

private:
    std::unique_ptr<prometheus::Registry> m_registry;
    prometheus::Family<prometheus::Counter> *m_requests = nullptr;
    std::vector<ServiceSeries> m_services;
    std::vector<PodSeries> m_pods;
    std::vector<NodeSeries> m_nodes;
    std::vector<VolumeSeries> m_volumes;
    std::vector<prometheus::Gauge *> m_backups;
};

} // namespace pivori

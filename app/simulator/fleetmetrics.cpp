// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmetrics.h"

#include "fleet.h"

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

namespace pivori {

namespace {

const char *const kNamespace = "production";

std::string successStatus(const QString &method)
{
    return method == QLatin1String("POST") ? "201" : "200";
}

std::string statusCode(FleetMetrics::StatusSlot slot, const std::string &success)
{
    switch (slot) {
    case FleetMetrics::BadRequest:
        return "400";
    case FleetMetrics::NotFound:
        return "404";
    case FleetMetrics::ServerError:
        return "500";
    case FleetMetrics::Unavailable:
        return "503";
    case FleetMetrics::Success:
    case FleetMetrics::StatusSlotCount:
        break;
    }
    return success;
}

// Client errors are steady background on every endpoint (a second of traffic brings some),
// so only server errors wait for their first request.
bool createdUpFront(FleetMetrics::StatusSlot slot)
{
    return slot != FleetMetrics::ServerError && slot != FleetMetrics::Unavailable;
}

} // namespace

const std::vector<double> &FleetMetrics::latencyBuckets()
{
    static const std::vector<double> buckets { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.5,
        5.0, 10.0 };
    return buckets;
}

FleetMetrics::FleetMetrics(const Fleet &fleet)
    : m_registry(std::make_unique<prometheus::Registry>())
{
    prometheus::Registry &registry = *m_registry;
    auto &latency = prometheus::BuildHistogram()
                        .Name("http_request_duration_seconds")
                        .Help("Time to serve an HTTP request, by service, endpoint and method.")
                        .Register(registry);
    auto &requests = prometheus::BuildCounter()
                         .Name("http_requests_total")
                         .Help("HTTP requests served, by service, endpoint, method and status code.")
                         .Register(registry);
    auto &connections = prometheus::BuildGauge()
                            .Name("http_server_active_connections")
                            .Help("Open client connections of a service.")
                            .Register(registry);
    auto &probeSuccess = prometheus::BuildGauge()
                             .Name("probe_success")
                             .Help("1 when the service's health check passed.")
                             .Register(registry);
    auto &probeDuration = prometheus::BuildGauge()
                              .Name("probe_duration_seconds")
                              .Help("How long the service's health check took.")
                              .Register(registry);
    auto &certExpiry = prometheus::BuildGauge()
                           .Name("probe_ssl_earliest_cert_expiry")
                           .Help("Unix time at which the service's earliest TLS certificate expires.")
                           .Register(registry);
    auto &memory = prometheus::BuildGauge()
                       .Name("container_memory_working_set_bytes")
                       .Help("Working set of a container, in bytes.")
                       .Register(registry);
    auto &cpu = prometheus::BuildCounter()
                    .Name("container_cpu_usage_seconds_total")
                    .Help("CPU time consumed by a container, in core-seconds.")
                    .Register(registry);
    auto &limits = prometheus::BuildGauge()
                       .Name("kube_pod_container_resource_limits")
                       .Help("Resource limit of a container.")
                       .Register(registry);
    auto &restarts = prometheus::BuildCounter()
                         .Name("kube_pod_container_status_restarts_total")
                         .Help("Times a container has been restarted.")
                         .Register(registry);
    auto &nodeCondition = prometheus::BuildGauge()
                              .Name("kube_node_status_condition")
                              .Help("Condition of a cluster node, one series per status.")
                              .Register(registry);
    auto &podReady = prometheus::BuildGauge()
                         .Name("kube_pod_status_ready")
                         .Help("Whether a pod passes its readiness checks, one series per condition.")
                         .Register(registry);
    auto &volumeCapacity = prometheus::BuildGauge()
                               .Name("kubelet_volume_stats_capacity_bytes")
                               .Help("Capacity of a persistent volume, in bytes.")
                               .Register(registry);
    auto &volumeUsed = prometheus::BuildGauge()
                           .Name("kubelet_volume_stats_used_bytes")
                           .Help("Bytes used on a persistent volume.")
                           .Register(registry);
    auto &backups = prometheus::BuildGauge()
                        .Name("velero_backup_last_successful_timestamp")
                        .Help("Unix time of the last successful backup of a schedule.")
                        .Register(registry);

    for (const ServiceProfile &profile : fleet.services()) {
        const std::string name = profile.spec.name.toStdString();
        ServiceSeries series;
        for (const EndpointSpec &endpoint : profile.spec.endpoints) {
            const prometheus::Labels labels { { "service", name },
                { "endpoint", endpoint.path.toStdString() }, { "method", endpoint.method.toStdString() } };
            EndpointSeries es;
            es.latency = &latency.Add(labels, latencyBuckets());
            es.labels = labels;
            es.successStatus = successStatus(endpoint.method);
            for (int slot = 0; slot < StatusSlotCount; ++slot) {
                const auto statusSlot = static_cast<StatusSlot>(slot);
                if (!createdUpFront(statusSlot))
                    continue;
                prometheus::Labels withStatus = labels;
                withStatus.emplace("status", statusCode(statusSlot, es.successStatus));
                es.requests[static_cast<std::size_t>(slot)] = &requests.Add(withStatus);
            }
            series.endpoints.push_back(std::move(es));
        }
        // The probe's address goes in `target`, not `instance`, so it survives a scrape
        // without honor_labels.
        const std::string health = "http://" + name + ':' + std::to_string(profile.spec.port) + "/health";
        series.connections = &connections.Add({ { "service", name } });
        series.probeSuccess = &probeSuccess.Add({ { "service", name }, { "target", health } });
        series.probeDuration = &probeDuration.Add({ { "service", name }, { "target", health } });
        series.certExpiry
            = &certExpiry.Add({ { "service", name }, { "target", "https://" + name + ".pivori.app" } });
        m_services.push_back(std::move(series));
    }

    m_requests = &requests;

    for (const PodProfile &pod : fleet.pods()) {
        const std::string container
            = fleet.services()[static_cast<std::size_t>(pod.service)].spec.name.toStdString();
        const prometheus::Labels labels { { "namespace", kNamespace }, { "pod", pod.name.toStdString() },
            { "container", container } };
        PodSeries series;
        series.memory = &memory.Add(labels);
        series.cpu = &cpu.Add(labels);
        prometheus::Labels cpuLimit = labels;
        cpuLimit.emplace("resource", "cpu");
        cpuLimit.emplace("unit", "core");
        series.cpuLimit = &limits.Add(cpuLimit);
        prometheus::Labels memoryLimit = labels;
        memoryLimit.emplace("resource", "memory");
        memoryLimit.emplace("unit", "byte");
        series.memoryLimit = &limits.Add(memoryLimit);
        series.restarts = &restarts.Add(labels);
        const prometheus::Labels podLabels { { "namespace", kNamespace }, { "pod", pod.name.toStdString() } };
        prometheus::Labels ready = podLabels;
        ready.emplace("condition", "true");
        series.readyTrue = &podReady.Add(ready);
        prometheus::Labels notReady = podLabels;
        notReady.emplace("condition", "false");
        series.readyFalse = &podReady.Add(notReady);
        m_pods.push_back(series);
    }

    for (const QString &node : fleet.nodes()) {
        const std::string name = node.toStdString();
        NodeSeries series;
        series.readyTrue
            = &nodeCondition.Add({ { "node", name }, { "condition", "Ready" }, { "status", "true" } });
        series.readyFalse
            = &nodeCondition.Add({ { "node", name }, { "condition", "Ready" }, { "status", "false" } });
        series.readyUnknown
            = &nodeCondition.Add({ { "node", name }, { "condition", "Ready" }, { "status", "unknown" } });
        m_nodes.push_back(series);
    }

    for (const QString &claim : Fleet::volumes()) {
        const prometheus::Labels labels { { "namespace", kNamespace },
            { "persistentvolumeclaim", claim.toStdString() } };
        m_volumes.push_back({ &volumeCapacity.Add(labels), &volumeUsed.Add(labels) });
    }
    for (const QString &schedule : Fleet::backupSchedules())
        m_backups.push_back(&backups.Add({ { "schedule", schedule.toStdString() } }));
}

FleetMetrics::~FleetMetrics() = default;

void FleetMetrics::countRequests(int service, int endpoint, StatusSlot slot, double amount)
{
    EndpointSeries &es
        = m_services[static_cast<std::size_t>(service)].endpoints[static_cast<std::size_t>(endpoint)];
    const auto s = static_cast<std::size_t>(slot);
    if (es.requests[s] == nullptr) {
        es.pending[s] += amount;
        if (es.pending[s] < 1.0)
            return;
        prometheus::Labels withStatus = es.labels;
        withStatus.emplace("status", statusCode(slot, es.successStatus));
        es.requests[s] = &m_requests->Add(withStatus);
        amount = es.pending[s];
        es.pending[s] = 0.0;
    }
    es.requests[s]->Increment(amount);
}

std::string FleetMetrics::exposition() const
{
    return prometheus::TextSerializer().Serialize(m_registry->Collect());
}

} // namespace pivori

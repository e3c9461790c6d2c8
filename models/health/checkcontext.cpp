// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcontext.h"

#include <QJsonDocument>

#include <algorithm>

namespace pivori {

const PrometheusServer *CheckContext::prometheus(const HealthCheck &check) const
{
    for (const PrometheusServer &server : config.prometheus) {
        if (check.server.isEmpty() || server.name == check.server)
            return &server;
    }
    return nullptr;
}

QList<AlertmanagerCluster> CheckContext::clusters(const HealthCheck &check) const
{
    QList<AlertmanagerCluster> out;
    for (const AlertmanagerCluster &cluster : config.alertmanagers) {
        if (check.cluster.isEmpty() || cluster.name == check.cluster)
            out.append(cluster);
    }
    return out;
}

Endpoint CheckContext::bounded(Endpoint endpoint, const HealthCheck &check)
{
    const qint64 limit
        = endpoint.timeoutMs > 0 ? std::min<qint64>(endpoint.timeoutMs, check.timeoutMs) : check.timeoutMs;
    endpoint.timeoutMs = int(std::max<qint64>(100, limit));
    return endpoint;
}

void CheckContext::get(const Endpoint &endpoint, const QString &path,
    std::function<void(const HttpResponse &)> done, const QueryParams &params) const
{
    HttpRequest request;
    request.endpoint = endpoint;
    request.path = path;
    request.params = params;
    transport.send(request, scope, std::move(done));
}

std::optional<QJsonObject> CheckContext::apiData(const HttpResponse &response, Error *problem)
{
    if (response.transportError) {
        *problem = *response.transportError;
        return std::nullopt;
    }
    Error e;
    e.url = response.url.toString();
    e.httpStatus = response.status;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject top = doc.object();
    if (response.status != 200 || top.value(QLatin1String("status")).toString() != QLatin1String("success")) {
        e.kind = Error::Kind::Http;
        const QString said = top.value(QLatin1String("error")).toString();
        e.message = said.isEmpty() ? tr("HTTP %1").arg(response.status) : said;
        *problem = e;
        return std::nullopt;
    }
    if (!top.value(QLatin1String("data")).isObject()) {
        e.kind = Error::Kind::Parse;
        e.message = tr("the answer has no data object");
        *problem = e;
        return std::nullopt;
    }
    return top.value(QLatin1String("data")).toObject();
}

} // namespace pivori

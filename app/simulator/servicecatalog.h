// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace pivori {

/// One HTTP route of a service; the path is a template so label cardinality stays bounded.
struct EndpointSpec final
{
    QString method;
    QString path;
    double weight = 1.0; ///< share of the service's traffic, relative to its siblings
};

/// The fixed shape of one Pivori microservice, before any seeded variation.
struct ServiceSpec final
{
    QString name;
    int port = 0;
    double nominalRate = 100.0; ///< requests per second at the daily mean
    std::vector<EndpointSpec> endpoints;
};

/// The fifteen microservices of the Pivori platform, in a stable order.
class ServiceCatalog final
{
public:
    /// All services; the order is part of the seed contract (same seed, same fleet).
    static const std::vector<ServiceSpec> &services();
};

} // namespace pivori

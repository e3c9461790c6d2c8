// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedservices.h"

#include <array>

namespace pivori {

namespace {

// Business domains and the roles a domain's services take: a domain has an API, workers,
// a sync job... as in a real fleet of hundreds of services.
constexpr std::array kDomains { "ledger", "fx-rates", "settlement", "kyc", "onboarding", "billing", "invoice",
    "tax", "fraud", "compliance", "clearing", "custody", "margin", "watchlist", "statement", "loyalty",
    "rewards", "catalog", "inventory", "shipping", "email", "sms", "push", "webhook", "scheduler",
    "feature-flags", "config", "session", "identity", "consent", "document", "archive", "analytics", "ingest",
    "export", "import", "dividend", "corporate-actions", "tickets", "chat" };
constexpr std::array kRoles { "api", "worker", "reconciler", "sync", "indexer", "reader", "writer", "proxy",
    "validator", "aggregator", "publisher", "consumer", "cache", "store", "adapter", "bridge", "monitor",
    "cron", "batch", "stream" };

constexpr int kFirstPort = 10000;

EndpointSpec route(const char *method, const QString &path, double weight)
{
    return EndpointSpec { QString::fromLatin1(method), path, weight };
}

} // namespace

std::vector<ServiceSpec> GeneratedServices::make(int count)
{
    std::vector<ServiceSpec> services;
    services.reserve(static_cast<std::size_t>(std::max(count, 0)));
    constexpr int domains = static_cast<int>(kDomains.size());
    constexpr int roles = static_cast<int>(kRoles.size());
    for (int i = 0; i < count; ++i) {
        const QString domain = QString::fromLatin1(kDomains[static_cast<std::size_t>(i % domains)]);
        const QString role = QString::fromLatin1(kRoles[static_cast<std::size_t>((i / domains) % roles)]);
        QString name = domain + QLatin1Char('-') + role;
        // After every pairing was used once, a generation number keeps the names unique.
        if (const int round = i / (domains * roles); round > 0)
            name += QLatin1Char('-') + QString::number(round + 1);
        const QString base = QStringLiteral("/v1/") + domain;
        // Reads dominate; rates spread from 20 to 200 req/s so the fleet has quiet and busy services.
        const double rate = 20.0 + static_cast<double>((i * 37) % 181);
        services.push_back(ServiceSpec { name, kFirstPort + i, rate,
            { route("GET", base + QStringLiteral("/{id}"), 5), route("GET", base, 2),
                route("POST", base, 1) } });
    }
    return services;
}

} // namespace pivori

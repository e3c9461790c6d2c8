// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicecatalog.h"

namespace pivori {

namespace {

EndpointSpec route(const char *method, const char *path, double weight)
{
    return EndpointSpec { QString::fromLatin1(method), QString::fromLatin1(path), weight };
}

ServiceSpec service(const char *name, int port, double rate, std::vector<EndpointSpec> endpoints)
{
    return ServiceSpec { QString::fromLatin1(name), port, rate, std::move(endpoints) };
}

std::vector<ServiceSpec> buildCatalog()
{
    // The guide fixes geolocation, trading and market-data with their ports; the others are
    // what a trading platform needs around them. Rates are chosen so the gateway carries the
    // most traffic and back-office services the least, as in a real fleet.
    return {
        service("api-gateway", 8000, 380.0,
            { route("GET", "/api/{resource}", 6), route("POST", "/api/{resource}", 2),
                route("PUT", "/api/{resource}", 1) }),
        service("auth", 8001, 160.0,
            { route("POST", "/v1/login", 2), route("POST", "/v1/token/refresh", 6),
                route("POST", "/v1/logout", 1) }),
        service("user-profile", 8005, 90.0,
            { route("GET", "/v1/users/{id}", 6), route("PUT", "/v1/users/{id}", 1),
                route("GET", "/v1/users/{id}/preferences", 3) }),
        service("geolocation", 8010, 120.0,
            { route("GET", "/v1/geo/lookup", 5), route("GET", "/v1/geo/regions", 1) }),
        service("portfolio", 8020, 110.0,
            { route("GET", "/v1/portfolios/{id}", 4), route("GET", "/v1/portfolios/{id}/positions", 5),
                route("POST", "/v1/portfolios/{id}/rebalance", 1) }),
        service("pricing", 8030, 260.0,
            { route("GET", "/v1/quotes/{symbol}", 8), route("POST", "/v1/quotes/batch", 2) }),
        service("trading", 8040, 150.0,
            { route("POST", "/v1/orders", 4), route("GET", "/v1/orders/{id}", 3),
                route("DELETE", "/v1/orders/{id}", 1), route("GET", "/v1/orders", 2) }),
        service("market-data", 8050, 300.0,
            { route("GET", "/v1/ticks/{symbol}", 5), route("GET", "/v1/candles/{symbol}", 3),
                route("GET", "/v1/orderbook/{symbol}", 2) }),
        service(
            "order-router", 8060, 130.0, { route("POST", "/v1/route", 5), route("GET", "/v1/venues", 1) }),
        service("risk", 8070, 140.0,
            { route("POST", "/v1/risk/check", 6), route("GET", "/v1/risk/limits/{account}", 2) }),
        service("payments", 8080, 60.0,
            { route("POST", "/v1/payments", 3), route("GET", "/v1/payments/{id}", 4),
                route("POST", "/v1/payments/{id}/refund", 1) }),
        service("notifications", 8085, 70.0,
            { route("POST", "/v1/notify", 5), route("GET", "/v1/subscriptions", 1) }),
        service("reporting", 8090, 40.0,
            { route("GET", "/v1/reports/{id}", 3), route("POST", "/v1/reports", 1) }),
        service("search", 8095, 180.0, { route("GET", "/v1/search", 5), route("GET", "/v1/suggest", 4) }),
        service("audit", 8099, 100.0, { route("POST", "/v1/events", 8), route("GET", "/v1/events", 1) }),
    };
}

} // namespace

const std::vector<ServiceSpec> &ServiceCatalog::services()
{
    static const std::vector<ServiceSpec> catalog = buildCatalog();
    return catalog;
}

} // namespace pivori

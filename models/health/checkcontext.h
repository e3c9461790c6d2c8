// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"
#include "consoleconfig.h"
#include "httptransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace pivori {

/// What one check needs while it runs. `scope` lives exactly as long as the check: every
/// request, client and socket of the check hangs off it, so deleting it (at the timeout)
/// cancels them all and no answer arrives after the verdict.
struct CheckContext final
{
    const ConsoleConfig &config;
    HttpTransport &transport;
    QObject *scope = nullptr;
    QDateTime now; ///< when the run started (UTC): ages are measured against it

    /// The Prometheus a check names, or the first configured one; null when there is none.
    const PrometheusServer *prometheus(const HealthCheck &check) const;
    /// The clusters a check names (one), or every configured cluster.
    QList<AlertmanagerCluster> clusters(const HealthCheck &check) const;
    /// @p endpoint with its timeout capped by the check's, so the transport gives up with the check.
    static Endpoint bounded(Endpoint endpoint, const HealthCheck &check);
    /// GET @p path below @p endpoint; @p done runs once, unless the check ended first.
    void get(const Endpoint &endpoint, const QString &path, std::function<void(const HttpResponse &)> done,
        const QueryParams &params = {}) const;
    /// The `data` object of a Prometheus API answer; nullopt with @p problem set otherwise.
    static std::optional<QJsonObject> apiData(const HttpResponse &response, Error *problem);

    // Last: the macro leaves the members after it private.
    Q_DECLARE_TR_FUNCTIONS(pivori::CheckContext)
};

/// Called once per check with its verdict; the runner fills category, name and timing.
using CheckDone = std::function<void(CheckResult)>;

} // namespace pivori

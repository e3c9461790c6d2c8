// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace pivori {

/// What answers at a Prometheus server's URL: Prometheus itself or a Prometheus-compatible
/// store that speaks the query API but not all of the rest. The console asks the profile
/// before using an endpoint a store may lack, and says "not available on this backend"
/// instead of reporting the store's 404 or its empty stub as a failure.
struct BackendProfile final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::BackendProfile)

public:
    enum class Flavor { Prometheus, VictoriaMetrics, Thanos, Mimir };
    /// An API a store may not have.
    enum class Feature { Rules, Targets, Alertmanagers, RuntimeInfo, TsdbStatus };

    Flavor flavor = Flavor::Prometheus;
    /// Below the server's root, e.g. "/prometheus" for Mimir; already part of the endpoint's
    /// URL, kept here for the paths that live at the root (Mimir's /ready).
    QString pathPrefix;
    /// Thanos Query: answer with the stores that did answer (and say which did not, in the
    /// answer's warnings) rather than fail the whole query; deduplicate HA replicas.
    bool partialResponse = true;
    bool dedup = true;

    bool has(Feature feature) const;
    /// Readiness and liveness paths; the second is empty where the store has none.
    QString readyPath() const;
    QString healthyPath() const;
    /// True when readyPath() is at the server's root rather than below pathPrefix.
    bool readyAtRoot() const { return flavor == Flavor::Mimir; }
    /// Parameters added to every /api/v1/query and /api/v1/query_range request.
    QList<std::pair<QString, QString>> queryParams() const;

    /// "prometheus", "victoriametrics", "thanos", "mimir": the keys of the config's `flavor`.
    static QStringList flavorKeys();
    static std::optional<Flavor> flavorFromKey(const QString &key);
    /// The product name for messages ("VictoriaMetrics").
    static QString flavorName(Flavor flavor);
    /// One sentence for a check or a view: "... is not available on this backend (Thanos Query)".
    QString notAvailableText(const QString &what) const;
};

} // namespace pivori

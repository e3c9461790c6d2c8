// SPDX-License-Identifier: GPL-3.0-or-later
#include "backendprofile.h"

namespace pivori {

bool BackendProfile::has(Feature feature) const
{
    using F = Feature;
    switch (flavor) {
    case Flavor::Prometheus:
        return true;
    case Flavor::VictoriaMetrics:
        // It scrapes (so it lists targets), but rules live in vmalert: its /api/v1/rules is an
        // empty stub, which would read as "no rules loaded". Its TSDB status has another shape.
        return feature == F::Targets;
    case Flavor::Thanos:
        // Thanos Query fans out rules and targets to its stores; it has no TSDB of its own.
        return feature == F::Rules || feature == F::Targets;
    case Flavor::Mimir:
        // The ruler serves the rules; nothing scrapes inside Mimir.
        return feature == F::Rules;
    }
    return false;
}

QString BackendProfile::readyPath() const
{
    return flavor == Flavor::Mimir ? QStringLiteral("/ready") : QStringLiteral("/-/ready");
}

QString BackendProfile::healthyPath() const
{
    return flavor == Flavor::Mimir ? QString() : QStringLiteral("/-/healthy");
}

QList<std::pair<QString, QString>> BackendProfile::queryParams() const
{
    if (flavor != Flavor::Thanos)
        return {};
    const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    return { { QStringLiteral("partial_response"), flag(partialResponse) },
        { QStringLiteral("dedup"), flag(dedup) } };
}

QStringList BackendProfile::flavorKeys()
{
    return { QStringLiteral("prometheus"), QStringLiteral("victoriametrics"), QStringLiteral("thanos"),
        QStringLiteral("mimir") };
}

std::optional<BackendProfile::Flavor> BackendProfile::flavorFromKey(const QString &key)
{
    const qsizetype index = flavorKeys().indexOf(key);
    if (index < 0)
        return std::nullopt;
    return static_cast<Flavor>(index);
}

QString BackendProfile::flavorName(Flavor flavor)
{
    switch (flavor) {
    case Flavor::Prometheus:
        return QStringLiteral("Prometheus");
    case Flavor::VictoriaMetrics:
        return QStringLiteral("VictoriaMetrics");
    case Flavor::Thanos:
        return QStringLiteral("Thanos Query");
    case Flavor::Mimir:
        return QStringLiteral("Mimir");
    }
    return QString();
}

QString BackendProfile::notAvailableText(const QString &what) const
{
    return tr("%1 is not available on this backend (%2)").arg(what, flavorName(flavor));
}

} // namespace pivori

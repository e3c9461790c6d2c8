// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifyinglabels.h"

#include <algorithm>

namespace pivori {

namespace {

bool isVolatileName(const QString &name)
{
    static const QStringList names = IdentifyingLabels::volatileNames();
    return names.contains(name);
}

} // namespace

IdentifyingLabels::IdentifyingLabels() = default;

IdentifyingLabels::IdentifyingLabels(const QStringList &extraVolatile)
{
    for (const QString &pattern : extraVolatile) {
        const QString trimmed = pattern.trimmed();
        if (trimmed.isEmpty())
            continue;
        // Only `*` is special: label names have no other wildcard-looking characters, and a
        // name like `a?b` from a config must not silently mean something else.
        QStringList parts;
        for (const QString &part : trimmed.split(u'*'))
            parts.append(QRegularExpression::escape(part));
        m_extra.append(
            QRegularExpression(QRegularExpression::anchoredPattern(parts.join(QStringLiteral(".*")))));
    }
}

QStringList IdentifyingLabels::volatileNames()
{
    return { QStringLiteral("severity"), QStringLiteral("pod"), QStringLiteral("pod_name"),
        QStringLiteral("instance"), QStringLiteral("le"), QStringLiteral("id"), QStringLiteral("uid"),
        QStringLiteral("pod_uid"), QStringLiteral("container_id"), QStringLiteral("image_id"),
        QStringLiteral("pod_template_hash"), QStringLiteral("controller_revision_hash"),
        QStringLiteral("replica"), QStringLiteral("prometheus_replica") };
}

bool IdentifyingLabels::looksGenerated(const QString &value)
{
    // Kubernetes names generated pods from an alphabet without vowels and without 0, 1, 3,
    // so words such as "market-data" or "trading-engine" never match.
    static const QRegularExpression deploymentPod(
        QStringLiteral("\\A.+-[bcdfghjklmnpqrstvwxz2456789]{6,10}-[bcdfghjklmnpqrstvwxz2456789]{5}\\z"));
    static const QRegularExpression uuid(
        QStringLiteral("\\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    static const QRegularExpression containerId(QStringLiteral("\\A([a-z]+://)?[0-9a-f]{64}\\z"));
    return deploymentPod.match(value).hasMatch() || uuid.match(value).hasMatch()
        || containerId.match(value).hasMatch();
}

bool IdentifyingLabels::isIdentifying(const QString &name, const QString &value) const
{
    if (name == QLatin1String("alertname"))
        return !value.isEmpty();
    if (value.isEmpty() || isVolatileName(name) || looksGenerated(value))
        return false;
    return std::none_of(m_extra.cbegin(), m_extra.cend(),
        [&](const QRegularExpression &pattern) { return pattern.match(name).hasMatch(); });
}

QList<Matcher> IdentifyingLabels::matchersFor(const QMap<QString, QString> &labels) const
{
    QList<Matcher> out;
    const QString alertname = labels.value(QStringLiteral("alertname"));
    if (!alertname.isEmpty())
        out.append(Matcher { QStringLiteral("alertname"), alertname, false, true });
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != QLatin1String("alertname") && isIdentifying(it.key(), it.value()))
            out.append(Matcher { it.key(), it.value(), false, true });
    }
    return out;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthlink.h"

namespace pivori {

HealthLink HealthLink::parse(const QString &link)
{
    const QString trimmed = link.trimmed();
    const auto prefixed = [&trimmed](const QString &prefix, Kind kind) -> HealthLink {
        if (!trimmed.startsWith(prefix))
            return {};
        const QString rest = trimmed.mid(prefix.size()).trimmed();
        return rest.isEmpty() ? HealthLink {} : HealthLink { kind, rest };
    };
    for (const HealthLink &candidate : { prefixed(QStringLiteral("dashboard:"), Kind::Dashboard),
             prefixed(QStringLiteral("runbook:"), Kind::Runbook),
             prefixed(QStringLiteral("target:"), Kind::Target),
             prefixed(QStringLiteral("rulegroup:"), Kind::RuleGroup) }) {
        if (candidate.isValid())
            return candidate;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
        return { Kind::Web, trimmed };
    return {};
}

QString HealthLink::ruleFile() const
{
    const qsizetype slash = target.lastIndexOf(u'/');
    return slash < 0 ? QString() : target.left(slash);
}

QString HealthLink::ruleGroup() const
{
    const qsizetype slash = target.lastIndexOf(u'/');
    return slash < 0 ? target : target.mid(slash + 1);
}

QUrl HealthLink::url() const
{
    return kind == Kind::Web ? QUrl(target) : QUrl();
}

QString HealthLink::text() const
{
    switch (kind) {
    case Kind::Dashboard:
        return tr("dashboard %1").arg(target);
    case Kind::Runbook:
        return tr("runbook %1").arg(target);
    case Kind::Target:
        return tr("target %1").arg(target);
    case Kind::RuleGroup: {
        const QString file = ruleFile();
        return file.isEmpty() ? tr("rule group %1").arg(ruleGroup())
                              : tr("rule group %1 (%2)").arg(ruleGroup(), file.section(u'/', -1));
    }
    case Kind::Web:
        return target;
    case Kind::None:
        break;
    }
    return {};
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxalerttext.h"

#include <QLocale>
#include <QStringList>

namespace pivori {

int InboxAlertText::severityRank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 0;
    if (severity == QLatin1String("warning"))
        return 1;
    if (severity == QLatin1String("info"))
        return 2;
    return severity.isEmpty() ? 4 : 3;
}

QString InboxAlertText::source(const InboxAlert &alert, const QString &serviceLabel)
{
    const QString service = alert.label(serviceLabel);
    QString instance;
    for (const char *name : { "pod", "instance", "node" }) {
        const QString value = alert.label(QLatin1String(name));
        if (!value.isEmpty() && value != service) {
            instance = value;
            break;
        }
    }
    if (service.isEmpty() && instance.isEmpty())
        return alert.label(QStringLiteral("job"));
    if (service.isEmpty() || instance.isEmpty())
        return service + instance;
    return service + QStringLiteral(" / ") + instance;
}

QString InboxAlertText::time(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString InboxAlertText::state(const InboxAlert &alert)
{
    const InboxAlert::State state = alert.state();
    if (alert.ackPending && state == InboxAlert::State::Firing)
        return tr("acknowledging…");
    return InboxAlert::stateText(state);
}

QString InboxAlertText::stateDetail(const InboxAlert &alert)
{
    if (alert.ack) {
        const QString head = tr("acknowledged by %1 until %2").arg(alert.ack->author, time(alert.ack->until));
        return alert.ack->comment.isEmpty() ? head : head + QStringLiteral(": ") + alert.ack->comment;
    }
    if (alert.state() == InboxAlert::State::Inhibited)
        return tr("inhibited by %1").arg(alert.inhibitors.join(QStringLiteral(", ")));
    if (alert.state() == InboxAlert::State::Silenced)
        return tr("silenced by %1").arg(alert.alert.silencedBy.join(QStringLiteral(", ")));
    return {};
}

QString InboxAlertText::searchText(const InboxAlert &alert)
{
    QStringList parts;
    for (auto it = alert.alert.labels.cbegin(); it != alert.alert.labels.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    parts.append(alert.alert.annotations.values());
    parts.append(alert.cluster);
    parts.append(InboxAlert::stateName(alert.state()));
    if (alert.ack)
        parts << alert.ack->author << alert.ack->comment;
    parts.append(alert.inhibitors);
    return parts.join(u'\n').toLower();
}

} // namespace pivori

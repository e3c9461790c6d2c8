// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertbandsummary.h"

#include <algorithm>

namespace pivori {

AlertBandSummary AlertBandSummary::from(const QList<InboxAlert> &alerts, int perSeverity)
{
    AlertBandSummary summary;
    QList<InboxAlert> critical;
    QList<InboxAlert> warning;
    for (const InboxAlert &alert : alerts) {
        switch (alert.state()) {
        case InboxAlert::State::Firing:
            ++summary.firing[alert.severity()];
            if (alert.severity() == QLatin1String("critical"))
                critical.append(alert);
            else if (alert.severity() == QLatin1String("warning"))
                warning.append(alert);
            break;
        case InboxAlert::State::Acknowledged:
            ++summary.acknowledged;
            break;
        case InboxAlert::State::Silenced:
        case InboxAlert::State::Inhibited:
            break;
        }
    }
    const auto newestFirst = [](const InboxAlert &a, const InboxAlert &b) {
        // Ties (alerts of one evaluation) keep a stable, readable order.
        if (a.alert.startsAt != b.alert.startsAt)
            return a.alert.startsAt > b.alert.startsAt;
        return a.key() < b.key();
    };
    for (QList<InboxAlert> *list : { &critical, &warning }) {
        std::sort(list->begin(), list->end(), newestFirst);
        summary.newest.append(list->mid(0, std::max(0, perSeverity)));
    }
    return summary;
}

AlertBandSummary::Place AlertBandSummary::place(int index) const
{
    Place place;
    if (index < 0 || index >= newest.size())
        return place;
    place.severity = newest[index].severity();
    for (int i = 0; i <= index; ++i)
        place.position += newest[i].severity() == place.severity;
    place.of = firing.value(place.severity);
    return place;
}

} // namespace pivori

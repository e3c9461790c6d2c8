// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxfilter.h"

#include "inboxalert.h"
#include "inboxalerttext.h"

#include <algorithm>

namespace pivori {

bool InboxFilter::accepts(const InboxAlert &alert, const QString &searchText) const
{
    switch (alert.state()) {
    case InboxAlert::State::Silenced:
        if (!showSilenced)
            return false;
        break;
    case InboxAlert::State::Inhibited:
        if (!showInhibited)
            return false;
        break;
    case InboxAlert::State::Acknowledged:
        if (!showAcknowledged)
            return false;
        break;
    case InboxAlert::State::Firing:
        break;
    }
    if (!matchers.isEmpty() && !matchers.matches(alert.alert.labels))
        return false;
    return std::all_of(
        words.cbegin(), words.cend(), [&](const QString &word) { return searchText.contains(word); });
}

bool InboxFilter::sameAs(const InboxFilter &other) const
{
    return matchers.matchers() == other.matchers.matchers() && words == other.words
        && showSilenced == other.showSilenced && showInhibited == other.showInhibited
        && showAcknowledged == other.showAcknowledged;
}

QHash<QString, int> countShownByGroup(const AlertInboxModel::GroupsSnapshot &groups,
    const QHash<QString, QString> &searchTexts, const InboxFilter &filter, const std::atomic<bool> &cancelled)
{
    // How often the cancellation is looked at: often enough that a superseded computation
    // gives its core back within a millisecond or so.
    constexpr int kCheckEvery = 512;
    QHash<QString, int> shown;
    shown.reserve(qsizetype(groups.size()));
    const QString none;
    int sinceCheck = 0;
    for (const auto &[groupKey, alerts] : groups) {
        int count = 0;
        for (const InboxAlert &alert : alerts) {
            if (++sinceCheck == kCheckEvery) {
                sinceCheck = 0;
                if (cancelled.load(std::memory_order_relaxed))
                    return {};
            }
            if (filter.words.isEmpty()) {
                count += filter.accepts(alert, none) ? 1 : 0;
                continue;
            }
            const auto text = searchTexts.constFind(alert.key());
            count += filter.accepts(
                         alert, text != searchTexts.cend() ? *text : InboxAlertText::searchText(alert))
                ? 1
                : 0;
        }
        shown.insert(groupKey, count);
    }
    return shown;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertinboxmodel.h"
#include "matcher.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>

namespace pivori {

struct InboxAlert;

/// What the inbox filter lets through, as a plain value: the filter proxy keeps the one its rows
/// show while a pool thread evaluates a newer one over a snapshot of the tree.
struct InboxFilter final
{
    CompiledMatchers matchers;
    QStringList words; ///< lower case; every one must occur in the alert's search text
    // Like Alertmanager's own UI: what needs no attention is hidden until asked for.
    bool showSilenced = false;
    bool showInhibited = false;
    bool showAcknowledged = true;

    /// @p searchText (InboxAlertText::searchText) is read only when there are words.
    bool accepts(const InboxAlert &alert, const QString &searchText) const;
    bool sameAs(const InboxFilter &other) const;
};

/// For each group of @p groups: how many of its alerts @p filter lets through. Pure, for a pool
/// thread: @p searchTexts are the proxy's texts by alert key (a missing one is built here). Gives
/// up and returns nothing as soon as @p cancelled is set (a newer keystroke came).
QHash<QString, int> countShownByGroup(const AlertInboxModel::GroupsSnapshot &groups,
    const QHash<QString, QString> &searchTexts, const InboxFilter &filter,
    const std::atomic<bool> &cancelled);

} // namespace pivori

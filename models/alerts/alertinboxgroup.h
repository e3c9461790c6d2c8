// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertinboxmodel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pivori {

// One group of the inbox, private to the model's two source files (alertinboxmodel.cpp reads
// it, alertinboxmodelupdate.cpp applies Alertmanager's answers to it).
struct AlertInboxModel::Group final
{
    QString key;
    QList<InboxAlert> alerts;
    int row = 0; ///< its position among the groups, kept current by renumberGroups()
    mutable QHash<QString, int> rowOf; ///< alert key -> row, rebuilt lazily
    mutable bool rowsDirty = true;

    /// What the group's row shows of its alerts: the worst severity and the earliest start.
    struct Summary final
    {
        int worstRank = 4;
        QString worstSeverity;
        QDateTime earliest;
        /// Takes one more alert into account (an alert added to the group).
        void include(const InboxAlert &alert);
    };
    /// Computed when a view first asks after a change, and kept: a paint asks each visible
    /// group for its severity several times, and scanning a group of 30,000 alerts each time
    /// was half the GUI thread's time at 100,000 alerts. Every change to `alerts` resets it.
    mutable std::optional<Summary> summary;
    const Summary &summarized() const;
    /// Pure, so a poll's plan works it out on a pool thread (AlertInboxModel::planUpdate).
    static Summary summarize(const QList<InboxAlert> &alerts);
    void alertsChanged()
    {
        rowsDirty = true;
        summary.reset();
    }
    /// Alerts were added, none removed nor changed: a summary already made takes them in, as
    /// scanning the whole group again cost each paint after a slice 50-70 ms in a group of
    /// 60,000 (a regroup by severity).
    void alertsAdded(const QList<InboxAlert> &added, qsizetype from, qsizetype to)
    {
        rowsDirty = true;
        if (summary)
            for (qsizetype i = from; i < to; ++i)
                summary->include(added[i]);
    }
};

} // namespace pivori

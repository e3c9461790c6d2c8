// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertinboxmodel.h"

#include <QHash>
#include <QList>
#include <QString>

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
};

} // namespace pivori

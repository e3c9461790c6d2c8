// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// tst_alertinboxmodel's alerts and its picture of the tree: a failing comparison shows the
// whole tree, one line per row.
#include "alertinboxmodel.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace pivori::testing {

inline InboxAlert makeAlert(const QString &fingerprint, const QString &alertname, const QString &severity,
    const QString &service, const QString &cluster = QStringLiteral("prod"),
    const QStringList &receivers = { QStringLiteral("slack-warnings") })
{
    InboxAlert a;
    a.cluster = cluster;
    a.alert.fingerprint = fingerprint;
    a.alert.labels = { { QStringLiteral("alertname"), alertname } };
    if (!severity.isEmpty())
        a.alert.labels.insert(QStringLiteral("severity"), severity);
    if (!service.isEmpty())
        a.alert.labels.insert(QStringLiteral("service"), service);
    a.alert.annotations = { { QStringLiteral("summary"), alertname + QStringLiteral(" on ") + service } };
    a.alert.receivers = receivers;
    a.alert.startsAt = QDateTime(QDate(2024, 5, 14), QTime(10, 0), Qt::UTC);
    a.alert.state = Alert::State::Active;
    return a;
}

// The whole tree, one line per row: a failing comparison shows the entire picture.
inline QStringList flatten(const QAbstractItemModel &model)
{
    QStringList out;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        out.append(group.data().toString());
        for (int r = 0; r < model.rowCount(group); ++r) {
            QStringList cells { model.index(r, 0, group).data(AlertInboxModel::KeyRole).toString() };
            for (int c : { AlertInboxModel::SeverityColumn, AlertInboxModel::AlertnameColumn,
                     AlertInboxModel::SourceColumn, AlertInboxModel::StateColumn,
                     AlertInboxModel::AckByColumn })
                cells.append(model.index(r, c, group).data().toString());
            out.append(QStringLiteral("  ") + cells.join(QStringLiteral(" | ")));
        }
    }
    return out;
}

inline QList<InboxAlert> baseline()
{
    return { makeAlert(QStringLiteral("f1"), QStringLiteral("HighP95Latency"), QStringLiteral("warning"),
                 QStringLiteral("trading")),
        makeAlert(QStringLiteral("f2"), QStringLiteral("CriticalP99Latency"), QStringLiteral("critical"),
            QStringLiteral("trading"), QStringLiteral("prod"),
            { QStringLiteral("pagerduty-oncall"), QStringLiteral("slack-critical-alerts") }),
        makeAlert(QStringLiteral("f3"), QStringLiteral("HighP95Latency"), QStringLiteral("warning"),
            QStringLiteral("auth")),
        makeAlert(QStringLiteral("f4"), QStringLiteral("NodeNotReady"), QStringLiteral("critical"), QString(),
            QStringLiteral("prod"),
            { QStringLiteral("pagerduty-oncall"), QStringLiteral("slack-critical-alerts") }) };
}

} // namespace pivori::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxalert.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pivori {

class AlertsBackend;

/// The alerts an export carries, taken from the one AlertsBackend at one moment: the same recipe
/// for the window's incident report and the `snapshot` command, so both say the same thing about
/// a cluster that did not answer.
struct ExportedAlerts final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ExportedAlerts)
public:
    bool configured = false; ///< an Alertmanager cluster is configured
    bool anyRead = false; ///< the alerts of at least one cluster were read, now or before
    QList<InboxAlert> alerts; ///< as last read; a silent cluster's alerts are its last known ones
    QStringList problems; ///< one sentence per cluster whose alerts are missing or old

    /// @p backend may be null (no Alertmanager configured). @p rulesDoubt: why the alert rules
    /// may not be evaluated (RuleEvaluation::countsText()), empty when they are.
    static ExportedAlerts from(const AlertsBackend *backend, const QString &rulesDoubt = {});

    /// For IncidentReport::alerts: nothing when no Alertmanager is configured.
    std::optional<QList<InboxAlert>> reportAlerts() const;
    QString problemText() const { return problems.join(u' '); }
    /// data.json's "alerts": the array `alerts --json` prints, or null when no cluster is
    /// configured or none was ever read (an empty array would read as "nothing firing").
    QJsonValue json() const;
};

} // namespace pivori

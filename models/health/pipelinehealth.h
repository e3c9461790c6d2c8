// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ruleevaluation.h"

#include <QObject>

namespace pivori {

class ServerStatusPoller;

/// The one model of whether the monitoring pipeline can be believed, that every view of the
/// alert counts reads: the Alerts page, the window title and tray, the NOC wall. Today it knows
/// whether the rules are evaluated (from the servers' reachability); a view that shows "0 alerts"
/// shows them only while ruleEvaluation().countsAreTrue().
class PipelineHealth final : public QObject
{
    Q_OBJECT
public:
    /// @p servers may be null (nothing to vouch for the rules): the state stays Unknown.
    explicit PipelineHealth(ServerStatusPoller *servers, QObject *parent = nullptr);

    const RuleEvaluation &ruleEvaluation() const { return m_rules; }

signals:
    void ruleEvaluationChanged(const pivori::RuleEvaluation &evaluation);

private:
    void update();

    ServerStatusPoller *m_servers;
    RuleEvaluation m_rules;
};

} // namespace pivori

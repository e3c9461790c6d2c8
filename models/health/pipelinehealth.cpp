// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinehealth.h"

#include "serverstatuspoller.h"

namespace pivori {

PipelineHealth::PipelineHealth(ServerStatusPoller *servers, QObject *parent)
    : QObject(parent)
    , m_servers(servers)
{
    if (m_servers)
        connect(m_servers, &ServerStatusPoller::statusChanged, this, &PipelineHealth::update);
    update();
}

void PipelineHealth::update()
{
    RuleEvaluation now
        = RuleEvaluation::fromStatuses(m_servers ? m_servers->statuses() : QList<ServerStatus>());
    if (now == m_rules)
        return;
    m_rules = std::move(now);
    emit ruleEvaluationChanged(m_rules);
}

} // namespace pivori

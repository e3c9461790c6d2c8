// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcheckrunner.h"

#include "consoleconfig.h"
#include "httptransport.h"

#include <QTimer>

namespace pivori {

HealthCheckRunner::HealthCheckRunner(const ConsoleConfig &config, HttpTransport &transport, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(transport)
{
}

HealthCheckRunner::~HealthCheckRunner() = default;

// Placeholder until the checks engine lands: a run with no results (overall Unknown).
void HealthCheckRunner::run(const CheckSelection &selection)
{
    Q_UNUSED(selection)
    if (m_running)
        return;
    m_running = true;
    emit started();
    QTimer::singleShot(0, this, [this] {
        m_running = false;
        CheckRun run;
        run.startedAt = run.finishedAt = QDateTime::currentDateTimeUtc();
        emit finished(run);
    });
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"
#include "consoleconfig.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace pivori {

class HttpTransport;

/// Which checks a run includes; empty lists mean all.
struct CheckSelection final
{
    QStringList categories; ///< case-insensitive category names
    QStringList names; ///< check names
};

/// Runs the configured health checks asynchronously (every check has its own timeout, so a
/// run always finishes) and reports them as one CheckRun. Used by `check`, the Health page and
/// the wall's health page alike.
class HealthCheckRunner final : public QObject
{
    Q_OBJECT
public:
    HealthCheckRunner(const ConsoleConfig &config, HttpTransport &transport, QObject *parent = nullptr);
    ~HealthCheckRunner() override;

    /// Starts a run; ignored while one is running.
    void run(const CheckSelection &selection = {});
    bool isRunning() const { return m_running; }

    /// The checks of @p checks that @p selection includes, in their configured order.
    static QList<HealthCheck> selected(const QList<HealthCheck> &checks, const CheckSelection &selection);

signals:
    void started();
    void finished(const pivori::CheckRun &run);

private:
    struct Pending;
    /// The verdict of check @p index of run @p generation; the first one wins (answer or timeout).
    void record(quint64 generation, int index, CheckResult result);
    void complete();

    const ConsoleConfig &m_config;
    HttpTransport &m_transport;
    bool m_running = false;
    quint64 m_generation = 0;
    std::unique_ptr<Pending> m_pending;
};

} // namespace pivori

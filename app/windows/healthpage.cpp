// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthpage.h"

#include "healthcheckrunner.h"
#include "healthstatusstyle.h"
#include "healthview.h"

#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace pivori {

HealthPage::HealthPage(
    HealthCheckRunner *runner, qint64 intervalMs, const QString &historyPath, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_history(historyPath)
    , m_view(new HealthView(this))
    , m_timer(new QTimer(this))
    , m_writer(new QThreadPool(this))
{
    setObjectName(QStringLiteral("healthPage"));
    m_writer->setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    QString problem;
    if (!m_history.load(&problem))
        m_view->showProblem(problem);
    m_view->setTransitions(m_history.transitions());
    m_view->setInterval(intervalMs);

    m_timer->setInterval(int(std::clamp<qint64>(intervalMs, 1000, std::numeric_limits<int>::max())));
    connect(m_timer, &QTimer::timeout, this, &HealthPage::runNow);
    connect(m_view, &HealthView::runRequested, this, &HealthPage::runNow);
    connect(m_view, &HealthView::linkActivated, this, &HealthPage::linkActivated);
    connect(m_runner, &HealthCheckRunner::started, this, [this] { m_view->setRunning(true); });
    connect(m_runner, &HealthCheckRunner::finished, this, &HealthPage::onFinished);
}

HealthPage::~HealthPage()
{
    waitForSaves();
}

void HealthPage::start()
{
    runNow();
    m_timer->start();
}

void HealthPage::runNow()
{
    // The runner ignores a run while one is going; asking here keeps that visible too.
    if (m_runner->isRunning())
        return;
    m_runner->run();
}

void HealthPage::onFinished(const CheckRun &run)
{
    m_lastRun = run;
    m_hasRun = true;
    m_history.record(run);
    m_view->setRunning(false);
    m_view->setRun(run);
    m_view->setTransitions(m_history.transitions());
    saveHistory();
    emit runFinished(run);
}

void HealthPage::saveHistory()
{
    if (m_history.isSaveBlocked())
        return; // said once, when it was loaded
    // Serialised here, written on the writer's thread: the disk may be slow, the window not.
    // The page waits for its writes before it goes, so the task may name it.
    m_writer->start([this, path = m_history.path(), bytes = m_history.toJson()] {
        QString problem;
        if (!HealthHistory::writeFile(path, bytes, &problem))
            QMetaObject::invokeMethod(
                this, [this, problem] { m_view->showProblem(problem); }, Qt::QueuedConnection);
    });
}

void HealthPage::waitForSaves()
{
    m_writer->waitForDone();
}

QString HealthPage::tabText() const
{
    if (!m_hasRun)
        return tr("Health (?)");
    if (m_lastRun.overall() == CheckStatus::Pass)
        return tr("Health");
    return tr("Health (%1)").arg(HealthStatusStyle::verdictText(m_lastRun));
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "historybackfill.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace pivori {

HistoryBackfill::HistoryBackfill(QObject *parent)
    : QObject(parent)
{
}

HistoryBackfill::~HistoryBackfill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    QFile::remove(m_request.workFile);
}

void HistoryBackfill::start(const Request &request)
{
    m_request = request;
    emit progress(tr("writing the last %n minute(s) of the fleet's history…", nullptr, request.seconds / 60));
    QStringList arguments = request.fleetArguments;
    arguments << QStringLiteral("--history-openmetrics") << request.workFile << QStringLiteral("--history")
              << QString::number(request.seconds) << QStringLiteral("--history-instance") << request.instance;
    m_stepName = QStringLiteral("pivori-simulator");
    runStep(request.simulator, arguments, &HistoryBackfill::runPromtool);
}

void HistoryBackfill::runPromtool()
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty()) {
        finish(tr("promtool (Debian package prometheus) is missing"));
        return;
    }
    emit progress(tr("loading the history into Prometheus…"));
    QDir().mkpath(m_request.dataDir);
    m_stepName = QStringLiteral("promtool");
    runStep(promtool,
        { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"),
            m_request.workFile, m_request.dataDir },
        nullptr);
}

void HistoryBackfill::runStep(
    const QString &program, const QStringList &arguments, void (HistoryBackfill::*next)())
{
    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(
        process, &QProcess::finished, this, [this, process, next](int exitCode, QProcess::ExitStatus status) {
            process->deleteLater();
            if (status != QProcess::NormalExit || exitCode != 0) {
                const QString output = QString::fromLocal8Bit(process->readAll()).trimmed().right(400);
                finish(tr("%1 failed (exit %2): %3").arg(m_stepName).arg(exitCode).arg(output));
                return;
            }
            if (next)
                (this->*next)();
            else
                finish(QString());
        });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        finish(tr("cannot start %1: %2").arg(m_stepName, process->errorString()));
    });
    process->start(program, arguments);
}

void HistoryBackfill::finish(const QString &problem)
{
    QFile::remove(m_request.workFile);
    emit finished(problem);
}

} // namespace pivori

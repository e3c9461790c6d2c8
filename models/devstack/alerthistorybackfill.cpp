// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerthistorybackfill.h"

#include "networktransport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace pivori {

namespace {

constexpr int kReadyPollMs = 100;
constexpr int kReadyTimeoutMs = 30000;
constexpr int kQueryTimeoutMs = 30000;
constexpr int kStopGraceMs = 3000;

void killWithGrace(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    QTimer::singleShot(kStopGraceMs, process, [process] {
        if (process->state() != QProcess::NotRunning)
            process->kill();
    });
}

} // namespace

AlertHistoryBackfill::AlertHistoryBackfill(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_transport(new NetworkTransport(m_nam, this))
{
}

AlertHistoryBackfill::~AlertHistoryBackfill()
{
    for (QProcess *process : { m_evaluator.data(), m_promtool.data() }) {
        if (process && process->state() != QProcess::NotRunning) {
            process->disconnect(this);
            process->kill();
            process->waitForFinished(2000);
        }
    }
}

void AlertHistoryBackfill::start(Request request)
{
    m_request = std::move(request);
    QString problem;
    if (!parseAlertRules(m_request.rulesYaml, &m_rules, &problem)) {
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return;
    }
    const quint16 port = m_request.pickPort(false, m_request.takenPorts);
    const QString config = QDir(m_request.workDir).filePath(QStringLiteral("alert-history.yml"));
    QFile configFile(config);
    // No scrapes and no rules: it only answers queries about the backfilled past.
    if (!port || !configFile.open(QIODevice::WriteOnly) || configFile.write("global: {}\n") < 0) {
        QTimer::singleShot(
            0, this, [this] { fail(tr("cannot prepare the Prometheus that evaluates the rules")); });
        return;
    }
    configFile.close();
    m_evaluatorUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    emit progress(tr("working out the alerts of the history…"));

    auto *process = new QProcess(this);
    m_evaluator = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(QDir(m_request.workDir).filePath(QStringLiteral("alert-history.log")));
    process->setStandardInputFile(QProcess::nullDevice());
    const pid_t owner = ::getpid();
    // The kernel stops it when we die, even by SIGKILL: it holds the data folder's lock.
    process->setChildProcessModifier([owner] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != owner)
            ::_exit(127);
    });
    connect(process, &QProcess::finished, this, [this](int exitCode) {
        if (!m_stopRequested) { // on its own, before its work was done
            m_stopRequested = true;
            m_pendingQueries = 0;
            if (m_problem.isEmpty())
                m_problem = tr("the Prometheus that evaluates the rules exited (code %1)").arg(exitCode);
        }
        finishWhenDone();
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("cannot start %1: %2").arg(m_request.prometheus, m_evaluator->errorString()));
    });
    process->start(m_request.prometheus,
        { QStringLiteral("--config.file=%1").arg(config),
            QStringLiteral("--storage.tsdb.path=%1").arg(m_request.dataDir),
            QStringLiteral("--storage.tsdb.retention.time=2d"),
            QStringLiteral("--web.listen-address=%1").arg(m_evaluatorUrl.authority()),
            QStringLiteral("--log.level=warn") });
    m_readyDeadline = QDateTime::currentMSecsSinceEpoch() + kReadyTimeoutMs;
    QTimer::singleShot(kReadyPollMs, this, &AlertHistoryBackfill::pollReady);
}

void AlertHistoryBackfill::pollReady()
{
    if (m_done || m_stopRequested)
        return;
    HttpRequest request;
    request.endpoint.url = m_evaluatorUrl;
    request.endpoint.timeoutMs = 1000;
    request.path = QStringLiteral("/-/ready");
    m_transport->send(request, this, [this](const HttpResponse &response) {
        if (m_done || m_stopRequested)
            return;
        if (response.status == 200) {
            queryRules();
        } else if (QDateTime::currentMSecsSinceEpoch() > m_readyDeadline) {
            fail(tr("the Prometheus that evaluates the rules did not become ready within %1 s")
                     .arg(kReadyTimeoutMs / 1000));
        } else {
            QTimer::singleShot(kReadyPollMs, this, &AlertHistoryBackfill::pollReady);
        }
    });
}

void AlertHistoryBackfill::queryRules()
{
    m_samples = QList<std::string>(m_rules.size());
    m_pendingQueries = int(m_rules.size());
    if (m_pendingQueries == 0) {
        writeBlocks();
        return;
    }
    // All at once: Prometheus answers them side by side.
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        HttpRequest request;
        request.endpoint.url = m_evaluatorUrl;
        request.endpoint.timeoutMs = kQueryTimeoutMs;
        request.path = QStringLiteral("/api/v1/query_range");
        request.params = { { QStringLiteral("query"), m_rules[i].expr },
            { QStringLiteral("start"), QString::number(m_request.startSeconds) },
            { QStringLiteral("end"), QString::number(m_request.endSeconds) },
            { QStringLiteral("step"), QString::number(m_request.stepSeconds) } };
        m_transport->send(request, this, [this, i](const HttpResponse &response) {
            if (m_done || m_pendingQueries <= 0)
                return;
            const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
            if (response.status != 200 || answer.value(QLatin1String("status")) != QLatin1String("success")) {
                const QString why = response.transportError ? response.transportError->describe()
                                                            : answer.value(QLatin1String("error")).toString();
                m_problem = tr("the rule %1 could not be evaluated: %2").arg(m_rules[i].name, why);
            } else {
                appendAlertHistory(m_rules[i],
                    answer.value(QLatin1String("data")).toObject().value(QLatin1String("result")).toArray(),
                    m_request.startSeconds, m_request.endSeconds, m_request.stepSeconds, &m_samples[i]);
            }
            if (--m_pendingQueries == 0)
                writeBlocks();
        });
    }
}

void AlertHistoryBackfill::writeBlocks()
{
    stopEvaluator(); // done with it: its exit frees the data folder for the stack's Prometheus
    if (!m_problem.isEmpty()) {
        finishWhenDone();
        return;
    }
    std::string text;
    for (const std::string &samples : std::as_const(m_samples))
        text += samples;
    if (text.empty()) { // a quiet past: no alert to write
        finishWhenDone();
        return;
    }
    text += "# EOF\n";
    const QString path = QDir(m_request.workDir).filePath(QStringLiteral("alert-history.om"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size())) {
        fail(tr("cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.close();
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty()) {
        fail(tr("promtool (Debian package prometheus) is missing"));
        return;
    }
    auto *process = new QProcess(this);
    m_promtool = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(
        process, &QProcess::finished, this, [this, process, path](int exitCode, QProcess::ExitStatus status) {
            process->deleteLater();
            QFile::remove(path);
            if (status != QProcess::NormalExit || exitCode != 0)
                m_problem = tr("promtool failed (exit %1): %2")
                                .arg(exitCode)
                                .arg(QString::fromLocal8Bit(process->readAll()).trimmed().right(400));
            finishWhenDone();
        });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        m_problem = tr("cannot start promtool: %1").arg(process->errorString());
        finishWhenDone();
    });
    process->start(promtool,
        { QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"), QStringLiteral("openmetrics"), path,
            m_request.dataDir });
}

void AlertHistoryBackfill::stopEvaluator()
{
    m_stopRequested = true;
    killWithGrace(m_evaluator);
}

void AlertHistoryBackfill::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
    m_pendingQueries = 0;
    stopEvaluator();
    finishWhenDone();
}

void AlertHistoryBackfill::finishWhenDone()
{
    if (m_done || !m_stopRequested)
        return;
    for (const QProcess *process : { m_evaluator.data(), m_promtool.data() })
        if (process && process->state() != QProcess::NotRunning)
            return;
    m_done = true;
    emit finished(m_problem);
}

} // namespace pivori

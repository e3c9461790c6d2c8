// SPDX-License-Identifier: GPL-3.0-or-later
#include "stacklauncher.h"

#include "alerthistorybackfill.h"
#include "freeport.h"
#include "historybackfill.h"
#include "networktransport.h"
#include "rulescaler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace pivori {

namespace {

constexpr int kPollIntervalMs = 250;
// The last Alertmanager replica to leave waits ~10 s for its gone peer to acknowledge;
// its data is temporary, so after a short grace it is killed rather than awaited.
constexpr int kStopGraceMs = 3000;
// A port found free can still be taken before the server binds it; the stack then starts
// again on other ports, this many times in all.
constexpr int kStartAttempts = 3;
// The resolution of the simulator's history (one sample per series every 15 s), at which its
// alerts are worked out too.
constexpr qint64 kHistoryStepSeconds = 15;

QString hostPort(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

QUrl httpUrl(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

QString durationText(double seconds)
{
    return QStringLiteral("%1s").arg(qMax(1, qRound(seconds)));
}

bool writeText(const QString &path, const QByteArray &text, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        *problem = StackLauncher::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString findSimulator(const QString &configured)
{
    if (!configured.isEmpty())
        return QFileInfo(configured).isExecutable() ? QFileInfo(configured).absoluteFilePath()
                                                    : QStandardPaths::findExecutable(configured);
    const QString appDir = QCoreApplication::applicationDirPath();
    // Installed side by side, or in the build tree (app/ and app/simulator/).
    for (const QString &dir : QStringList {
             appDir, appDir + QStringLiteral("/simulator"), appDir + QStringLiteral("/../app/simulator") }) {
        const QString candidate = dir + QStringLiteral("/pivori-simulator");
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("pivori-simulator"));
}

} // namespace

StackLauncher::StackLauncher(StackOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
    , m_transport(new NetworkTransport(m_nam, this))
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &StackLauncher::pollReadiness);
}

StackLauncher::~StackLauncher()
{
    // Last resort when stop() was not awaited: nothing may outlive the launcher.
    for (Server &server : m_servers) {
        if (server.process && server.process->state() != QProcess::NotRunning) {
            server.process->disconnect(this);
            server.process->kill();
            server.process->waitForFinished(3000);
        }
    }
}

void StackLauncher::fail(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_pollTimer->stop();
    emit failed(message);
}

QString StackLauncher::logTail(const QString &name) const
{
    if (!m_dir)
        return {};
    QFile file(m_dir->filePath(name + QStringLiteral(".log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QStringList tail;
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - 5); i < lines.size(); ++i)
        tail << QString::fromUtf8(lines.at(i));
    return tail.join(QLatin1Char('\n'));
}

bool StackLauncher::prepareFiles(QString *problem)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pivori-stack-XXXXXX"));
    if (!m_dir->isValid()) {
        *problem = tr("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    m_state.workDir = m_dir->path();

    QSet<quint16> taken;
    auto pick = [&](bool udpToo) {
        const quint16 port = m_options.pickPort(udpToo, taken);
        taken.insert(port);
        return port;
    };
    const quint16 simulatorPort = pick(false);
    const quint16 prometheusPort = pick(false);
    const quint16 amPorts[2] = { pick(false), pick(false) };
    m_clusterPorts[0] = pick(true);
    m_clusterPorts[1] = pick(true);
    m_takenPorts = taken;
    if (!simulatorPort || !prometheusPort || !amPorts[0] || !amPorts[1] || !m_clusterPorts[0]
        || !m_clusterPorts[1]) {
        *problem = tr("no free loopback port could be found");
        return false;
    }
    m_state.simulator = httpUrl(simulatorPort);
    m_state.prometheus = httpUrl(prometheusPort);
    m_state.alertmanagers = { httpUrl(amPorts[0]), httpUrl(amPorts[1]) };
    m_state.timeScale = m_options.timeScale;

    const QByteArray rules = readResource(QStringLiteral(":/pivori/rules/pivori-alerts.yml"));
    const QByteArray promTemplate = readResource(QStringLiteral(":/pivori/stack/prometheus.yml.in"));
    const QByteArray amConfig = readResource(QStringLiteral(":/pivori/stack/alertmanager.yml"));
    if (rules.isEmpty() || promTemplate.isEmpty() || amConfig.isEmpty()) {
        *problem = tr("the built-in stack configuration is missing from the program's resources");
        return false;
    }

    // Fast stacks scrape and evaluate every second so that scaled `for`s stay meaningful.
    const bool fast = m_options.timeScale >= 5;
    QString prom = QString::fromUtf8(promTemplate);
    prom.replace(QLatin1String("@SCRAPE_INTERVAL@"), fast ? QStringLiteral("1s") : QStringLiteral("5s"));
    prom.replace(QLatin1String("@EVALUATION_INTERVAL@"), fast ? QStringLiteral("1s") : QStringLiteral("5s"));
    prom.replace(QLatin1String("@PROMETHEUS@"), hostPort(prometheusPort));
    prom.replace(QLatin1String("@ALERTMANAGER_1@"), hostPort(amPorts[0]));
    prom.replace(QLatin1String("@ALERTMANAGER_2@"), hostPort(amPorts[1]));
    prom.replace(QLatin1String("@SIMULATOR@"), hostPort(simulatorPort));

    const QString scaledRules = scaleRuleDurations(QString::fromUtf8(rules), m_options.timeScale);
    return writeText(m_dir->filePath(QStringLiteral("prometheus.yml")), prom.toUtf8(), problem)
        && writeText(m_dir->filePath(QStringLiteral("pivori-alerts.yml")), scaledRules.toUtf8(), problem)
        && writeText(m_dir->filePath(QStringLiteral("alertmanager.yml")), amConfig, problem);
}

bool StackLauncher::launch(
    Server &server, const QString &program, const QStringList &arguments, QString *problem)
{
    auto *process = new QProcess(this);
    process->setProgram(program);
    process->setArguments(arguments);
    process->setWorkingDirectory(m_dir->path());
    process->setProcessChannelMode(QProcess::MergedChannels);
    // Appended, so a restarted server (restartServer) keeps its earlier log.
    process->setStandardOutputFile(m_dir->filePath(server.name + QStringLiteral(".log")), QIODevice::Append);
    process->setStandardInputFile(QProcess::nullDevice());
    const pid_t launcher = ::getpid();
    // The kernel stops the server when we die, even by SIGKILL: no orphaned servers.
    process->setChildProcessModifier([launcher] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != launcher)
            ::_exit(127); // we died between fork and prctl
    });
    server.process = process;
    server.waitingFor.clear();
    const std::size_t index = static_cast<std::size_t>(&server - m_servers.data());
    connect(process, &QProcess::finished, this, [this, index](int exitCode, QProcess::ExitStatus status) {
        onServerFinished(m_servers[index], exitCode, status == QProcess::CrashExit);
    });
    // No waitForStarted(): the GUI thread must not block. A program that cannot be executed
    // is reported through errorOccurred, in the event loop.
    connect(process, &QProcess::errorOccurred, this, [this, index, program](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message
            = tr("cannot start %1 (%2): %3")
                  .arg(m_servers[index].name, program, m_servers[index].process->errorString());
        // A restart that cannot even start leaves that one server down, not the whole stack.
        if (m_ready)
            emit restartsExhausted(m_servers[index].name, message);
        else
            fail(message);
    });
    process->start();
    if (process->processId() <= 0 && process->state() == QProcess::NotRunning) {
        *problem = tr("cannot start %1 (%2): %3").arg(server.name, program, process->errorString());
        return false;
    }
    m_state.serverPids.append(process->processId());
    return true;
}

void StackLauncher::start()
{
    m_state.launcherPid = QCoreApplication::applicationPid();
    const QString simulator = findSimulator(m_options.simulatorPath);
    const QString prometheus = QStandardPaths::findExecutable(m_options.prometheusPath);
    const QString alertmanager = QStandardPaths::findExecutable(m_options.alertmanagerPath);
    QStringList missing;
    if (simulator.isEmpty())
        missing << tr("pivori-simulator (build the project first)");
    if (prometheus.isEmpty())
        missing << tr("%1 (Debian package prometheus)").arg(m_options.prometheusPath);
    if (alertmanager.isEmpty())
        missing << tr("%1 (Debian package prometheus-alertmanager)").arg(m_options.alertmanagerPath);
    if (!missing.isEmpty()) {
        const QString message = tr("cannot start the demo stack, missing: %1. Run installer/install-deps.sh.")
                                    .arg(missing.join(QStringLiteral(", ")));
        QTimer::singleShot(0, this, [this, message] { fail(message); });
        return;
    }

    QString problem;
    if (!prepareFiles(&problem)) {
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return;
    }

    const QString dir = m_dir->path();
    m_servers.reserve(4); // launch() keeps indices into the vector
    m_servers.emplace_back(QStringLiteral("simulator"), QStringLiteral("/health"), m_state.simulator);
    m_servers.emplace_back(QStringLiteral("prometheus"), QStringLiteral("/-/ready"), m_state.prometheus);
    m_servers.emplace_back(
        QStringLiteral("alertmanager-1"), QStringLiteral("/api/v2/status"), m_state.alertmanagers[0]);
    m_servers.emplace_back(
        QStringLiteral("alertmanager-2"), QStringLiteral("/api/v2/status"), m_state.alertmanagers[1]);

    QStringList simulatorArgs { QStringLiteral("--listen"), m_state.simulator.authority(),
        QStringLiteral("--seed"), QString::number(m_options.seed), QStringLiteral("--time-scale"),
        QString::number(m_options.timeScale) };
    for (const QString &scenario : m_options.scenarios)
        simulatorArgs << QStringLiteral("--scenario") << scenario;
    if (m_options.services != StackOptions::kMinServices)
        simulatorArgs << QStringLiteral("--services") << QString::number(m_options.services);
    if (m_options.podsPerService > 0)
        simulatorArgs << QStringLiteral("--pods-per-service") << QString::number(m_options.podsPerService);

    // Prometheus learns of the Alertmanagers ~5 s after its start (service discovery sends its
    // first update on a 5 s tick) and drops what its first evaluations sent before; they go
    // out again only after the resend delay. The default 1 min, scaled, would keep the demo's
    // restored alerts (AlertHistoryBackfill) out of the inbox ~6 s longer than 2 s does, and at
    // time scale 1 (`stack up`, `demo --time-scale 1`) would leave even the Watchdog out of
    // both replicas for the first minute: the Health page's dead man's switch then fails on a
    // stack that works. Prometheus keeps an alert valid for four times the longer of the resend
    // delay and its evaluation interval, so a short delay never lets one lapse.
    const double resendSeconds = std::min(2.0, 60.0 / m_options.timeScale);
    const QString resendDelay = durationText(qBound(1.0, resendSeconds, 60.0));
    QStringList prometheusArgs { QStringLiteral("--config.file=%1/prometheus.yml").arg(dir),
        QStringLiteral("--storage.tsdb.path=%1/prometheus-data").arg(dir),
        QStringLiteral("--storage.tsdb.retention.time=2d"),
        QStringLiteral("--web.listen-address=%1").arg(m_state.prometheus.authority()),
        QStringLiteral("--rules.alert.resend-delay=%1").arg(resendDelay),
        QStringLiteral("--log.level=warn") };
    if (m_options.historySeconds > 0) {
        // With a past, Prometheus restores its active alerts' `for` from ALERTS_FOR_STATE at
        // start (AlertHistoryBackfill), as after a restart. The default 10 min grace would
        // skip every rule whose `for` is shorter (all of them, once scaled) and make each
        // wait out its `for` again; the backfilled past had no outage to be lenient about.
        prometheusArgs << QStringLiteral("--rules.alert.for-grace-period=1s");
    }

    auto alertmanagerArgs = [&](int self) {
        const int peer = 1 - self;
        return QStringList { QStringLiteral("--config.file=%1/alertmanager.yml").arg(dir),
            QStringLiteral("--storage.path=%1/alertmanager-%2").arg(dir).arg(self + 1),
            QStringLiteral("--web.listen-address=%1").arg(m_state.alertmanagers[self].authority()),
            QStringLiteral("--cluster.listen-address=%1").arg(hostPort(m_clusterPorts[self])),
            QStringLiteral("--cluster.advertise-address=%1").arg(hostPort(m_clusterPorts[self])),
            QStringLiteral("--cluster.peer=%1").arg(hostPort(m_clusterPorts[peer])),
            // A replica that comes back finds its peer quickly, not after the default 10 s.
            QStringLiteral("--cluster.reconnect-interval=2s"),
            // A replica is ready once its peer count held still for three checks ten gossip
            // intervals apart: ~10 s at the default 200 ms, ~2.5 s at 50 ms. Two peers on
            // loopback join within milliseconds, so the shorter checks still see the cluster
            // settled; memberlist sends only when there is something to gossip, so the faster
            // tick costs nothing else (it also spreads silences sooner, which tests like).
            QStringLiteral("--cluster.gossip-interval=50ms"), QStringLiteral("--log.level=warn") };
    };

    emit progress(tr("starting the demo stack in %1").arg(dir));
    // Servers are launched in batches: the Alertmanagers need nothing of the history, so they
    // start at once and their cluster forms while the history is written and loaded.
    const int attempt = m_attempt;
    auto launchBatch = [this, attempt](const QList<Launch> &batch) {
        if (attempt != m_attempt || m_stopRequested || m_failed)
            return;
        QString failure;
        for (const Launch &one : batch) {
            if (!launch(m_servers[one.index], one.program, one.arguments, &failure)) {
                QTimer::singleShot(0, this, [this, failure] { fail(failure); });
                return;
            }
        }
        // Every batch has the whole timeout from its own launch.
        m_deadline = QDateTime::currentMSecsSinceEpoch() + m_options.readyTimeoutMs;
        if (!m_pollTimer->isActive())
            m_pollTimer->start();
        announceServerLines();
    };
    const QList<Launch> alertmanagers { { 2, alertmanager, alertmanagerArgs(0) },
        { 3, alertmanager, alertmanagerArgs(1) } };
    const QList<Launch> scrapeSide { { 0, simulator, simulatorArgs }, { 1, prometheus, prometheusArgs } };
    if (m_options.historySeconds <= 0) {
        launchBatch(scrapeSide + alertmanagers);
        return;
    }
    for (const std::size_t index : { std::size_t(0), std::size_t(1) })
        m_servers[index].waitingFor = tr("waiting for the history to be loaded");
    launchBatch(alertmanagers);
    // The same fleet as the one that will run (its --listen is the scrape target's instance).
    QStringList fleet = simulatorArgs.mid(2);
    for (const QString &episode : m_options.historyEpisodes)
        fleet << QStringLiteral("--history-episode") << episode;
    auto *backfill = new HistoryBackfill(this);
    connect(backfill, &HistoryBackfill::progress, this, &StackLauncher::progress);
    connect(backfill, &HistoryBackfill::finished, this,
        [this, backfill, launchBatch, scrapeSide, prometheus, attempt](const QString &failure) {
            backfill->deleteLater();
            if (!failure.isEmpty()) {
                emit progress(tr("starting without history: %1").arg(failure));
                launchBatch(scrapeSide);
                return;
            }
            if (attempt != m_attempt || m_stopRequested || m_failed)
                return;
            // The past's alerts next, so that Prometheus starts as one that ran all along.
            auto *alerts = new AlertHistoryBackfill(this);
            connect(alerts, &AlertHistoryBackfill::progress, this, &StackLauncher::progress);
            connect(alerts, &AlertHistoryBackfill::finished, this,
                [this, alerts, launchBatch, scrapeSide](const QString &alertsProblem) {
                    alerts->deleteLater();
                    if (!alertsProblem.isEmpty())
                        emit progress(tr("starting without the history's alerts: %1").arg(alertsProblem));
                    launchBatch(scrapeSide);
                });
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            alerts->start({ prometheus, readResource(m_dir->filePath(QStringLiteral("pivori-alerts.yml"))),
                m_dir->filePath(QStringLiteral("prometheus-data")), m_dir->path(),
                now - m_options.historySeconds, now, kHistoryStepSeconds, m_options.pickPort, m_takenPorts });
        });
    backfill->start({ simulator, fleet, m_state.simulator.authority(), m_options.historySeconds,
        dir + QStringLiteral("/history.om"), dir + QStringLiteral("/prometheus-data") });
}

void StackLauncher::killAfterGrace(QProcess *process)
{
    process->terminate();
    // Only this run of the process: a server restarted meanwhile must not be killed.
    QTimer::singleShot(kStopGraceMs, process, [process, pid = process->processId()] {
        if (process->state() != QProcess::NotRunning && process->processId() == pid)
            process->kill();
    });
}

StackLauncher::Server *StackLauncher::server(const QString &name)
{
    for (Server &candidate : m_servers)
        if (candidate.name == name)
            return &candidate;
    return nullptr;
}

bool StackLauncher::stopServer(const QString &name)
{
    Server *target = server(name);
    if (!target)
        return false;
    target->pendingRestart = 0; // stopped on purpose stays stopped
    if (!target->process || target->process->state() == QProcess::NotRunning)
        return false;
    target->stoppedOnPurpose = true;
    killAfterGrace(target->process);
    return true;
}

bool StackLauncher::restartServer(const QString &name)
{
    Server *target = server(name);
    if (!target)
        return false;
    target->pendingRestart = 0;
    return startAgain(*target);
}

bool StackLauncher::startAgain(Server &target)
{
    if (!target.process || target.process->state() != QProcess::NotRunning || m_stopping)
        return false;
    target.stoppedOnPurpose = false;
    target.isReady = false;
    target.process->start(); // same program, arguments, port, data directory and log
    if (target.process->state() == QProcess::NotRunning)
        return false;
    const auto index = static_cast<qsizetype>(&target - m_servers.data());
    if (index < m_state.serverPids.size())
        m_state.serverPids[index] = target.process->processId();
    // Polled like at the start; serverRestarted() once it answers.
    if (m_ready && !m_pollTimer->isActive())
        m_pollTimer->start();
    return true;
}

qint64 StackLauncher::serverPid(const QString &name) const
{
    for (const Server &candidate : m_servers)
        if (candidate.name == name && candidate.process && candidate.process->state() != QProcess::NotRunning)
            return candidate.process->processId();
    return 0;
}

QStringList StackLauncher::serverNames() const
{
    QStringList names;
    for (const Server &candidate : m_servers)
        names << candidate.name;
    return names;
}

void StackLauncher::onServerFinished(Server &server, int exitCode, bool crashed)
{
    server.isReady = false;
    if (server.stoppedOnPurpose && !m_stopping) {
        emit serverStopped(server.name);
        return;
    }
    if (m_stopping) {
        const bool allDone = std::all_of(m_servers.begin(), m_servers.end(),
            [](const Server &s) { return !s.process || s.process->state() == QProcess::NotRunning; });
        if (allDone) {
            m_stopping = false;
            emit stopped();
        }
        return;
    }
    // QProcess does not tell which signal ended a process; "killed" covers kill -9 and a crash.
    const QString how = crashed ? tr("%1 crashed or was killed").arg(server.name)
                                : tr("%1 exited (code %2)").arg(server.name).arg(exitCode);
    const QString message = tr("%1. Last lines of its log:\n%2").arg(how, logTail(server.name));
    if (m_ready) {
        // One server's end is not the stack's: the others keep running (an Alertmanager
        // replica's outage is what the HA cluster is there for) and this one comes back.
        emit serverDied(server.name, message);
        scheduleRestart(server);
    } else if (lostItsPort(server.name) && m_attempt + 1 < kStartAttempts) {
        startAgainOnOtherPorts(server.name);
    } else {
        fail(message);
    }
}

void StackLauncher::scheduleRestart(Server &server)
{
    if (m_options.restartDelayMs <= 0)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    server.restarts.removeIf([&](qint64 when) { return now - when > m_options.restartWindowMs; });
    if (server.restarts.size() >= m_options.maxRestarts) {
        emit restartsExhausted(server.name,
            tr("%1 died %2 times within %3 min: it stays down (the other servers keep running)")
                .arg(server.name)
                .arg(server.restarts.size() + 1)
                .arg(qMax(1, m_options.restartWindowMs / 60000)));
        return;
    }
    // Doubling delays: a server that dies at once every time does not spin.
    qint64 delay = m_options.restartDelayMs;
    for (qsizetype i = 0; i < server.restarts.size() && delay < kMaxRestartDelayMs; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, kMaxRestartDelayMs);
    server.restarts.append(now);
    const int sequence = ++m_restartSequence;
    server.pendingRestart = sequence;
    const auto index = static_cast<std::size_t>(&server - m_servers.data());
    QTimer::singleShot(delay, this, [this, index, sequence, attempt = m_attempt] {
        if (attempt != m_attempt || index >= m_servers.size() || m_servers[index].pendingRestart != sequence)
            return; // stopped, restarted by hand, or the stack was stopped meanwhile
        m_servers[index].pendingRestart = 0;
        // A program that cannot be started again is reported through errorOccurred.
        startAgain(m_servers[index]);
    });
    emit restartScheduled(server.name, int(delay), int(server.restarts.size()), m_options.maxRestarts);
}

bool StackLauncher::lostItsPort(const QString &name) const
{
    // Go's servers say "bind: address already in use", Qt's "The bound address is already in use".
    return logTail(name).contains(QLatin1String("already in use"), Qt::CaseInsensitive);
}

void StackLauncher::startAgainOnOtherPorts(QString name) // a copy: the server it names is dropped here
{
    emit progress(
        tr("%1 found its port taken by another program; starting the stack again on other ports").arg(name));
    m_pollTimer->stop();
    for (Server &server : m_servers) {
        if (!server.process)
            continue;
        server.process->disconnect(this);
        connect(server.process, &QProcess::finished, server.process, &QObject::deleteLater);
        if (server.process->state() == QProcess::NotRunning)
            server.process->deleteLater();
        else
            server.process->kill();
    }
    m_servers.clear();
    m_state.serverPids.clear();
    // Kept until the launcher goes: the killed servers may still be writing their logs into it.
    m_abandonedDirs.push_back(std::move(m_dir));
    ++m_attempt;
    QTimer::singleShot(0, this, &StackLauncher::start);
}

void StackLauncher::stop()
{
    m_pollTimer->stop();
    m_stopping = true;
    m_stopRequested = true; // a history still being written must not launch servers afterwards
    for (Server &server : m_servers)
        server.pendingRestart = 0; // a restart due later must not revive a stopped stack
    bool anyRunning = false;
    for (Server &server : m_servers) {
        if (server.process && server.process->state() != QProcess::NotRunning) {
            anyRunning = true;
            killAfterGrace(server.process);
        }
    }
    if (!anyRunning)
        QTimer::singleShot(0, this, [this] {
            m_stopping = false;
            emit stopped();
        });
}

} // namespace pivori

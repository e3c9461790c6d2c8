// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freeport.h"
#include "stackstate.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QProcess;
class QTemporaryDir;
class QTimer;

namespace pivori {

class HttpTransport;

struct StackOptions final
{
    QString simulatorPath; ///< empty: pivori-simulator beside this executable, else on PATH
    QString prometheusPath = QStringLiteral("prometheus");
    QString alertmanagerPath = QStringLiteral("prometheus-alertmanager");
    /// Compresses time: rule `for`s, rate windows and offsets are divided by it and the
    /// simulator runs its scenarios that much faster. 1 = the real rules; tests use 60.
    double timeScale = 1.0;
    QStringList scenarios; ///< simulator scenarios switched on at start, NAME or NAME:TARGET
    quint64 seed = 1;
    /// The fleet's size, as pivori-simulator's --services and --pods-per-service (same ranges):
    /// the platform's fifteen services by default; 0 pods per service: two or three each.
    int services = 15;
    int podsPerService = 0;
    static constexpr int kMinServices = 15;
    static constexpr int kMaxServices = 20000;
    static constexpr int kMaxPodsPerService = 50;
    /// > 0: Prometheus starts with this many seconds of the fleet's past already in its
    /// storage (HistoryBackfill), so its dashboards are full from the first screen.
    int historySeconds = 0;
    /// Incidents of that past, as pivori-simulator's --history-episode (NAME[:TARGET]@FROM-TO,
    /// seconds before the start): a scenario on for a while and off again, so the past holds
    /// alerts that fired and resolved.
    QStringList historyEpisodes;
    int readyTimeoutMs = 90000;
    /// A server that exits on its own after the stack was ready is started again after this
    /// delay, doubled at each further death (up to kMaxRestartDelayMs); 0 or less: never.
    int restartDelayMs = 10000;
    /// At most this many restarts of one server within restartWindowMs; a server that dies
    /// more often stays down (the others keep running), so a crash loop ends.
    int maxRestarts = 5;
    int restartWindowMs = 30 * 60 * 1000;
    /// Chooses each server's port; tests replace it to hand out a port they hold.
    std::function<quint16(bool udpToo, const QSet<quint16> &taken)> pickPort = pickFreeLoopbackPort;
};

/// Starts the demo/test stack on loopback: the synthetic exporter, Prometheus with the
/// guide's alert rules, and two Alertmanager replicas gossiping as an HA cluster, each
/// on a free port in a temporary directory. Emits ready() once every server answers
/// (Alertmanager's cluster `ready`). Every server is stopped by stop(), by the
/// destructor, and by the kernel if this process dies (PR_SET_PDEATHSIG).
///
/// Once the stack is ready, one server exiting never takes the others down: it is reported
/// (serverDied) and started again on the same port with the same data after a growing delay
/// (restartScheduled, then serverRestarted once it answers), a bounded number of times
/// (restartsExhausted). That is what lets the demo show an Alertmanager replica's outage.
class StackLauncher final : public QObject
{
    Q_OBJECT
public:
    explicit StackLauncher(StackOptions options, QObject *parent = nullptr);
    ~StackLauncher() override;

    void start();
    /// Asks every server to stop (SIGTERM, SIGKILL after 3 s); emits stopped() when all are gone.
    void stop();

    /// Stops one server (e.g. "alertmanager-1") as an outage would, without ending the
    /// stack; serverStopped() when it is gone. For failure tests and demos of a lost replica.
    bool stopServer(const QString &name);
    /// Starts a server stopped by stopServer() (or dead) again, on the same port with the same
    /// data; serverRestarted() once it answers.
    bool restartServer(const QString &name);

    /// The process id of a server's current run; 0 when it is not running.
    qint64 serverPid(const QString &name) const;
    /// The servers' names: "simulator", "prometheus", "alertmanager-1", "alertmanager-2".
    QStringList serverNames() const;

    /// The longest delay before a restart, however often a server died.
    static constexpr int kMaxRestartDelayMs = 5 * 60 * 1000;

    bool isReady() const { return m_ready; }
    const StackState &state() const { return m_state; }

    /// One line per server while the stack starts: ready, or what it is still waiting for.
    QStringList serverLines() const;

signals:
    void progress(const QString &message);
    /// serverLines() changed while starting: the start-up dialog lists every server's state,
    /// so a slow Alertmanager cluster shows as such instead of a frozen "prometheus is ready".
    void serverLinesChanged(const QStringList &lines);
    void ready();
    void failed(const QString &message);
    /// A server exited on its own after the stack was ready; @p message names it, says how
    /// it ended and quotes the end of its log.
    void serverDied(const QString &name, const QString &message);
    /// A dead server will be started again in @p delayMs; restart @p attempt of @p maxAttempts
    /// within the restart window.
    void restartScheduled(const QString &name, int delayMs, int attempt, int maxAttempts);
    /// A restarted server answers again (its new pid in state()).
    void serverRestarted(const QString &name);
    /// A server died too often to be started again: it stays down, the others keep running.
    void restartsExhausted(const QString &name, const QString &message);
    void serverStopped(const QString &name);
    void stopped();

private:
    struct Server
    {
        Server(QString serverName, QString serverReadyPath, QUrl serverUrl)
            : name(std::move(serverName))
            , readyPath(std::move(serverReadyPath))
            , url(std::move(serverUrl))
        {
        }

        QString name;
        QProcess *process = nullptr;
        QString readyPath; ///< polled until it answers 200
        QUrl url;
        bool isReady = false;
        QString waitingFor; ///< what it answered last while not ready yet (shown while starting)
        bool stoppedOnPurpose = false; ///< by stopServer(): an exit that is not a death
        QList<qint64> restarts; ///< when it was restarted after a death (ms since the epoch)
        int pendingRestart = 0; ///< > 0 while a restart is scheduled: its sequence number
    };

    /// One server's program and arguments, launched with others in a batch (start()).
    struct Launch
    {
        std::size_t index; ///< into m_servers
        QString program;
        QStringList arguments;
    };

    Server *server(const QString &name);
    void announceServerLines();
    static void killAfterGrace(QProcess *process);

    bool prepareFiles(QString *problem);
    bool launch(Server &server, const QString &program, const QStringList &arguments, QString *problem);
    void pollReadiness();
    void onServerFinished(Server &server, int exitCode, bool crashed);
    void scheduleRestart(Server &server);
    bool startAgain(Server &server);
    QString logTail(const QString &name) const;
    bool lostItsPort(const QString &name) const;
    void startAgainOnOtherPorts(QString name);
    void fail(const QString &message);

    StackOptions m_options;
    StackState m_state;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<QTemporaryDir>> m_abandonedDirs;
    std::vector<Server> m_servers;
    QNetworkAccessManager *m_nam;
    HttpTransport *m_transport;
    QTimer *m_pollTimer;
    qint64 m_deadline = 0;
    quint16 m_clusterPorts[2] = { 0, 0 };
    QSet<quint16> m_takenPorts; ///< every port of this start, so that helpers pick others
    int m_attempt = 0; ///< how many starts were abandoned because a port was taken
    int m_restartSequence = 0;
    bool m_ready = false;
    QStringList m_announcedLines; ///< the last serverLinesChanged(), so that it is sent on change only
    bool m_failed = false;
    bool m_stopping = false;
    bool m_stopRequested = false; ///< stop() was called: nothing is launched any more
};

} // namespace pivori

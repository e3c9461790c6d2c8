// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "freeport.h"
#include "stackstate.h"

#include <QObject>
#include <QString>
#include <QStringList>

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
    int readyTimeoutMs = 90000;
    /// Chooses each server's port; tests replace it to hand out a port they hold.
    std::function<quint16(bool udpToo, const QSet<quint16> &taken)> pickPort = pickFreeLoopbackPort;
};

/// Starts the demo/test stack on loopback: the synthetic exporter, Prometheus with the
/// guide's alert rules, and two Alertmanager replicas gossiping as an HA cluster, each
/// on a free port in a temporary directory. Emits ready() once every server answers
/// (Alertmanager's cluster `ready`). Every server is stopped by stop(), by the
/// destructor, and by the kernel if this process dies (PR_SET_PDEATHSIG).
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
    /// Starts a server stopped by stopServer() again, on the same port with the same data.
    bool restartServer(const QString &name);

    bool isReady() const { return m_ready; }
    const StackState &state() const { return m_state; }

signals:
    void progress(const QString &message);
    void ready();
    void failed(const QString &message);
    /// A server exited on its own after the stack was ready.
    void serverDied(const QString &name, const QString &message);
    void serverStopped(const QString &name);
    void stopped();

private:
    struct Server
    {
        QString name;
        QProcess *process = nullptr;
        QString readyPath; ///< polled until it answers 200
        QUrl url;
        bool isReady = false;
        bool stoppedOnPurpose = false; ///< by stopServer(): an exit that is not a death
    };

    Server *server(const QString &name);
    static void killAfterGrace(QProcess *process);

    bool prepareFiles(QString *problem);
    bool launch(Server &server, const QString &program, const QStringList &arguments, QString *problem);
    void pollReadiness();
    void onServerFinished(const Server &server, int exitCode);
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
    int m_attempt = 0; ///< how many starts were abandoned because a port was taken
    bool m_ready = false;
    bool m_failed = false;
    bool m_stopping = false;
};

} // namespace pivori

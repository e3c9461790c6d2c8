// SPDX-License-Identifier: GPL-3.0-or-later
// How the stack launcher finds out that its servers are ready: each is polled until its ready
// endpoint answers (an Alertmanager until its cluster has formed), and the start-up dialog is
// told every server's state as it changes.
#include "stacklauncher.h"

#include "httptransport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>

namespace pivori {

void StackLauncher::pollReadiness()
{
    if (m_failed || m_stopping)
        return;
    if (!m_ready && QDateTime::currentMSecsSinceEpoch() > m_deadline) {
        QStringList late;
        bool notLaunched = false; // still waiting for the history, which ends by itself
        for (const Server &server : m_servers) {
            notLaunched = notLaunched || !server.process;
            if (!server.isReady && server.process)
                late << server.name;
        }
        if (notLaunched && late.isEmpty())
            return;
        const QString name = late.value(0);
        fail(tr("%1 did not become ready within %2 s. Last lines of its log:\n%3")
                 .arg(late.join(QStringLiteral(", ")))
                 .arg(m_options.readyTimeoutMs / 1000)
                 .arg(logTail(name)));
        return;
    }
    bool waiting = false;
    for (std::size_t i = 0; i < m_servers.size(); ++i) {
        const Server &polled = m_servers[i];
        // A dead server is onServerFinished()'s business; a restarted one is polled like a new one.
        if (polled.isReady || !polled.process || polled.process->state() == QProcess::NotRunning)
            continue;
        waiting = true;
        HttpRequest request;
        request.endpoint.url = polled.url;
        request.endpoint.timeoutMs = 1000;
        request.path = polled.readyPath;
        const qint64 pid = polled.process->processId();
        m_transport->send(request, this, [this, i, pid, attempt = m_attempt](const HttpResponse &response) {
            // An answer from a server of an abandoned attempt (or an earlier run of this
            // server) says nothing about the one running now.
            if (m_failed || m_stopping || attempt != m_attempt)
                return;
            Server &server = m_servers[i];
            if (server.isReady || server.process->processId() != pid)
                return;
            if (response.status != 200) {
                server.waitingFor
                    = response.status > 0 ? tr("answers HTTP %1").arg(response.status) : tr("starting");
                announceServerLines();
                return;
            }
            if (server.readyPath == QLatin1String("/api/v2/status")) {
                // Alertmanager's /-/ready is always 200; the cluster's own status is the truth.
                const QJsonObject cluster = QJsonDocument::fromJson(response.body)
                                                .object()
                                                .value(QLatin1String("cluster"))
                                                .toObject();
                const QString status = cluster.value(QLatin1String("status")).toString();
                if (status != QLatin1String("ready")) {
                    // Gossip settles for several seconds: the longest wait of a start-up.
                    server.waitingFor = tr("its cluster is forming (%1)").arg(status);
                    announceServerLines();
                    return;
                }
            }
            server.isReady = true;
            announceServerLines();
            const bool allReady
                = std::all_of(m_servers.begin(), m_servers.end(), [](const Server &s) { return s.isReady; });
            if (m_ready) {
                emit serverRestarted(server.name);
                if (allReady)
                    m_pollTimer->stop();
                return;
            }
            emit progress(tr("%1 is ready at %2").arg(server.name, server.url.toString()));
            if (allReady) {
                m_ready = true;
                m_pollTimer->stop();
                emit ready();
            }
        });
    }
    if (m_ready && !waiting)
        m_pollTimer->stop();
}

QStringList StackLauncher::serverLines() const
{
    QStringList lines;
    for (const Server &server : m_servers) {
        if (server.isReady)
            lines << tr("✔ %1 is ready").arg(server.name);
        else
            lines << tr("… %1: %2")
                         .arg(server.name, server.waitingFor.isEmpty() ? tr("starting") : server.waitingFor);
    }
    return lines;
}

void StackLauncher::announceServerLines()
{
    if (m_ready)
        return; // after start-up, deaths and restarts have signals of their own
    const QStringList lines = serverLines();
    if (lines == m_announcedLines)
        return;
    m_announcedLines = lines;
    emit serverLinesChanged(lines);
}

} // namespace pivori

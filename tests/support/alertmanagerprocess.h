// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace pivori::testutils {

/// One real Alertmanager (HA off) on a free loopback port with a temporary data directory and
/// the demo stack's configuration: for tests and benchmarks that fill it with thousands of
/// alerts and must not share the stack's pair. Stopped (and its directory removed) on
/// destruction.
class AlertmanagerProcess final
{
public:
    AlertmanagerProcess() = default;
    AlertmanagerProcess(const AlertmanagerProcess &) = delete;
    AlertmanagerProcess &operator=(const AlertmanagerProcess &) = delete;
    ~AlertmanagerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Starts it and waits until /-/ready answers; false (and @p error) otherwise.
    bool start(QString *error, int readyTimeoutMs = 30000)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("prometheus-alertmanager"));
        if (program.isEmpty() || !m_dir.isValid()) {
            *error = QStringLiteral("prometheus-alertmanager is not installed, or no temporary directory");
            return false;
        }
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = probe.errorString();
            return false;
        }
        const quint16 port = probe.serverPort();
        probe.close();
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        stopWithTest(m_process);
        m_process.start(program,
            { QStringLiteral("--config.file=" PIVORI_SOURCE_DIR "/resources/stack/alertmanager.yml"),
                QStringLiteral("--storage.path=%1").arg(m_dir.path()),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=warn") });
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        QNetworkAccessManager nam;
        const QDeadlineTimer deadline(readyTimeoutMs);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QUrl ready = m_url;
            ready.setPath(QStringLiteral("/-/ready"));
            QNetworkReply *reply = nam.get(QNetworkRequest(ready));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            if (status == 200)
                return true;
            QEventLoop pause; // not a synchronisation sleep: a retry interval for a server starting
            QTimer::singleShot(100, &pause, &QEventLoop::quit);
            pause.exec();
        }
        *error = QStringLiteral("alertmanager on %1 did not become ready").arg(m_url.toString());
        return false;
    }

    QUrl url() const { return m_url; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

} // namespace pivori::testutils

#pragma once

// Helpers shared by the integration tests: where the fixture's stack is, and plain HTTP
// calls that do not go through our own clients (so the tests compare against the
// servers themselves, not against our code).
#include "stackstate.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTest>
#include <QTimer>

namespace pivori::testing {

/// The stack started by the CTest fixture (stack_up). QFAILs through the caller when absent.
inline StackState fixtureStack()
{
    const QString path = qEnvironmentVariable("PIVORI_STACK_STATE");
    auto state = StackState::readFile(path);
    if (!state)
        qFatal("no stack: PIVORI_STACK_STATE=%s: %s (run through ctest, which starts the stack_up fixture)",
               qPrintable(path), qPrintable(state.error().message));
    return state.value();
}

struct RawReply
{
    int status = 0;
    QByteArray body;
    QString error;
};

/// One HTTP request, waited for in a local event loop with a timeout (test code only).
inline RawReply httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                            const QByteArray &contentType = "application/json", int timeoutMs = 10000)
{
    static QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        out.error = reply->errorString();
    reply->deleteLater();
    return out;
}

inline QJsonDocument getJson(const QUrl &url)
{
    return QJsonDocument::fromJson(httpRequest("GET", url).body);
}

struct CommandRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs pivori-console with @p arguments; fails the test if it does not end within the timeout.
inline CommandRun runConsole(const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess process;
    process.start(QStringLiteral(PIVORI_CONSOLE_BIN), arguments);
    CommandRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "pivori-console did not finish in time";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace pivori::testing

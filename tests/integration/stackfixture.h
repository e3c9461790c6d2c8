// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the integration tests: where the fixture's stack is, and plain HTTP
// calls that do not go through our own clients (so the tests compare against the
// servers themselves, not against our code).
#include "acknowledgement.h"
#include "alertmanagerclient.h"
#include "configloader.h"
#include "endpoint.h"
#include "freeport.h"
#include "result.h"
#include "stackstate.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

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

/// application/x-www-form-urlencoded, every reserved character escaped (so '+' stays '+').
inline QByteArray formEncode(const QList<std::pair<QString, QString>> &params)
{
    QByteArray out;
    for (const auto &[key, value] : params)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '='
            + QUrl::toPercentEncoding(value);
    return out;
}

/// An endpoint with a short timeout, as tests want.
inline Endpoint endpointFor(const QUrl &url, int timeoutMs = 3000)
{
    Endpoint e;
    e.url = url;
    e.timeoutMs = timeoutMs;
    return e;
}

/// A loopback URL where nothing listens (a port that was free a moment ago).
inline QUrl deadUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(pickFreeLoopbackPort()));
}

/// Holds what an asynchronous callback delivered, and how often it was called.
template <typename T> struct Answer
{
    std::optional<Result<T>> result;
    int calls = 0;
    auto callback()
    {
        return [this](const Result<T> &r) {
            result = r;
            ++calls;
        };
    }
};

/// A client for the cluster @p name over @p replicas, each with the tests' short timeout.
inline std::unique_ptr<AlertmanagerClient> clusterClient(
    HttpTransport *transport, const QString &name, const QList<QUrl> &replicas)
{
    QList<Endpoint> endpoints;
    for (const QUrl &url : replicas)
        endpoints.append(endpointFor(url));
    return std::make_unique<AlertmanagerClient>(transport, name, endpoints);
}

/// The built-in configuration pointed at @p stack: its Prometheus as "main", its pair of
/// Alertmanagers as the cluster "prod".
inline ConsoleConfig stackConfig(const StackState &stack)
{
    const ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
    if (!loaded.ok())
        qFatal("the built-in configuration does not load");
    ConsoleConfig config = loaded.config;
    config.prometheus = { PrometheusServer { QStringLiteral("main"), endpointFor(stack.prometheus) } };
    AlertmanagerCluster cluster { QStringLiteral("prod"), {} };
    for (const QUrl &url : stack.alertmanagers)
        cluster.replicas.append(endpointFor(url));
    config.alertmanagers = { cluster };
    return config;
}

/// Sends one alert straight to @p replica, as Prometheus would; without @p startsAt the
/// server takes the time it receives it.
inline void postAlert(const QUrl &replica, const QJsonObject &labels, const QString &summary,
    const QDateTime &endsAt, const QDateTime &startsAt = {})
{
    QJsonObject alert { { QStringLiteral("labels"), labels },
        { QStringLiteral("annotations"), QJsonObject { { QStringLiteral("summary"), summary } } },
        { QStringLiteral("endsAt"), endsAt.toString(Qt::ISODateWithMs) } };
    if (startsAt.isValid())
        alert.insert(QStringLiteral("startsAt"), startsAt.toString(Qt::ISODateWithMs));
    QUrl url = replica;
    url.setPath(QStringLiteral("/api/v2/alerts"));
    const RawReply reply = httpRequest("POST", url, QJsonDocument(QJsonArray { alert }).toJson());
    QVERIFY2(reply.status == 200, reply.body.constData());
}

/// @p path on a server's base URL.
inline QUrl apiUrl(const QUrl &server, const QString &path)
{
    QUrl url = server;
    url.setPath(path);
    return url;
}

/// The silences of one replica that carry the acknowledgement token @p token.
inline QJsonArray silencesWithToken(const QUrl &replica, const QString &token)
{
    QJsonArray out;
    for (const QJsonValue &value : getJson(apiUrl(replica, QStringLiteral("/api/v2/silences"))).array()) {
        if (Acknowledgement::tokenOf(value.toObject().value(QStringLiteral("comment")).toString()) == token)
            out.append(value);
    }
    return out;
}

/// True when the Alertmanager replica answers and its HA cluster is settled.
inline bool clusterReady(const QUrl &replica)
{
    const QJsonObject cluster = getJson(apiUrl(replica, QStringLiteral("/api/v2/status")))
                                    .object()
                                    .value(QLatin1String("cluster"))
                                    .toObject();
    return cluster.value(QLatin1String("status")).toString() == QLatin1String("ready");
}

/// True once Prometheus has scraped the fleet for at least `secondsBack` seconds, so rates have data.
inline bool hasScrapedHistory(const QUrl &prometheus, int secondsBack = 10)
{
    QUrl url = prometheus;
    url.setPath(QStringLiteral("/api/v1/query"));
    url.setQuery(QString::fromLatin1(formEncode({ { QStringLiteral("query"),
        QStringLiteral("count(up{job=\"pivori-services\"} offset %1s)").arg(secondsBack) } })));
    return !getJson(url)
                .object()
                .value(QLatin1String("data"))
                .toObject()
                .value(QLatin1String("result"))
                .toArray()
                .isEmpty();
}

} // namespace pivori::testing

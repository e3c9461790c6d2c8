// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprobe.h"

#include "statusanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <utility>

namespace pivori {

namespace {

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

ConnectionProbe::ConnectionProbe(HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

ConnectionProbe::~ConnectionProbe()
{
    // Aborting runs the callbacks, which must not see a half-destroyed probe.
    const auto running = std::exchange(m_running, {});
    for (const Running &r : running)
        r.call.abort();
}

void ConnectionProbe::cancel(const QString &key)
{
    const Running r = m_running.take(key);
    r.call.abort();
}

QString ConnectionProbe::problemWith(const HttpResponse &response, const Endpoint &endpoint)
{
    if (response.transportError) {
        const Error &e = *response.transportError;
        switch (e.kind) {
        case Error::Kind::Timeout:
            return tr("no answer within %n second(s)", nullptr, endpoint.timeoutMs / 1000);
        case Error::Kind::Tls:
            return tr("TLS: %1").arg(e.message);
        case Error::Kind::Config:
            return e.message; // a secret that cannot be read, named by the transport
        default:
            return tr("not reachable: %1").arg(e.message);
        }
    }
    if (response.status == 401) {
        switch (endpoint.auth.type) {
        case Auth::Type::Basic:
            return tr("401: check the user name and password");
        case Auth::Type::Bearer:
            return tr("401: check the token");
        case Auth::Type::None:
            break;
        }
        return tr("401: this server wants a login; set the authentication");
    }
    if (response.status == 403)
        return tr("403: access denied for these credentials");
    if (response.status < 200 || response.status > 299)
        return tr("HTTP %1: not the API expected at this address").arg(response.status);
    return {};
}

void ConnectionProbe::probe(const QString &key, Kind kind, const Endpoint &endpoint)
{
    cancel(key);
    const quint64 generation = ++m_nextGeneration;
    HttpRequest request;
    request.endpoint = forStatusAnswer(endpoint); // parsed here, on the GUI thread
    request.path = kind == Kind::Prometheus ? QStringLiteral("/api/v1/status/buildinfo")
                                            : QStringLiteral("/api/v2/status");
    m_running.insert(key, { generation, {} });
    const HttpCall call = m_transport->send(request, this, [=, this](const HttpResponse &response) {
        if (const QString problem = problemWith(response, endpoint); !problem.isEmpty()) {
            finish(key, generation, false, problem);
            return;
        }
        const QJsonObject answer = jsonObject(response.body);
        if (kind == Kind::Prometheus) {
            const QString version
                = answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("version")).toString();
            if (version.isEmpty()) {
                finish(key, generation, false, tr("answers, but not as a Prometheus"));
                return;
            }
            prometheusSeries(key, generation, endpoint, version);
            return;
        }
        const QString version = answer.value(QStringLiteral("versionInfo"))
                                    .toObject()
                                    .value(QStringLiteral("version"))
                                    .toString();
        const QJsonObject cluster = answer.value(QStringLiteral("cluster")).toObject();
        if (version.isEmpty() || cluster.isEmpty()) {
            finish(key, generation, false, tr("answers, but not as an Alertmanager"));
            return;
        }
        const QString status = cluster.value(QStringLiteral("status")).toString();
        const int peers = int(cluster.value(QStringLiteral("peers")).toArray().size());
        finish(key, generation, true,
            status == QLatin1String("disabled")
                ? tr("Alertmanager %1 ready, no HA cluster").arg(version)
                : tr("Alertmanager %1 ready, cluster %2 with %n peer(s)", nullptr, peers)
                      .arg(version, status));
    });
    if (auto it = m_running.find(key); it != m_running.end() && it->generation == generation)
        it->call = call;
}

void ConnectionProbe::prometheusSeries(
    const QString &key, quint64 generation, const Endpoint &endpoint, const QString &version)
{
    HttpRequest request;
    request.endpoint = forStatusAnswer(endpoint); // parsed here, on the GUI thread
    request.path = QStringLiteral("/api/v1/status/tsdb");
    const HttpCall call = m_transport->send(request, this, [=, this](const HttpResponse &response) {
        // Compatible stores without the TSDB status page are still usable: say what is known.
        const QJsonObject head = jsonObject(response.body)
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("headStats"))
                                     .toObject();
        if (!problemWith(response, endpoint).isEmpty() || !head.contains(QStringLiteral("numSeries"))) {
            finish(key, generation, true, tr("Prometheus %1 ready").arg(version));
            return;
        }
        const qint64 series = head.value(QStringLiteral("numSeries")).toInteger();
        finish(key, generation, true,
            tr("Prometheus %1 ready, %2 series", nullptr, int(std::min<qint64>(series, INT_MAX)))
                .arg(version, QLocale().toString(series)));
    });
    if (auto it = m_running.find(key); it != m_running.end() && it->generation == generation)
        it->call = call;
}

void ConnectionProbe::finish(const QString &key, quint64 generation, bool ok, const QString &text)
{
    const auto it = m_running.constFind(key);
    if (it == m_running.cend() || it->generation != generation)
        return; // superseded or cancelled
    m_running.erase(it);
    emit finished(key, ok, text);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlserver.h"

#include "httpconnection.h"
#include "scenarioboard.h"
#include "simulation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace pivori {

namespace {

constexpr int kRequestTimeoutMs = 5000;
constexpr int kMaxOpenConnections = 256;

ControlResponse json(int status, const QJsonObject &object)
{
    ControlResponse response;
    response.status = status;
    response.contentType = "application/json";
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ControlResponse jsonError(int status, const QString &message)
{
    return json(status, QJsonObject { { QStringLiteral("error"), message } });
}

ControlResponse methodNotAllowed(const QByteArray &allowed)
{
    ControlResponse response
        = jsonError(405, ControlServer::tr("method not allowed; use %1").arg(QString::fromLatin1(allowed)));
    response.headers.append({ "Allow", allowed });
    return response;
}

bool isRead(const ControlRequest &request)
{
    return request.method == "GET" || request.method == "HEAD";
}

} // namespace

ControlServer::ControlServer(const Simulation &simulation, ScenarioBoard &board, QObject *parent)
    : QObject(parent)
    , m_simulation(simulation)
    , m_board(board)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ControlServer::acceptConnections);
}

bool ControlServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    *error = tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(m_server.errorString());
    return false;
}

void ControlServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_openConnections >= kMaxOpenConnections) {
            // Shedding load beats running out of descriptors under a connection flood.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_openConnections;
        auto *connection = new HttpConnection(socket, kRequestTimeoutMs, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_openConnections; });
        connect(connection, &HttpConnection::requestReceived, connection,
            [this, connection](const ControlRequest &request) { connection->respond(handle(request)); });
    }
}

ControlResponse ControlServer::handle(const ControlRequest &request)
{
    const QString &path = request.path;
    if (path == QLatin1String("/metrics")) {
        if (!isRead(request))
            return methodNotAllowed("GET, HEAD");
        ControlResponse response;
        response.contentType = "text/plain; version=0.0.4; charset=utf-8";
        response.body = QByteArray::fromStdString(m_simulation.exposition());
        return response;
    }
    if (path == QLatin1String("/health")) {
        if (!isRead(request))
            return methodNotAllowed("GET, HEAD");
        ControlResponse response;
        response.body = "ok";
        return response;
    }
    if (path == QLatin1String("/scenarios") || path == QLatin1String("/scenarios/")) {
        if (!isRead(request))
            return methodNotAllowed("GET, HEAD");
        return json(200, m_board.toJson());
    }
    const QLatin1String prefix("/scenarios/");
    if (path.startsWith(prefix)) {
        const QString name = path.mid(prefix.size());
        if (!name.contains(QLatin1Char('/')))
            return scenarioAction(request, name);
    }
    return jsonError(404, tr("no such resource: %1").arg(path.left(200)));
}

ControlResponse ControlServer::scenarioAction(const ControlRequest &request, const QString &name)
{
    if (request.method != "POST" && request.method != "DELETE")
        return methodNotAllowed("POST, DELETE");
    if (!m_board.find(name))
        return jsonError(404, tr("unknown scenario \"%1\"").arg(name.left(200)));
    const QString target = request.query.queryItemValue(QStringLiteral("target"), QUrl::FullyDecoded);
    QString error;
    if (request.method == "POST") {
        ScenarioActivation activation;
        if (!m_board.activate(name, target, QDateTime::currentSecsSinceEpoch(), &activation, &error))
            return jsonError(400, error);
        return json(200, ScenarioBoard::activationJson(activation));
    }
    QStringList stopped;
    if (!m_board.deactivate(name, target, &stopped, &error))
        return jsonError(404, error);
    return json(200,
        QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("stopped"), QJsonArray::fromStringList(stopped) } });
}

} // namespace pivori

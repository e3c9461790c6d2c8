// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configreader.h"
#include "consoleconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace pivori {

/// Reads the `prometheus:` and `alertmanagers:` sections (servers, auth, CA, timeouts).
class ServerConfigParser final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ServerConfigParser)

public:
    explicit ServerConfigParser(ConfigReader &reader)
        : m_reader(reader)
    {
    }

    QList<PrometheusServer> prometheus(const ConfigReader::Map &top);
    QList<AlertmanagerCluster> alertmanagers(const ConfigReader::Map &top);

    /// Every well-formed name written in each section, including entries dropped for other
    /// errors, so that references to them are not reported a second time.
    QStringList writtenServerNames() const { return m_serverNames; }
    QStringList writtenClusterNames() const { return m_clusterNames; }

private:
    /// Auth, TLS files, timeout and answer size limit shared by a server entry; @p ok turns false on any
    /// problem.
    Endpoint endpointSettings(const ConfigReader::Map &entry, bool &ok,
        qint64 defaultMaxAnswerBytes = Endpoint::kDefaultMaxAnswerBytes);
    std::optional<Auth> auth(const ConfigReader::Map &entry);
    /// flavor, path_prefix, headers, partial_response, dedup of a Prometheus server.
    bool backendSettings(const ConfigReader::Map &entry, Endpoint &endpoint);
    std::optional<QList<std::pair<QByteArray, QByteArray>>> headers(const ConfigReader::Map &entry);
    std::optional<SecretRef> secret(const ConfigReader::Map &auth, const QString &what);
    /// A secret, CA, certificate or key file path, checked to be a small regular file if it exists.
    std::optional<QString> smallFile(const ConfigReader::Map &map, const QString &key);
    /// Reports a second use of @p name among @p seen (name -> line).
    void checkUnique(
        QHash<QString, int> &seen, const QString &name, const ConfigReader::Map &entry, const QString &what);

    ConfigReader &m_reader;
    QStringList m_serverNames;
    QStringList m_clusterNames;
};

} // namespace pivori

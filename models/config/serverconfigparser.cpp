// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfigparser.h"

#include "smallfile.h"

#include <QRegularExpression>

#include <utility>

namespace pivori {

namespace {

using Need = ConfigReader::Need;

const QString kNamePattern = QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.-]*");
const QString kEnvPattern = QStringLiteral("[A-Za-z_][A-Za-z0-9_]*");
// A keychain entry name: one printable line that secret-tool and a keychain manager show as is.
const QString kKeychainPattern = QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.@:/+-]{0,199}");
constexpr qint64 kMinTimeoutMs = 100;
constexpr qint64 kMaxTimeoutMs = 3'600'000; // Endpoint::timeoutMs is an int
constexpr qint64 kMinAnswerBytes = qint64(64) * 1024;
constexpr qint64 kMaxAnswerBytes = 1024LL * 1024 * 1024; // the answer is held in memory, and parsed

} // namespace

void ServerConfigParser::checkUnique(
    QHash<QString, int> &seen, const QString &name, const ConfigReader::Map &entry, const QString &what)
{
    const YAML::Mark mark = ConfigReader::markOf(entry, QStringLiteral("name"));
    const auto previous = seen.constFind(name);
    if (previous != seen.cend()) {
        m_reader.error(
            mark, tr("duplicate %1 name \"%2\" (first defined at line %3)").arg(what, name).arg(*previous));
        return;
    }
    seen.insert(name, ConfigReader::location(mark).line);
}

QList<PrometheusServer> ServerConfigParser::prometheus(const ConfigReader::Map &top)
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("timeout"),
        QStringLiteral("auth"), QStringLiteral("ca_file"), QStringLiteral("cert_file"),
        QStringLiteral("key_file"), QStringLiteral("max_answer_size"), QStringLiteral("flavor"),
        QStringLiteral("path_prefix"), QStringLiteral("headers"), QStringLiteral("partial_response"),
        QStringLiteral("dedup") };
    QList<PrometheusServer> servers;
    QHash<QString, int> seen;
    for (const ConfigReader::Item &item :
        m_reader.list(top, QStringLiteral("prometheus"), Need::Required, 1)) {
        const auto entry = m_reader.map(item, keys);
        if (!entry)
            continue;
        bool ok = true;
        PrometheusServer server;
        const auto name = m_reader.name(*entry, QStringLiteral("name"), Need::Required, kNamePattern,
            tr("a name of letters, digits, '.', '_' or '-'"));
        const auto url = m_reader.url(*entry, QStringLiteral("url"), Need::Required);
        server.endpoint = endpointSettings(*entry, ok);
        if (name) {
            checkUnique(seen, *name, *entry, tr("prometheus"));
            if (!m_serverNames.contains(*name))
                m_serverNames.append(*name);
            server.name = *name;
        }
        if (url)
            server.endpoint.url = *url;
        ok = backendSettings(*entry, server.endpoint) && ok;
        if (ok && name && url)
            servers.append(server);
    }
    return servers;
}

QList<AlertmanagerCluster> ServerConfigParser::alertmanagers(const ConfigReader::Map &top)
{
    static const QStringList keys { QStringLiteral("name"), QStringLiteral("replicas"),
        QStringLiteral("timeout"), QStringLiteral("auth"), QStringLiteral("ca_file"),
        QStringLiteral("cert_file"), QStringLiteral("key_file"), QStringLiteral("max_answer_size") };
    QList<AlertmanagerCluster> clusters;
    QHash<QString, int> seen;
    for (const ConfigReader::Item &item :
        m_reader.list(top, QStringLiteral("alertmanagers"), Need::Optional)) {
        const auto entry = m_reader.map(item, keys);
        if (!entry)
            continue;
        bool ok = true;
        AlertmanagerCluster cluster;
        const auto name = m_reader.name(*entry, QStringLiteral("name"), Need::Required, kNamePattern,
            tr("a name of letters, digits, '.', '_' or '-'"));
        if (name) {
            checkUnique(seen, *name, *entry, tr("alertmanager cluster"));
            if (!m_clusterNames.contains(*name))
                m_clusterNames.append(*name);
            cluster.name = *name;
        }
        const Endpoint shared = endpointSettings(*entry, ok, Endpoint::kDefaultAlertmanagerMaxAnswerBytes);
        const QList<ConfigReader::Item> replicas
            = m_reader.list(*entry, QStringLiteral("replicas"), Need::Required, 1);
        ok = ok && !replicas.isEmpty();
        for (const ConfigReader::Item &replica : replicas) {
            // Reuse the typed URL check by viewing the list element as a one-key map.
            ConfigReader::Map holder;
            holder.mark = replica.mark;
            holder.path = replica.path;
            holder.entries.insert(QString(), { YAML::Node(), replica.node });
            const auto url = m_reader.url(holder, QString(), Need::Required);
            if (!url) {
                ok = false;
                continue;
            }
            Endpoint endpoint = shared;
            endpoint.url = *url;
            cluster.replicas.append(endpoint);
        }
        if (ok && name)
            clusters.append(cluster);
    }
    return clusters;
}

Endpoint ServerConfigParser::endpointSettings(
    const ConfigReader::Map &entry, bool &ok, qint64 defaultMaxAnswerBytes)
{
    Endpoint endpoint;
    endpoint.maxAnswerBytes = defaultMaxAnswerBytes;
    if (entry.has(QStringLiteral("timeout"))) {
        const auto timeout = m_reader.duration(
            entry, QStringLiteral("timeout"), Need::Optional, kMinTimeoutMs, kMaxTimeoutMs);
        if (timeout)
            endpoint.timeoutMs = int(*timeout);
        else
            ok = false;
    }
    if (entry.has(QStringLiteral("max_answer_size"))) {
        const auto size = m_reader.byteSize(
            entry, QStringLiteral("max_answer_size"), Need::Optional, kMinAnswerBytes, kMaxAnswerBytes);
        if (size)
            endpoint.maxAnswerBytes = *size;
        else
            ok = false;
    }
    for (const auto &[key, field] : { std::pair { QStringLiteral("ca_file"), &Endpoint::caFile },
             std::pair { QStringLiteral("cert_file"), &Endpoint::certFile },
             std::pair { QStringLiteral("key_file"), &Endpoint::keyFile } }) {
        if (!entry.has(key))
            continue;
        const auto path = smallFile(entry, key);
        if (path)
            endpoint.*field = *path;
        else
            ok = false;
    }
    // Whether each key is written, not whether its value was good: one mistake, one message.
    if (entry.has(QStringLiteral("cert_file")) != entry.has(QStringLiteral("key_file"))) {
        const QString given = entry.has(QStringLiteral("key_file")) ? QStringLiteral("key_file")
                                                                    : QStringLiteral("cert_file");
        m_reader.error(ConfigReader::markOf(entry, given),
            tr("%1: a client certificate needs both cert_file and key_file")
                .arg(ConfigReader::keyPath(entry.path, given)));
        ok = false;
    }
    if (entry.has(QStringLiteral("auth")) && !entry.value(QStringLiteral("auth")).IsNull()) {
        const auto a = auth(entry);
        if (a)
            endpoint.auth = *a;
        else
            ok = false;
    }
    return endpoint;
}

bool ServerConfigParser::backendSettings(const ConfigReader::Map &entry, Endpoint &endpoint)
{
    bool ok = true;
    BackendProfile &backend = endpoint.backend;
    if (entry.has(QStringLiteral("flavor"))) {
        const auto flavor
            = m_reader.choice(entry, QStringLiteral("flavor"), Need::Optional, BackendProfile::flavorKeys());
        if (flavor)
            backend.flavor = static_cast<BackendProfile::Flavor>(*flavor);
        else
            ok = false;
    }
    if (entry.has(QStringLiteral("path_prefix"))) {
        const auto prefix = m_reader.name(entry, QStringLiteral("path_prefix"), Need::Optional,
            QStringLiteral("(/[A-Za-z0-9._~-]+)+"), tr("a path like /prometheus"));
        if (prefix) {
            backend.pathPrefix = *prefix;
            // Every API path goes below the prefix; Mimir's /ready stays at the root.
            QString base = endpoint.url.path();
            while (base.endsWith(QLatin1Char('/')))
                base.chop(1);
            endpoint.url.setPath(base + *prefix);
        } else {
            ok = false;
        }
    }
    if (entry.has(QStringLiteral("headers"))) {
        const auto list = headers(entry);
        if (list)
            endpoint.headers = *list;
        else
            ok = false;
    }
    for (const QString &key : { QStringLiteral("partial_response"), QStringLiteral("dedup") }) {
        if (!entry.has(key))
            continue;
        if (backend.flavor != BackendProfile::Flavor::Thanos) {
            m_reader.error(ConfigReader::markOf(entry, key),
                tr("%1 is a Thanos Query setting; add flavor: thanos")
                    .arg(ConfigReader::keyPath(entry.path, key)));
            ok = false;
            continue;
        }
        const auto on = m_reader.boolean(entry, key, Need::Optional);
        if (on)
            (key == QLatin1String("dedup") ? backend.dedup : backend.partialResponse) = *on;
        else
            ok = false;
    }
    return ok;
}

std::optional<QList<std::pair<QByteArray, QByteArray>>> ServerConfigParser::headers(
    const ConfigReader::Map &entry)
{
    const YAML::Node node = entry.value(QStringLiteral("headers"));
    const QString path = ConfigReader::keyPath(entry.path, QStringLiteral("headers"));
    const YAML::Mark mark = ConfigReader::markOf(entry, QStringLiteral("headers"));
    if (!node.IsMap()) {
        m_reader.error(mark, tr("%1 must be a map of header names to values").arg(path));
        return std::nullopt;
    }
    // RFC 9110 field names; values on one line, so a header cannot smuggle another one in.
    static const QRegularExpression fieldName(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    QList<std::pair<QByteArray, QByteArray>> out;
    bool ok = true;
    for (const auto &pair : node) {
        const QString name = QString::fromStdString(pair.first.Scalar());
        const QString value
            = pair.second.IsScalar() ? QString::fromStdString(pair.second.Scalar()) : QString();
        if (!fieldName.match(name).hasMatch()) {
            m_reader.error(pair.first.Mark(),
                tr("%1: \"%2\" is not a header name").arg(path, ConfigReader::printable(name)));
            ok = false;
        } else if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            // The token would sit in a versioned, shared file; auth reads it from a secret.
            m_reader.error(
                pair.first.Mark(), tr("%1: set Authorization with auth, not as a header").arg(path));
            ok = false;
        } else if (!pair.second.IsScalar() || value.contains(QLatin1Char('\r'))
            || value.contains(QLatin1Char('\n'))) {
            m_reader.error(pair.second.Mark(), tr("%1.%2 must be a one-line text").arg(path, name));
            ok = false;
        } else {
            out.append({ name.toLatin1(), value.toUtf8() });
        }
    }
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<Auth> ServerConfigParser::auth(const ConfigReader::Map &entry)
{
    static const QStringList keys { QStringLiteral("type"), QStringLiteral("username"),
        QStringLiteral("password_env"), QStringLiteral("password_file"), QStringLiteral("password_keychain"),
        QStringLiteral("token_env"), QStringLiteral("token_file"), QStringLiteral("token_keychain"),
        QStringLiteral("password"), QStringLiteral("token") };
    const auto map = m_reader.map(entry, QStringLiteral("auth"), Need::Optional, keys);
    if (!map)
        return std::nullopt;
    const auto type = m_reader.choice(
        *map, QStringLiteral("type"), Need::Required, { QStringLiteral("basic"), QStringLiteral("bearer") });
    const bool basic = type && *type == 0;
    bool ok = type.has_value();
    bool inlineSecret = false;

    // Secrets never live in this file: it is versioned, shared and shown on screen.
    for (const QString &inline_ : { QStringLiteral("password"), QStringLiteral("token") }) {
        if (map->entries.contains(inline_)) {
            inlineSecret = true;
            m_reader.error(ConfigReader::markOf(*map, inline_),
                tr("%1: secrets are never written inline; use %2_env (an environment variable), "
                   "%2_file (a file) or %2_keychain (an entry of the desktop keychain) instead")
                    .arg(ConfigReader::keyPath(map->path, inline_), inline_));
            ok = false;
        }
    }
    if (!type)
        return std::nullopt;

    Auth out;
    out.type = basic ? Auth::Type::Basic : Auth::Type::Bearer;
    const QString own = basic ? QStringLiteral("password") : QStringLiteral("token");
    const QStringList foreign = basic
        ? QStringList { QStringLiteral("token_env"), QStringLiteral("token_file"),
              QStringLiteral("token_keychain") }
        : QStringList { QStringLiteral("username"), QStringLiteral("password_env"),
              QStringLiteral("password_file"), QStringLiteral("password_keychain") };
    for (const QString &key : foreign) {
        if (map->entries.contains(key)) {
            m_reader.error(ConfigReader::markOf(*map, key),
                tr("%1 is not used by %2 auth")
                    .arg(ConfigReader::keyPath(map->path, key),
                        basic ? QStringLiteral("basic") : QStringLiteral("bearer")));
            ok = false;
        }
    }
    if (basic) {
        const auto user = m_reader.text(*map, QStringLiteral("username"), Need::Required);
        ok = ok && user;
        out.username = user.value_or(QString());
    }
    if (inlineSecret)
        return std::nullopt; // asking for *_env as well would repeat the message above
    const auto ref = secret(*map, own);
    if (!ok || !ref)
        return std::nullopt;
    (basic ? out.password : out.token) = *ref;
    return out;
}

std::optional<QString> ServerConfigParser::smallFile(const ConfigReader::Map &map, const QString &key)
{
    const auto path = m_reader.filePath(map, key, Need::Required);
    if (!path)
        return std::nullopt;
    // A missing file is not an error here: a secret may be mounted after the check, and the
    // request that needs it says so. What exists must be something that can be read at once.
    const QString problem = smallFileProblem(*path);
    if (!problem.isEmpty()) {
        m_reader.error(
            ConfigReader::markOf(map, key), tr("%1: %2").arg(ConfigReader::keyPath(map.path, key), problem));
        return std::nullopt;
    }
    return path;
}

std::optional<SecretRef> ServerConfigParser::secret(const ConfigReader::Map &auth, const QString &what)
{
    const QString envKey = what + QStringLiteral("_env");
    const QString fileKey = what + QStringLiteral("_file");
    const QString keychainKey = what + QStringLiteral("_keychain");
    QStringList given;
    for (const QString &key : { envKey, fileKey, keychainKey }) {
        if (auth.has(key))
            given << key;
    }
    if (given.size() != 1) {
        QString message;
        if (given.isEmpty())
            message = tr("%1 needs %2 (an environment variable), %3 (a file) or %4 (an entry of the "
                         "desktop keychain)")
                          .arg(auth.path, envKey, fileKey, keychainKey);
        else if (given.size() == 2)
            message = tr("%1 has both %2 and %3; give only one").arg(auth.path, given.at(0), given.at(1));
        else
            message = tr("%1 has %2, %3 and %4; give only one").arg(auth.path, envKey, fileKey, keychainKey);
        m_reader.error(auth.mark, message);
        return std::nullopt;
    }
    SecretRef ref;
    if (given.first() == envKey) {
        const auto env = m_reader.name(
            auth, envKey, Need::Required, kEnvPattern, tr("an environment variable name like PROM_PASSWORD"));
        if (!env)
            return std::nullopt;
        ref.env = *env;
    } else if (given.first() == fileKey) {
        const auto file = smallFile(auth, fileKey);
        if (!file)
            return std::nullopt;
        ref.file = *file;
    } else {
        // Only the form is checked: validate runs where no keychain may be (CI, a server), and
        // asking one could pop up an unlock prompt. The request that needs the entry says
        // whether it exists.
        const auto entry = m_reader.name(auth, keychainKey, Need::Required, kKeychainPattern,
            tr("a keychain entry name of letters, digits and . _ @ : / + - (at most 200) like prom-main"));
        if (!entry)
            return std::nullopt;
        ref.keychain = *entry;
    }
    return ref;
}

} // namespace pivori

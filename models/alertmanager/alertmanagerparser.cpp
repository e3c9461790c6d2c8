// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmanagerparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>
#include <optional>

namespace pivori {

namespace {

// Not for tr(): lupdate does not see through the alias and would file the messages under no context.
using P = AlertmanagerParser;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

// QJsonDocument only accepts an object or an array at the top, but Alertmanager's handler
// errors are bare string literals: wrapping the body in [ ] reads every JSON value, and
// requiring exactly one element rejects "1,2" and similar smuggling.
std::optional<QJsonValue> decodeJsonValue(const QByteArray &body, bool *endsEarly = nullptr)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        // An object or array the parser read to its very end without closing: the answer was
        // cut off (a chunked answer has no length to compare with), not some other format.
        // Offsets count the '[' in front; the closing ']' is where an open value runs out.
        if (endsEarly) {
            const QByteArray start = body.trimmed().left(1);
            *endsEarly = (start == "{" || start == "[") && parseError.offset >= body.size();
        }
        return std::nullopt;
    }
    return doc.array().first();
}

// Walks a JSON tree and keeps the first deviation as "path: what was wrong".
class Walker final
{
public:
    QString error;

    bool fail(const QString &path, const QString &what)
    {
        error = path + QStringLiteral(": ") + what;
        return false;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject *out)
    {
        if (!value.isObject())
            return fail(path, AlertmanagerParser::tr("expected an object"));
        *out = value.toObject();
        return true;
    }

    bool array(const QJsonValue &value, const QString &path, QJsonArray *out)
    {
        if (!value.isArray())
            return fail(path, AlertmanagerParser::tr("expected an array"));
        *out = value.toArray();
        return true;
    }

    // Fields the console only displays may be absent (`required` false): a newer server
    // that drops one should not hide every alert. A wrong type is always an error.
    bool string(const QJsonObject &obj, const QString &path, const QString &key, QString *out, bool required)
    {
        const QJsonValue value = obj.value(key);
        if (value.isUndefined() || (!required && value.isNull()))
            return required ? fail(path + u'.' + key, AlertmanagerParser::tr("missing")) : true;
        if (!value.isString())
            return fail(path + u'.' + key, AlertmanagerParser::tr("expected a string"));
        *out = value.toString();
        return true;
    }

    bool boolean(const QJsonObject &obj, const QString &path, const QString &key, bool *out, bool required)
    {
        const QJsonValue value = obj.value(key);
        if (value.isUndefined())
            return required ? fail(path + u'.' + key, AlertmanagerParser::tr("missing")) : true;
        if (!value.isBool())
            return fail(path + u'.' + key, AlertmanagerParser::tr("expected true or false"));
        *out = value.toBool();
        return true;
    }

    bool time(const QJsonObject &obj, const QString &path, const QString &key, QDateTime *out)
    {
        QString text;
        if (!string(obj, path, key, &text, true))
            return false;
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        // Without an offset Qt would silently read local time; RFC 3339 always has one.
        if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
            return fail(path + u'.' + key,
                AlertmanagerParser::tr("expected an RFC 3339 timestamp, got \"%1\"")
                    .arg(P::excerpt(text.toUtf8())));
        *out = parsed.toUTC();
        return true;
    }

    bool labelMap(const QJsonObject &obj, const QString &path, const QString &key,
        QMap<QString, QString> *out, bool required)
    {
        const QJsonValue value = obj.value(key);
        if (value.isUndefined() || (!required && value.isNull()))
            return required ? fail(path + u'.' + key, AlertmanagerParser::tr("missing")) : true;
        QJsonObject map;
        if (!object(value, path + u'.' + key, &map))
            return false;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!it.value().isString())
                return fail(path + u'.' + key + u'.' + it.key(), AlertmanagerParser::tr("expected a string"));
            out->insert(it.key(), it.value().toString());
        }
        return true;
    }

    bool stringList(const QJsonObject &obj, const QString &path, const QString &key, QStringList *out)
    {
        const QJsonValue value = obj.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        QJsonArray items;
        if (!array(value, path + u'.' + key, &items))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString())
                return fail(path + u'.' + key + u'[' + QString::number(i) + u']',
                    AlertmanagerParser::tr("expected a string"));
            out->append(items.at(i).toString());
        }
        return true;
    }

    template <typename Enum>
    bool enumeration(const QJsonObject &obj, const QString &path, const QString &key,
        std::initializer_list<std::pair<const char *, Enum>> names, Enum *out)
    {
        QString text;
        if (!string(obj, path, key, &text, true))
            return false;
        QStringList known;
        for (const auto &[name, value] : names) {
            if (text == QLatin1String(name)) {
                *out = value;
                return true;
            }
            known.append(QLatin1String(name));
        }
        return fail(path + u'.' + key,
            AlertmanagerParser::tr("expected one of %1, got \"%2\"")
                .arg(known.join(QStringLiteral(", ")), P::excerpt(text.toUtf8())));
    }
};

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

bool readAlert(Walker &w, const QJsonValue &value, const QString &path, Alert *alert)
{
    QJsonObject obj;
    if (!w.object(value, path, &obj)
        || !w.string(obj, path, QStringLiteral("fingerprint"), &alert->fingerprint, true)
        || !w.labelMap(obj, path, QStringLiteral("labels"), &alert->labels, true)
        || !w.labelMap(obj, path, QStringLiteral("annotations"), &alert->annotations, false)
        || !w.time(obj, path, QStringLiteral("startsAt"), &alert->startsAt)
        || !w.time(obj, path, QStringLiteral("updatedAt"), &alert->updatedAt)
        || !w.time(obj, path, QStringLiteral("endsAt"), &alert->endsAt)
        || !w.string(obj, path, QStringLiteral("generatorURL"), &alert->generatorUrl, false))
        return false;

    const QString receiversPath = path + QStringLiteral(".receivers");
    if (obj.contains(QLatin1String("receivers"))) {
        QJsonArray receivers;
        if (!w.array(obj.value(QLatin1String("receivers")), receiversPath, &receivers))
            return false;
        for (qsizetype i = 0; i < receivers.size(); ++i) {
            QJsonObject receiver;
            QString name;
            if (!w.object(receivers.at(i), indexed(receiversPath, i), &receiver)
                || !w.string(receiver, indexed(receiversPath, i), QStringLiteral("name"), &name, true))
                return false;
            alert->receivers.append(name);
        }
    }

    const QString statusPath = path + QStringLiteral(".status");
    QJsonObject status;
    if (!obj.contains(QLatin1String("status")))
        return w.fail(statusPath, AlertmanagerParser::tr("missing"));
    return w.object(obj.value(QLatin1String("status")), statusPath, &status)
        && w.enumeration(status, statusPath, QStringLiteral("state"),
            { { "unprocessed", Alert::State::Unprocessed }, { "active", Alert::State::Active },
                { "suppressed", Alert::State::Suppressed } },
            &alert->state)
        && w.stringList(status, statusPath, QStringLiteral("silencedBy"), &alert->silencedBy)
        && w.stringList(status, statusPath, QStringLiteral("inhibitedBy"), &alert->inhibitedBy);
}

bool readSilence(Walker &w, const QJsonValue &value, const QString &path, Silence *silence)
{
    QJsonObject obj;
    QJsonObject status;
    QJsonArray matchers;
    const QString statusPath = path + QStringLiteral(".status");
    const QString matchersPath = path + QStringLiteral(".matchers");
    if (!w.object(value, path, &obj) || !w.string(obj, path, QStringLiteral("id"), &silence->id, true)
        || !w.time(obj, path, QStringLiteral("startsAt"), &silence->startsAt)
        || !w.time(obj, path, QStringLiteral("endsAt"), &silence->endsAt)
        || !w.time(obj, path, QStringLiteral("updatedAt"), &silence->updatedAt)
        || !w.string(obj, path, QStringLiteral("createdBy"), &silence->createdBy, false)
        || !w.string(obj, path, QStringLiteral("comment"), &silence->comment, false))
        return false;
    if (!obj.contains(QLatin1String("status")))
        return w.fail(statusPath, AlertmanagerParser::tr("missing"));
    if (!w.object(obj.value(QLatin1String("status")), statusPath, &status)
        || !w.enumeration(status, statusPath, QStringLiteral("state"),
            { { "active", Silence::State::Active }, { "pending", Silence::State::Pending },
                { "expired", Silence::State::Expired } },
            &silence->state))
        return false;
    if (!obj.contains(QLatin1String("matchers")))
        return w.fail(matchersPath, AlertmanagerParser::tr("missing"));
    if (!w.array(obj.value(QLatin1String("matchers")), matchersPath, &matchers))
        return false;
    for (qsizetype i = 0; i < matchers.size(); ++i) {
        const QString itemPath = indexed(matchersPath, i);
        QJsonObject item;
        Matcher matcher;
        if (!w.object(matchers.at(i), itemPath, &item)
            || !w.string(item, itemPath, QStringLiteral("name"), &matcher.name, true)
            || !w.string(item, itemPath, QStringLiteral("value"), &matcher.value, true)
            || !w.boolean(item, itemPath, QStringLiteral("isRegex"), &matcher.isRegex, true)
            || !w.boolean(item, itemPath, QStringLiteral("isEqual"), &matcher.isEqual, false))
            return false;
        silence->matchers.append(matcher);
    }
    return true;
}

bool readGroup(Walker &w, const QJsonValue &value, const QString &path, AlertGroup *group)
{
    QJsonObject obj;
    QJsonObject receiver;
    QJsonArray alerts;
    const QString receiverPath = path + QStringLiteral(".receiver");
    const QString alertsPath = path + QStringLiteral(".alerts");
    if (!w.object(value, path, &obj)
        || !w.labelMap(obj, path, QStringLiteral("labels"), &group->labels, true))
        return false;
    if (!obj.contains(QLatin1String("receiver")))
        return w.fail(receiverPath, AlertmanagerParser::tr("missing"));
    if (!w.object(obj.value(QLatin1String("receiver")), receiverPath, &receiver)
        || !w.string(receiver, receiverPath, QStringLiteral("name"), &group->receiver, true))
        return false;
    if (!obj.contains(QLatin1String("alerts")))
        return w.fail(alertsPath, AlertmanagerParser::tr("missing"));
    if (!w.array(obj.value(QLatin1String("alerts")), alertsPath, &alerts))
        return false;
    group->alerts.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        Alert alert;
        if (!readAlert(w, alerts.at(i), indexed(alertsPath, i), &alert))
            return false;
        group->alerts.append(std::move(alert));
    }
    return true;
}

bool readStatus(Walker &w, const QJsonValue &value, const QString &path, ClusterStatus *out)
{
    QJsonObject obj;
    QJsonObject cluster;
    const QString clusterPath = path + QStringLiteral(".cluster");
    if (!w.object(value, path, &obj))
        return false;
    if (!obj.contains(QLatin1String("cluster")))
        return w.fail(clusterPath, AlertmanagerParser::tr("missing"));
    if (!w.object(obj.value(QLatin1String("cluster")), clusterPath, &cluster)
        || !w.string(cluster, clusterPath, QStringLiteral("name"), &out->name, false)
        || !w.string(cluster, clusterPath, QStringLiteral("status"), &out->status, true)
        || !w.string(obj, path, QStringLiteral("uptime"), &out->uptime, false))
        return false;

    const QString peersPath = clusterPath + QStringLiteral(".peers");
    const QJsonValue peersValue = cluster.value(QLatin1String("peers"));
    if (!peersValue.isUndefined() && !peersValue.isNull()) {
        QJsonArray peers;
        if (!w.array(peersValue, peersPath, &peers))
            return false;
        for (qsizetype i = 0; i < peers.size(); ++i) {
            QJsonObject peer;
            ClusterStatus::Peer item;
            if (!w.object(peers.at(i), indexed(peersPath, i), &peer)
                || !w.string(peer, indexed(peersPath, i), QStringLiteral("name"), &item.name, true)
                || !w.string(peer, indexed(peersPath, i), QStringLiteral("address"), &item.address, true))
                return false;
            out->peers.append(item);
        }
    }

    // versionInfo and config are informational: read them when they have the expected shape.
    const QJsonObject versionInfo = obj.value(QLatin1String("versionInfo")).toObject();
    const QJsonObject config = obj.value(QLatin1String("config")).toObject();
    return w.string(versionInfo, path + QStringLiteral(".versionInfo"), QStringLiteral("version"),
               &out->version, false)
        && w.string(config, path + QStringLiteral(".config"), QStringLiteral("original"),
            &out->configOriginal, false);
}

// The common front of every parse: interpret the status, decode JSON, or explain why not.
Result<QJsonValue> decodeAnswer(int status, const QByteArray &contentType, const QByteArray &body)
{
    if (!isSuccess(status))
        return P::errorFromAnswer(status, contentType, body);
    bool endsEarly = false;
    const auto value = decodeJsonValue(body, &endsEarly);
    if (!value && endsEarly) {
        Error error { Error::Kind::Http, status, {}, {}, {} };
        error.message
            = AlertmanagerParser::tr("HTTP %1 answer ends in the middle of its JSON after %2 bytes: "
                                     "the connection closed before the whole answer arrived")
                  .arg(QString::number(status), QString::number(body.size()));
        return error;
    }
    if (!value) {
        Error error { Error::Kind::Http, status, {}, {}, {} };
        error.message = AlertmanagerParser::tr("HTTP %1 answer is not JSON (Content-Type \"%2\"): %3")
                            .arg(QString::number(status), P::excerpt(contentType), P::excerpt(body));
        return error;
    }
    return *value;
}

Error parseError(int status, const QString &message)
{
    return Error { Error::Kind::Parse, status, {},
        AlertmanagerParser::tr("unexpected answer: %1").arg(message), {} };
}

template <typename T, typename ReadItem>
Result<QList<T>> parseList(
    int status, const QByteArray &contentType, const QByteArray &body, const QString &root, ReadItem readItem)
{
    auto decoded = decodeAnswer(status, contentType, body);
    if (!decoded)
        return decoded.error();
    Walker w;
    QJsonArray items;
    if (!w.array(decoded.value(), root, &items))
        return parseError(status, w.error);
    QList<T> out;
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        T item;
        if (!readItem(w, items.at(i), indexed(root, i), &item))
            return parseError(status, w.error);
        out.append(std::move(item));
    }
    return out;
}

} // namespace

Result<QList<Alert>> AlertmanagerParser::parseAlerts(
    int status, const QByteArray &contentType, const QByteArray &body)
{
    return parseList<Alert>(status, contentType, body, QStringLiteral("alerts"), readAlert);
}

Result<QList<Silence>> AlertmanagerParser::parseSilences(
    int status, const QByteArray &contentType, const QByteArray &body)
{
    return parseList<Silence>(status, contentType, body, QStringLiteral("silences"), readSilence);
}

Result<QList<AlertGroup>> AlertmanagerParser::parseAlertGroups(
    int status, const QByteArray &contentType, const QByteArray &body)
{
    return parseList<AlertGroup>(status, contentType, body, QStringLiteral("groups"), readGroup);
}

Result<Silence> AlertmanagerParser::parseSilence(
    int status, const QByteArray &contentType, const QByteArray &body)
{
    auto decoded = decodeAnswer(status, contentType, body);
    if (!decoded)
        return decoded.error();
    Walker w;
    Silence silence;
    if (!readSilence(w, decoded.value(), QStringLiteral("silence"), &silence))
        return parseError(status, w.error);
    return silence;
}

Result<ClusterStatus> AlertmanagerParser::parseStatus(
    int status, const QByteArray &contentType, const QByteArray &body)
{
    auto decoded = decodeAnswer(status, contentType, body);
    if (!decoded)
        return decoded.error();
    Walker w;
    ClusterStatus out;
    if (!readStatus(w, decoded.value(), QStringLiteral("status"), &out))
        return parseError(status, w.error);
    return out;
}

Result<QString> AlertmanagerParser::parseSilenceId(
    int status, const QByteArray &contentType, const QByteArray &body)
{
    auto decoded = decodeAnswer(status, contentType, body);
    if (!decoded)
        return decoded.error();
    Walker w;
    QJsonObject obj;
    QString id;
    if (!w.object(decoded.value(), QStringLiteral("answer"), &obj)
        || !w.string(obj, QStringLiteral("answer"), QStringLiteral("silenceID"), &id, true))
        return parseError(status, w.error);
    if (id.isEmpty())
        return parseError(status, QStringLiteral("answer.silenceID: ") + tr("empty"));
    return id;
}

Result<bool> AlertmanagerParser::parseExpireAnswer(
    int status, const QByteArray &contentType, const QByteArray &body)
{
    if (!isSuccess(status))
        return errorFromAnswer(status, contentType, body);
    return true;
}

Error AlertmanagerParser::errorFromAnswer(int status, const QByteArray &contentType, const QByteArray &body)
{
    Error error { Error::Kind::Http, status, {}, {}, {} };
    if (body.trimmed().isEmpty()) {
        error.message = status == 404 ? tr("not found") : tr("HTTP %1 with an empty body").arg(status);
        return error;
    }
    if (const auto value = decodeJsonValue(body)) {
        if (value->isString() && !value->toString().trimmed().isEmpty()) {
            error.kind = Error::Kind::Server;
            error.message = value->toString().simplified();
            return error;
        }
        const QJsonValue message = value->toObject().value(QLatin1String("message"));
        if (message.isString() && !message.toString().trimmed().isEmpty()) {
            error.kind = Error::Kind::Server;
            error.message = message.toString().simplified();
            return error;
        }
    }
    Q_UNUSED(contentType)
    error.message = tr("HTTP %1: %2").arg(QString::number(status), excerpt(body));
    return error;
}

QString AlertmanagerParser::excerpt(const QByteArray &body)
{
    constexpr qsizetype kMaxChars = 160;
    // Decode a bounded prefix only: a hostile multi-megabyte body must not cost much.
    const QString text = QString::fromUtf8(body.left(kMaxChars * 8));
    QString out;
    out.reserve(kMaxChars + 1);
    bool inTag = false;
    bool lastWasSpace = true;
    for (const QChar c : text) {
        // Proxies answer with HTML pages: their tags say nothing to an operator.
        if (c == u'<') {
            inTag = true;
            continue;
        }
        if (inTag) {
            inTag = c != u'>';
            continue;
        }
        const auto category = c.category();
        const bool blank = c.isSpace() || category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_Surrogate || c == QChar::ReplacementCharacter;
        if (blank) {
            if (!lastWasSpace)
                out.append(u' ');
            lastWasSpace = true;
            continue;
        }
        out.append(c);
        lastWasSpace = false;
        if (out.size() >= kMaxChars) {
            out.append(QChar(0x2026));
            return out;
        }
    }
    out = out.trimmed();
    if (!out.isEmpty() && body.size() > kMaxChars * 8)
        out.append(QChar(0x2026));
    return out.isEmpty() ? tr("(no readable text)") : out;
}

QByteArray PostableSilence::toJson() const
{
    QJsonArray matcherArray;
    for (const Matcher &matcher : matchers) {
        matcherArray.append(QJsonObject { { QStringLiteral("name"), matcher.name },
            { QStringLiteral("value"), matcher.value }, { QStringLiteral("isRegex"), matcher.isRegex },
            { QStringLiteral("isEqual"), matcher.isEqual } });
    }
    QJsonObject obj { { QStringLiteral("matchers"), matcherArray },
        { QStringLiteral("startsAt"), startsAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("endsAt"), endsAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("createdBy"), createdBy }, { QStringLiteral("comment"), comment } };
    if (!id.isEmpty())
        obj.insert(QStringLiteral("id"), id);
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

} // namespace pivori

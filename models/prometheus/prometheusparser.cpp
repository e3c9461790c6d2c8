// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusparser.h"

#include "duration.h"
#include "jsonscanner.h"
#include "promqueryreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>
#include <string_view>
#include <utility>

namespace pivori {

namespace {

constexpr int kExcerptChars = 200;

bool is2xx(int status)
{
    return status >= 200 && status < 300;
}

/// The first meaningful line of a body that is not JSON, safe to show: HTML tags dropped
/// (a proxy's error page says what happened in its title), control characters removed.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    if (text.contains(QLatin1String("<html"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("<!doctype"), Qt::CaseInsensitive)) {
        // Each tag becomes a line break, so the title ends up on a line of its own.
        QString plain;
        bool inTag = false;
        for (QChar c : std::as_const(text)) {
            if (c == u'<') {
                inTag = true;
                plain += u'\n';
            } else if (c == u'>' && inTag) {
                inTag = false;
            } else if (!inTag) {
                plain += c;
            }
        }
        text = plain;
    }
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        QString clean;
        for (QChar c : line) {
            if (c.category() != QChar::Other_Control && c.category() != QChar::Separator_Line
                && c.category() != QChar::Separator_Paragraph)
                clean += c;
        }
        clean = clean.simplified();
        if (clean.isEmpty())
            continue;
        if (clean.size() > kExcerptChars)
            clean = clean.left(kExcerptChars - 1) + QChar(0x2026);
        return clean;
    }
    return {};
}

Error makeError(Error::Kind kind, int status, const QString &message, const QString &type = {})
{
    Error error;
    error.kind = kind;
    error.httpStatus = status;
    error.type = type;
    error.message = message;
    return error;
}

Error parseError(int status, const QString &message)
{
    return makeError(Error::Kind::Parse, status, message);
}

Error httpError(int status, const QByteArray &body)
{
    const QString text = excerpt(body);
    if (text.isEmpty())
        return makeError(
            Error::Kind::Http, status, PrometheusParser::tr("HTTP %1 with an empty body").arg(status));
    return makeError(Error::Kind::Http, status, PrometheusParser::tr("HTTP %1: %2").arg(status).arg(text));
}

/// Bodies that cannot be a JSON envelope are classified before any parsing.
std::optional<Error> precheck(int status, const QByteArray &contentType, const QByteArray &body)
{
    const char *p = body.constData();
    const char *end = p + body.size();
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    if (p < end && *p == '{')
        return std::nullopt;
    if (!is2xx(status))
        return httpError(status, body);
    if (p == end)
        return parseError(status, PrometheusParser::tr("empty answer"));
    if (contentType.contains("json"))
        return parseError(status, PrometheusParser::tr("expected a JSON object, got: %1").arg(excerpt(body)));
    const QString type = contentType.isEmpty() ? PrometheusParser::tr("an unknown content type")
                                               : QString::fromLatin1(contentType).section(u';', 0, 0);
    return parseError(status, PrometheusParser::tr("expected JSON, got %1: %2").arg(type, excerpt(body)));
}

/// The `{"status":"error"}` envelope, or a complaint when the answer has no envelope at all.
Error envelopeError(int status, const QString &promStatus, const QString &errorType, const QString &message,
    const QByteArray &body)
{
    if (promStatus == QLatin1String("error")) {
        QString text = message.isEmpty() ? PrometheusParser::tr("unspecified error") : message;
        // An overloaded or failing server says so in its own words; the status says which.
        if (status >= 500)
            text = PrometheusParser::tr("%1 (HTTP %2)").arg(text).arg(status);
        return makeError(Error::Kind::Server, status, text, errorType);
    }
    if (!is2xx(status))
        return httpError(status, body);
    if (promStatus.isEmpty())
        return parseError(status, PrometheusParser::tr("missing \"status\" in the answer"));
    return parseError(status, PrometheusParser::tr("unknown status \"%1\"").arg(promStatus));
}

// ---- the small endpoints: QJsonDocument is fast enough and simpler ----------------------

/// Typed reads from a QJsonObject that keep the first shape problem, with its path.
class Fields final
{
public:
    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &path, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": ") + problem;
    }

    QString str(const QJsonObject &o, const char *key, const QString &path, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        check(v, key, path, required, PrometheusParser::tr("expected a string"));
        return {};
    }

    double num(const QJsonObject &o, const char *key, const QString &path, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble())
            return v.toDouble();
        check(v, key, path, required, PrometheusParser::tr("expected a number"));
        return 0;
    }

    /// A float that Prometheus writes as a string ("1e+00", "NaN", "+Inf").
    double floatText(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble())
            return v.toDouble();
        double out = 0;
        const QByteArray text = v.toString().toUtf8();
        if (v.isString()
            && JsonScanner::parseFloatText(
                std::string_view(text.constData(), std::size_t(text.size())), &out))
            return out;
        if (v.isString())
            fail(path + QLatin1Char('.') + QLatin1String(key),
                PrometheusParser::tr("value \"%1\" is not a number").arg(v.toString().left(40)));
        else
            check(v, key, path, true, PrometheusParser::tr("expected a number in a string"));
        return 0;
    }

    LabelSet labels(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        LabelSet out;
        if (!v.isObject()) {
            check(v, key, path, false, PrometheusParser::tr("expected an object of labels"));
            return out;
        }
        const QJsonObject labels = v.toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (!it.value().isString()) {
                fail(path + QLatin1Char('.') + QLatin1String(key) + QLatin1Char('.') + it.key(),
                    PrometheusParser::tr("expected a string"));
                return {};
            }
            out.insert(it.key(), it.value().toString());
        }
        return out;
    }

    QJsonArray array(const QJsonObject &o, const char *key, const QString &path, bool required = false)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        check(v, key, path, required, PrometheusParser::tr("expected an array"));
        return {};
    }

    QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, PrometheusParser::tr("expected an object"));
        return v.toObject();
    }

    /// RFC 3339 with up to nanoseconds; Go's zero time ("0001-01-01T00:00:00Z", never) → invalid.
    QDateTime time(const QJsonObject &o, const char *key, const QString &path)
    {
        const QString text = str(o, key, path);
        if (text.isEmpty())
            return {};
        QDateTime out = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!out.isValid()) {
            fail(path + QLatin1Char('.') + QLatin1String(key),
                PrometheusParser::tr("\"%1\" is not an RFC 3339 time").arg(text.left(40)));
            return {};
        }
        return out.date().year() <= 1 ? QDateTime() : out;
    }

private:
    void check(
        const QJsonValue &v, const char *key, const QString &path, bool required, const QString &typeProblem)
    {
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + QLatin1Char('.') + QLatin1String(key), PrometheusParser::tr("missing"));
            return;
        }
        fail(path + QLatin1Char('.') + QLatin1String(key), typeProblem);
    }

    QString m_error;
};

/// The `data` of a small answer (undefined when absent), or the error the answer stands for.
Result<QJsonValue> dataValue(int status, const QByteArray &contentType, const QByteArray &body)
{
    if (auto error = precheck(status, contentType, body))
        return *error;
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (!is2xx(status))
            return httpError(status, body);
        return parseError(status,
            PrometheusParser::tr("invalid JSON at byte %1: %2")
                .arg(jsonError.offset)
                .arg(jsonError.errorString()));
    }
    const QJsonObject root = doc.object();
    const QString promStatus = root.value(QLatin1String("status")).toString();
    if (promStatus != QLatin1String("success"))
        return envelopeError(status, promStatus, root.value(QLatin1String("errorType")).toString(),
            root.value(QLatin1String("error")).toString(), body);
    return root.value(QLatin1String("data"));
}

Result<QJsonObject> dataObject(int status, const QByteArray &contentType, const QByteArray &body)
{
    const auto data = dataValue(status, contentType, body);
    if (!data)
        return data.error();
    if (!data.value().isObject())
        return parseError(status, PrometheusParser::tr("data: missing or not an object"));
    return data.value().toObject();
}

double durationSec(const QString &text)
{
    const auto ms = parseDurationMs(text);
    return ms ? double(*ms) / 1000.0 : 0.0;
}

PromAlert::State alertState(Fields &f, const QString &text, const QString &path)
{
    if (text == QLatin1String("firing"))
        return PromAlert::State::Firing;
    if (text == QLatin1String("pending"))
        return PromAlert::State::Pending;
    if (text != QLatin1String("inactive") && !text.isEmpty())
        f.fail(path, PrometheusParser::tr("unknown state \"%1\"").arg(text.left(40)));
    return PromAlert::State::Inactive;
}

PromAlert readAlert(Fields &f, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = f.object(value, path);
    PromAlert alert;
    alert.labels = f.labels(o, "labels", path);
    alert.annotations = f.labels(o, "annotations", path);
    alert.state = alertState(f, f.str(o, "state", path, true), path + QStringLiteral(".state"));
    alert.activeAt = f.time(o, "activeAt", path);
    alert.value = f.floatText(o, "value", path);
    return alert;
}

PromRule readRule(Fields &f, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = f.object(value, path);
    PromRule rule;
    const QString type = f.str(o, "type", path, true);
    if (type == QLatin1String("alerting"))
        rule.type = PromRule::Type::Alerting;
    else if (type == QLatin1String("recording"))
        rule.type = PromRule::Type::Recording;
    else if (f.ok())
        f.fail(path + QStringLiteral(".type"),
            PrometheusParser::tr("unknown rule type \"%1\"").arg(type.left(40)));
    rule.name = f.str(o, "name", path, true);
    rule.query = f.str(o, "query", path, true);
    rule.state = alertState(f, f.str(o, "state", path), path + QStringLiteral(".state"));
    rule.durationSec = f.num(o, "duration", path);
    const QString health = f.str(o, "health", path);
    rule.health = health == QLatin1String("ok") ? PromRule::Health::Ok
        : health == QLatin1String("err")        ? PromRule::Health::Err
                                                : PromRule::Health::Unknown;
    rule.lastError = f.str(o, "lastError", path);
    rule.labels = f.labels(o, "labels", path);
    rule.annotations = f.labels(o, "annotations", path);
    const QJsonArray alerts = f.array(o, "alerts", path);
    for (qsizetype i = 0; i < alerts.size() && f.ok(); ++i)
        rule.alerts.append(readAlert(f, alerts.at(i), path + QStringLiteral(".alerts[%1]").arg(i)));
    rule.evaluationTimeSec = f.num(o, "evaluationTime", path);
    rule.lastEvaluation = f.time(o, "lastEvaluation", path);
    return rule;
}

} // namespace

Result<QueryResult> PrometheusParser::parseQueryResponse(
    int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    if (auto error = precheck(httpStatus, contentType, body))
        return *error;
    PromQueryReader::Envelope envelope;
    QueryResult result;
    QString problem;
    const bool ok = PromQueryReader::read(body, &envelope, &result, &problem);
    // A well-formed error envelope wins even when something after it was broken.
    if (envelope.status == QLatin1String("error") && (ok || !envelope.error.isEmpty()))
        return envelopeError(httpStatus, envelope.status, envelope.errorType, envelope.error, body);
    if (!ok)
        return is2xx(httpStatus) ? parseError(httpStatus, problem) : httpError(httpStatus, body);
    if (envelope.status != QLatin1String("success"))
        return envelopeError(httpStatus, envelope.status, envelope.errorType, envelope.error, body);
    return result;
}

Result<PromTargets> PrometheusParser::parseTargetsResponse(
    int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    const auto data = dataObject(httpStatus, contentType, body);
    if (!data)
        return data.error();
    Fields f;
    PromTargets out;
    const QJsonArray active = f.array(data.value(), "activeTargets", QStringLiteral("data"), true);
    for (qsizetype i = 0; i < active.size() && f.ok(); ++i) {
        const QString path = QStringLiteral("data.activeTargets[%1]").arg(i);
        const QJsonObject o = f.object(active.at(i), path);
        PromTarget t;
        t.scrapePool = f.str(o, "scrapePool", path, true);
        t.scrapeUrl = f.str(o, "scrapeUrl", path, true);
        t.globalUrl = f.str(o, "globalUrl", path);
        t.labels = f.labels(o, "labels", path);
        t.discoveredLabels = f.labels(o, "discoveredLabels", path);
        const QString health = f.str(o, "health", path, true);
        t.health = health == QLatin1String("up") ? PromTarget::Health::Up
            : health == QLatin1String("down")    ? PromTarget::Health::Down
                                                 : PromTarget::Health::Unknown;
        t.lastError = f.str(o, "lastError", path);
        t.lastScrape = f.time(o, "lastScrape", path);
        t.lastScrapeDurationSec = f.num(o, "lastScrapeDuration", path);
        t.scrapeInterval = f.str(o, "scrapeInterval", path);
        t.scrapeIntervalSec = durationSec(t.scrapeInterval);
        t.scrapeTimeout = f.str(o, "scrapeTimeout", path);
        t.scrapeTimeoutSec = durationSec(t.scrapeTimeout);
        out.active.append(t);
    }
    const QJsonArray dropped = f.array(data.value(), "droppedTargets", QStringLiteral("data"));
    for (qsizetype i = 0; i < dropped.size() && f.ok(); ++i) {
        const QString path = QStringLiteral("data.droppedTargets[%1]").arg(i);
        out.dropped.append(f.labels(f.object(dropped.at(i), path), "discoveredLabels", path));
    }
    if (!f.ok())
        return parseError(httpStatus, f.error());
    return out;
}

Result<QList<PromRuleGroup>> PrometheusParser::parseRulesResponse(
    int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    const auto data = dataObject(httpStatus, contentType, body);
    if (!data)
        return data.error();
    Fields f;
    QList<PromRuleGroup> out;
    const QJsonArray groups = f.array(data.value(), "groups", QStringLiteral("data"), true);
    for (qsizetype i = 0; i < groups.size() && f.ok(); ++i) {
        const QString path = QStringLiteral("data.groups[%1]").arg(i);
        const QJsonObject o = f.object(groups.at(i), path);
        PromRuleGroup group;
        group.name = f.str(o, "name", path, true);
        group.file = f.str(o, "file", path);
        group.intervalSec = f.num(o, "interval", path);
        group.evaluationTimeSec = f.num(o, "evaluationTime", path);
        group.lastEvaluation = f.time(o, "lastEvaluation", path);
        const QJsonArray rules = f.array(o, "rules", path, true);
        for (qsizetype j = 0; j < rules.size() && f.ok(); ++j)
            group.rules.append(readRule(f, rules.at(j), path + QStringLiteral(".rules[%1]").arg(j)));
        out.append(group);
    }
    if (!f.ok())
        return parseError(httpStatus, f.error());
    return out;
}

Result<QList<PromAlert>> PrometheusParser::parseAlertsResponse(
    int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    const auto data = dataObject(httpStatus, contentType, body);
    if (!data)
        return data.error();
    Fields f;
    QList<PromAlert> out;
    const QJsonArray alerts = f.array(data.value(), "alerts", QStringLiteral("data"), true);
    for (qsizetype i = 0; i < alerts.size() && f.ok(); ++i)
        out.append(readAlert(f, alerts.at(i), QStringLiteral("data.alerts[%1]").arg(i)));
    if (!f.ok())
        return parseError(httpStatus, f.error());
    return out;
}

Result<PromBuildInfo> PrometheusParser::parseBuildInfoResponse(
    int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    const auto data = dataObject(httpStatus, contentType, body);
    if (!data)
        return data.error();
    Fields f;
    const QString path = QStringLiteral("data");
    PromBuildInfo info;
    info.version = f.str(data.value(), "version", path, true);
    info.revision = f.str(data.value(), "revision", path);
    info.branch = f.str(data.value(), "branch", path);
    info.buildUser = f.str(data.value(), "buildUser", path);
    info.buildDate = f.str(data.value(), "buildDate", path);
    info.goVersion = f.str(data.value(), "goVersion", path);
    if (!f.ok())
        return parseError(httpStatus, f.error());
    return info;
}

Result<QStringList> PrometheusParser::parseLabelValuesResponse(
    int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    const auto data = dataValue(httpStatus, contentType, body);
    if (!data)
        return data.error();
    const QJsonValue &values = data.value();
    // Prometheus writes [] when nothing matches; a null from an older server means the same.
    if (values.isNull())
        return QStringList();
    if (!values.isArray())
        return parseError(httpStatus,
            values.isUndefined() ? PrometheusParser::tr("data: missing")
                                 : PrometheusParser::tr("data: expected an array of label values"));
    const QJsonArray array = values.toArray();
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return parseError(httpStatus, PrometheusParser::tr("data[%1]: expected a string").arg(i));
        out << array.at(i).toString();
    }
    return out;
}

Result<bool> PrometheusParser::parseReadyResponse(int httpStatus, const QByteArray &, const QByteArray &body)
{
    if (httpStatus == 200)
        return true;
    if (httpStatus == 503)
        return false;
    return httpError(httpStatus, body);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheusclient.h"

#include "prometheusparser.h"
#include "querystep.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <utility>

namespace pivori {

namespace {

template <typename T> Result<T> withUrl(Result<T> result, const QUrl &url)
{
    if (result.ok() || !result.error().url.isEmpty())
        return result;
    Error error = result.error();
    error.url = url.toDisplayString(QUrl::RemoveQuery);
    return error;
}

} // namespace

PrometheusClient::PrometheusClient(HttpTransport *transport, Endpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(std::move(endpoint))
{
}

PrometheusClient::~PrometheusClient()
{
    cancelAll();
}

quint64 PrometheusClient::registerRequest(QObject *context, const QString &slot)
{
    if (!slot.isEmpty()) {
        const auto older = m_slots.constFind(slot);
        if (older != m_slots.constEnd())
            cancel(*older);
    }
    const quint64 id = ++m_nextId;
    Pending pending;
    pending.slot = slot;
    if (context && context != this) {
        pending.context = context;
        pending.guarded = true;
        pending.contextWatch = connect(context, &QObject::destroyed, this, [this, id] { cancel(id); });
    }
    m_pending.insert(id, pending);
    if (!slot.isEmpty())
        m_slots.insert(slot, id);
    return id;
}

void PrometheusClient::cancel(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    if (!pending.slot.isEmpty() && m_slots.value(pending.slot) == id)
        m_slots.remove(pending.slot);
    disconnect(pending.contextWatch);
    // Entry removed first: abort() reports synchronously, and that answer must find nothing.
    pending.call.abort();
}

void PrometheusClient::cancelAll()
{
    const auto ids = m_pending.keys();
    for (quint64 id : ids)
        cancel(id);
}

template <typename T>
void PrometheusClient::finish(quint64 id, const Callback<T> &done, const Result<T> &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled or superseded while in flight or being parsed
    const Pending pending = *it;
    m_pending.erase(it);
    if (!pending.slot.isEmpty() && m_slots.value(pending.slot) == id)
        m_slots.remove(pending.slot);
    disconnect(pending.contextWatch);
    if (pending.guarded && !pending.context)
        return;
    if (done)
        done(result);
}

template <typename T>
quint64 PrometheusClient::start(const HttpRequest &request, QObject *context, Callback<T> done,
    const QString &slot, Parser<T> parse, const std::optional<Error> &rejected)
{
    const quint64 id = registerRequest(context, slot);
    if (rejected) {
        // Delivered from the event loop like every other answer, so callers see one behaviour.
        QTimer::singleShot(
            0, this, [this, id, done, error = *rejected] { finish<T>(id, done, Result<T>(error)); });
        return id;
    }
    const HttpCall call
        = m_transport->send(request, this, [this, id, done, parse](const HttpResponse &response) {
              if (!m_pending.contains(id))
                  return;
              if (response.transportError) {
                  finish<T>(id, done, Result<T>(*response.transportError));
                  return;
              }
              if (response.body.size() <= kBackgroundParseBytes) {
                  finish<T>(id, done,
                      withUrl(parse(response.status, response.contentType, response.body), response.url));
                  return;
              }
              // A range answer can be tens of MB: parse it off the GUI thread. The result is posted
              // to the application object, which outlives the pool's tasks (QCoreApplication waits
              // for the global pool), and the QPointer is only read back in this thread.
              QPointer<PrometheusClient> self(this);
              QThreadPool::globalInstance()->start([self, id, done, parse, response] {
                  Result<T> result
                      = withUrl(parse(response.status, response.contentType, response.body), response.url);
                  QCoreApplication *app = QCoreApplication::instance();
                  if (!app)
                      return;
                  QMetaObject::invokeMethod(
                      app,
                      [self, id, done, result] {
                          if (self)
                              self->finish<T>(id, done, result);
                      },
                      Qt::QueuedConnection);
              });
          });
    const auto it = m_pending.find(id);
    if (it != m_pending.end())
        it->call = call;
    return id;
}

HttpRequest PrometheusClient::makeRequest(const QString &path, const QueryParams &params) const
{
    HttpRequest request;
    request.endpoint = m_endpoint;
    request.path = path;
    request.params = params;
    if (path == QLatin1String("/api/v1/query") || path == QLatin1String("/api/v1/query_range"))
        request.params.append(m_endpoint.backend.queryParams());
    const qsizetype urlBytes = m_endpoint.resolve(path).toEncoded().size() + 1
        + HttpTransport::encodeParams(request.params).size();
    if (urlBytes > kMaxGetUrlBytes) {
        request.method = "POST";
        request.formBody = true;
    }
    return request;
}

Error PrometheusClient::configError(const QString &path, const QString &message) const
{
    Error error;
    error.kind = Error::Kind::Config;
    error.message = message;
    error.url = m_endpoint.resolve(path).toDisplayString();
    return error;
}

quint64 PrometheusClient::query(const QString &expr, std::optional<QDateTime> time, QObject *context,
    QueryCallback done, const QString &slot)
{
    const QString path = QStringLiteral("/api/v1/query");
    QueryParams params { { QStringLiteral("query"), expr } };
    std::optional<Error> rejected;
    if (expr.trimmed().isEmpty())
        rejected = configError(path, tr("the query expression is empty"));
    else if (time && !time->isValid())
        rejected = configError(path, tr("the evaluation time is not a valid time"));
    else if (time)
        params.append({ QStringLiteral("time"), msToSecondsText(time->toMSecsSinceEpoch()) });
    return start<QueryResult>(makeRequest(path, params), context, std::move(done), slot,
        &PrometheusParser::parseQueryResponse, rejected);
}

quint64 PrometheusClient::queryRange(const QString &expr, const QDateTime &startTime,
    const QDateTime &endTime, qint64 stepMs, QObject *context, QueryCallback done, const QString &slot)
{
    const QString path = QStringLiteral("/api/v1/query_range");
    std::optional<Error> rejected;
    QueryParams params;
    if (expr.trimmed().isEmpty()) {
        rejected = configError(path, tr("the query expression is empty"));
    } else if (!startTime.isValid() || !endTime.isValid()) {
        rejected = configError(path, tr("the start and end of a range query must be valid times"));
    } else {
        const qint64 startMs = startTime.toMSecsSinceEpoch();
        const qint64 endMs = endTime.toMSecsSinceEpoch();
        if (endMs < startMs) {
            rejected = configError(path,
                tr("the end of the range (%1) is before its start (%2)")
                    .arg(endTime.toString(Qt::ISODateWithMs), startTime.toString(Qt::ISODateWithMs)));
        } else if (stepMs <= 0) {
            rejected = configError(path, tr("the step must be positive, not %1 ms").arg(stepMs));
        } else if ((endMs - startMs) / stepMs > kMaxPointsPerSeries) {
            // Same integer division as Prometheus, so we refuse exactly what it would refuse.
            const qint64 minStep = (endMs - startMs) / kMaxPointsPerSeries + 1;
            rejected = configError(path,
                tr("a step of %1 s gives %2 points per series, more than Prometheus's "
                   "limit of %3; use a step of at least %4 s")
                    .arg(msToSecondsText(stepMs))
                    .arg((endMs - startMs) / stepMs)
                    .arg(kMaxPointsPerSeries)
                    .arg(msToSecondsText(minStep)));
        } else {
            params
                = { { QStringLiteral("query"), expr }, { QStringLiteral("start"), msToSecondsText(startMs) },
                      { QStringLiteral("end"), msToSecondsText(endMs) },
                      { QStringLiteral("step"), msToSecondsText(stepMs) } };
        }
    }
    return start<QueryResult>(makeRequest(path, params), context, std::move(done), slot,
        &PrometheusParser::parseQueryResponse, rejected);
}

quint64 PrometheusClient::targets(QObject *context, Callback<PromTargets> done, const QString &slot)
{
    return start<PromTargets>(makeRequest(QStringLiteral("/api/v1/targets"), {}), context, std::move(done),
        slot, &PrometheusParser::parseTargetsResponse);
}

quint64 PrometheusClient::rules(QObject *context, Callback<QList<PromRuleGroup>> done, const QString &slot)
{
    return start<QList<PromRuleGroup>>(makeRequest(QStringLiteral("/api/v1/rules"), {}), context,
        std::move(done), slot, &PrometheusParser::parseRulesResponse);
}

quint64 PrometheusClient::alerts(QObject *context, Callback<QList<PromAlert>> done, const QString &slot)
{
    return start<QList<PromAlert>>(makeRequest(QStringLiteral("/api/v1/alerts"), {}), context,
        std::move(done), slot, &PrometheusParser::parseAlertsResponse);
}

quint64 PrometheusClient::buildInfo(QObject *context, Callback<PromBuildInfo> done, const QString &slot)
{
    return start<PromBuildInfo>(makeRequest(QStringLiteral("/api/v1/status/buildinfo"), {}), context,
        std::move(done), slot, &PrometheusParser::parseBuildInfoResponse);
}

quint64 PrometheusClient::labelValues(const QString &label, const QStringList &matchSelectors,
    const QDateTime &startTime, const QDateTime &endTime, QObject *context, Callback<QStringList> done,
    const QString &slot)
{
    // The name becomes part of the URL path, so only a real label name may get there.
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    const bool nameOk = labelName.match(label).hasMatch();
    const QString path = QStringLiteral("/api/v1/label/%1/values").arg(nameOk ? label : QStringLiteral("_"));
    std::optional<Error> rejected;
    QueryParams params;
    if (!nameOk) {
        rejected = configError(path, tr("\"%1\" is not a label name").arg(label.left(80)));
    } else if (startTime.isValid() && endTime.isValid() && endTime < startTime) {
        rejected = configError(path,
            tr("the end of the range (%1) is before its start (%2)")
                .arg(endTime.toString(Qt::ISODateWithMs), startTime.toString(Qt::ISODateWithMs)));
    } else {
        for (const QString &selector : matchSelectors) {
            if (!selector.trimmed().isEmpty())
                params.append({ QStringLiteral("match[]"), selector });
        }
        if (startTime.isValid())
            params.append({ QStringLiteral("start"), msToSecondsText(startTime.toMSecsSinceEpoch()) });
        if (endTime.isValid())
            params.append({ QStringLiteral("end"), msToSecondsText(endTime.toMSecsSinceEpoch()) });
    }
    return start<QStringList>(makeRequest(path, params), context, std::move(done), slot,
        &PrometheusParser::parseLabelValuesResponse, rejected);
}

quint64 PrometheusClient::ready(QObject *context, Callback<bool> done, const QString &slot)
{
    return start<bool>(makeRequest(QStringLiteral("/-/ready"), {}), context, std::move(done), slot,
        &PrometheusParser::parseReadyResponse);
}

} // namespace pivori

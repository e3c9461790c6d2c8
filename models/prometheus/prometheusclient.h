// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "httptransport.h"
#include "promtypes.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pivori {

/// Asynchronous client for one Prometheus server's HTTP API v1.
///
/// Design: every call returns a request id and delivers its answer once, later, through a
/// callback run in the client's (GUI) thread, never from inside the call itself. The
/// callback is guarded by `context` (like QObject::connect): if `context` is destroyed
/// first, the request is aborted and the callback never runs. Pass nullptr to tie it to
/// the client only. Also never called back: requests ended by cancel()/cancelAll(), and
/// requests superseded through a slot, so a stale answer can never reach a panel.
///
/// `slot` (e.g. a panel id): a new request with the same non-empty slot aborts the older one.
/// Queries go by GET, or by POST with a form body when the URL would exceed kMaxGetUrlBytes.
/// Answers larger than kBackgroundParseBytes are parsed on QThreadPool::globalInstance().
/// Arguments are checked before sending (end >= start, step > 0, at most 11,000 points):
/// a bad one is delivered as Error::Kind::Config and nothing is sent.
class PrometheusClient final : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;
    using QueryCallback = Callback<QueryResult>;

    static constexpr qsizetype kMaxGetUrlBytes = 4000;
    static constexpr qsizetype kBackgroundParseBytes = 256 * 1024;

    /// `transport` must outlive the client.
    PrometheusClient(HttpTransport *transport, Endpoint endpoint, QObject *parent = nullptr);
    ~PrometheusClient() override;

    const Endpoint &endpoint() const { return m_endpoint; }

    /// /api/v1/query at `time` (server's now when empty).
    quint64 query(const QString &expr, std::optional<QDateTime> time, QObject *context, QueryCallback done,
        const QString &slot = {});
    /// /api/v1/query_range; times are sent with millisecond precision, the step in seconds.
    quint64 queryRange(const QString &expr, const QDateTime &start, const QDateTime &end, qint64 stepMs,
        QObject *context, QueryCallback done, const QString &slot = {});
    /// /api/v1/targets (active and dropped).
    quint64 targets(QObject *context, Callback<PromTargets> done, const QString &slot = {});
    /// /api/v1/rules (alerting and recording).
    quint64 rules(QObject *context, Callback<QList<PromRuleGroup>> done, const QString &slot = {});
    /// /api/v1/alerts (pending and firing).
    quint64 alerts(QObject *context, Callback<QList<PromAlert>> done, const QString &slot = {});
    /// /api/v1/status/buildinfo
    quint64 buildInfo(QObject *context, Callback<PromBuildInfo> done, const QString &slot = {});
    /// /api/v1/label/<label>/values: the values `label` takes, restricted to the series matched
    /// by any of `matchSelectors` (sent as repeated match[]) and to [start, end] when those are
    /// valid. A label name outside [a-zA-Z_][a-zA-Z0-9_]* is refused before sending.
    quint64 labelValues(const QString &label, const QStringList &matchSelectors, const QDateTime &start,
        const QDateTime &end, QObject *context, Callback<QStringList> done, const QString &slot = {});
    /// /-/ready: true when ready, false while Prometheus still loads (503); other answers are errors.
    quint64 ready(QObject *context, Callback<bool> done, const QString &slot = {});

    /// Aborts a request; its callback is not called. Unknown or finished ids are ignored.
    void cancel(quint64 id);
    void cancelAll();
    /// Requests sent or being parsed whose callback has not run yet.
    qsizetype pendingCount() const { return m_pending.size(); }

private:
    struct Pending
    {
        HttpCall call;
        QString slot;
        QPointer<QObject> context;
        bool guarded = false; ///< a caller's context was given; deliver only while it lives
        QMetaObject::Connection contextWatch;
    };

    template <typename T> using Parser = Result<T> (*)(int, const QByteArray &, const QByteArray &);

    quint64 registerRequest(QObject *context, const QString &slot);
    HttpRequest makeRequest(const QString &path, const QueryParams &params) const;
    template <typename T>
    quint64 start(const HttpRequest &request, QObject *context, Callback<T> done, const QString &slot,
        Parser<T> parse, const std::optional<Error> &rejected = std::nullopt);
    template <typename T> void finish(quint64 id, const Callback<T> &done, const Result<T> &result);
    Error configError(const QString &path, const QString &message) const;

    HttpTransport *m_transport;
    Endpoint m_endpoint;
    quint64 m_nextId = 0;
    QHash<quint64, Pending> m_pending;
    QHash<QString, quint64> m_slots;
};

} // namespace pivori

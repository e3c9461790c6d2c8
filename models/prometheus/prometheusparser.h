// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promtypes.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pivori {

/// Turns Prometheus HTTP API v1 answers into value types. Pure and thread-safe: no
/// network, no shared state, so big answers can be parsed on a worker thread.
///
/// Every function takes the HTTP status, Content-Type and body as they arrived and
/// returns either the value or an Error:
/// - Kind::Server for the `{"status":"error",...}` envelope (type = errorType,
///   message = Prometheus's own text);
/// - Kind::Http for non-2xx answers that are not that envelope (plain 503 while the
///   TSDB loads, a proxy's HTML page), with a sanitised first line of the body;
/// - Kind::Parse when the JSON is broken or not shaped as the API promises; the message
///   names the place, e.g. `data.result[3].values[17]: value "abc" is not a number`.
class PrometheusParser final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::PrometheusParser)
public:
    PrometheusParser() = delete;

    /// /api/v1/query and /api/v1/query_range. A hand-written scanner (not QJsonDocument),
    /// fast enough for 11,000-point matrices. Native-histogram samples are skipped with a
    /// warning in QueryResult::warnings.
    static Result<QueryResult> parseQueryResponse(
        int httpStatus, const QByteArray &contentType, const QByteArray &body);
    /// /api/v1/targets
    static Result<PromTargets> parseTargetsResponse(
        int httpStatus, const QByteArray &contentType, const QByteArray &body);
    /// /api/v1/rules
    static Result<QList<PromRuleGroup>> parseRulesResponse(
        int httpStatus, const QByteArray &contentType, const QByteArray &body);
    /// /api/v1/alerts
    static Result<QList<PromAlert>> parseAlertsResponse(
        int httpStatus, const QByteArray &contentType, const QByteArray &body);
    /// /api/v1/status/buildinfo
    static Result<PromBuildInfo> parseBuildInfoResponse(
        int httpStatus, const QByteArray &contentType, const QByteArray &body);
    /// /api/v1/label/<name>/values: the values in server order (sorted by Prometheus).
    static Result<QStringList> parseLabelValuesResponse(
        int httpStatus, const QByteArray &contentType, const QByteArray &body);
    /// /-/ready: 200 → true, 503 → false (still loading); anything else is an Error::Http.
    static Result<bool> parseReadyResponse(
        int httpStatus, const QByteArray &contentType, const QByteArray &body);
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
// The Prometheus HTTP API parsers, above all the hand-written JSON scanner behind
// /api/v1/query and /api/v1/query_range (JsonScanner, PromQueryReader). The first byte picks
// the endpoint and the HTTP status; the rest is the body as the server would send it.
#include "fuzzcheck.h"
#include "prometheusparser.h"

#include <array>

using namespace pivori;

namespace {

template <typename T> void checkAnswer(const Result<T> &result, const char *endpoint)
{
    // A failure always carries words for the user: an empty message would be a blank banner.
    if (!result.ok())
        fuzz::check(!result.error().message.isEmpty(), endpoint, QStringLiteral("error without a message"));
}

void checkQuery(const Result<QueryResult> &result)
{
    checkAnswer(result, "query");
    if (!result.ok())
        return;
    const QueryResult &r = result.value();
    // The shape the panels rely on: a scalar is one series without labels, a string none.
    if (r.type == QueryResult::Scalar)
        fuzz::check(r.series.size() == 1 && r.series.first().labels.isEmpty(), "scalar shape");
    if (r.type == QueryResult::String)
        fuzz::check(r.series.isEmpty(), "string shape");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint8_t selector = 0;
    QByteArray body;
    if (!fuzz::splitSelector(data, size, &selector, &body))
        return 0;
    // Mostly 200, but also the statuses Prometheus answers errors with, and a proxy's 502.
    static constexpr std::array<int, 8> statuses { 200, 200, 200, 200, 400, 422, 503, 502 };
    const int status = statuses[(selector >> 4) % statuses.size()];
    const QByteArray contentType
        = (selector & 0x08) ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json");
    switch (selector & 0x07) {
    case 0:
    case 1:
        checkQuery(PrometheusParser::parseQueryResponse(status, contentType, body));
        break;
    case 2:
        checkAnswer(PrometheusParser::parseTargetsResponse(status, contentType, body), "targets");
        break;
    case 3:
        checkAnswer(PrometheusParser::parseRulesResponse(status, contentType, body), "rules");
        break;
    case 4:
        checkAnswer(PrometheusParser::parseAlertsResponse(status, contentType, body), "alerts");
        break;
    case 5:
        checkAnswer(PrometheusParser::parseBuildInfoResponse(status, contentType, body), "buildinfo");
        break;
    case 6:
        checkAnswer(PrometheusParser::parseLabelValuesResponse(status, contentType, body), "label values");
        break;
    default:
        checkAnswer(PrometheusParser::parseReadyResponse(status, contentType, body), "ready");
        break;
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Parse time and throughput of a query_range answer of 45 series x 11,000 points, the
// largest answer a dashboard panel can get (Prometheus caps a series at 11,000 points).
#include "benchutil.h"
#include "prometheusparser.h"
#include "syntheticprometheusanswer.h"

#include <QCoreApplication>

using namespace pivori;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray body = syntheticMatrixAnswer(45, 11000);
    const QByteArray contentType = "application/json";
    qsizetype points = 0;
    const bench::Stats stats = bench::measure(20, [&] {
        auto result = PrometheusParser::parseQueryResponse(200, contentType, body);
        points = 0;
        for (const Series &s : result.value().series)
            points += s.points.size();
    });
    const double megabytes = body.size() / 1e6;
    bench::report("answer size", QStringLiteral("%1 MB, %2 points").arg(megabytes, 0, 'f', 1).arg(points));
    bench::report("parse time (median of 20)",
        QStringLiteral("%1 ms (min %2, max %3)")
            .arg(stats.medianMs, 0, 'f', 1)
            .arg(stats.minMs, 0, 'f', 1)
            .arg(stats.maxMs, 0, 'f', 1));
    bench::report(
        "throughput", QStringLiteral("%1 MB/s").arg(megabytes / (stats.medianMs / 1000.0), 0, 'f', 0));
    return points == 45 * 11000 ? 0 : 1;
}

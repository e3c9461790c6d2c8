// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticprometheusanswer.h"

#include <QLocale>

#include <cmath>

namespace pivori {

QByteArray syntheticMatrixAnswer(int seriesCount, int pointCount, qint64 startMs, qint64 stepMs)
{
    QByteArray out;
    out.reserve(qsizetype(seriesCount) * (qsizetype(pointCount) * 30 + 160) + 80);
    out += R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int i = 0; i < seriesCount; ++i) {
        if (i > 0)
            out += ',';
        out += R"({"metric":{"__name__":"pivori_http_request_duration_seconds","instance":"svc-)";
        out += QByteArray::number(i);
        out += R"(:8080","job":"pivori","quantile":"0.99"},"values":[)";
        for (int j = 0; j < pointCount; ++j) {
            if (j > 0)
                out += ',';
            // Written the way Go's jsonutil does: integer seconds, then exactly three ms digits.
            const qint64 ms = startMs + qint64(j) * stepMs;
            out += '[';
            out += QByteArray::number(ms / 1000);
            if (ms % 1000 != 0) {
                out += '.';
                out += QByteArray::number(ms % 1000).rightJustified(3, '0');
            }
            out += ",\"";
            const double v = 0.05 + 0.013 * i + 0.0007 * ((j * 7919) % 1013) + std::sin(j * 0.01) * 0.02;
            out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
            out += "\"]";
        }
        out += "]}";
    }
    out += "]}}";
    return out;
}

} // namespace pivori

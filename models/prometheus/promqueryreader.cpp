// SPDX-License-Identifier: GPL-3.0-or-later
#include "promqueryreader.h"

#include "jsonscanner.h"

#include <string>
#include <string_view>

namespace pivori {

namespace {

bool fail(QString *problem, const QString &message)
{
    *problem = message;
    return false;
}

struct RawSeries
{
    LabelSet labels;
    QList<Sample> points;
    bool hasValue = false;
    bool hasValues = false;
    bool hasHistogram = false;
};

struct QueryParse
{
    QString status, errorType, error;
    QStringList warnings;
    bool hasData = false, hasResultType = false, hasResult = false;
    QString resultType;
    bool resultIsPair = false; // scalar and string results are a bare [time, "text"]
    double pairTime = 0;
    QString pairText;
    QList<RawSeries> series;
};

bool parseLabels(JsonScanner &s, LabelSet *out)
{
    if (s.null())
        return true;
    if (!s.expect('{', "'{'"))
        return false;
    if (s.eat('}'))
        return true;
    do {
        QString name, value;
        if (!s.string(&name) || !s.expect(':', "':'"))
            return false;
        if (!s.string(&value))
            return s.at(QLatin1Char('.') + name);
        out->insert(name, value);
    } while (s.eat(','));
    return s.expect('}', "',' or '}'");
}

bool parsePoint(JsonScanner &s, Sample *out)
{
    return s.expect('[', "'[' (a [time, value] pair)") && s.number(&out->t) && s.expect(',', "','")
        && s.sampleValue(&out->v) && s.expect(']', "']' (a pair has two elements)");
}

bool parsePoints(JsonScanner &s, QList<Sample> *out)
{
    if (!s.expect('[', "'[' (the values array)"))
        return s.at(QStringLiteral(".values"));
    if (s.eat(']'))
        return true;
    qsizetype j = 0;
    do {
        Sample sample;
        if (!parsePoint(s, &sample))
            return s.at(QStringLiteral(".values[%1]").arg(j));
        out->append(sample);
        ++j;
    } while (s.eat(','));
    return s.expect(']', "',' or ']'") || s.at(QStringLiteral(".values"));
}

bool parseSeries(JsonScanner &s, RawSeries *out)
{
    if (!s.expect('{', "'{' (a series object)"))
        return false;
    if (s.eat('}'))
        return true;
    std::string storage;
    do {
        std::string_view key;
        if (!s.key(&key, &storage))
            return false;
        if (key == "metric") {
            if (!parseLabels(s, &out->labels))
                return s.at(QStringLiteral(".metric"));
        } else if (key == "value") {
            Sample sample;
            if (!parsePoint(s, &sample))
                return s.at(QStringLiteral(".value"));
            out->points.append(sample);
            out->hasValue = true;
        } else if (key == "values") {
            if (!parsePoints(s, &out->points))
                return false;
            out->hasValues = true;
        } else if (key == "histogram" || key == "histograms") {
            if (!s.skipValue(4))
                return s.at(QLatin1Char('.') + QString::fromUtf8(key.data(), qsizetype(key.size())));
            out->hasHistogram = true;
        } else if (!s.skipValue(4)) {
            return false;
        }
    } while (s.eat(','));
    return s.expect('}', "',' or '}'");
}

bool parseResult(JsonScanner &s, QueryParse *q)
{
    if (!s.expect('[', "'[' (the result array)"))
        return false;
    if (s.eat(']'))
        return true;
    if (s.peek() != '{') {
        q->resultIsPair = true;
        if (!s.number(&q->pairTime))
            return s.at(QStringLiteral("[0]"));
        if (!s.expect(',', "','") || !s.string(&q->pairText))
            return s.at(QStringLiteral("[1]"));
        return s.expect(']', "']' (a pair has two elements)");
    }
    qsizetype i = 0;
    do {
        RawSeries series;
        if (!parseSeries(s, &series))
            return s.at(QStringLiteral("[%1]").arg(i));
        q->series.append(std::move(series));
        ++i;
    } while (s.eat(','));
    return s.expect(']', "',' or ']'");
}

bool parseData(JsonScanner &s, QueryParse *q)
{
    if (s.null())
        return true;
    if (!s.expect('{', "'{' (the data object)"))
        return false;
    if (s.eat('}'))
        return true;
    std::string storage;
    do {
        std::string_view key;
        if (!s.key(&key, &storage))
            return false;
        if (key == "resultType") {
            if (!s.string(&q->resultType))
                return s.at(QStringLiteral(".resultType"));
            q->hasResultType = true;
        } else if (key == "result") {
            if (!parseResult(s, q))
                return s.at(QStringLiteral(".result"));
            q->hasResult = true;
        } else if (!s.skipValue(2)) {
            return false;
        }
    } while (s.eat(','));
    return s.expect('}', "',' or '}'");
}

bool parseStrings(JsonScanner &s, QStringList *out)
{
    if (s.null())
        return true;
    if (!s.expect('[', "'['"))
        return false;
    if (s.eat(']'))
        return true;
    do {
        QString text;
        if (!s.string(&text))
            return s.at(QStringLiteral("[%1]").arg(out->size()));
        out->append(text);
    } while (s.eat(','));
    return s.expect(']', "',' or ']'");
}

bool parseEnvelope(JsonScanner &s, QueryParse *q)
{
    if (!s.expect('{', "'{'"))
        return false;
    if (!s.eat('}')) {
        std::string storage;
        do {
            std::string_view key;
            if (!s.key(&key, &storage))
                return false;
            bool ok = true;
            if (key == "status") {
                ok = s.string(&q->status) || s.at(QStringLiteral("status"));
            } else if (key == "data") {
                q->hasData = true;
                ok = parseData(s, q) || s.at(QStringLiteral("data"));
            } else if (key == "errorType") {
                ok = s.string(&q->errorType) || s.at(QStringLiteral("errorType"));
            } else if (key == "error") {
                ok = s.string(&q->error) || s.at(QStringLiteral("error"));
            } else if (key == "warnings") {
                ok = parseStrings(s, &q->warnings) || s.at(QStringLiteral("warnings"));
            } else {
                ok = s.skipValue(1);
            }
            if (!ok)
                return false;
        } while (s.eat(','));
        if (!s.expect('}', "',' or '}'"))
            return false;
    }
    return s.atEnd() || s.syntax("the end of the answer");
}

bool buildQueryResult(QueryParse &q, QueryResult &out, QString *problem)
{
    if (!q.hasData || !q.hasResultType)
        return fail(problem, PromQueryReader::tr("data.resultType: missing"));
    if (!q.hasResult)
        return fail(problem, PromQueryReader::tr("data.result: missing"));
    out.warnings = std::move(q.warnings);
    const QString &type = q.resultType;
    if (type == QLatin1String("vector") || type == QLatin1String("matrix")) {
        const bool vector = type == QLatin1String("vector");
        out.type = vector ? QueryResult::Vector : QueryResult::Matrix;
        if (q.resultIsPair)
            return fail(problem,
                PromQueryReader::tr("data.result: expected an array of series, got a "
                                    "[time, value] pair"));
        out.series.reserve(q.series.size());
        int histogramSeries = 0;
        for (qsizetype i = 0; i < q.series.size(); ++i) {
            RawSeries &raw = q.series[i];
            const bool hasFloats = vector ? raw.hasValue : raw.hasValues;
            const bool hasWrong = vector ? raw.hasValues : raw.hasValue;
            if (raw.hasHistogram)
                ++histogramSeries;
            if (hasWrong || (!hasFloats && !raw.hasHistogram)) {
                const char *field = vector ? "value" : "values";
                return fail(problem,
                    PromQueryReader::tr("data.result[%1]: a %2 series needs \"%3\"")
                        .arg(i)
                        .arg(type, QLatin1String(field)));
            }
            if (hasFloats)
                out.series.append(Series { std::move(raw.labels), std::move(raw.points) });
        }
        if (histogramSeries > 0)
            out.warnings.append(PromQueryReader::tr(
                "%n series hold native-histogram samples, which are not shown", nullptr, histogramSeries));
        return true;
    }
    if (type == QLatin1String("scalar") || type == QLatin1String("string")) {
        if (!q.resultIsPair)
            return fail(problem,
                PromQueryReader::tr("data.result: a %1 result must be a [time, value] pair").arg(type));
        if (type == QLatin1String("string")) {
            out.type = QueryResult::String;
            out.stringValue = q.pairText;
            out.stringTime = q.pairTime;
            return true;
        }
        out.type = QueryResult::Scalar;
        Sample sample { q.pairTime, 0 };
        const QByteArray text = q.pairText.toUtf8();
        if (!JsonScanner::parseFloatText(
                std::string_view(text.constData(), std::size_t(text.size())), &sample.v))
            return fail(problem,
                PromQueryReader::tr("data.result[1]: value \"%1\" is not a number").arg(q.pairText.left(40)));
        out.series.append(Series { {}, { sample } });
        return true;
    }
    return fail(
        problem, PromQueryReader::tr("data.resultType: unknown result type \"%1\"").arg(type.left(40)));
}

} // namespace

bool PromQueryReader::read(const QByteArray &body, Envelope *envelope, QueryResult *result, QString *problem)
{
    JsonScanner scanner(body.constData(), body.constData() + body.size());
    QueryParse q;
    const bool scanned = parseEnvelope(scanner, &q);
    envelope->status = q.status;
    envelope->errorType = q.errorType;
    envelope->error = q.error;
    if (!scanned)
        return fail(problem, scanner.message());
    if (q.status != QLatin1String("success"))
        return true;
    return buildQueryResult(q, *result, problem);
}

} // namespace pivori

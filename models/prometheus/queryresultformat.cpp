// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryresultformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class QueryResultFormat final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::QueryResultFormat)
};

QJsonValue jsonValue(double v)
{
    if (std::isnan(v))
        return QJsonValue(QJsonValue::Null);
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return v;
}

QJsonArray jsonPoint(const Sample &sample)
{
    return QJsonArray { sample.t, jsonValue(sample.v) };
}

QJsonObject jsonMetric(const LabelSet &labels)
{
    QJsonObject metric;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        metric.insert(it.key(), it.value());
    return metric;
}

QString typeName(QueryResult::ResultType type)
{
    switch (type) {
    case QueryResult::Vector:
        return QStringLiteral("vector");
    case QueryResult::Matrix:
        return QStringLiteral("matrix");
    case QueryResult::Scalar:
        return QStringLiteral("scalar");
    case QueryResult::String:
        return QStringLiteral("string");
    }
    return {};
}

QString formatTime(double t)
{
    return QDateTime::fromMSecsSinceEpoch(std::llround(t * 1000.0), Qt::UTC).toString(Qt::ISODateWithMs);
}

QString escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QString formatSampleValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString formatLabelSet(const LabelSet &labels)
{
    QString name = labels.value(QStringLiteral("__name__"));
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != QLatin1String("__name__"))
            parts << it.key() + QStringLiteral("=\"") + escapeLabelValue(it.value()) + QLatin1Char('"');
    }
    if (parts.isEmpty())
        return name.isEmpty() ? QStringLiteral("{}") : name;
    return name + QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QByteArray queryResultToJson(const QueryResult &result)
{
    QJsonObject root;
    root[QLatin1String("resultType")] = typeName(result.type);
    switch (result.type) {
    case QueryResult::Vector:
    case QueryResult::Matrix: {
        QJsonArray series;
        for (const Series &s : result.series) {
            QJsonObject entry;
            entry[QLatin1String("metric")] = jsonMetric(s.labels);
            if (result.type == QueryResult::Vector) {
                entry[QLatin1String("value")]
                    = s.points.isEmpty() ? QJsonArray() : jsonPoint(s.points.first());
            } else {
                QJsonArray values;
                for (const Sample &sample : s.points)
                    values.append(jsonPoint(sample));
                entry[QLatin1String("values")] = values;
            }
            series.append(entry);
        }
        root[QLatin1String("result")] = series;
        break;
    }
    case QueryResult::Scalar:
        root[QLatin1String("result")] = result.series.isEmpty() || result.series.first().points.isEmpty()
            ? QJsonArray()
            : jsonPoint(result.series.first().points.first());
        break;
    case QueryResult::String:
        root[QLatin1String("result")] = QJsonArray { result.stringTime, result.stringValue };
        break;
    }
    if (!result.warnings.isEmpty())
        root[QLatin1String("warnings")] = QJsonArray::fromStringList(result.warnings);
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QString queryResultToTable(const QueryResult &result)
{
    QString out;
    switch (result.type) {
    case QueryResult::String:
        return result.stringValue + QLatin1Char('\n');
    case QueryResult::Scalar:
        if (!result.series.isEmpty() && !result.series.first().points.isEmpty())
            out = formatSampleValue(result.series.first().points.first().v) + QLatin1Char('\n');
        return out;
    case QueryResult::Vector: {
        if (result.series.isEmpty())
            return QueryResultFormat::tr("(empty result: no series matched)") + QLatin1Char('\n');
        qsizetype width = 0;
        QStringList names;
        for (const Series &s : result.series) {
            names << formatLabelSet(s.labels);
            width = std::max(width, names.last().size());
        }
        for (qsizetype i = 0; i < result.series.size(); ++i) {
            const auto &points = result.series[i].points;
            out += names[i].leftJustified(width + 2)
                + (points.isEmpty() ? QString() : formatSampleValue(points.first().v)) + QLatin1Char('\n');
        }
        return out;
    }
    case QueryResult::Matrix:
        if (result.series.isEmpty())
            return QueryResultFormat::tr("(empty result: no series matched)") + QLatin1Char('\n');
        for (const Series &s : result.series) {
            out += formatLabelSet(s.labels) + QLatin1Char('\n');
            for (const Sample &sample : s.points)
                out += QStringLiteral("  ") + formatTime(sample.t) + QStringLiteral("  ")
                    + formatSampleValue(sample.v) + QLatin1Char('\n');
        }
        return out;
    }
    return out;
}

} // namespace pivori

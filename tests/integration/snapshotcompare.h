// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compares what `snapshot --data` says it plotted with Prometheus's own answers to the same
// queries at the same time, start, end and step: shared by the tests of the built-in
// dashboards (tst_snapshot) and of imported Grafana ones (tst_grafanasnapshot).
#include "stackfixture.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace pivori::testing {

/// The --end to give a snapshot asked at @p askedAtSecs: a scrape or rule evaluation stamped
/// just before `end` may be written after the snapshot asked (CI's loaded machines lag by
/// seconds), changing the last point between the snapshot's query and the test's. Twenty
/// seconds back, every sample up to `end` is settled.
inline qint64 settledSnapshotEnd(qint64 askedAtSecs)
{
    return askedAtSecs - 20;
}

/// How the comparison went: the points compared, or what differed first.
struct SnapshotComparison final
{
    int comparedPoints = 0;
    QString failure; ///< empty when every panel matched
};

namespace snapshotcompare {

inline QString seconds(const QJsonValue &value)
{
    return QString::number(value.toDouble(), 'f', 3);
}

// Prometheus sends "1.5", "NaN", "+Inf"; the snapshot numbers, null, "+Inf".
inline QJsonValue snapshotValue(const QString &text)
{
    if (text == QLatin1String("NaN"))
        return QJsonValue(QJsonValue::Null);
    if (text == QLatin1String("+Inf") || text == QLatin1String("-Inf"))
        return text;
    return text.toDouble();
}

inline QString labelKey(const QJsonObject &labels)
{
    return QString::fromUtf8(QJsonDocument(labels).toJson(QJsonDocument::Compact));
}

inline QJsonObject askPrometheus(
    const QUrl &prometheus, const QString &path, const QList<std::pair<QString, QString>> &params)
{
    QUrl url = prometheus;
    url.setPath(path);
    const RawReply reply = httpRequest("POST", url, formEncode(params), "application/x-www-form-urlencoded");
    return QJsonDocument::fromJson(reply.body).object();
}

/// One range query of a panel: the series it plotted against Prometheus's, point by point.
/// A status-bar panel evaluates its newest bucket at the bucket's end on the clock, after the
/// snapshot ran: it holds what had arrived by then ("still filling"), so asked again later it
/// has more. Points after @p askedAtSecs are compared by time; every settled one by value too.
inline QString compareRangeQuery(
    const QUrl &prometheus, const QJsonObject &panel, int query, qint64 askedAtSecs, int *comparedPoints)
{
    const QJsonObject range = panel[QLatin1String("range")].toObject();
    const QString expr
        = panel[QLatin1String("queries")].toArray()[query].toObject()[QLatin1String("expr")].toString();
    const QJsonObject answer = askPrometheus(prometheus, QStringLiteral("/api/v1/query_range"),
        { { QStringLiteral("query"), expr },
            { QStringLiteral("start"), seconds(range[QLatin1String("start")]) },
            { QStringLiteral("end"), seconds(range[QLatin1String("end")]) },
            { QStringLiteral("step"), seconds(range[QLatin1String("step")]) } });
    if (answer[QLatin1String("status")].toString() != QLatin1String("success"))
        return QStringLiteral("Prometheus refused %1").arg(expr);
    QHash<QString, QJsonArray> expected;
    for (const auto &s : answer[QLatin1String("data")][QLatin1String("result")].toArray()) {
        QJsonArray points;
        for (const auto &p : s.toObject()[QLatin1String("values")].toArray())
            points.append(QJsonArray { p.toArray()[0], snapshotValue(p.toArray()[1].toString()) });
        expected.insert(labelKey(s.toObject()[QLatin1String("metric")].toObject()), points);
    }
    QHash<QString, QJsonArray> actual;
    for (const auto &s : panel[QLatin1String("series")].toArray()) {
        if (s.toObject()[QLatin1String("query")].toInt() == query)
            actual.insert(labelKey(s.toObject()[QLatin1String("labels")].toObject()),
                s.toObject()[QLatin1String("points")].toArray());
    }
    if (expected.isEmpty())
        return QStringLiteral("query %1 has no data").arg(query);
    if (actual.size() != expected.size())
        return QStringLiteral("query %1: %2 series plotted, %3 from Prometheus")
            .arg(query)
            .arg(actual.size())
            .arg(expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            return QStringLiteral("missing series %1").arg(it.key());
        QJsonArray plotted = actual.value(it.key());
        QJsonArray settled = it.value();
        while (!settled.isEmpty() && !plotted.isEmpty()
            && settled.last().toArray()[0].toDouble() > double(askedAtSecs)) {
            if (plotted.last().toArray()[0] != settled.last().toArray()[0])
                return QStringLiteral("%1: the still-filling bucket's time differs").arg(it.key());
            plotted.removeLast();
            settled.removeLast();
        }
        if (plotted != settled)
            return QStringLiteral("%1: plotted %2, Prometheus %3")
                .arg(it.key(), QString::fromUtf8(QJsonDocument(plotted).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(settled).toJson(QJsonDocument::Compact)));
        *comparedPoints += int(settled.size());
    }
    return {};
}

/// One instant query of a bar gauge or table: every bar or row (a series, one point) against
/// Prometheus's instant answer at the same time, by labels.
inline QString compareInstantSeries(
    const QUrl &prometheus, const QJsonObject &panel, int query, int *compared)
{
    const QJsonObject range = panel[QLatin1String("range")].toObject();
    const QString expr
        = panel[QLatin1String("queries")].toArray()[query].toObject()[QLatin1String("expr")].toString();
    const QJsonObject answer = askPrometheus(prometheus, QStringLiteral("/api/v1/query"),
        { { QStringLiteral("query"), expr },
            { QStringLiteral("time"), seconds(range[QLatin1String("time")]) } });
    QHash<QString, QJsonValue> expected;
    for (const auto &s : answer[QLatin1String("data")][QLatin1String("result")].toArray())
        expected.insert(labelKey(s.toObject()[QLatin1String("metric")].toObject()),
            snapshotValue(s.toObject()[QLatin1String("value")].toArray()[1].toString()));
    QHash<QString, QJsonValue> shown;
    for (const auto &s : panel[QLatin1String("series")].toArray()) {
        const QJsonObject series = s.toObject();
        if (series[QLatin1String("query")].toInt() == query)
            shown.insert(labelKey(series[QLatin1String("labels")].toObject()),
                series[QLatin1String("points")].toArray().last().toArray()[1]);
    }
    if (expected.isEmpty())
        return QStringLiteral("query %1 has no data").arg(query);
    if (shown != expected)
        return QStringLiteral("query %1: %2 rows shown, %3 from Prometheus, or their values differ")
            .arg(query)
            .arg(shown.size())
            .arg(expected.size());
    *compared += int(expected.size());
    return {};
}

} // namespace snapshotcompare

/// Every panel of a snapshot's --data JSON @p root against @p prometheus. Gauges and stats are
/// one instant value, bar gauges and tables every series of the instant answer; the others
/// every point of every query's series (text panels have none). Panels of collapsed rows are
/// not queried, so there is nothing to compare.
inline SnapshotComparison compareSnapshotData(
    const QUrl &prometheus, const QJsonObject &root, qint64 askedAtSecs)
{
    using namespace snapshotcompare;
    SnapshotComparison out;
    for (const auto &panelValue : root[QLatin1String("panels")].toArray()) {
        const QJsonObject panel = panelValue.toObject();
        const QString id = panel[QLatin1String("id")].toString();
        if (panel[QLatin1String("collapsed")].toBool())
            continue; // in a collapsed row: drawn as its header, never queried
        if (!panel[QLatin1String("error")].isNull()) {
            out.failure = id + QStringLiteral(": ") + panel[QLatin1String("error")].toString();
            return out;
        }
        const QJsonObject range = panel[QLatin1String("range")].toObject();
        const QJsonArray queries = panel[QLatin1String("queries")].toArray();
        const QString type = panel[QLatin1String("type")].toString();
        if (range.contains(QLatin1String("time"))
            && (type == QLatin1String("bargauge") || type == QLatin1String("table"))) {
            for (int q = 0; q < queries.size(); ++q) {
                const QString failure = compareInstantSeries(prometheus, panel, q, &out.comparedPoints);
                if (!failure.isEmpty()) {
                    out.failure = id + QStringLiteral(": ") + failure;
                    return out;
                }
            }
            continue;
        }
        if (range.contains(QLatin1String("time"))) {
            const QJsonObject answer = askPrometheus(prometheus, QStringLiteral("/api/v1/query"),
                { { QStringLiteral("query"), queries[0].toObject()[QLatin1String("expr")].toString() },
                    { QStringLiteral("time"), seconds(range[QLatin1String("time")]) } });
            const QJsonArray result = answer[QLatin1String("data")][QLatin1String("result")].toArray();
            if (result.isEmpty()
                || panel[QLatin1String("value")]
                    != snapshotValue(result[0].toObject()[QLatin1String("value")].toArray()[1].toString())) {
                out.failure = id + QStringLiteral(": the value differs from Prometheus's");
                return out;
            }
            ++out.comparedPoints;
            continue;
        }
        for (int q = 0; q < queries.size(); ++q) {
            const QString failure = compareRangeQuery(prometheus, panel, q, askedAtSecs, &out.comparedPoints);
            if (!failure.isEmpty()) {
                out.failure = id + QStringLiteral(": ") + failure;
                return out;
            }
        }
    }
    return out;
}

} // namespace pivori::testing

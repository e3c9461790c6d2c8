// SPDX-License-Identifier: GPL-3.0-or-later
// The `query --json` shape: Prometheus's own, with numbers as numbers and JSON-safe specials.
#include "queryresultformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace pivori;

class TestQueryResultFormat final : public QObject
{
    Q_OBJECT

private slots:
    void vectorValuesAreNumbers()
    {
        QueryResult result;
        result.type = QueryResult::Vector;
        result.series = { Series { { { QStringLiteral("service"), QStringLiteral("trading") } },
                              { Sample { 1700000000.5, 0.25 } } },
            Series { { { QStringLiteral("service"), QStringLiteral("idle") } },
                { Sample { 1700000000.5, qQNaN() } } },
            Series { { { QStringLiteral("service"), QStringLiteral("up") } },
                { Sample { 1700000000.5, qInf() } } },
            Series { { { QStringLiteral("service"), QStringLiteral("down") } },
                { Sample { 1700000000.5, -qInf() } } } };
        const QJsonObject root = QJsonDocument::fromJson(queryResultToJson(result)).object();
        QCOMPARE(root.value(QLatin1String("resultType")).toString(), QStringLiteral("vector"));
        const QJsonArray series = root.value(QLatin1String("result")).toArray();
        QCOMPARE(series.size(), 4);
        const QJsonArray first = series[0].toObject().value(QLatin1String("value")).toArray();
        QCOMPARE(first[0].toDouble(), 1700000000.5);
        QVERIFY(first[1].isDouble());
        QCOMPARE(first[1].toDouble(), 0.25);
        QCOMPARE(
            series[0].toObject()[QLatin1String("metric")].toObject()[QLatin1String("service")].toString(),
            QStringLiteral("trading"));
        QVERIFY(series[1].toObject().value(QLatin1String("value")).toArray()[1].isNull());
        QCOMPARE(series[2].toObject().value(QLatin1String("value")).toArray()[1].toString(),
            QStringLiteral("+Inf"));
        QCOMPARE(series[3].toObject().value(QLatin1String("value")).toArray()[1].toString(),
            QStringLiteral("-Inf"));
    }

    void matrixKeepsEveryPoint()
    {
        QueryResult result;
        result.type = QueryResult::Matrix;
        result.series = { Series { {}, { Sample { 10, 1 }, Sample { 25, 2 }, Sample { 40, 3 } } } };
        const QJsonObject root = QJsonDocument::fromJson(queryResultToJson(result)).object();
        const QJsonArray values
            = root[QLatin1String("result")].toArray()[0].toObject()[QLatin1String("values")].toArray();
        QCOMPARE(values.size(), 3);
        QCOMPARE(values[1].toArray()[0].toDouble(), 25.0); // a gap stays a gap: no invented point
        QCOMPARE(values[2].toArray()[1].toDouble(), 3.0);
    }

    void scalarAndString()
    {
        QueryResult scalar;
        scalar.type = QueryResult::Scalar;
        scalar.series = { Series { {}, { Sample { 5, 2 } } } };
        QCOMPARE(
            QJsonDocument::fromJson(queryResultToJson(scalar)).object()[QLatin1String("result")].toArray(),
            (QJsonArray { 5.0, 2.0 }));
        QueryResult text;
        text.type = QueryResult::String;
        text.stringTime = 7;
        text.stringValue = QStringLiteral("hello");
        QCOMPARE(QJsonDocument::fromJson(queryResultToJson(text)).object()[QLatin1String("result")].toArray(),
            (QJsonArray { 7.0, QStringLiteral("hello") }));
    }

    void labelSetNotation_data()
    {
        QTest::addColumn<LabelSet>("labels");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << LabelSet {} << "{}";
        QTest::newRow("name only") << LabelSet { { QStringLiteral("__name__"), QStringLiteral("up") } }
                                   << "up";
        QTest::newRow("name and labels") << LabelSet { { QStringLiteral("__name__"), QStringLiteral("up") },
            { QStringLiteral("job"), QStringLiteral("p") } }
                                         << "up{job=\"p\"}";
        QTest::newRow("quotes and backslashes escaped")
            << LabelSet { { QStringLiteral("path"), QStringLiteral("a\"b\\c") } } << "{path=\"a\\\"b\\\\c\"}";
        QTest::newRow("newline escaped")
            << LabelSet { { QStringLiteral("x"), QStringLiteral("1\n2") } } << "{x=\"1\\n2\"}";
    }

    void labelSetNotation()
    {
        QFETCH(LabelSet, labels);
        QFETCH(QString, expected);
        QCOMPARE(formatLabelSet(labels), expected);
    }

    void tableNamesEmptyResults()
    {
        QueryResult empty;
        QVERIFY(queryResultToTable(empty).contains(QStringLiteral("empty result")));
        QCOMPARE(formatSampleValue(qQNaN()), QStringLiteral("NaN"));
        QCOMPARE(formatSampleValue(0.1), QStringLiteral("0.1"));
    }
};

QTEST_GUILESS_MAIN(TestQueryResultFormat)
#include "tst_queryresultformat.moc"

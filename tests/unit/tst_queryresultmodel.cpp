// SPDX-License-Identifier: GPL-3.0-or-later
// The query console's table: one row per series of a recorded Prometheus answer, with its
// labels, its latest value and its number of points; a new answer replaces the old one.
// QAbstractItemModelTester watches every change.
#include "prometheusparser.h"
#include "queryresultmodel.h"
#include "testutils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace pivori;
using testutils::flattenModel;

namespace {

QueryResult recorded(const QString &name)
{
    const Result<QueryResult> parsed = PrometheusParser::parseQueryResponse(
        200, "application/json", testutils::readData(QStringLiteral("prometheus/") + name));
    if (!parsed.ok())
        qFatal("%s does not parse: %s", qPrintable(name), qPrintable(parsed.error().describe()));
    return parsed.value();
}

} // namespace

class TestQueryResultModel final : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryResultType_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("vector: one point per series, the empty label set too")
            << QStringLiteral("vector.json")
            << QStringList {
                   QStringLiteral(
                       R"(pivori_http_requests_total{code="200", instance="checkout:8080", job="pivori"} | 1523 | 1)"),
                   QStringLiteral(R"({instance="checkout:8080", job="pivori", le="+Inf"} | 0.25 | 1)"),
                   QStringLiteral("{} | 42 | 1"),
               };
        QTest::newRow("matrix: the latest value, every point counted")
            << QStringLiteral("gaps.json")
            << QStringList { QStringLiteral(R"({job="flaky"} | 6 | 4)"),
                   QStringLiteral(R"({job="late"} | 9 | 1)") };
        QTest::newRow("scalar: one row without labels")
            << QStringLiteral("scalar.json") << QStringList { QStringLiteral("{} | 2 | 1") };
        QTest::newRow("empty vector: no rows") << QStringLiteral("empty-vector.json") << QStringList();
    }

    void showsEveryResultType()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, rows);
        QueryResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(recorded(file));
        QCOMPARE(flattenModel(model), rows);
        QCOMPARE(model.columnCount(), int(QueryResultModel::ColumnCount));
    }

    void newAnswerReplacesTheOld()
    {
        QueryResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setResult(recorded(QStringLiteral("vector.json")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.result().type, QueryResult::Vector);

        model.setResult(recorded(QStringLiteral("gaps.json")));
        QCOMPARE(flattenModel(model),
            (QStringList {
                QStringLiteral(R"({job="flaky"} | 6 | 4)"), QStringLiteral(R"({job="late"} | 9 | 1)") }));
        QCOMPARE(model.result().type, QueryResult::Matrix);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.result().series.isEmpty());
        // A view keeps nothing of an old answer: each replacement is one reset.
        QCOMPARE(resets.size(), 3);
    }

    void sortRoleKeepsNumbersNumeric()
    {
        QueryResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(recorded(QStringLiteral("vector.json")));
        // Sorted by value, 42 comes before 1523 (as text it would not).
        const QVariant big = model.index(0, QueryResultModel::ValueColumn).data(QueryResultModel::SortRole);
        const QVariant small = model.index(2, QueryResultModel::ValueColumn).data(QueryResultModel::SortRole);
        QCOMPARE(big.toDouble(), 1523.0);
        QCOMPARE(small.toDouble(), 42.0);
        QVERIFY(QVariant::compare(small, big) == QPartialOrdering::Less);
        QCOMPARE(model.index(0, QueryResultModel::PointsColumn).data(QueryResultModel::SortRole).toInt(), 1);
        QCOMPARE(model.index(0, QueryResultModel::SeriesColumn).data(QueryResultModel::SortRole).toString(),
            model.index(0, QueryResultModel::SeriesColumn).data().toString());
        // Numbers line up on the right; the series name reads from the left.
        QCOMPARE(model.index(0, QueryResultModel::ValueColumn).data(Qt::TextAlignmentRole).toInt(),
            int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, QueryResultModel::SeriesColumn).data(Qt::TextAlignmentRole).isValid());
    }

    void seriesWithoutPointsHasNoValue()
    {
        QueryResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueryResult result;
        result.type = QueryResult::Matrix;
        result.series = { Series { testutils::labels({ { "job", "idle" } }), {} } };
        model.setResult(result);
        QCOMPARE(flattenModel(model), QStringList { QStringLiteral(R"({job="idle"} |  | 0)") });
        QVERIFY(std::isnan(
            model.index(0, QueryResultModel::ValueColumn).data(QueryResultModel::SortRole).toDouble()));
    }

    void latestValueMayBeSpecial()
    {
        // NaN (no traffic) and ±Inf mean something: shown as Prometheus writes them.
        QueryResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueryResult result;
        result.type = QueryResult::Matrix;
        result.series = { Series { testutils::labels({ { "q", "nan" } }), { { 1, 1.0 }, { 2, qQNaN() } } },
            Series { testutils::labels({ { "q", "inf" } }), { { 1, qQNaN() }, { 2, qInf() } } },
            Series { testutils::labels({ { "q", "-inf" } }), { { 1, -qInf() } } } };
        model.setResult(result);
        QCOMPARE(flattenModel(model),
            (QStringList { QStringLiteral(R"({q="nan"} | NaN | 2)"),
                QStringLiteral(R"({q="inf"} | +Inf | 2)"), QStringLiteral(R"({q="-inf"} | -Inf | 1)") }));
    }

    void headersNameTheColumns()
    {
        QueryResultModel model;
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers,
            (QStringList {
                QStringLiteral("Series"), QStringLiteral("Latest value"), QStringLiteral("Points") }));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }
};

QTEST_GUILESS_MAIN(TestQueryResultModel)
#include "tst_queryresultmodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A table's join and calculated columns: rows of several queries made one, as Grafana's merge
// and joinByField do, and readings worked out per row, as its calculateField does.
#include "tablerows.h"

#include <QTest>

#include <cmath>

using namespace pivori;

namespace {

PanelSeries series(int query, const LabelSet &labels, double value)
{
    PanelSeries s;
    s.queryIndex = query;
    s.labels = labels;
    s.name = labels.value(QStringLiteral("pod"));
    s.points = { Sample { 1700000000, value } };
    return s;
}

LabelSet pod(const char *name, const char *metric, const char *node = nullptr)
{
    LabelSet labels { { QStringLiteral("__name__"), QString::fromLatin1(metric) },
        { QStringLiteral("pod"), QString::fromLatin1(name) } };
    if (node)
        labels.insert(QStringLiteral("node"), QString::fromLatin1(node));
    return labels;
}

Panel table(int queries)
{
    Panel p;
    p.type = PanelType::Table;
    for (int i = 0; i < queries; ++i) {
        PanelQuery q;
        q.expr = QStringLiteral("q%1").arg(i);
        p.queries.append(q);
    }
    return p;
}

std::optional<double> at(const TableRows &t, int row, const QString &reading)
{
    return t.rows.at(row).cells.at(t.readings.indexOf(reading)).value;
}

} // namespace

class TestTableRows final : public QObject
{
    Q_OBJECT

private slots:
    void withoutJoinEachSeriesIsARow()
    {
        const TableRows t = tableRows(table(2),
            { series(0, pod("a", "used"), 1), series(1, pod("a", "limit"), 4),
                series(0, pod("b", "used"), 2) });
        QCOMPARE(t.readings, QStringList { QStringLiteral("Value") });
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.labels, (QStringList { QStringLiteral("__name__"), QStringLiteral("pod") }));
    }

    void mergeMakesOneRowPerLabelSet()
    {
        Panel p = table(3);
        p.queries[1].refId = QStringLiteral("limit");
        p.join.enabled = true;
        const TableRows t = tableRows(p,
            { series(0, pod("a", "used"), 1), series(1, pod("a", "limit"), 4), series(0, pod("b", "used"), 2),
                series(2, pod("c", "other"), 9) });
        // Named by ref_id, else by letter; the metric name is not a column of a joined table.
        QCOMPARE(t.readings,
            (QStringList {
                QStringLiteral("Value #A"), QStringLiteral("Value #limit"), QStringLiteral("Value #C") }));
        QCOMPARE(t.labels, QStringList { QStringLiteral("pod") });
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(at(t, 0, QStringLiteral("Value #A")), 1.0);
        QCOMPARE(at(t, 0, QStringLiteral("Value #limit")), 4.0);
        QVERIFY(!at(t, 0, QStringLiteral("Value #C"))); // a has no reading of the third query
        QVERIFY(!at(t, 1, QStringLiteral("Value #limit")));
        QCOMPARE(at(t, 2, QStringLiteral("Value #C")), 9.0);
        // Labels that differ (node) keep rows apart unless joined by one label.
        const QList<PanelSeries> spread { series(0, pod("a", "used", "n1"), 1),
            series(1, pod("a", "limit"), 4) };
        QCOMPARE(tableRows(p, spread).rows.size(), 2);
        p.join.byLabel = QStringLiteral("pod");
        const TableRows byPod = tableRows(p, spread);
        QCOMPARE(byPod.rows.size(), 1);
        QCOMPARE(byPod.rows.at(0).labels.value(QStringLiteral("node")), QStringLiteral("n1"));
        QCOMPARE(at(byPod, 0, QStringLiteral("Value #limit")), 4.0);
    }

    void innerJoinKeepsRowsEveryQueryAnswered()
    {
        Panel p = table(2);
        p.join.enabled = true;
        p.join.byLabel = QStringLiteral("pod");
        p.join.inner = true;
        const QList<PanelSeries> answer { series(0, pod("a", "used"), 1), series(1, pod("a", "limit"), 4),
            series(0, pod("b", "used"), 2), series(1, pod("c", "limit"), 8) };
        const TableRows inner = tableRows(p, answer);
        QCOMPARE(inner.rows.size(), 1);
        QCOMPARE(inner.rows.at(0).labels.value(QStringLiteral("pod")), QStringLiteral("a"));
        QCOMPARE(at(inner, 0, QStringLiteral("Value #B")), 4.0);
        // A reading of NaN (no traffic) is a reading: the row stays.
        QCOMPARE(tableRows(p, { series(0, pod("d", "used"), qQNaN()), series(1, pod("d", "limit"), 1) })
                     .rows.size(),
            1);
        p.join.inner = false; // outer, the default: every row, empty cells where a query has none
        QCOMPARE(tableRows(p, answer).rows.size(), 3);
    }

    void calculatedColumnsFollowTheReadings()
    {
        Panel p = table(2);
        p.join.enabled = true;
        CalculatedColumn ratio;
        ratio.name = QStringLiteral("Ratio");
        ratio.left = QStringLiteral("Value #A");
        ratio.op = u'/';
        ratio.right = QStringLiteral("Value #B");
        CalculatedColumn percent; // a calculated column may use an earlier one, and a number
        percent.name = QStringLiteral("Percent");
        percent.left = QStringLiteral("Ratio");
        percent.op = u'*';
        percent.right = QStringLiteral("100");
        CalculatedColumn total;
        total.name = QStringLiteral("Total");
        total.mode = CalculatedColumn::Mode::Reduce;
        CalculatedColumn count = total;
        count.name = QStringLiteral("Count");
        count.reducer = CalculatedColumn::Reducer::Count;
        CalculatedColumn biggest = total;
        biggest.name = QStringLiteral("Max");
        biggest.reducer = CalculatedColumn::Reducer::Max;
        biggest.over = { QStringLiteral("Value #B"), QStringLiteral("Percent") };
        p.calculated = { ratio, percent, total, count, biggest };
        const TableRows t = tableRows(p,
            { series(0, pod("a", "used"), 1), series(1, pod("a", "limit"), 4), series(0, pod("b", "used"), 2),
                series(1, pod("c", "limit"), 0), series(0, pod("c", "used"), 3) });
        QCOMPARE(t.readings.size(), 7);
        QCOMPARE(at(t, 0, QStringLiteral("Ratio")), 0.25);
        QCOMPARE(at(t, 0, QStringLiteral("Percent")), 25.0);
        QCOMPARE(at(t, 0, QStringLiteral("Total")), 5.0);
        QCOMPARE(at(t, 0, QStringLiteral("Count")), 2.0);
        QCOMPARE(at(t, 0, QStringLiteral("Max")), 25.0);
        QVERIFY(!at(t, 1, QStringLiteral("Ratio"))); // b has no B: nothing to divide by
        QCOMPARE(at(t, 1, QStringLiteral("Total")), 2.0); // the readings it has
        QCOMPARE(at(t, 1, QStringLiteral("Count")), 1.0);
        QVERIFY(!at(t, 2, QStringLiteral("Ratio"))); // 3 / 0: no reading, not an infinity
        QCOMPARE(at(t, 2, QStringLiteral("Total")), 3.0);
    }

    void overridesNameTheJoinedColumns()
    {
        Panel p = table(2);
        p.join.enabled = true;
        FieldOverride o;
        o.match = FieldOverride::Match::Name;
        o.pattern = QStringLiteral("Value #B");
        o.displayName = QStringLiteral("Limit");
        o.unit = PanelUnit::Bytes;
        p.overrides = { o };
        const TableRows t
            = tableRows(p, { series(0, pod("a", "used"), 1), series(1, pod("a", "limit"), 2048) });
        QCOMPARE(t.headers, (QStringList { QStringLiteral("Value #A"), QStringLiteral("Limit") }));
        QCOMPARE(t.rows.at(0).cells.at(1).field.unit, PanelUnit::Bytes);
        QCOMPARE(t.rows.at(0).cells.at(0).field.unit, PanelUnit::None);
    }
};

QTEST_GUILESS_MAIN(TestTableRows)
#include "tst_tablerows.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A variable's regex and sort shape what its drop-down offers, as Grafana's do, and "All" of a
// filtered label stands for what was let through, not for every value.
#include "templating.h"
#include "variablechain.h"
#include "variablevalues.h"

#include <QTest>

using namespace pivori;

namespace {

DashboardVariable variable(const QString &regex, VariableSort sort = VariableSort::None)
{
    DashboardVariable v;
    v.name = QStringLiteral("instance");
    v.label = QStringLiteral("instance");
    v.regex = regex;
    v.sort = sort;
    return v;
}

QStringList list(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class TestVariableValues final : public QObject
{
    Q_OBJECT

private slots:
    void regexFiltersAndCaptures_data()
    {
        QTest::addColumn<QString>("regex");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("offered");
        const QStringList instances = list("node-1:9100,node-2:9100,db:9187,node-1:9256");
        // Without slashes the whole value must match, as Grafana anchors it.
        QTest::newRow("anchored") << "node-.*" << instances << list("node-1:9100,node-2:9100,node-1:9256");
        QTest::newRow("anchored, partial is no match") << "node" << instances << QStringList();
        // Slashes: searched for anywhere; the first group is the value, repeats dropped.
        QTest::newRow("searched") << "/9100/" << instances << list("node-1:9100,node-2:9100");
        QTest::newRow("first group") << "/^([^:]+):/" << instances << list("node-1,node-2,db");
        QTest::newRow("flag i") << "/^NODE-2/i" << instances << list("node-2:9100");
        QTest::newRow("named value wins over text")
            << "/(?<text>[^:]+):(?<value>\\d+)/" << instances << list("9100,9187,9256");
        QTest::newRow("named text alone") << "/(?<text>[a-z]+)/" << instances << list("node,db");
        // With g, each match of the group is a value of its own.
        QTest::newRow("flag g") << "/(\\d+)/g" << list("a1b22,c1") << list("1,22");
        QTest::newRow("slash inside") << "/^a/b$/" << list("a/b,a") << list("a/b");
        QTest::newRow("no regex") << "" << list("b,a,b") << list("b,a,b");
    }

    void regexFiltersAndCaptures()
    {
        QFETCH(QString, regex);
        QFETCH(QStringList, values);
        QFETCH(QStringList, offered);
        QCOMPARE(offeredVariableValues(variable(regex), values), offered);
    }

    void sortsAsGrafanaNumbersThem_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QStringList>("offered");
        QTest::newRow("none") << 0 << list("pod-10,Pod-9,pod-2,x,pod-02");
        QTest::newRow("alphabetical") << 1 << list("Pod-9,pod-02,pod-10,pod-2,x");
        QTest::newRow("alphabetical desc") << 2 << list("x,pod-2,pod-10,pod-02,Pod-9");
        // The first number decides; none counts as -1; ties keep their order.
        QTest::newRow("numerical") << 3 << list("x,pod-2,pod-02,Pod-9,pod-10");
        QTest::newRow("numerical desc") << 4 << list("pod-10,Pod-9,pod-02,pod-2,x");
        QTest::newRow("case-insensitive") << 5 << list("pod-02,pod-10,pod-2,Pod-9,x");
        QTest::newRow("case-insensitive desc") << 6 << list("x,Pod-9,pod-2,pod-10,pod-02");
        QTest::newRow("natural") << 7 << list("pod-2,pod-02,Pod-9,pod-10,x");
        QTest::newRow("natural desc") << 8 << list("x,pod-10,Pod-9,pod-02,pod-2");
    }

    void sortsAsGrafanaNumbersThem()
    {
        QFETCH(int, sort);
        QFETCH(QStringList, offered);
        QCOMPARE(variableSortNames().size(), 9);
        const QStringList values = list("pod-10,Pod-9,pod-2,x,pod-02");
        QCOMPARE(offeredVariableValues(variable({}, static_cast<VariableSort>(sort)), values), offered);
    }

    void invalidRegexSaysWhereAndWhy()
    {
        QString why;
        QVERIFY(!variableRegex(QStringLiteral("/(unclosed/"), &why));
        QVERIFY2(why.contains(QLatin1String("at character")), qPrintable(why));
        QVERIFY(!variableRegex(QStringLiteral("/a/x"), &why));
        QVERIFY2(why.contains(QLatin1String("'x'")), qPrintable(why));
        QVERIFY(variableRegex(QStringLiteral("/a/gim"), &why));
        // A regex that does not compile filters nothing rather than hiding every value.
        QCOMPARE(offeredVariableValues(variable(QStringLiteral("(")), list("a,b")), list("a,b"));
    }

    void queryResultLinesAsGrafanaWritesThem()
    {
        QueryResult vector;
        Series up;
        up.labels = { { QStringLiteral("__name__"), QStringLiteral("up") },
            { QStringLiteral("job"), QStringLiteral("api") },
            { QStringLiteral("instance"), QStringLiteral("h:1") } };
        up.points = { Sample { 1700000000.5, 1 } };
        Series nameless;
        nameless.labels = { { QStringLiteral("pod"), QStringLiteral("web-2") } };
        nameless.points = { Sample { 1700000000, 0.1 } };
        Series broken;
        broken.labels = { { QStringLiteral("pod"), QStringLiteral("x") } };
        broken.points = { Sample { 1700000000, qQNaN() } };
        vector.series = { up, nameless, broken };
        QCOMPARE(queryResultLines(vector),
            (QStringList { QStringLiteral("up{instance=\"h:1\",job=\"api\"} 1 1700000000500"),
                QStringLiteral("{pod=\"web-2\"} 0.1 1700000000000"),
                QStringLiteral("{pod=\"x\"} NaN 1700000000000") }));
        QueryResult scalar;
        scalar.type = QueryResult::Scalar;
        Series value;
        value.points = { Sample { 1700000000, 2.5 } };
        scalar.series = { value };
        QCOMPARE(queryResultLines(scalar), QStringList { QStringLiteral("2.5") });
        // Its All stands for what was offered, as a filtered label's does.
        DashboardVariable lines;
        lines.name = QStringLiteral("pod");
        lines.queryResult = true;
        lines.query = QStringLiteral("topk(3, up)");
        QVERIFY(allNeedsOffered(lines));
        lines.allValue = QStringLiteral(".+");
        QVERIFY(!allNeedsOffered(lines));
    }

    void allOfAFilteredLabelIsWhatWasLetThrough()
    {
        DashboardVariable filtered = variable(QStringLiteral("/^([^:]+):/"));
        filtered.includeAll = true;
        QVERIFY(allNeedsOffered(filtered));
        const QMap<QString, VariableValue> all { { filtered.name, VariableValue::allValues() } };
        const QString query = QStringLiteral("up{instance=~`$instance`}");
        // Not looked up yet: every value, as before.
        QCOMPARE(
            expandVariables(query, withAllPatterns({ filtered }, all)), QStringLiteral("up{instance=~`.*`}"));
        const QHash<QString, QStringList> offered { { filtered.name, list("node.1,db") } };
        QCOMPARE(expandVariables(query, withAllPatterns({ filtered }, all, offered)),
            QStringLiteral("up{instance=~`node\\.1|db`}"));
        // The regex let nothing through: All matches no series, not every one.
        const QHash<QString, QStringList> none { { filtered.name, {} } };
        QCOMPARE(expandVariables(query, withAllPatterns({ filtered }, all, none)),
            QStringLiteral("up{instance=~`[^\\s\\S]`}"));
        // all_value still decides when given; an unfiltered label is still `.*`.
        filtered.allValue = QStringLiteral("node.*");
        QVERIFY(!allNeedsOffered(filtered));
        QCOMPARE(expandVariables(query, withAllPatterns({ filtered }, all, offered)),
            QStringLiteral("up{instance=~`node.*`}"));
        QVERIFY(!allNeedsOffered(variable({})));
        // A fixed list's All is the list as offered: its regex applies.
        DashboardVariable fixed = variable(QStringLiteral("a.*"));
        fixed.label.clear();
        fixed.values = list("ab,b,ac");
        QCOMPARE(
            expandVariables(query, withAllPatterns({ fixed }, all)), QStringLiteral("up{instance=~`ab|ac`}"));
    }
};

QTEST_GUILESS_MAIN(TestVariableValues)
#include "tst_variablevalues.moc"

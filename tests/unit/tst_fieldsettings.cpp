// SPDX-License-Identifier: GPL-3.0-or-later
// A panel's `decimals:`, `value_mappings:` and `overrides:`: read from the YAML (mistakes
// reported at file:line:col), and resolved per series as the panels show them.
#include "configtestdata.h"
#include "fieldsettings.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <limits>

using namespace pivori;
using namespace configtest;

namespace {

// One dashboard whose first panel is written by the test, from line 8 on (6-space indent).
QByteArray dashboardWith(const QByteArray &panel)
{
    return kServers
        + "dashboards:\n"
          "  - id: d\n"
          "    title: D\n"
          "    panels:\n"
        + panel;
}

const QByteArray kFullPanel = "      - id: up\n" // line 8
                              "        title: Up\n"
                              "        type: stat\n"
                              "        decimals: 2\n"
                              "        queries:\n"
                              "          - {expr: up, ref_id: A}\n"
                              "          - {expr: up * 2, legend: double}\n"
                              "        value_mappings:\n"
                              "          - {value: 1, text: UP, color: green}\n"
                              "          - {range: {from: 2, to: 5}, text: SOME}\n"
                              "          - {regex: '^0\\.5$', color: '#112233'}\n"
                              "          - {special: nan, text: gone}\n"
                              "        overrides:\n"
                              "          - match: {name: double}\n"
                              "            unit: bytes\n"
                              "            display_name: Twice\n"
                              "          - match: {regex: 'doub'}\n"
                              "            color: red\n"
                              "            decimals: 0\n"
                              "          - match: {query: A}\n"
                              "            min: 0\n"
                              "            max: 1\n"
                              "            thresholds:\n"
                              "              - {value: 0.5, severity: critical}\n";

} // namespace

class TestFieldSettings final : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryKey();
    void reportsMistakes_data();
    void reportsMistakes();
    void resolvesOverridesInOrder();
    void mapsValues();
    void documentedExampleLoads();
    void tableColumnsAndSort();
    void overrideAxis();
};

void TestFieldSettings::readsEveryKey()
{
    const ConfigLoadResult result = ConfigLoader::loadText(dashboardWith(kFullPanel), kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const Panel &p = result.config.dashboards.first().panels.first();
    QCOMPARE(p.decimals, std::optional<int>(2));
    QCOMPARE(p.queries.at(0).refId, QStringLiteral("A"));
    QCOMPARE(p.queries.at(1).refId, QString());
    QCOMPARE(p.valueMappings.size(), 4);
    QCOMPARE(p.valueMappings.at(0).kind, ValueMapping::Kind::Value);
    QCOMPARE(p.valueMappings.at(0).text, QStringLiteral("UP"));
    QCOMPARE(p.valueMappings.at(1).from, std::optional<double>(2));
    QCOMPARE(p.valueMappings.at(2).pattern, QStringLiteral("^0\\.5$"));
    QCOMPARE(p.valueMappings.at(3).special, ValueMapping::Special::NaN);
    QCOMPARE(p.overrides.size(), 3);
    QCOMPARE(p.overrides.at(0).match, FieldOverride::Match::Name);
    QCOMPARE(p.overrides.at(0).unit, std::optional<PanelUnit>(PanelUnit::Bytes));
    QCOMPARE(p.overrides.at(0).displayName, QStringLiteral("Twice"));
    QCOMPARE(p.overrides.at(0).location.line, 21);
    QCOMPARE(p.overrides.at(1).match, FieldOverride::Match::Regex);
    QCOMPARE(p.overrides.at(2).match, FieldOverride::Match::Query);
    QCOMPARE(p.overrides.at(2).thresholds->size(), 1);
    QCOMPARE(p.overrides.at(2).thresholds->first().severity, Severity::Critical);
}

void TestFieldSettings::reportsMistakes_data()
{
    QTest::addColumn<QByteArray>("panel");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    const QByteArray head = "      - id: p\n" // line 8
                            "        title: P\n"
                            "        type: stat\n"
                            "        queries: [{expr: up, ref_id: A}]\n";
    QTest::newRow("decimals out of range") << head + "        decimals: 11\n"
                                           << 12 << 19 << "decimals must be a whole number from 0 to 10";
    QTest::newRow("mappings on a gauge")
        << QByteArray(head).replace("stat", "gauge") + "        value_mappings: [{value: 1, text: UP}]\n"
        << 12 << 25 << "value_mappings only applies to stat, bargauge and table panels";
    QTest::newRow("two kinds in one mapping")
        << head + "        value_mappings:\n          - {value: 1, regex: x, text: a}\n"
        << 13 << 13 << "exactly one of value, range, regex or special";
    QTest::newRow("mapping showing nothing") << head + "        value_mappings:\n          - {value: 1}\n"
                                             << 13 << 13 << "needs a text, a color or both";
    QTest::newRow("bad special") << head + "        value_mappings:\n          - {special: empty, text: a}\n"
                                 << 13 << 23 << "special must be one of";
    QTest::newRow("bad mapping regex")
        << head + "        value_mappings:\n          - {regex: '(', text: a}\n"
        << 13 << 21 << "is not a valid regular expression";
    QTest::newRow("range upside down")
        << head + "        value_mappings:\n          - {range: {from: 5, to: 1}, text: a}\n"
        << 13 << 35 << "to must not be below from (5)";
    QTest::newRow("unknown query") << head
            + "        overrides:\n          - match: {query: B}\n            color: red\n"
                                   << 13 << 28
                                   << "no query of that ref_id or index (ref_ids: A; indexes 0 to 0)";
    QTest::newRow("bad override regex")
        << head + "        overrides:\n          - match: {regex: '[a'}\n            color: red\n"
        << 13 << 28 << "is not a valid regular expression";
    QTest::newRow("two matchers") << head
            + "        overrides:\n          - match: {name: a, query: A}\n            color: red\n"
                                  << 13 << 20 << "exactly one of name, regex or query (it has name or query)";
    QTest::newRow("override setting nothing") << head + "        overrides:\n          - match: {name: a}\n"
                                              << 13 << 13 << "sets nothing";
    QTest::newRow("override unit unknown")
        << head + "        overrides:\n          - match: {name: a}\n            unit: parsecs\n"
        << 14 << 19 << "unit must be one of";
    QTest::newRow("override axis") << head
            + "        overrides:\n          - match: {name: a}\n            thresholds:\n              - "
              "{value: 1, severity: ok, axis: right}\n"
                                   << 15 << 48 << "an override's thresholds have no axis";
    QTest::newRow("override axis on a stat")
        << head + "        overrides:\n          - match: {name: a}\n            axis: right\n"
        << 14 << 19 << "axis only applies to timeseries panels";
    QTest::newRow("override axis unknown") << QByteArray(head).replace("stat", "timeseries")
            + "        overrides:\n          - match: {name: a}\n            axis: middle\n"
                                           << 14 << 19 << "axis must be one of";
    QTest::newRow("legend_mode on a stat") << head + "        legend_mode: table\n"
                                           << 12 << 22 << "legend_mode only applies to timeseries panels";
    QTest::newRow("legend_mode unknown")
        << QByteArray(head).replace("stat", "timeseries") + "        legend_mode: bottom\n"
        << 12 << 22 << "legend_mode must be one of";
    QTest::newRow("overrides on bars") << QByteArray(head).replace("stat", "bars")
            + "        overrides:\n          - match: {name: a}\n            color: red\n"
                                       << 13 << 11 << "overrides does not apply to bars panels";
    QTest::newRow("columns on a stat") << head + "        columns: {hide: [job]}\n"
                                       << 12 << 18 << "columns only applies to table panels";
    QTest::newRow("rename not a map")
        << QByteArray(head).replace("stat", "table") + "        columns: {rename: [a]}\n"
        << 12 << 27 << "rename must map columns to the headers shown";
    QTest::newRow("column not a name")
        << QByteArray(head).replace("stat", "table") + "        columns: {order: [[a]]}\n"
        << 12 << 27 << "must be a column name";
    QTest::newRow("sort_by without column")
        << QByteArray(head).replace("stat", "table") + "        sort_by: {descending: true}\n"
        << 12 << 18 << "sort_by is missing the required key \"column\"";
    QTest::newRow("decimals on text") << QByteArray(
        "      - id: t\n        title: T\n        type: text\n        content: hi\n        decimals: 1\n")
                                      << 12 << 19 << "decimals does not apply to text panels";
}

void TestFieldSettings::reportsMistakes()
{
    QFETCH(QByteArray, panel);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const ConfigLoadResult result = ConfigLoader::loadText(dashboardWith(panel), kShown);
    QVERIFY2(!result.errors.isEmpty(), "no error reported");
    const ConfigError &e = result.errors.first();
    QVERIFY2(e.message.contains(fragment), qPrintable(dump(result.errors)));
    QCOMPARE(e.file, kShown);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
}

void TestFieldSettings::resolvesOverridesInOrder()
{
    const ConfigLoadResult result = ConfigLoader::loadText(dashboardWith(kFullPanel), kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const FieldResolver fields(result.config.dashboards.first().panels.first());
    QVERIFY(fields.hasOverrides());

    // Matched by name and, later, by regex: both apply, the later one winning where both set.
    const SeriesField twice = fields.field(QStringLiteral("double"), 1);
    QCOMPARE(twice.unit, PanelUnit::Bytes);
    QCOMPARE(twice.displayName, QStringLiteral("Twice"));
    QCOMPARE(twice.color, QStringLiteral("#d62f2f"));
    QCOMPARE(twice.decimals, std::optional<int>(0));
    QCOMPARE(twice.format(1500), QStringLiteral("2 kB"));

    // Matched by its query's ref_id: the limits and thresholds; the panel's decimals stay.
    const SeriesField first = fields.field(QStringLiteral("up{job=\"x\"}"), 0);
    QCOMPARE(first.unit, PanelUnit::None);
    QCOMPARE(first.max, std::optional<double>(1));
    QCOMPARE(first.thresholds.size(), 1);
    QCOMPARE(first.color, QString());
    QCOMPARE(first.format(0.5), QStringLiteral("0.50"));

    // The query's index matches too.
    Panel byIndex = result.config.dashboards.first().panels.first();
    byIndex.overrides
        = { FieldOverride { FieldOverride::Match::Query, QStringLiteral("1"), PanelUnit::Seconds } };
    QCOMPARE(FieldResolver(byIndex).field(QStringLiteral("anything"), 1).unit, PanelUnit::Seconds);
    QCOMPARE(FieldResolver(byIndex).field(QStringLiteral("anything"), 0).unit, PanelUnit::None);
}

void TestFieldSettings::mapsValues()
{
    const ConfigLoadResult result = ConfigLoader::loadText(dashboardWith(kFullPanel), kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const QList<ValueMapping> &mappings = result.config.dashboards.first().panels.first().valueMappings;
    const auto text = [&](double v) {
        const auto m = mapValue(mappings, v);
        return m ? m->text + QLatin1Char('|') + m->color : QStringLiteral("none");
    };
    QCOMPARE(text(1), QStringLiteral("UP|#2e9e4f"));
    QCOMPARE(text(3), QStringLiteral("SOME|"));
    QCOMPARE(text(5), QStringLiteral("SOME|"));
    QCOMPARE(text(0.5), QStringLiteral("|#112233"));
    QCOMPARE(text(std::numeric_limits<double>::quiet_NaN()), QStringLiteral("gone|"));
    QCOMPARE(text(0), QStringLiteral("none"));
    QCOMPARE(text(5.5), QStringLiteral("none"));
}

void TestFieldSettings::documentedExampleLoads()
{
    QFile doc(QStringLiteral(PIVORI_SOURCE_DIR "/docs/configuration.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.errorString()));
    const QByteArray text = doc.readAll();
    const qsizetype section = text.indexOf("### Field settings");
    QVERIFY(section >= 0);
    const qsizetype begin = text.indexOf("```yaml\n", section);
    const qsizetype end = text.indexOf("\n```", begin);
    QVERIFY(begin >= 0 && end > begin);
    const ConfigLoadResult result
        = ConfigLoader::loadText(dashboardWith(text.mid(begin + 8, end - begin - 7)), kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const Panel &p = result.config.dashboards.first().panels.first();
    QCOMPARE(p.overrides.size(), 3);
    QCOMPARE(p.valueMappings.size(), 2);
}

void TestFieldSettings::tableColumnsAndSort()
{
    const ConfigLoadResult result
        = ConfigLoader::loadText(dashboardWith("      - id: t\n"
                                               "        title: T\n"
                                               "        type: table\n"
                                               "        queries: [{expr: up}]\n"
                                               "        columns:\n"
                                               "          order: [Value, job]\n"
                                               "          hide: [__name__]\n"
                                               "          rename: {Value: Up, job: Job}\n"
                                               "        sort_by: {column: job, descending: true}\n"),
            kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const Panel &p = result.config.dashboards.first().panels.first();
    QCOMPARE(p.columns.order, (QStringList { QStringLiteral("Value"), QStringLiteral("job") }));
    QCOMPARE(p.columns.hidden, QStringList { QStringLiteral("__name__") });
    QCOMPARE(p.columns.rename.value(QStringLiteral("Value")), QStringLiteral("Up"));
    QCOMPARE(p.sortBy->column, QStringLiteral("job"));
    QVERIFY(p.sortBy->descending);
}

void TestFieldSettings::overrideAxis()
{
    // A second unit on the right axis: its limit lines may be on the right too.
    const QByteArray panel = "      - id: p\n"
                             "        title: P\n"
                             "        type: timeseries\n"
                             "        unit: seconds\n"
                             "        queries: [{expr: up, legend: a}, {expr: up, legend: b}]\n"
                             "        thresholds:\n"
                             "          - {value: 250, severity: warning, axis: right}\n"
                             "        overrides:\n"
                             "          - match: {name: a}\n"
                             "            unit: milliseconds\n"
                             "            axis: right\n";
    const ConfigLoadResult result = ConfigLoader::loadText(dashboardWith(panel), kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const FieldResolver fields(result.config.dashboards.first().panels.first());
    QCOMPARE(fields.field(QStringLiteral("a"), 0).axis, std::optional<YAxis>(YAxis::Right));
    QCOMPARE(fields.field(QStringLiteral("a"), 0).unit, PanelUnit::Milliseconds);
    QCOMPARE(fields.field(QStringLiteral("b"), 1).axis, std::nullopt);
    QCOMPARE(result.config.dashboards.first().panels.first().legendMode, LegendMode::Auto);
    const ConfigLoadResult hidden
        = ConfigLoader::loadText(dashboardWith(QByteArray(panel).replace("        thresholds:",
                                     "        legend_mode: hidden\n        thresholds:")),
            kShown);
    QVERIFY2(hidden.ok(), qPrintable(dump(hidden.errors)));
    QCOMPARE(hidden.config.dashboards.first().panels.first().legendMode, LegendMode::Hidden);
    // Without a series on the right, a right limit still has no meaning.
    const ConfigLoadResult without = ConfigLoader::loadText(
        dashboardWith(QByteArray(panel).replace("axis: right\n", "axis: left\n")), kShown);
    QVERIFY(!without.ok());
    QVERIFY2(
        without.errors.first().message.contains(QLatin1String("no query of this panel is on the right axis")),
        qPrintable(dump(without.errors)));
}

QTEST_GUILESS_MAIN(TestFieldSettings)
#include "tst_fieldsettings.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A Grafana panel's field settings and a table's transformations: decimals, value mappings and
// overrides, the text, bar gauge and table panels, and merge, joinByField and calculateField,
// each mapped as the import report says and read back from the YAML written.
#include "grafanafieldconfig.h"
#include "grafanaimporttestdata.h"

#include <QTest>

using namespace pivori;
using namespace grafanatest;

class TestGrafanaFields final : public QObject
{
    Q_OBJECT

private slots:
    void tableTransformationsJoinAndCalculate()
    {
        const GrafanaImport imported = importData(QStringLiteral("table-transforms.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Panel *memory = panelTitled(imported.dashboard, QStringLiteral("Pod memory"));
        QVERIFY(memory);
        QVERIFY(memory->join.enabled && memory->join.byLabel.isEmpty());
        QVERIFY(!memory->join.inner); // merge is an outer join
        // Joined, the readings keep Grafana's names, so organize and sortBy find them.
        QCOMPARE(memory->columns.rename.value(QStringLiteral("Value #A")), QStringLiteral("Used"));
        QCOMPARE(memory->columns.order, (QStringList { QStringLiteral("pod"), QStringLiteral("Value #A") }));
        QCOMPARE(memory->sortBy->column, QStringLiteral("Used of limit"));
        QCOMPARE(memory->calculated.size(), 2);
        const CalculatedColumn &ratio = memory->calculated.at(0);
        QCOMPARE(ratio.name, QStringLiteral("Used of limit"));
        QCOMPARE(ratio.left, QStringLiteral("Value #A"));
        QCOMPARE(ratio.right, QStringLiteral("Value #B")); // Grafana 10's matcher form
        QCOMPARE(ratio.op, QChar(u'/'));
        const CalculatedColumn &total = memory->calculated.at(1);
        QCOMPARE(total.name, QStringLiteral("Total")); // Grafana's alias for a sum
        QCOMPARE(total.mode, CalculatedColumn::Mode::Reduce);
        QCOMPARE(total.over, (QStringList { QStringLiteral("Value #A"), QStringLiteral("Value #B") }));

        const Panel *nodes = panelTitled(imported.dashboard, QStringLiteral("By node"));
        QVERIFY(nodes);
        QCOMPARE(nodes->join.byLabel, QStringLiteral("node"));
        QVERIFY(nodes->join.inner);
        QVERIFY(imported.yaml.contains(QLatin1String("join: {by: node, mode: inner}")));
        QCOMPARE(nodes->calculated.size(), 1);
        QCOMPARE(nodes->calculated.at(0).name, QStringLiteral("Value #A * 100"));
        // replaceFields: only the new column of the readings stays.
        QCOMPARE(
            nodes->columns.hidden, (QStringList { QStringLiteral("Value #A"), QStringLiteral("Value #B") }));

        QString report; // every note, mapped ones too (the report's text lists the others)
        for (const PanelImport &panel : imported.report.panels) {
            for (const ImportNote &n : panel.notes)
                report += n.text + QLatin1Char('\n');
        }
        for (const char *expected : { "merge: one row per label set", "joinByField: one row per node",
                 "joinByField inner: only rows every query has a reading for",
                 "calculateField: column \"Used of limit\"",
                 "labelsToFields: the table's labels are its columns",
                 "calculateField: mode \"unary\" is not supported", "reducer \"stdDev\" is not supported" })
            QVERIFY2(report.contains(QLatin1String(expected)), expected);

        // The YAML written loads back to the same table settings.
        const DashboardFile own = loadWritten(imported.yaml);
        QVERIFY2(own.ok(), qPrintable(own.errors.join(u'\n') + u'\n' + imported.yaml));
        const Dashboard &back = own.dashboards.constFirst();
        for (const Panel *original : { memory, nodes }) {
            const Panel *loaded = panelTitled(back, original->title);
            QVERIFY(loaded);
            QCOMPARE(loaded->join.enabled, original->join.enabled);
            QCOMPARE(loaded->join.byLabel, original->join.byLabel);
            QCOMPARE(loaded->join.inner, original->join.inner);
            QCOMPARE(loaded->calculated.size(), original->calculated.size());
            for (qsizetype i = 0; i < original->calculated.size(); ++i) {
                const CalculatedColumn &a = loaded->calculated.at(i);
                const CalculatedColumn &b = original->calculated.at(i);
                QCOMPARE(a.name, b.name);
                QCOMPARE(a.mode, b.mode);
                QCOMPARE(a.left, b.left);
                QCOMPARE(a.op, b.op);
                QCOMPARE(a.right, b.right);
                QCOMPARE(a.reducer, b.reducer);
                QCOMPARE(a.over, b.over);
            }
        }
    }

    void decimalsMappingsAndOverrides()
    {
        const GrafanaImport imported = importData(QStringLiteral("field-overrides.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Dashboard &d = imported.dashboard;
        const ImportReport &r = imported.report;

        const Panel *up = panelTitled(d, QStringLiteral("Services up"));
        QCOMPARE(up->decimals, std::optional<int>(1));
        QCOMPARE(up->valueMappings.size(), 2); // "UP" is no number, "empty" no special the console has
        QCOMPARE(up->valueMappings.at(0).value, 1.0);
        QCOMPARE(up->valueMappings.at(0).text, QStringLiteral("UP"));
        QCOMPARE(up->valueMappings.at(0).color, grafanaColorHex(QStringLiteral("green")));
        QCOMPARE(up->valueMappings.at(1).text, QStringLiteral("DOWN"));
        QStringList upNotes;
        for (const ImportNote &n : reportOf(r, QStringLiteral("Services up"))->notes)
            upNotes << n.text;
        for (const char *expected : { "value mapping of \"UP\": Prometheus readings are numbers",
                 "value mapping of special value empty not kept", "2 value mapping(s)" })
            QVERIFY2(upNotes.contains(QLatin1String(expected)), qPrintable(upNotes.join(QLatin1Char('|'))));

        const Panel *bars = panelTitled(d, QStringLiteral("Targets by job"));
        QCOMPARE(bars->valueMappings.first().kind, ValueMapping::Kind::Range);
        QCOMPARE(bars->overrides.size(), 1);
        QCOMPARE(bars->overrides.first().displayName, QStringLiteral("Services"));
        QCOMPARE(bars->overrides.first().max, std::optional<double>(20));

        const Panel *scrape = panelTitled(d, QStringLiteral("Scrape duration"));
        QCOMPARE(scrape->decimals, std::optional<int>(3));
        QCOMPARE(scrape->queries.at(0).refId, QStringLiteral("A"));
        QCOMPARE(scrape->overrides.size(), 3); // byType is left out
        QCOMPARE(scrape->overrides.at(0).match, FieldOverride::Match::Name);
        QCOMPARE(scrape->overrides.at(0).color, grafanaColorHex(QStringLiteral("dark-red")));
        QCOMPARE(scrape->overrides.at(0).displayName, QStringLiteral("Services"));
        QCOMPARE(scrape->overrides.at(1).match, FieldOverride::Match::Regex);
        QCOMPARE(scrape->overrides.at(1).unit, std::optional<PanelUnit>(PanelUnit::Milliseconds));
        QCOMPARE(scrape->overrides.at(1).decimals, std::optional<int>(2));
        QCOMPARE(scrape->overrides.at(2).match, FieldOverride::Match::Query);
        QCOMPARE(scrape->overrides.at(2).unit, std::optional<PanelUnit>(PanelUnit::Percent));
        QCOMPARE(scrape->overrides.at(2).color, QStringLiteral("#5794f2"));
        // custom.axisPlacement right, and a unit other than the panel's on "auto": the right axis,
        // as Grafana gives a second unit an axis of its own there.
        QCOMPARE(scrape->overrides.at(0).axis, std::nullopt);
        QCOMPARE(scrape->overrides.at(1).axis, std::optional<YAxis>(YAxis::Right));
        QCOMPARE(scrape->overrides.at(2).axis, std::optional<YAxis>(YAxis::Right));
        QCOMPARE(bars->overrides.first().axis, std::nullopt);
        // percentunit on query B alone: only its expression is multiplied by 100.
        QVERIFY(!scrape->queries.at(0).expr.contains(QLatin1String("* 100")));
        QVERIFY2(scrape->queries.at(1).expr.endsWith(QLatin1String(") * 100")),
            qPrintable(scrape->queries.at(1).expr));

        const Panel *table = panelTitled(d, QStringLiteral("Scrape samples"));
        QCOMPARE(table->valueMappings.at(0).kind, ValueMapping::Kind::Regex); // Grafana's index order
        QCOMPARE(table->valueMappings.at(1).special, ValueMapping::Special::NaN);
        QCOMPARE(table->overrides.size(), 1); // Z is no target of the panel
        QCOMPARE(table->overrides.first().thresholds->size(), 2);
        QCOMPARE(table->overrides.first().thresholds->at(1).value, 500.0);
        QCOMPARE(table->columns.hidden, QStringList { QStringLiteral("__name__") });
        QCOMPARE(table->columns.order,
            (QStringList { QStringLiteral("instance"), QStringLiteral("Value"), QStringLiteral("job") }));
        QCOMPARE(table->columns.rename.value(QStringLiteral("Value")), QStringLiteral("Samples"));
        QCOMPARE(table->sortBy->column, QStringLiteral("Value"));
        QVERIFY(table->sortBy->descending);

        const Panel *gauge = panelTitled(d, QStringLiteral("Samples scraped in all"));
        QVERIFY(gauge->valueMappings.isEmpty()); // a gauge shows none: reported
        QCOMPARE(gauge->overrides.first().thresholds->at(1).value, 4000.0); // 80 % of 0..5000

        QString text;
        for (const PanelImport &panel : r.panels) {
            for (const ImportNote &n : panel.notes)
                text += n.text + QLatin1Char('\n');
        }
        for (const char *expected : { "override byType number not applied",
                 "units milliseconds, percent share the right axis, labelled percent",
                 "override of query Z left out", "calculateField: column \"Total\"",
                 "value mappings not applied: the console shows them on stat",
                 "override byName pivori-services", "override byFrameRefID B" })
            QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
        QVERIFY(imported.yaml.contains(QLatin1String("- {value: 1, text: \"UP\", color: \"")));
        QVERIFY(imported.yaml.contains(QLatin1String("- match: {query: \"B\"}")));
        QVERIFY(imported.yaml.contains(QLatin1String("ref_id: \"B\"")));
        QVERIFY(imported.yaml.contains(QLatin1String("sort_by: {column: \"Value\", descending: true}")));
    }

    void textBarGaugeAndTablePanels()
    {
        const GrafanaImport imported = importData(QStringLiteral("panel-kinds.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Dashboard &d = imported.dashboard;
        const ImportReport &r = imported.report;

        const Panel *readMe = panelTitled(d, QStringLiteral("Read me"));
        QVERIFY(readMe);
        QCOMPARE(readMe->type, PanelType::Text);
        QCOMPARE(readMe->textFormat, TextFormat::Markdown);
        QVERIFY(readMe->queries.isEmpty());
        // Markup stays in the content as written: the panel shows it as text, never as HTML.
        QVERIFY(readMe->content.contains(QLatin1String("<b>now</b>")));
        QVERIFY(r.text().contains(QLatin1String("HTML and images in the Markdown shown as text")));

        const Panel *html = panelTitled(d, QStringLiteral("Html notes"));
        QVERIFY(html);
        QCOMPARE(html->textFormat, TextFormat::Plain);
        QCOMPARE(html->content, QStringLiteral("Escalation\nCall & page ops"));
        QVERIFY(r.text().contains(QLatin1String("HTML shown as its plain text, tags removed")));

        const Panel *code = panelTitled(d, QStringLiteral("Code"));
        QVERIFY(code);
        QCOMPARE(code->textFormat, TextFormat::Plain);
        QCOMPARE(code->content, QStringLiteral("# not a heading\nrate(x[5m])"));

        QCOMPARE(panelTitled(d, QStringLiteral("Empty")), nullptr);
        QCOMPARE(reportOf(r, QStringLiteral("Empty"))->status(), ImportNote::Level::Unsupported);

        const Panel *bars = panelTitled(d, QStringLiteral("Scrape time"));
        QVERIFY(bars);
        QCOMPARE(bars->type, PanelType::BarGauge);
        QCOMPARE(bars->unit, PanelUnit::Seconds);
        QCOMPARE(bars->min, 0.0);
        QCOMPARE(bars->max, 1.0);
        QCOMPARE(bars->thresholds.size(), 2);
        QCOMPARE(bars->queries[0].legend, QStringLiteral("{{job}}"));
        // A fixed colour for every series: an override matching them all, first.
        QCOMPARE(bars->overrides.size(), 1);
        QCOMPARE(bars->overrides.first().match, FieldOverride::Match::Regex);
        QCOMPARE(bars->overrides.first().color, grafanaColorHex(QStringLiteral("purple")));
        const QString barsReport = r.text();
        QVERIFY(barsReport.contains(QLatin1String("vertical bars drawn horizontally")));
        QVERIFY(barsReport.contains(QLatin1String("display mode gradient drawn as plain bars")));

        const Panel *table = panelTitled(d, QStringLiteral("Up"));
        QVERIFY(table);
        QCOMPARE(table->type, PanelType::Table);
        QCOMPARE(table->queries[0].expr, QStringLiteral("up"));
        QCOMPARE(table->thresholds.size(), 2);
        QCOMPARE(table->columns.rename.value(QStringLiteral("job")), QStringLiteral("Job")); // organize
        QVERIFY(table->columns.hidden.isEmpty()); // Time: the console's table has none

        // A bar chart of one reading per series is a bar gauge; over a range, bars per step.
        const Panel *perService = panelTitled(d, QStringLiteral("Pods per service"));
        QVERIFY(perService);
        QCOMPARE(perService->type, PanelType::BarGauge);
        QCOMPARE(perService->queries.size(), 1); // the hidden target left out
        const PanelImport *perServiceReport = reportOf(r, QStringLiteral("Pods per service"));
        QCOMPARE(perServiceReport->status(), ImportNote::Level::Approximated);
        QString perServiceText;
        for (const ImportNote &note : perServiceReport->notes)
            perServiceText += note.text + u'\n';
        for (const char *expected : { "drawn as a bar gauge, one bar per series",
                 "vertical bars drawn horizontally", "x field service not kept",
                 "colour scheme continuous-GrYlRd: readings take their thresholds' colours" })
            QVERIFY2(perServiceText.contains(QLatin1String(expected)), qPrintable(perServiceText));
        const Panel *perHour = panelTitled(d, QStringLiteral("Errors per hour"));
        QVERIFY(perHour);
        QCOMPARE(perHour->type, PanelType::Bars);
        QVERIFY(perHour->stacked);
        QCOMPARE(perHour->queries.at(0).color, grafanaColorHex(QStringLiteral("orange"))); // bars: by query
        QCOMPARE(perHour->bucketMs, 3'600'000); // the target's interval: one bar per hour
        QCOMPARE(perHour->width, 12);
        QString perHourText;
        for (const ImportNote &note : reportOf(r, QStringLiteral("Errors per hour"))->notes)
            perHourText += note.text + u'\n';
        for (const char *expected : { "drawn as bars, one group per step", "horizontal bars drawn vertically",
                 "interval 1h: one bar per 1h" })
            QVERIFY2(perHourText.contains(QLatin1String(expected)), qPrintable(perHourText));
        QVERIFY2(
            !perHourText.contains(QLatin1String("min interval")), qPrintable(perHourText)); // taken as bucket
        QVERIFY(imported.yaml.contains(QLatin1String("bucket: 1h")));
        QVERIFY(imported.yaml.contains(QLatin1String("type: bars")));

        // Kinds the console has no panel for stay placeholders naming their type.
        QVERIFY(panelTitled(d, QStringLiteral("[piechart not supported] Share")));
        QVERIFY(r.text().contains(QLatin1String("panel type piechart is not supported")));

        // What is written is what the console reads back (the importer parses its own YAML).
        QVERIFY(imported.yaml.contains(QLatin1String("type: bargauge")));
        QVERIFY(imported.yaml.contains(QLatin1String("type: table")));
        QVERIFY(imported.yaml.contains(QLatin1String("format: plain")));
    }
};

QTEST_GUILESS_MAIN(TestGrafanaFields)
#include "tst_grafanafields.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Grafana dashboard JSON becomes the console's dashboard: layout, panel kinds, queries with
// Grafana's variable syntax, field config and variables map as the import report says; bad
// input gives a clear error and never an empty dashboard; the same JSON gives the same YAML.
#include "dashboardfile.h"
#include "grafanafieldconfig.h"
#include "grafanaimporter.h"
#include "grafanavariables.h"
#include "testutils.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace pivori;

namespace {

GrafanaImport importData(const QString &name, const GrafanaImportOptions &options = {})
{
    return importGrafanaDashboard(testutils::readData(QStringLiteral("grafana/") + name), name, options);
}

const Panel *panelTitled(const Dashboard &d, const QString &title)
{
    for (const Panel &p : d.panels) {
        if (p.title == title)
            return &p;
    }
    return nullptr;
}

const PanelImport *reportOf(const ImportReport &report, const QString &title)
{
    for (const PanelImport &p : report.panels) {
        if (p.title == title)
            return &p;
    }
    return nullptr;
}

/// The console YAML @p yaml as the loader reads it back from a file (empty when it cannot be
/// written: the caller's check of the result fails).
DashboardFile loadWritten(const QString &yaml)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("imported.yaml"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(yaml.toUtf8());
    out.close();
    return loadDashboardFile(path);
}

} // namespace

class TestGrafanaImport final : public QObject
{
    Q_OBJECT

private slots:
    void classicModelMapsPanelsQueriesAndFieldConfig()
    {
        const GrafanaImport imported = importData(QStringLiteral("features.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Dashboard &d = imported.dashboard;
        QCOMPARE(d.id, QStringLiteral("pivori-features"));
        QCOMPARE(d.title, QStringLiteral("Grafana features"));
        QCOMPARE(d.timeRangeMs, 3 * 3'600'000);
        QCOMPARE(d.refreshMs, 30'000);

        const Panel *requests = panelTitled(d, QStringLiteral("Requests by job"));
        QVERIFY(requests);
        QCOMPARE(requests->type, PanelType::TimeSeries);
        QCOMPARE(requests->unit, PanelUnit::RequestsPerSecond);
        QVERIFY(requests->stacked);
        QCOMPARE(requests->width, 6); // 12 of Grafana's 24 columns
        QCOMPARE(requests->queries.size(), 1);
        QCOMPARE(requests->queries[0].expr,
            QStringLiteral(
                "sum by (job) (rate(prometheus_http_requests_total{job=~\"$job\"}[$__rate_interval]))"));
        QCOMPARE(requests->queries[0].legend, QStringLiteral("{{job}}"));
        QCOMPARE(requests->thresholds.size(), 3);
        QCOMPARE(requests->thresholds[1].value, 50.0);
        QCOMPARE(requests->thresholds[1].color, QStringLiteral("#eab839"));
        QCOMPARE(requests->thresholds[2].severity, Severity::Critical);
        QCOMPARE(requests->thresholds[2].color, ConsoleConfig::colorHex(QStringLiteral("red")));

        const Panel *up = panelTitled(d, QStringLiteral("Targets up"));
        QVERIFY(up);
        QCOMPARE(up->type, PanelType::Stat);
        QCOMPARE(up->unit, PanelUnit::Count);
        QCOMPARE(up->queries[0].expr, QStringLiteral("sum(up{job=~\"${job}\"})")); // ${job:regex}

        // percentunit: the expression and every limit times 100; percentage thresholds on min..max.
        const Panel *ratio = panelTitled(d, QStringLiteral("Up ratio"));
        QVERIFY(ratio);
        QCOMPARE(ratio->type, PanelType::Gauge);
        QCOMPARE(ratio->unit, PanelUnit::Percent);
        QCOMPARE(ratio->queries[0].expr, QStringLiteral("(avg(up{job=~\"${job}\"})) * 100")); // [[job]]
        QCOMPARE(ratio->min, 0.0);
        QCOMPARE(ratio->max, 100.0);
        QCOMPARE(ratio->thresholds.size(), 3);
        QCOMPARE(ratio->thresholds[1].value, 80.0);
        QCOMPARE(ratio->thresholds[2].value, 95.0);
        QCOMPARE(ratio->thresholds[1].severity, Severity::Warning);

        // Legacy graph options; the hidden target is left out.
        const Panel *memory = panelTitled(d, QStringLiteral("Memory"));
        QVERIFY(memory);
        QCOMPARE(memory->unit, PanelUnit::Bytes);
        QCOMPARE(memory->min, 0.0);
        QCOMPARE(memory->queries.size(), 1);
        QCOMPARE(memory->thresholds.size(), 1);
        QCOMPARE(memory->thresholds[0].severity, Severity::Warning);

        // Fixed variables substituted: interval, textbox, constant; custom is a drop-down.
        const Panel *latency = panelTitled(d, QStringLiteral("Latency p$quantile"));
        QVERIFY(latency);
        QCOMPARE(latency->unit, PanelUnit::Seconds);
        QCOMPARE(latency->queries[0].expr,
            QStringLiteral("histogram_quantile($quantile, sum by (le, service) "
                           "(rate(http_request_duration_seconds_bucket{service=~\".*\"}[5m])))"));
        const Panel *scrape = panelTitled(d, QStringLiteral("Scrape durations"));
        QVERIFY(scrape);
        QCOMPARE(scrape->type, PanelType::BarGauge);
        QCOMPARE(scrape->queries[0].expr, QStringLiteral("scrape_duration_seconds{job=\"prometheus\"}"));

        // Repeated by $instance: one panel that the console repeats, each copy selecting its value.
        const Panel *cpu = panelTitled(d, QStringLiteral("CPU"));
        QVERIFY(cpu);
        QCOMPARE(cpu->queries[0].expr,
            QStringLiteral("(rate(process_cpu_seconds_total{instance=\"$instance\"}[5m])) * 100"));
        QCOMPARE(cpu->repeat, QStringLiteral("instance"));
        QCOMPARE(cpu->repeatDirection, RepeatDirection::Horizontal);
        QCOMPARE(cpu->maxPerRow, 4);
        QCOMPARE(std::count_if(d.panels.cbegin(), d.panels.cend(),
                     [](const Panel &p) { return p.title == QLatin1String("CPU"); }),
            1);
        QCOMPARE(panelTitled(d, QStringLiteral("Logs rate")), nullptr);
        QCOMPARE(panelTitled(d, QStringLiteral("Broken")), nullptr);
    }

    void networkAndDiskRatesKeepTheirUnits()
    {
        // Node Exporter dashboards plot traffic in bits and bytes per second: both are units
        // of the console, not bytes with "per second" lost.
        const GrafanaImport imported = importData(QStringLiteral("node-exporter.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Panel *traffic = panelTitled(imported.dashboard, QStringLiteral("Network Traffic Basic"));
        QVERIFY(traffic);
        QCOMPARE(traffic->unit, PanelUnit::BitsPerSecond);
        QCOMPARE(reportOf(imported.report, QStringLiteral("Network Traffic Basic"))->status(),
            ImportNote::Level::Mapped);
        QVERIFY(imported.yaml.contains(QLatin1String("unit: bits_per_second")));
    }

    void variablesMapToDropDownsOrFixedValues()
    {
        const GrafanaImport imported = importData(QStringLiteral("features.json"));
        QVERIFY(imported.ok);
        const QList<DashboardVariable> &vars = imported.dashboard.variables;
        QCOMPARE(vars.size(), 4);
        QCOMPARE(vars[0].name, QStringLiteral("job"));
        QCOMPARE(vars[0].label, QStringLiteral("job"));
        QCOMPARE(vars[0].query, QStringLiteral("up"));
        QVERIFY(vars[0].includeAll);
        QVERIFY(vars[0].defaultValues.isEmpty()); // saved as All
        QVERIFY(vars[0].multi);
        QVERIFY(vars[0].allValue.isEmpty()); // ".*" is what All means anyway
        // Chained: the matcher naming $job is kept, so the instances follow the jobs chosen.
        QCOMPARE(vars[1].name, QStringLiteral("instance"));
        QCOMPARE(vars[1].query, QStringLiteral("up{job=~\"$job\", env=\"prod\"}"));
        QCOMPARE(vars[1].defaultValues, QStringList { QStringLiteral("localhost:9090") });
        QCOMPARE(vars[1].regex, QStringLiteral("/(.*):.*/"));
        QCOMPARE(vars[1].sort, VariableSort::Numerical);
        QCOMPARE(vars[0].sort, VariableSort::Alphabetical);
        QVERIFY(vars[0].regex.isEmpty());
        QVERIFY(imported.yaml.contains(QLatin1String("regex: \"/(.*):.*/\"")));
        QVERIFY(imported.yaml.contains(QLatin1String("sort: numerical\n")));
        QCOMPARE(vars[2].name, QStringLiteral("node"));
        QVERIFY(vars[2].query.isEmpty());
        QCOMPARE(vars[3].name, QStringLiteral("quantile"));
        QVERIFY(vars[3].label.isEmpty());
        QCOMPARE(vars[3].values,
            (QStringList { QStringLiteral("0.5"), QStringLiteral("0.9"), QStringLiteral("0.99") }));
        QCOMPARE(vars[3].defaultValues, QStringList { QStringLiteral("0.9") });

        const QString report = imported.report.text();
        for (const char *expected :
            { "variable $job: multi-value", "variable $instance: chained, its values follow $job",
                "variable $instance: values filtered by the regex /(.*):.*/",
                "variable $instance: values sorted numerical", "variable $job: values sorted alphabetical",
                "variable $build: query", "fixed to '2.42.0'",
                "variable $quantile (custom): a drop-down of 0.5, 0.9, 0.99",
                "variable $window (interval): fixed to \"5m\"", "variable $filters: type \"adhoc\"" })
            QVERIFY2(report.contains(QLatin1String(expected)), expected);

        // --var sets what the conversion fixes, and a drop-down's default.
        GrafanaImportOptions options;
        options.values.insert(QStringLiteral("quantile"), QStringLiteral("0.99"));
        options.values.insert(QStringLiteral("job"), QStringLiteral("alertmanager"));
        const GrafanaImport chosen = importData(QStringLiteral("features.json"), options);
        QVERIFY(chosen.ok);
        QCOMPARE(chosen.dashboard.variables[3].defaultValues, QStringList { QStringLiteral("0.99") });
        QCOMPARE(chosen.dashboard.variables[0].defaultValues, QStringList { QStringLiteral("alertmanager") });
    }

    void multiValueCustomAndChainedVariables()
    {
        const GrafanaImport imported = importData(QStringLiteral("multi-value.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const QList<DashboardVariable> &vars = imported.dashboard.variables;
        QCOMPARE(vars.size(), 5);
        const DashboardVariable &job = vars[0];
        QVERIFY(job.multi);
        QCOMPARE(job.defaultValues, (QStringList { QStringLiteral("prometheus"), QStringLiteral("node") }));
        QCOMPARE(job.allValue, QStringLiteral("prom.*|node"));
        // [[job]] in the console's syntax; $cluster comes later in the list, so it is dropped.
        const DashboardVariable &instance = vars[1];
        QCOMPARE(instance.query, QStringLiteral("up{job=~\"${job}\"}"));
        QVERIFY(instance.multi && instance.includeAll && instance.defaultValues.isEmpty());
        QCOMPARE(instance.regex, QStringLiteral("/(?<value>[^:\"]+):(?<text>\\d+)/i"));
        QCOMPARE(instance.sort, VariableSort::NaturalDesc);
        const DashboardVariable &quantile = vars[2];
        QVERIFY(quantile.multi);
        QCOMPARE(quantile.defaultValues, (QStringList { QStringLiteral("0.5"), QStringLiteral("0.99") }));
        const DashboardVariable &mode = vars[3];
        QCOMPARE(mode.values, (QStringList { QStringLiteral("user"), QStringLiteral("system") }));
        QCOMPARE(mode.defaultValues, QStringList { QStringLiteral("system") });
        QVERIFY(mode.includeAll && !mode.multi);
        QCOMPARE(imported.dashboard.panels[0].queries[0].expr,
            QStringLiteral(
                "sum by (mode) (rate(node_cpu_seconds_total{job=~\"${job}\", instance=~\"$instance\", "
                "mode=~\"$mode\"}[5m]))"));
        const QString report = imported.report.text();
        for (const char *expected : { "variable $job: All stands for prom.*|node",
                 "variable $instance: the matchers cluster=\"$cluster\" name no earlier variable",
                 "variable $quantile: multi-value", "variable $mode (custom): a drop-down of user, system" })
            QVERIFY2(report.contains(QLatin1String(expected)), expected);
        QVERIFY2(!report.contains(QLatin1String("selects one value or All")), qPrintable(report));

        // The YAML written loads back to the same variables.
        const DashboardFile own = loadWritten(imported.yaml);
        QVERIFY2(own.ok(), qPrintable(own.errors.join(u'\n')));
        const QList<DashboardVariable> &back = own.dashboards.constFirst().variables;
        QCOMPARE(back.size(), vars.size());
        for (qsizetype i = 0; i < vars.size(); ++i) {
            QCOMPARE(back[i].name, vars[i].name);
            QCOMPARE(back[i].query, vars[i].query);
            QCOMPARE(back[i].values, vars[i].values);
            QCOMPARE(back[i].defaultValues, vars[i].defaultValues);
            QCOMPARE(back[i].multi, vars[i].multi);
            QCOMPARE(back[i].includeAll, vars[i].includeAll);
            QCOMPARE(back[i].allValue, vars[i].allValue);
            QCOMPARE(back[i].regex, vars[i].regex);
            QCOMPARE(back[i].sort, vars[i].sort);
        }
    }

    void tableTransformationsJoinAndCalculate()
    {
        const GrafanaImport imported = importData(QStringLiteral("table-transforms.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Panel *memory = panelTitled(imported.dashboard, QStringLiteral("Pod memory"));
        QVERIFY(memory);
        QVERIFY(memory->join.enabled && memory->join.byLabel.isEmpty());
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

    void reportSaysWhatIsMappedApproximatedUnsupported()
    {
        const GrafanaImport imported = importData(QStringLiteral("features.json"));
        QVERIFY(imported.ok);
        const ImportReport &r = imported.report;
        QCOMPARE(r.schemaVersion, 39);
        QCOMPARE(r.panels.size(), 12); // the repeat copy is left out; the rows are no panels
        QCOMPARE(reportOf(r, QStringLiteral("Targets up"))->status(), ImportNote::Level::Mapped); // decimals
        QCOMPARE(
            panelTitled(imported.dashboard, QStringLiteral("Targets up"))->decimals, std::optional<int>(0));
        QCOMPARE(reportOf(r, QStringLiteral("Requests in range"))->status(), ImportNote::Level::Mapped);
        QCOMPARE(reportOf(r, QStringLiteral("Notes"))->status(), ImportNote::Level::Mapped);
        QCOMPARE(reportOf(r, QStringLiteral("Notes"))->consoleId, QStringLiteral("notes"));
        QCOMPARE(reportOf(r, QStringLiteral("Logs rate"))->status(), ImportNote::Level::Unsupported);
        QCOMPARE(reportOf(r, QStringLiteral("Broken"))->status(), ImportNote::Level::Unsupported);
        QCOMPARE(reportOf(r, QStringLiteral("Targets"))->row, QStringLiteral("Details"));
        const QString text = r.text();
        for (const char *expected : { "target A: datasource loki is not Prometheus", "uses $cluster",
                 "target B is hidden in Grafana", "intervalFactor 2",
                 "shows the present value of each series", "override byName prometheus: no property",
                 "2 row(s) (1 collapsed) kept as the console's rows" })
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        // The YAML starts with the report as comments and keeps the text panel's content.
        QVERIFY(imported.yaml.startsWith(QLatin1String("# Grafana import of features.json")));
        QVERIFY(imported.yaml.contains(QLatin1String("content: \"# Read me\"")));
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
                 "override byRegexp alertmanager.*: custom.axisPlacement not applied",
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

        // Kinds the console has no panel for stay placeholders naming their type.
        QVERIFY(panelTitled(d, QStringLiteral("[piechart not supported] Share")));
        QVERIFY(r.text().contains(QLatin1String("panel type piechart is not supported")));

        // What is written is what the console reads back (the importer parses its own YAML).
        QVERIFY(imported.yaml.contains(QLatin1String("type: bargauge")));
        QVERIFY(imported.yaml.contains(QLatin1String("type: table")));
        QVERIFY(imported.yaml.contains(QLatin1String("format: plain")));
    }

    void conversionIsDeterministic()
    {
        for (const char *file :
            { "features.json", "legacy-rows.json", "many-panels.json", "panel-kinds.json" }) {
            const GrafanaImport a = importData(QLatin1String(file));
            const GrafanaImport b = importData(QLatin1String(file));
            QVERIFY2(a.ok, qPrintable(a.error));
            QCOMPARE(a.yaml, b.yaml);
        }
    }

    void legacyRowsAreRead()
    {
        const GrafanaImport imported = importData(QStringLiteral("legacy-rows.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Dashboard &d = imported.dashboard;
        QCOMPARE(d.panels.size(), 4); // graph, singlestat gauge, singlestat, text; the copy is not
        QCOMPARE(panelTitled(d, QStringLiteral("About"))->content, QStringLiteral("Legacy text panel"));
        const Panel *scrapes = panelTitled(d, QStringLiteral("Scrapes"));
        QVERIFY(scrapes);
        QCOMPARE(scrapes->width, 8); // span 8 of 12
        QVERIFY(scrapes->stacked);
        QCOMPARE(scrapes->unit, PanelUnit::RequestsPerSecond);
        const Panel *up = panelTitled(d, QStringLiteral("Up"));
        QCOMPARE(up->type, PanelType::Gauge);
        QCOMPARE(up->max, 100.0);
        QCOMPARE(up->thresholds.size(), 3);
        QCOMPARE(up->thresholds[1].value, 50.0);
        QCOMPARE(up->thresholds[1].color, QStringLiteral("#ed8128"));
        QCOMPARE(up->thresholds[2].severity, Severity::Critical);
        const Panel *samples = panelTitled(d, QStringLiteral("Samples"));
        QCOMPARE(samples->height, 2); // a 500 px row
        const QString report = imported.report.text();
        QVERIFY(report.contains(QLatin1String("legacy rows[] layout (2 row(s), 1 collapsed)")));
        QVERIFY(report.contains(QLatin1String("row \"Details\" repeats by $job")));
        QVERIFY(report.contains(QLatin1String("not the avg over the range")));
    }

    void manyPanelsWithNestedRowsAndRepeats()
    {
        QElapsedTimer timer;
        timer.start();
        const GrafanaImport imported = importData(QStringLiteral("many-panels.json"));
        const qint64 ms = timer.elapsed();
        QVERIFY2(imported.ok, qPrintable(imported.error));
        qInfo("converted %lld panels in %lld ms", qint64(imported.report.panels.size()), ms);
        // 141 panels written, 10 of them saved repeat copies.
        QCOMPARE(imported.report.panels.size(), 131);
        QCOMPARE(imported.dashboard.panels.size(), 131);
        QVERIFY(reportOf(imported.report, QStringLiteral("Deep stat")));
        QCOMPARE(
            reportOf(imported.report, QStringLiteral("Deep stat"))->row, QStringLiteral("Row 6 / Nested"));
        QSet<QString> ids;
        for (const Panel &p : imported.dashboard.panels)
            ids.insert(p.id);
        QCOMPARE(ids.size(), 131);
    }

    void errorsAreClearAndNeverAnEmptyDashboard_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v2 schema") << "v2-elements.json"
                                   << "v2 schema (elements{}";
        QTest::newRow("nothing to draw") << "text-only.json"
                                         << "nothing the console can draw";
        QTest::newRow("bad JSON") << "broken.json"
                                  << "broken.json:2:";
        QTest::newRow("not a dashboard") << "configmap.yaml"
                                         << "not valid JSON";
    }

    void errorsAreClearAndNeverAnEmptyDashboard()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const GrafanaImport imported = importData(file);
        QVERIFY(!imported.ok);
        QVERIFY(imported.dashboard.panels.isEmpty());
        QVERIFY(imported.yaml.isEmpty());
        QVERIFY2(imported.error.contains(expected), qPrintable(imported.error));
        const GrafanaImport notObject = importGrafanaDashboard(R"({"title": "x"})", QStringLiteral("x.json"));
        QVERIFY(notObject.error.contains(QLatin1String("neither panels[] nor rows[]")));
    }

    void variableReferencesRewritten()
    {
        GrafanaVariables vars;
        DashboardVariable job;
        job.name = QStringLiteral("job");
        vars.dropDowns << job;
        vars.fixed.insert(QStringLiteral("q"), QStringLiteral("0.5"));
        QStringList undefined;
        QStringList approximated;
        const QString out = rewriteVariableReferences(
            QStringLiteral("a{j=~\"[[job]]|${job:pipe}|$job|${job:csv}\"} $q $qq ${q} $__range_s $__from"),
            vars, &undefined, &approximated);
        QCOMPARE(out, QStringLiteral("a{j=~\"${job}|${job}|$job|${job}\"} 0.5 $qq 0.5 $__range_s $__from"));
        QCOMPARE(undefined, QStringList({ QStringLiteral("qq"), QStringLiteral("__from") }));
        QCOMPARE(approximated.size(), 1);
    }

    void grafanaColours()
    {
        QCOMPARE(grafanaColorHex(QStringLiteral("#EAB839")), QStringLiteral("#eab839"));
        QCOMPARE(grafanaColorHex(QStringLiteral("#f00")), QStringLiteral("#ff0000"));
        QCOMPARE(grafanaColorHex(QStringLiteral("rgba(50, 172, 45, 0.97)")), QStringLiteral("#32ac2d"));
        QCOMPARE(
            grafanaColorHex(QStringLiteral("dark-green")), ConsoleConfig::colorHex(QStringLiteral("green")));
        QVERIFY(grafanaColorHex(QStringLiteral("#zzz")).isEmpty());
    }

    void dashboardFilesOfEveryKind()
    {
        const DashboardFile json
            = loadDashboardFile(testutils::dataPath(QStringLiteral("grafana/stack-overview.json")));
        QVERIFY2(json.ok(), qPrintable(json.errors.join(QLatin1Char('\n'))));
        QCOMPARE(json.dashboards.size(), 1);
        QCOMPARE(json.reports.size(), 1);

        const DashboardFile configMap
            = loadDashboardFile(testutils::dataPath(QStringLiteral("grafana/configmap.yaml")));
        QVERIFY2(configMap.ok(), qPrintable(configMap.errors.join(QLatin1Char('\n'))));
        QCOMPARE(configMap.dashboards.size(), 2);
        QCOMPARE(configMap.dashboards[0].title, QStringLiteral("From a ConfigMap"));
        QCOMPARE(configMap.dashboards[1].title, QStringLiteral("Legacy in a list"));

        // The console's own YAML: what import-grafana wrote reads back as the same dashboard.
        const GrafanaImport imported = importData(QStringLiteral("features.json"));
        const DashboardFile own = loadWritten(imported.yaml);
        QVERIFY2(own.ok(), qPrintable(own.errors.join(QLatin1Char('\n'))));
        QCOMPARE(own.dashboards[0].panels.size(), imported.dashboard.panels.size());
        QCOMPARE(own.dashboards[0].panels.last().queries[0].expr,
            imported.dashboard.panels.last().queries[0].expr);

        const QTemporaryDir dir;
        const DashboardFile missing = loadDashboardFile(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.errors.value(0).contains(QLatin1String("none.json: cannot read")));
        const DashboardFile v2
            = loadDashboardFile(testutils::dataPath(QStringLiteral("grafana/v2-elements.json")));
        QVERIFY(!v2.ok());
        QVERIFY(v2.errors.value(0).contains(QLatin1String("v2 schema")));
    }
};

QTEST_GUILESS_MAIN(TestGrafanaImport)
#include "tst_grafanaimport.moc"

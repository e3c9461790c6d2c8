// SPDX-License-Identifier: GPL-3.0-or-later
// Grafana dashboard JSON becomes the console's dashboard: layout, panel kinds, queries with
// Grafana's variable syntax, field config and variables map as the import report says; bad
// input gives a clear error and never an empty dashboard; the same JSON gives the same YAML.
#include "grafanafieldconfig.h"
#include "grafanaimporttestdata.h"
#include "grafanavariables.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace pivori;
using namespace grafanatest;

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
        // Legend options: a table (read back from the YAML written); values and placement reported.
        QCOMPARE(requests->legendMode, LegendMode::Table);
        QStringList requestNotes;
        for (const ImportNote &n : reportOf(imported.report, QStringLiteral("Requests by job"))->notes)
            requestNotes << n.text;
        QVERIFY2(requestNotes.contains(
                     QStringLiteral("legend values sum not shown: its table has last, min, max and mean")),
            qPrintable(requestNotes.join(u'|')));
        QVERIFY(requestNotes.contains(QStringLiteral("legend on the right drawn under the plot")));

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
        QCOMPARE(memory->legendMode, LegendMode::Hidden); // legend.show: false

        // Fixed variables substituted: interval, textbox, constant; custom is a drop-down.
        const Panel *latency = panelTitled(d, QStringLiteral("Latency p$quantile"));
        QVERIFY(latency);
        QCOMPARE(latency->unit, PanelUnit::Seconds);
        QCOMPARE(latency->legendMode, LegendMode::Auto); // no legend options
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
        QCOMPARE(vars.size(), 5);
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
        // query_result(): a drop-down of the answer's lines, the regex picking the version.
        QCOMPARE(vars[3].name, QStringLiteral("build"));
        QVERIFY(vars[3].queryResult);
        QCOMPARE(vars[3].query, QStringLiteral("count by (version) (prometheus_build_info)"));
        QCOMPARE(vars[3].defaultValues, QStringList { QStringLiteral("2.42.0") });
        QCOMPARE(vars[4].name, QStringLiteral("quantile"));
        QVERIFY(vars[4].label.isEmpty());
        QCOMPARE(vars[4].values,
            (QStringList { QStringLiteral("0.5"), QStringLiteral("0.9"), QStringLiteral("0.99") }));
        QCOMPARE(vars[4].defaultValues, QStringList { QStringLiteral("0.9") });

        const QString report = imported.report.text();
        for (const char *expected :
            { "variable $job: multi-value", "variable $instance: chained, its values follow $job",
                "variable $instance: values filtered by the regex /(.*):.*/",
                "variable $instance: values sorted numerical", "variable $job: values sorted alphabetical",
                "variable $quantile (custom): a drop-down of 0.5, 0.9, 0.99",
                "variable $window (interval): fixed to \"5m\"", "variable $filters: type \"adhoc\"" })
            QVERIFY2(report.contains(QLatin1String(expected)), expected);

        // --var sets what the conversion fixes, and a drop-down's default.
        GrafanaImportOptions options;
        options.values.insert(QStringLiteral("quantile"), QStringLiteral("0.99"));
        options.values.insert(QStringLiteral("job"), QStringLiteral("alertmanager"));
        const GrafanaImport chosen = importData(QStringLiteral("features.json"), options);
        QVERIFY(chosen.ok);
        QCOMPARE(chosen.dashboard.variables[4].defaultValues, QStringList { QStringLiteral("0.99") });
        QCOMPARE(chosen.dashboard.variables[0].defaultValues, QStringList { QStringLiteral("alertmanager") });
    }

    void multiValueCustomAndChainedVariables()
    {
        const GrafanaImport imported = importData(QStringLiteral("multi-value.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const QList<DashboardVariable> &vars = imported.dashboard.variables;
        QCOMPARE(vars.size(), 6); // $later names an unknown variable: fixed to its saved value
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
        // query_result(): the answer's lines, the regex picking the value out of each.
        const DashboardVariable &topPod = vars[5];
        QVERIFY(topPod.queryResult && topPod.label.isEmpty());
        QCOMPARE(topPod.query,
            QStringLiteral("topk(5, sum by (pod) (rate(http_requests_total{job=~\"$job\"}[$__range])))"));
        QCOMPARE(topPod.regex, QStringLiteral("/pod=\"([^\"]+)\"/"));
        QCOMPARE(topPod.sort, VariableSort::Alphabetical);
        QCOMPARE(topPod.defaultValues, QStringList { QStringLiteral("api-1") });
        QCOMPARE(imported.dashboard.panels[0].queries[0].expr,
            QStringLiteral(
                "sum by (mode) (rate(node_cpu_seconds_total{job=~\"${job}\", instance=~\"$instance\", "
                "mode=~\"$mode\"}[5m]))"));
        const QString report = imported.report.text();
        for (const char *expected : { "variable $job: All stands for prom.*|node",
                 "variable $instance: the matchers cluster=\"$cluster\" name no earlier variable",
                 "variable $quantile: multi-value", "variable $mode (custom): a drop-down of user, system" })
            QVERIFY2(report.contains(QLatin1String(expected)), expected);
        // A query_result() naming a variable the dashboard lacks: fixed to its saved value.
        QVERIFY2(report.contains(
                     QLatin1String("variable $later: query 'query_result(count by (zone) "
                                   "(up{zone=\"$zone_later\"}))' is not label_values(); fixed to 'a'")),
            qPrintable(report));
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
            QCOMPARE(back[i].queryResult, vars[i].queryResult);
        }
        QVERIFY(imported.yaml.contains(QLatin1String("query_result: \"topk(5,")));
        QString notes; // mapped ones too
        for (const ImportNote &n : imported.report.dashboardNotes)
            notes += n.text + u'\n';
        QVERIFY2(notes.contains(QLatin1String("variable $top_pod: the lines of the answer to topk(5,")),
            qPrintable(notes));
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

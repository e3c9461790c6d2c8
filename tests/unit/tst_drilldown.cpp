// SPDX-License-Identifier: GPL-3.0-or-later
// Drill-down is configuration: a panel's `link:` names the dashboard a click on a series opens
// and the variables it sets from the series' labels. Parsing, checking and resolution.
#include "configloader.h"
#include "drilldown.h"

#include <QTest>

using namespace pivori;

namespace {

const QByteArray kTwoDashboards = R"(prometheus:
  - name: main
    url: http://localhost:9090
dashboards:
  - id: overview
    title: Overview
    variables:
      - {name: service, label: service, query: up}
    panels:
      - id: rate
        title: Rate
        type: timeseries
        queries: [{expr: up}]
        link:
          dashboard: detail
          variables: {service: service, pod: kubernetes_pod}
      - id: plain
        title: Plain
        type: timeseries
        queries: [{expr: up}]
  - id: detail
    title: Detail
    variables:
      - {name: service, label: service, query: up}
      - {name: pod, label: pod, query: up}
    panels:
      - id: p
        title: P
        type: timeseries
        queries: [{expr: up}]
)";

QString errorsOf(const ConfigLoadResult &result)
{
    QStringList lines;
    for (const ConfigError &error : result.errors)
        lines << error.toString();
    return lines.join(u'\n');
}

} // namespace

class TestDrillDown final : public QObject
{
    Q_OBJECT

private slots:
    void linkIsRead()
    {
        const ConfigLoadResult result
            = ConfigLoader::loadText(kTwoDashboards, QStringLiteral("console.yaml"));
        QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
        const Panel *rate = result.config.dashboards.at(0).panel(QStringLiteral("rate"));
        QVERIFY(rate);
        QCOMPARE(rate->link.dashboard, QStringLiteral("detail"));
        const QList<std::pair<QString, QString>> expected { { QStringLiteral("service"),
                                                                QStringLiteral("service") },
            { QStringLiteral("pod"), QStringLiteral("kubernetes_pod") } };
        QCOMPARE(rate->link.variables, expected);
        QVERIFY(!result.config.dashboards.at(0).panel(QStringLiteral("plain"))->link.isSet());
    }

    void badLinksAreConfigurationErrors_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown dashboard, near miss")
            << QByteArray("dashboard: detail\n") << QByteArray("dashboard: detial\n")
            << QStringLiteral("console.yaml:15:22: dashboards[0].panels[0].link.dashboard refers to unknown "
                              "dashboard \"detial\" (known: detail, overview); did you mean \"detail\"?");
        QTest::newRow("variable the target lacks")
            << QByteArray("pod: kubernetes_pod") << QByteArray("node: kubernetes_node")
            << QStringLiteral("console.yaml:16:41: dashboard \"detail\" has no variable named \"node\"");
        QTest::newRow("variables not a map")
            << QByteArray("variables: {service: service, pod: kubernetes_pod}")
            << QByteArray("variables: [service]")
            << QStringLiteral("link.variables must map variables of the target dashboard");
        QTest::newRow("unknown key in a link")
            << QByteArray("variables: {service") << QByteArray("vars: {service")
            << QStringLiteral("unknown key \"vars\" in dashboards[0].panels[0].link");
    }

    void badLinksAreConfigurationErrors()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray yaml = kTwoDashboards;
        QVERIFY(yaml.contains(from));
        yaml.replace(from, to);
        const ConfigLoadResult result = ConfigLoader::loadText(yaml, QStringLiteral("console.yaml"));
        QVERIFY(!result.ok());
        QVERIFY2(errorsOf(result).contains(expected), qPrintable(errorsOf(result)));
    }

    void aLinkMayNameABuiltInDashboardTheFileIncludes()
    {
        QByteArray yaml = kTwoDashboards;
        yaml.replace("dashboard: detail\n", "dashboard: microservices\n");
        yaml.replace("variables: {service: service, pod: kubernetes_pod}", "variables: {service: service}");
        // Not included: the file decides which dashboards exist, and says how to include it.
        const ConfigLoadResult without = ConfigLoader::loadText(yaml, QStringLiteral("console.yaml"));
        QVERIFY(!without.ok());
        QVERIFY2(errorsOf(without).contains(
                     QStringLiteral("console.yaml:15:22: dashboards[0].panels[0].link.dashboard "
                                    "refers to unknown dashboard \"microservices\"")),
            qPrintable(errorsOf(without)));
        QVERIFY2(errorsOf(without).contains(QLatin1String("\"- builtin: microservices\" under dashboards")),
            qPrintable(errorsOf(without)));
        yaml += "  - builtin: microservices\n";
        const ConfigLoadResult result = ConfigLoader::loadText(yaml, QStringLiteral("console.yaml"));
        QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
        QCOMPARE(result.config.dashboards.size(), 3);
    }

    void aBuiltInDashboardLosesLinksToDashboardsLeftOut()
    {
        // production links to microservices; a file with production alone has no microservices.
        const QByteArray yaml = "prometheus: [{name: main, url: 'http://localhost:9090'}]\n"
                                "dashboards:\n"
                                "  - builtin: production\n";
        const ConfigLoadResult alone = ConfigLoader::loadText(yaml, QStringLiteral("console.yaml"));
        QVERIFY2(alone.ok(), qPrintable(errorsOf(alone)));
        QVERIFY(alone.config.dashboards.at(0).panel(QStringLiteral("latency"))->link.dashboard.isEmpty());
        const ConfigLoadResult both
            = ConfigLoader::loadText(yaml + "  - builtin: microservices\n", QStringLiteral("console.yaml"));
        QVERIFY2(both.ok(), qPrintable(errorsOf(both)));
        QCOMPARE(both.config.dashboards.at(0).panel(QStringLiteral("latency"))->link.dashboard,
            QStringLiteral("microservices"));
    }

    void resolvesFromTheSeriesLabels()
    {
        DrillLink link { QStringLiteral("detail"),
            { { QStringLiteral("service"), QStringLiteral("service") },
                { QStringLiteral("pod"), QStringLiteral("pod") } } };
        const LabelSet labels { { QStringLiteral("service"), QStringLiteral("trading") },
            { QStringLiteral("pod"), QStringLiteral("trading-7f9") } };
        const auto target = resolveDrillLink(link, labels, {});
        QVERIFY(target);
        QCOMPARE(target->dashboardId, QStringLiteral("detail"));
        QCOMPARE(target->variables.size(), 2);
        QCOMPARE(target->variables[0].first, QStringLiteral("service"));
        QCOMPARE(target->variables[0].second, VariableValue::single(QStringLiteral("trading")));
        QCOMPARE(target->variables[1].second, VariableValue::single(QStringLiteral("trading-7f9")));
    }

    void anAggregateSeriesKeepsTheSingleChoiceOrSelectsAll_data()
    {
        QTest::addColumn<VariableValue>("chosen");
        QTest::addColumn<VariableValue>("expected");
        QTest::newRow("one service chosen") << VariableValue::single(QStringLiteral("market-data"))
                                            << VariableValue::single(QStringLiteral("market-data"));
        QTest::newRow("all chosen") << VariableValue::allValues() << VariableValue::allValues();
        QTest::newRow("several chosen")
            << VariableValue::multiple({ QStringLiteral("a"), QStringLiteral("b") })
            << VariableValue::allValues();
    }

    void anAggregateSeriesKeepsTheSingleChoiceOrSelectsAll()
    {
        QFETCH(VariableValue, chosen);
        QFETCH(VariableValue, expected);
        // A P95 over every service has no service label.
        const DrillLink link { QStringLiteral("detail"),
            { { QStringLiteral("service"), QStringLiteral("service") } } };
        const auto target = resolveDrillLink(link, { { QStringLiteral("quantile"), QStringLiteral("0.95") } },
            { { QStringLiteral("service"), chosen } });
        QVERIFY(target);
        QCOMPARE(target->variables.constFirst().second, expected);
    }

    void noLinkResolvesToNothing()
    {
        QVERIFY(!resolveDrillLink(DrillLink(), { { QStringLiteral("service"), QStringLiteral("x") } }, {}));
    }

    void builtInLinksPointAtDashboardsAndVariablesThatExist()
    {
        const ConfigLoadResult result = ConfigLoader::loadFile(ConfigLoader::builtInPath());
        QVERIFY2(result.ok(), qPrintable(errorsOf(result)));
        int links = 0;
        for (const Dashboard &dashboard : result.config.dashboards) {
            for (const Panel &panel : dashboard.panels) {
                if (!panel.link.isSet())
                    continue;
                ++links;
                const auto target
                    = std::find_if(result.config.dashboards.cbegin(), result.config.dashboards.cend(),
                        [&](const Dashboard &d) { return d.id == panel.link.dashboard; });
                QVERIFY2(target != result.config.dashboards.cend(), qPrintable(panel.id));
                for (const auto &[variable, label] : panel.link.variables) {
                    QVERIFY2(std::any_of(target->variables.cbegin(), target->variables.cend(),
                                 [&name = variable](const DashboardVariable &v) { return v.name == name; }),
                        qPrintable(panel.id + u' ' + variable));
                }
            }
        }
        // Latency, request rate and connections of the production dashboard lead to the services.
        QCOMPARE(links, 3);
    }
};

QTEST_GUILESS_MAIN(TestDrillDown)
#include "tst_drilldown.moc"

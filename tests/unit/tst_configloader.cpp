// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"
#include "configtestdata.h"
#include "duration.h"
#include "testutils.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pivori;

using namespace configtest;

class TestConfigLoader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void builtInDefaultLoadsClean();
    void builtInResourceMatchesSource();
    void fullExampleReadsEveryKey();
    void minimalConfigGetsDefaults();
    void aliasesAreFollowed();
    void playlistNamesOnlyDashboardsThatExist();
    void ownDashboardsDecideWhichExist();
    void documentedExampleLoads();
    void multiValueAndChainedVariablesRead();

    void resolvesPath_data();
    void resolvesPath();

private:
    QByteArray m_savedXdg;
    QByteArray m_savedHome;
    bool m_hadXdg = false;
};

void TestConfigLoader::initTestCase()
{
    m_hadXdg = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
    m_savedXdg = qgetenv("XDG_CONFIG_HOME");
    m_savedHome = qgetenv("HOME");
}

void TestConfigLoader::cleanup()
{
    if (m_hadXdg)
        qputenv("XDG_CONFIG_HOME", m_savedXdg);
    else
        qunsetenv("XDG_CONFIG_HOME");
    qputenv("HOME", m_savedHome);
}

void TestConfigLoader::builtInDefaultLoadsClean()
{
    const ConfigLoadResult result = ConfigLoader::loadFile(ConfigLoader::builtInPath());
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const ConsoleConfig &config = result.config;
    QCOMPARE(config.sourceName, QStringLiteral(":/pivori/console.yaml"));

    QCOMPARE(config.prometheus.size(), 1);
    QCOMPARE(config.prometheus.first().endpoint.url, QUrl(QStringLiteral("http://localhost:9090")));
    QCOMPARE(config.alertmanagers.size(), 1);
    QCOMPARE(config.alertmanagers.first().replicas.size(), 1);
    QCOMPARE(
        config.alertmanagers.first().replicas.first().url, QUrl(QStringLiteral("http://localhost:9093")));
    QCOMPARE(config.refresh.dashboardsMs, 10'000);
    QCOMPARE(config.refresh.alertsMs, 10'000);
    QCOMPARE(config.refresh.healthMs, 60'000);

    QStringList ids;
    for (const Dashboard &d : config.dashboards)
        ids.append(d.id);
    QCOMPARE(ids, ConfigLoader::builtInDashboardIds());

    const Dashboard *production = config.dashboard(QStringLiteral("production"));
    QVERIFY(production);
    QCOMPARE(production->panels.size(), 9);
    QCOMPARE(production->variables.size(), 1);
    QCOMPARE(production->variables.first().name, QStringLiteral("service"));
    QVERIFY(production->variables.first().includeAll);

    const Panel *uptime = production->panel(QStringLiteral("uptime"));
    QVERIFY(uptime);
    QCOMPARE(uptime->type, PanelType::Gauge);
    QCOMPARE(uptime->thresholds.size(), 3);
    QCOMPARE(uptime->thresholds.at(1).value, 99.0);
    QCOMPARE(uptime->thresholds.at(2).value, 99.9);
    QCOMPARE(uptime->thresholds.at(2).severity, Severity::Ok);

    const Panel *latency = production->panel(QStringLiteral("latency"));
    QVERIFY(latency);
    QCOMPARE(latency->queries.size(), 3);
    QCOMPARE(latency->thresholds.first().value, 0.5);
    QCOMPARE(latency->thresholds.last().value, 1.0);

    const Panel *memory = production->panel(QStringLiteral("memory"));
    QVERIFY(memory);
    QCOMPARE(memory->unit, PanelUnit::Bytes);
    QCOMPARE(memory->thresholds.first().value, 1.8e9);
    QCOMPARE(memory->thresholds.last().value, 1.95e9);

    // 5xx (limit 0.1 %) and 4xx (limit 10 %) are each read against an axis of their own.
    const Panel *errors = production->panel(QStringLiteral("error-rate"));
    QVERIFY(errors);
    QCOMPARE(errors->queries.size(), 2);
    QCOMPARE(errors->queries.at(0).axis, YAxis::Left);
    QCOMPARE(errors->queries.at(1).axis, YAxis::Right);
    QCOMPARE(errors->thresholds.first().axis, YAxis::Left);
    QCOMPARE(errors->thresholds.last().value, 10.0);
    QCOMPARE(errors->thresholds.last().axis, YAxis::Right);

    const Panel *status = production->panel(QStringLiteral("status"));
    QVERIFY(status);
    QCOMPARE(status->type, PanelType::Bars);
    QVERIFY(status->stacked);
    QCOMPARE(status->bucketMs, 5 * 60'000);
    QStringList colors;
    for (const PanelQuery &q : status->queries)
        colors.append(q.color);
    QCOMPARE(
        colors, (QStringList { QStringLiteral("green"), QStringLiteral("yellow"), QStringLiteral("red") }));
    QVERIFY(production->panel(QStringLiteral("request-rate"))->stacked);

    // Every panel filters by the variable it declares, except the per-pod panels.
    for (const Panel &p : production->panels) {
        for (const PanelQuery &q : p.queries) {
            if (p.id != QLatin1String("memory") && p.id != QLatin1String("cpu"))
                QVERIFY2(q.expr.contains(QLatin1String("service=~\"$service\"")), qPrintable(p.id));
        }
    }

    const Dashboard *micro = config.dashboard(QStringLiteral("microservices"));
    QVERIFY(micro);
    QCOMPARE(micro->panels.size(), 3);

    // Every alert rule's "Open related dashboard" leads to a dashboard that exists.
    const QByteArray rules
        = testutils::readFile(testutils::sourcePath(QStringLiteral("resources/rules/pivori-alerts.yml")));
    QVERIFY(!rules.isEmpty());
    const QRegularExpression annotation(
        QStringLiteral("^\\s+dashboard:\\s*(\\S+)\\s*$"), QRegularExpression::MultilineOption);
    QSet<QString> linked;
    for (auto match = annotation.globalMatch(QString::fromUtf8(rules)); match.hasNext();)
        linked.insert(match.next().captured(1));
    QCOMPARE(linked.size(), 3); // production, microservices, kubernetes
    for (const QString &id : std::as_const(linked))
        QVERIFY2(config.dashboard(id), qPrintable(id));

    // The guide's runbooks are the runbook library's built-ins, so a user's `runbooks:` wins.
    QVERIFY(config.runbooks.isEmpty());
    // The guide's checks, in every category of its health check script, and the dead man's switch.
    QSet<QString> categories;
    for (const HealthCheck &check : config.healthChecks)
        categories.insert(check.effectiveCategory());
    for (const char *category : { "Prometheus", "Alertmanager", "End to end", "Performance", "Resources",
             "Kubernetes", "Connectivity", "Security", "Backups" })
        QVERIFY2(categories.contains(QLatin1String(category)), category);
    QVERIFY(config.healthChecks.size() >= 25);
    QCOMPARE(config.deadMansSwitch, QStringLiteral("Watchdog"));
    QCOMPARE(config.noc.playlist.size(), 5);
    QCOMPARE(
        config.noc.playlist.constLast().kind, NocPlaylistItem::Kind::Health); // is the monitoring working
    QCOMPARE(config.noc.rotateEveryMs, 30'000);
}

void TestConfigLoader::builtInResourceMatchesSource()
{
    QFile resource(ConfigLoader::builtInPath());
    QVERIFY2(resource.open(QIODevice::ReadOnly), qPrintable(resource.errorString()));
    QFile source(QStringLiteral(PIVORI_SOURCE_DIR "/resources/console.yaml"));
    QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.errorString()));
    QCOMPARE(resource.readAll(), source.readAll());
}

void TestConfigLoader::fullExampleReadsEveryKey()
{
    const QString path = kData + QStringLiteral("/full.yaml");
    const ConfigLoadResult result = ConfigLoader::loadFile(path);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const ConsoleConfig &c = result.config;
    QCOMPARE(c.sourceName, path);

    QCOMPARE(c.prometheus.size(), 2);
    const Endpoint &main = c.prometheus.at(0).endpoint;
    QCOMPARE(c.prometheus.at(0).name, QStringLiteral("main"));
    QCOMPARE(main.url, QUrl(QStringLiteral("https://prometheus.example.org:9090/prom")));
    QCOMPARE(main.timeoutMs, 15'000);
    QCOMPARE(main.caFile, kData + QStringLiteral("/certs/ca.pem"));
    QCOMPARE(main.auth.type, Auth::Type::Bearer);
    QCOMPARE(main.auth.token.file, kData + QStringLiteral("/secrets/prom-token"));
    const Endpoint &backup = c.prometheus.at(1).endpoint;
    QCOMPARE(backup.timeoutMs, 10'000);
    QCOMPARE(backup.auth.type, Auth::Type::Basic);
    QCOMPARE(backup.auth.username, QStringLiteral("console"));
    QCOMPARE(backup.auth.password.env, QStringLiteral("PROM_BACKUP_PASSWORD"));

    QCOMPARE(c.alertmanagers.size(), 2);
    const AlertmanagerCluster &eu = c.alertmanagers.at(0);
    QCOMPARE(eu.replicas.size(), 2);
    QCOMPARE(eu.replicas.at(1).url, QUrl(QStringLiteral("https://am-1.example.org:9093")));
    for (const Endpoint &replica : eu.replicas) {
        QCOMPARE(replica.timeoutMs, 5'000);
        QCOMPARE(replica.caFile, QStringLiteral("/etc/ssl/am-ca.pem"));
        QCOMPARE(replica.auth.password.file, QStringLiteral("/run/secrets/am-password"));
    }
    QCOMPARE(c.alertmanagers.at(1).replicas.size(), 1);

    QCOMPARE(c.refresh.dashboardsMs, 15'000);
    QCOMPARE(c.refresh.alertsMs, 5'000);
    QCOMPARE(c.refresh.healthMs, 120'000);
    QCOMPARE(c.labels.service, QStringLiteral("job"));
    QCOMPARE(c.labels.status, QStringLiteral("code"));
    QCOMPARE(c.labels.endpoint, QStringLiteral("handler"));
    QCOMPARE(c.labels.pod, QStringLiteral("kubernetes_pod_name"));
    QCOMPARE(c.labels.node, QStringLiteral("instance"));

    // Its own dashboard and the one built-in dashboard it names, in its order.
    QCOMPARE(c.dashboards.size(), 2);
    QCOMPARE(c.dashboards.at(1).id, QStringLiteral("production"));
    QCOMPARE(c.dashboards.at(1).panels.size(), ConfigLoader::builtInDashboards().first().panels.size());
    const Dashboard &d = c.dashboards.first();
    QCOMPARE(d.id, QStringLiteral("checkout"));
    QCOMPARE(d.description, QStringLiteral("The payment path"));
    QCOMPARE(d.timeRangeMs, 6 * 3'600'000);
    QCOMPARE(d.refreshMs, 30'000);
    QCOMPARE(d.location.line, 46);
    QCOMPARE(d.variables.size(), 2);
    QCOMPARE(d.variables.at(0).query, QStringLiteral("http_requests_total{namespace=\"shop\"}"));
    QCOMPARE(d.variables.at(0).defaultValues, QStringList { QStringLiteral("payments") });
    QVERIFY(d.variables.at(0).includeAll);
    QCOMPARE(d.variables.at(1).label, QStringLiteral("handler"));
    QVERIFY(!d.variables.at(1).includeAll);

    QCOMPARE(d.panels.size(), 4);
    const Panel &p95 = d.panels.at(0);
    QCOMPARE(p95.location.line, 60);
    QCOMPARE(p95.location.column, 9);
    QCOMPARE(p95.type, PanelType::TimeSeries);
    QCOMPARE(p95.unit, PanelUnit::Milliseconds);
    QCOMPARE(p95.description, QStringLiteral("Tail latency of the payment calls"));
    QCOMPARE(p95.queries.first().legend, QStringLiteral("{{job}} P95"));
    QCOMPARE(p95.queries.first().color, QStringLiteral("#aa00ff"));
    QCOMPARE(p95.thresholds.size(), 2);
    QCOMPARE(p95.thresholds.at(0).value, 500.0); // sorted although written the other way round
    QCOMPARE(p95.thresholds.at(0).color, QStringLiteral("yellow")); // default for warning
    QCOMPARE(p95.thresholds.at(1).severity, Severity::Critical);
    QCOMPARE(p95.thresholds.at(1).label, QStringLiteral("slow"));
    QCOMPARE(p95.min, std::optional<double>(0));
    QCOMPARE(p95.max, std::optional<double>(2000));
    QVERIFY(!p95.stacked);
    QCOMPARE(p95.width, 12);
    QCOMPARE(p95.height, 2);
    QCOMPARE(d.panels.at(1).type, PanelType::Bars);
    QCOMPARE(d.panels.at(1).bucketMs, 600'000);
    QVERIFY(d.panels.at(1).stacked);
    QCOMPARE(d.panels.at(2).type, PanelType::Gauge);
    QCOMPARE(d.panels.at(2).width, 6);
    QCOMPARE(d.panels.at(2).height, 1);
    QVERIFY(!d.panels.at(2).min.has_value());
    QCOMPARE(d.panels.at(3).type, PanelType::Stat);
    QCOMPARE(d.panels.at(3).unit, PanelUnit::RequestsPerSecond);

    QCOMPARE(c.runbooks.size(), 2);
    QCOMPARE(c.runbooks.at(0).file, kData + QStringLiteral("/runbooks/high-error-rate.md"));
    QVERIFY(QFile::exists(c.runbooks.at(0).file));
    QCOMPARE(c.runbooks.at(0).title, QStringLiteral("Too many errors"));
    QCOMPARE(c.runbooks.at(1).text, QStringLiteral("# Down\nRestart it."));
    QCOMPARE(c.runbooks.at(1).title, QStringLiteral("ServiceDown"));

    QCOMPARE(c.healthChecks.size(), 7);
    const HealthCheck &query = c.healthChecks.at(0);
    QCOMPARE(query.effectiveCategory(), QStringLiteral("Metrics"));
    QCOMPARE(query.type, HealthCheck::Type::PrometheusQuery);
    QCOMPARE(query.server, QStringLiteral("backup"));
    QCOMPARE(query.warnAbove, std::optional<double>(1));
    QCOMPARE(query.critAbove, std::optional<double>(2));
    QCOMPARE(query.warnBelow, std::optional<double>(0.5));
    QCOMPARE(query.critBelow, std::optional<double>(0.1));
    QCOMPARE(query.timeoutMs, 3'000);
    QCOMPARE(c.healthChecks.at(1).url, QUrl(QStringLiteral("https://status.example.org/health")));
    QCOMPARE(c.healthChecks.at(2).type, HealthCheck::Type::Targets);
    QCOMPARE(c.healthChecks.at(3).cluster, QStringLiteral("eu"));
    QCOMPARE(c.healthChecks.at(3).effectiveCategory(), QStringLiteral("Alertmanager"));
    const HealthCheck &tcp = c.healthChecks.at(4);
    QCOMPARE(tcp.type, HealthCheck::Type::Tcp);
    QCOMPARE(tcp.effectiveCategory(), QStringLiteral("Databases"));
    QCOMPARE(tcp.host, QStringLiteral("::1"));
    QCOMPARE(tcp.port, 5432);
    QVERIFY(tcp.tls);
    const HealthCheck &watchdog = c.healthChecks.at(5);
    QCOMPARE(watchdog.type, HealthCheck::Type::Watchdog);
    QCOMPARE(watchdog.effectiveCategory(), QStringLiteral("End to end"));
    QCOMPARE(watchdog.alertname, QStringLiteral("Heartbeat"));
    QCOMPARE(watchdog.maxAgeMs, 120'000);
    QCOMPARE(watchdog.link, QStringLiteral("runbook:Heartbeat"));
    const HealthCheck &cert = c.healthChecks.at(6);
    QCOMPARE(cert.effectiveCategory(), QStringLiteral("Security"));
    QCOMPARE(cert.url.port(), 8443);
    QCOMPARE(cert.warnBelow, std::optional<double>(1209600)); // configured
    QCOMPARE(cert.critBelow, std::optional<double>(86400)); // the default day
    QCOMPARE(c.deadMansSwitch, QStringLiteral("Heartbeat"));

    QCOMPARE(c.noc.playlist.size(), 4);
    QCOMPARE(c.noc.playlist.at(1).kind, NocPlaylistItem::Kind::Alerts);
    QCOMPARE(c.noc.playlist.at(2).id, QStringLiteral("production"));
    QCOMPARE(c.noc.playlist.at(2).kind, NocPlaylistItem::Kind::Dashboard);
    QCOMPARE(c.noc.playlist.at(3).kind, NocPlaylistItem::Kind::Health);
    QCOMPARE(c.noc.playlist.at(3).id, QStringLiteral("board"));
    QCOMPARE(c.noc.rotateEveryMs, 60'000);
    QCOMPARE(c.noc.screen, 1);
}

void TestConfigLoader::minimalConfigGetsDefaults()
{
    const ConfigLoadResult result = ConfigLoader::loadText(kServers, kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const ConsoleConfig &c = result.config;
    QCOMPARE(c.prometheus.first().endpoint.timeoutMs, 10'000);
    QCOMPARE(c.prometheus.first().endpoint.auth.type, Auth::Type::None);
    QVERIFY(c.alertmanagers.isEmpty());
    // Nothing said about dashboards: the built-in ones.
    QCOMPARE(c.dashboards.size(), 3);
    QCOMPARE(c.refresh.healthMs, 60'000);
    QCOMPARE(c.labels.service, QStringLiteral("service"));
    QCOMPARE(c.noc.rotateEveryMs, 30'000);
    QVERIFY(c.noc.playlist.isEmpty());
}

void TestConfigLoader::aliasesAreFollowed()
{
    const QByteArray yaml = "prometheus:\n"
                            "  - name: a\n"
                            "    url: http://a:9090\n"
                            "    auth: &shared {type: bearer, token_env: PROM_TOKEN}\n"
                            "  - name: b\n"
                            "    url: http://b:9090\n"
                            "    auth: *shared\n";
    const ConfigLoadResult result = ConfigLoader::loadText(yaml, kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    QCOMPARE(result.config.prometheus.at(1).endpoint.auth.token.env, QStringLiteral("PROM_TOKEN"));
}

void TestConfigLoader::playlistNamesOnlyDashboardsThatExist()
{
    const QByteArray playlist = "noc:\n  playlist:\n    - dashboard: microservices\n";
    // No dashboards key: the built-in ones exist.
    QVERIFY(ConfigLoader::loadText(kServers + playlist, kShown).ok());
    // A file with dashboards of its own has only those it lists.
    const QByteArray own = kServers + "dashboards:\n  - builtin: production\n" + playlist;
    const ConfigLoadResult without = ConfigLoader::loadText(own, kShown);
    QCOMPARE(without.errors.size(), 1);
    QVERIFY(without.errors.first().message.contains(
        QLatin1String("unknown dashboard \"microservices\" (known: production)")));
    QVERIFY2(without.errors.first().message.contains(
                 QLatin1String("\"- builtin: microservices\" under dashboards")),
        qPrintable(without.errors.first().message));
}

void TestConfigLoader::ownDashboardsDecideWhichExist()
{
    const QByteArray ownProduction = kServers
        + "dashboards:\n"
          "  - id: production\n"
          "    title: Our own production board\n"
          "    panels: [{id: up, title: Up, type: stat, queries: [{expr: up}]}]\n";
    ConfigLoadResult result = ConfigLoader::loadText(ownProduction, kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    // Only the user's: the built-in ones are no longer added behind their back.
    QCOMPARE(result.config.dashboards.size(), 1);
    QCOMPARE(result.config.dashboard(QStringLiteral("production"))->panels.size(), 1);

    // A built-in one by reference, where it is listed.
    result = ConfigLoader::loadText(ownProduction + "  - builtin: kubernetes\n", kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    QCOMPARE(result.config.dashboards.size(), 2);
    QCOMPARE(result.config.dashboards.at(1).id, QStringLiteral("kubernetes"));
    QCOMPARE(
        result.config.dashboards.at(1).panels.size(), ConfigLoader::builtInDashboards().at(2).panels.size());

    // None at all, when that is what the file says.
    result = ConfigLoader::loadText(kServers + "dashboards: []\n", kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    QVERIFY(result.config.dashboards.isEmpty());

    // The same id twice, defined and referenced: the second is an error where it is written.
    result = ConfigLoader::loadText(ownProduction + "  - builtin: production\n", kShown);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().message.contains(QLatin1String("duplicate dashboard id \"production\"")),
        qPrintable(dump(result.errors)));
    QCOMPARE(result.errors.first().line, 8);
}

void TestConfigLoader::documentedExampleLoads()
{
    QFile doc(QStringLiteral(PIVORI_SOURCE_DIR "/docs/configuration.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.errorString()));
    const QByteArray text = doc.readAll();
    const qsizetype section = text.indexOf("## Example");
    QVERIFY(section >= 0);
    const qsizetype begin = text.indexOf("```yaml\n", section);
    QVERIFY(begin >= 0);
    const qsizetype end = text.indexOf("\n```", begin);
    QVERIFY(end > begin);
    const QByteArray yaml = text.mid(begin + 8, end - begin - 8);
    const ConfigLoadResult result = ConfigLoader::loadText(yaml, QStringLiteral("configuration.md"));
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    QCOMPARE(result.config.dashboards.first().panels.size(), 2);
}

void TestConfigLoader::multiValueAndChainedVariablesRead()
{
    const QByteArray yaml = kServers
        + "dashboards:\n"
          "  - id: fleet\n"
          "    title: Fleet\n"
          "    variables:\n"
          "      - {name: job, label: job, multi: true, default: [api, web], include_all: true, all_value: "
          "'.+'}\n"
          "      - {name: instance, label: instance, query: 'up{job=~\"$job\"}', multi: true, default: a}\n"
          "      - {name: env, values: [prod, staging], default: staging, regex: '/^p/', sort: "
          "alphabetical-desc}\n"
          "    panels:\n"
          "      - {id: p, title: P, type: timeseries, queries: [{expr: 'up{instance=~\"$instance\"}'}]}\n";
    const ConfigLoadResult result = ConfigLoader::loadText(yaml, kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    const QList<DashboardVariable> &v = result.config.dashboards.first().variables;
    QCOMPARE(v.size(), 3);
    QVERIFY(v.at(0).multi);
    QCOMPARE(v.at(0).defaultValues, (QStringList { QStringLiteral("api"), QStringLiteral("web") }));
    QCOMPARE(v.at(0).allValue, QStringLiteral(".+"));
    QVERIFY(v.at(0).referencedVariables().isEmpty());
    QCOMPARE(v.at(1).defaultValues, QStringList { QStringLiteral("a") });
    QCOMPARE(v.at(1).referencedVariables(), QStringList { QStringLiteral("job") });
    QVERIFY(!v.at(2).multi);
    QVERIFY(v.at(2).label.isEmpty());
    QCOMPARE(v.at(2).values, (QStringList { QStringLiteral("prod"), QStringLiteral("staging") }));
    QCOMPARE(v.at(2).defaultValues, QStringList { QStringLiteral("staging") });
    QVERIFY(v.at(2).allValue.isEmpty()); // absent: All means what it meant before
    QCOMPARE(v.at(2).regex, QStringLiteral("/^p/"));
    QCOMPARE(v.at(2).sort, VariableSort::AlphabeticalDesc);
    QCOMPARE(v.at(0).sort, VariableSort::None);

    // The example of docs/configuration.md's "### Variables" loads as written.
    QFile doc(QStringLiteral(PIVORI_SOURCE_DIR "/docs/configuration.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.errorString()));
    const QByteArray text = doc.readAll();
    const qsizetype begin = text.indexOf("```yaml\nvariables:", text.indexOf("### Variables"));
    QVERIFY(begin >= 0);
    const qsizetype end = text.indexOf("\n```", begin);
    QByteArray example;
    for (const QByteArray &line : text.mid(begin + 8, end - begin - 8).split('\n'))
        example += "    " + line + "\n";
    const ConfigLoadResult documented = ConfigLoader::loadText(kServers
            + "dashboards:\n  - id: d\n    title: D\n    panels:\n"
              "      - {id: p, title: P, type: stat, queries: [{expr: 'up{instance=~\"$instance\"}'}]}\n"
            + example,
        QStringLiteral("configuration.md"));
    QVERIFY2(documented.ok(), qPrintable(dump(documented.errors)));
    QCOMPARE(documented.config.dashboards.first().variables.at(2).referencedVariables(),
        (QStringList { QStringLiteral("env"), QStringLiteral("job") }));
}

void TestConfigLoader::resolvesPath_data()
{
    QTest::addColumn<QString>("explicitPath");
    QTest::addColumn<QString>("xdg"); // "<tmp>" = the temporary dir, "-" = unset
    QTest::addColumn<bool>("xdgFile");
    QTest::addColumn<bool>("homeFile");
    QTest::addColumn<QString>("expected"); // "xdg", "home", "builtin" or a literal path

    QTest::newRow("explicit path wins over everything")
        << QStringLiteral("/srv/ops/console.yaml") << QStringLiteral("<tmp>") << true << true
        << QStringLiteral("/srv/ops/console.yaml");
    QTest::newRow("XDG_CONFIG_HOME file")
        << QString() << QStringLiteral("<tmp>") << true << true << QStringLiteral("xdg");
    QTest::newRow("XDG_CONFIG_HOME set but no file: built-in, home not consulted")
        << QString() << QStringLiteral("<tmp>") << false << true << QStringLiteral("builtin");
    QTest::newRow("XDG_CONFIG_HOME unset: ~/.config")
        << QString() << QStringLiteral("-") << false << true << QStringLiteral("home");
    QTest::newRow("relative XDG_CONFIG_HOME is ignored")
        << QString() << QStringLiteral("relative/dir") << false << true << QStringLiteral("home");
    QTest::newRow("nothing anywhere: built-in")
        << QString() << QStringLiteral("-") << false << false << QStringLiteral("builtin");
}

void TestConfigLoader::resolvesPath()
{
    QFETCH(QString, explicitPath);
    QFETCH(QString, xdg);
    QFETCH(bool, xdgFile);
    QFETCH(bool, homeFile);
    QFETCH(QString, expected);

    QTemporaryDir xdgDir;
    QTemporaryDir homeDir;
    QVERIFY(xdgDir.isValid() && homeDir.isValid());
    const QString xdgPath = xdgDir.path() + QStringLiteral("/pivori-console/console.yaml");
    const QString homePath = homeDir.path() + QStringLiteral("/.config/pivori-console/console.yaml");
    const auto touch = [](const QString &path) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(kServers) == kServers.size();
    };
    if (xdgFile)
        QVERIFY(touch(xdgPath));
    if (homeFile)
        QVERIFY(touch(homePath));

    qputenv("HOME", QFile::encodeName(homeDir.path()));
    if (xdg == QLatin1String("-"))
        qunsetenv("XDG_CONFIG_HOME");
    else if (xdg == QLatin1String("<tmp>"))
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(xdgDir.path()));
    else
        qputenv("XDG_CONFIG_HOME", xdg.toUtf8());

    QString want = expected;
    if (expected == QLatin1String("xdg"))
        want = xdgPath;
    else if (expected == QLatin1String("home"))
        want = homePath;
    else if (expected == QLatin1String("builtin"))
        want = ConfigLoader::builtInPath();
    QCOMPARE(ConfigLoader::resolvePath(explicitPath), want);
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"

#include "configloader.h"
#include "duration.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pivori;

namespace {

const QString kData = QStringLiteral(PIVORI_TEST_DATA "/config");
const QString kShown = QStringLiteral("console.yaml");

// Three lines: the smallest valid configuration, which error rows extend.
const QByteArray kServers = "prometheus:\n"
                            "  - name: main\n"
                            "    url: http://localhost:9090\n";

QString dump(const QList<ConfigError> &errors)
{
    QStringList lines;
    for (const ConfigError &e : errors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

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
    void playlistAcceptsBuiltInIdsOnlyWhenGiven();
    void addsMissingBuiltInDashboards();
    void documentedExampleLoads();

    void reportsError_data();
    void reportsError();
    void collectsEveryError();
    void survivesHostileInput_data();
    void survivesHostileInput();
    void errorFormatsLikeACompiler();

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
    QCOMPARE(production->panels.size(), 8);
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

    // The guide's runbooks are the runbook library's built-ins, so a user's `runbooks:` wins.
    QVERIFY(config.runbooks.isEmpty());
    QVERIFY(config.healthChecks.size() >= 7);
    QCOMPARE(config.noc.playlist.size(), 3);
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
    const ConfigLoadResult result = ConfigLoader::loadFile(path, ConfigLoader::builtInDashboardIds());
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

    QCOMPARE(c.dashboards.size(), 1);
    const Dashboard &d = c.dashboards.first();
    QCOMPARE(d.id, QStringLiteral("checkout"));
    QCOMPARE(d.description, QStringLiteral("The payment path"));
    QCOMPARE(d.timeRangeMs, 6 * 3'600'000);
    QCOMPARE(d.refreshMs, 30'000);
    QCOMPARE(d.location.line, 46);
    QCOMPARE(d.variables.size(), 2);
    QCOMPARE(d.variables.at(0).query, QStringLiteral("http_requests_total{namespace=\"shop\"}"));
    QCOMPARE(d.variables.at(0).defaultValue, QStringLiteral("payments"));
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

    QCOMPARE(c.healthChecks.size(), 4);
    const HealthCheck &query = c.healthChecks.at(0);
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

    QCOMPARE(c.noc.playlist.size(), 3);
    QCOMPARE(c.noc.playlist.at(1).kind, NocPlaylistItem::Kind::Alerts);
    QCOMPARE(c.noc.playlist.at(2).id, QStringLiteral("production"));
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
    QVERIFY(c.dashboards.isEmpty());
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

void TestConfigLoader::playlistAcceptsBuiltInIdsOnlyWhenGiven()
{
    const QByteArray yaml = kServers + "noc:\n  playlist:\n    - dashboard: microservices\n";
    QVERIFY(ConfigLoader::loadText(yaml, kShown, {}, ConfigLoader::builtInDashboardIds()).ok());
    const ConfigLoadResult without = ConfigLoader::loadText(yaml, kShown);
    QCOMPARE(without.errors.size(), 1);
    QVERIFY(without.errors.first().message.contains(QLatin1String("unknown dashboard \"microservices\"")));
}

void TestConfigLoader::addsMissingBuiltInDashboards()
{
    const QByteArray yaml = kServers
        + "dashboards:\n"
          "  - id: production\n"
          "    title: Our own production board\n"
          "    panels: [{id: up, title: Up, type: stat, queries: [{expr: up}]}]\n";
    ConfigLoadResult result = ConfigLoader::loadText(yaml, kShown);
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    ConfigLoader::addMissingBuiltInDashboards(result.config);
    QCOMPARE(result.config.dashboards.size(), 2);
    // The user's own dashboard wins over the built-in one of the same id.
    QCOMPARE(result.config.dashboard(QStringLiteral("production"))->panels.size(), 1);
    QCOMPARE(result.config.dashboard(QStringLiteral("microservices"))->panels.size(), 3);
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
    const ConfigLoadResult result = ConfigLoader::loadText(
        yaml, QStringLiteral("configuration.md"), {}, ConfigLoader::builtInDashboardIds());
    QVERIFY2(result.ok(), qPrintable(dump(result.errors)));
    QCOMPARE(result.config.dashboards.first().panels.size(), 2);
}

void TestConfigLoader::reportsError_data()
{
    QTest::addColumn<QString>("file"); // below tests/data/config/errors; each holds one mistake
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("fragments");

    const auto row
        = [](const char *name, const char *file, int line, int column, const QStringList &fragments) {
              QTest::newRow(name) << QString::fromUtf8(file) << line << column << fragments;
          };
    row("unknown key, with a near miss", "unknown-key-with-a-near-miss.yaml", 5, 3,
        { QStringLiteral("unknown key \"helth\" in refresh"),
            QStringLiteral("expected dashboards, alerts or health"),
            QStringLiteral("did you mean \"health\"") });
    row("unknown top-level key", "unknown-top-level-key.yaml", 4, 1,
        { QStringLiteral("unknown key \"dashbaords\" at the top level"),
            QStringLiteral("did you mean \"dashboards\"") });
    row("key that is not a plain name", "key-that-is-not-a-plain-name.yaml", 4, 3,
        { QStringLiteral("keys in the configuration must be plain names") });
    row("duplicate key in one map", "duplicate-key-in-one-map.yaml", 4, 5,
        { QStringLiteral("duplicate key \"url\" in prometheus[0]"), QStringLiteral("line 3") });
    row("map expected, got text", "map-expected-got-text.yaml", 4, 10,
        { QStringLiteral("refresh must be a map"), QStringLiteral("\"10s\"") });
    row("list expected, got map", "list-expected-got-map.yaml", 2, 3,
        { QStringLiteral("prometheus must be a list, got a map") });
    row("text expected, got list", "text-expected-got-list.yaml", 6, 12,
        { QStringLiteral("dashboards[0].title must be text, got a list") });
    row("document is a list", "document-is-a-list.yaml", 1, 1,
        { QStringLiteral("the configuration must be a map, got a list") });
    row("document is a scalar", "document-is-a-scalar.yaml", 1, 1,
        { QStringLiteral("must be a map, got \"hello\"") });
    row("bad duration", "bad-duration.yaml", 5, 11,
        { QStringLiteral("refresh.health must be a duration like 30s"), QStringLiteral("got \"soon\"") });
    row("duration below the minimum", "duration-below-the-minimum.yaml", 5, 11,
        { QStringLiteral("refresh.alerts must be at least 1s"), QStringLiteral("500ms") });
    row("bad boolean", "bad-boolean.yaml", 11, 18,
        { QStringLiteral("stacked must be true or false"), QStringLiteral("\"yes\"") });
    row("bad number", "bad-number.yaml", 11, 14,
        { QStringLiteral("dashboards[0].panels[0].min must be a number"), QStringLiteral("\"low\"") });
    row("integer out of range", "integer-out-of-range.yaml", 11, 16,
        { QStringLiteral("width must be a whole number from 1 to 12"), QStringLiteral("\"13\"") });
    row("min not below max", "min-not-below-max.yaml", 12, 14,
        { QStringLiteral("max must be greater than min") });
    row("unsupported schema version", "unsupported-schema-version.yaml", 1, 10,
        { QStringLiteral("version must be 1"), QStringLiteral("\"2\"") });
    row("bad label name", "bad-label-name.yaml", 5, 12,
        { QStringLiteral("labels.service must be a Prometheus label name"),
            QStringLiteral("\"my service\"") });
    row("bad dashboard id", "bad-dashboard-id.yaml", 5, 9,
        { QStringLiteral("dashboards[0].id must be an id of lower-case letters"),
            QStringLiteral("\"Prod Board\"") });
    row("URL without scheme", "url-without-scheme.yaml", 3, 10,
        { QStringLiteral("prometheus[0].url must be an http:// or https:// URL"),
            QStringLiteral("\"localhost:9090\"") });
    row("URL with another scheme", "url-with-another-scheme.yaml", 3, 10,
        { QStringLiteral("prometheus[0].url must be an http://"),
            QStringLiteral("ftp://files.example.org") });
    row("URL with credentials", "url-with-credentials.yaml", 3, 10,
        { QStringLiteral("prometheus[0].url must not contain a user name or password") });
    row("replica that is not a URL", "replica-that-is-not-a-url.yaml", 6, 31,
        { QStringLiteral("alertmanagers[0].replicas[1] must be an http://"), QStringLiteral("\"am-1\"") });
    row("inline password", "inline-password.yaml", 7, 17,
        { QStringLiteral("prometheus[0].auth.password"), QStringLiteral("never written inline"),
            QStringLiteral("password_env"), QStringLiteral("password_file") });
    row("inline token", "inline-token.yaml", 6, 14,
        { QStringLiteral("prometheus[0].auth.token"), QStringLiteral("token_env"),
            QStringLiteral("token_file") });
    row("secret from both env and file", "secret-from-both-env-and-file.yaml", 5, 7,
        { QStringLiteral("prometheus[0].auth has both password_env and password_file") });
    row("secret source missing", "secret-source-missing.yaml", 5, 7,
        { QStringLiteral("prometheus[0].auth needs token_env"), QStringLiteral("token_file") });
    row("auth key of the other type", "auth-key-of-the-other-type.yaml", 7, 17,
        { QStringLiteral("prometheus[0].auth.username is not used by bearer auth") });
    row("missing required key", "missing-required-key.yaml", 2, 5,
        { QStringLiteral("prometheus[0] is missing the required key \"url\"") });
    row("missing prometheus section", "missing-prometheus-section.yaml", 1, 1,
        { QStringLiteral("missing the required key \"prometheus\"") });
    row("empty prometheus list", "empty-prometheus-list.yaml", 1, 13,
        { QStringLiteral("prometheus must list at least one entry") });
    row("required value left empty", "required-value-left-empty.yaml", 3, 5,
        { QStringLiteral("prometheus[0].url must not be empty") });
    row("panel without queries", "panel-without-queries.yaml", 8, 9,
        { QStringLiteral("dashboards[0].panels[0] is missing the required key \"queries\"") });
    row("duplicate dashboard id", "duplicate-dashboard-id.yaml", 13, 9,
        { QStringLiteral("duplicate dashboard id \"prod\""), QStringLiteral("line 5") });
    row("duplicate panel id", "duplicate-panel-id.yaml", 13, 14,
        { QStringLiteral("duplicate panel id \"p\" in dashboard \"prod\""), QStringLiteral("line 8") });
    row("duplicate server name", "duplicate-server-name.yaml", 4, 11,
        { QStringLiteral("duplicate prometheus name \"main\""), QStringLiteral("line 2") });
    row("duplicate runbook", "duplicate-runbook.yaml", 6, 17,
        { QStringLiteral("duplicate runbook for alert \"A\"") });
    row("bad enum value", "bad-enum-value.yaml", 10, 15,
        { QStringLiteral("dashboards[0].panels[0].type must be one of gauge, timeseries, bars or stat"),
            QStringLiteral("\"pie\"") });
    row("enum near miss", "enum-near-miss.yaml", 11, 15,
        { QStringLiteral("unit must be one of seconds"), QStringLiteral("did you mean \"seconds\"") });
    row("bad threshold colour", "bad-threshold-colour.yaml", 14, 50,
        { QStringLiteral("dashboards[0].panels[0].thresholds[0].color must be a colour written #rrggbb"),
            QStringLiteral("\"purple\"") });
    row("short hex colour", "short-hex-colour.yaml", 14, 45,
        { QStringLiteral("thresholds[0].color"), QStringLiteral("\"#12345\"") });
    row("unquoted hex colour is a comment", "unquoted-hex-colour-is-a-comment.yaml", 16, 13,
        { QStringLiteral("thresholds[0].color has no value"), QStringLiteral("# starts a comment") });
    row("bucket on a time series", "bucket-on-a-time-series.yaml", 11, 17,
        { QStringLiteral("bucket only applies to bars panels") });
    row("stacked gauge", "stacked-gauge.yaml", 11, 18,
        { QStringLiteral("stacked only applies to timeseries and bars panels") });
    row("undefined variable in an expression", "undefined-variable-in-an-expression.yaml", 12, 19,
        { QStringLiteral("uses $job"), QStringLiteral("no variable named \"job\"") });
    row("runbook with file and text", "runbook-with-file-and-text.yaml", 5, 5,
        { QStringLiteral("runbooks[0] has both file and text") });
    row("runbook with neither file nor text", "runbook-with-neither-file-nor-text.yaml", 5, 5,
        { QStringLiteral("runbooks[0] needs either file"), QStringLiteral("or text") });
    row("health check key of another type", "health-check-key-of-another-type.yaml", 5, 50,
        { QStringLiteral("health_checks[0].expr is not used by http health checks") });
    row("health check warning above critical", "health-check-warning-above-critical.yaml", 5, 61,
        { QStringLiteral("warn_above (5) must not be above crit_above (2)") });
    row("health check naming an unknown server", "health-check-naming-an-unknown-server.yaml", 5, 38,
        { QStringLiteral("health_checks[0].server names \"nope\", which is not in prometheus"),
            QStringLiteral("main") });
    row("playlist naming an unknown dashboard", "playlist-naming-an-unknown-dashboard.yaml", 15, 18,
        { QStringLiteral("noc.playlist[0].dashboard refers to unknown dashboard \"prdo\""),
            QStringLiteral("did you mean \"prod\"") });
    row("playlist with an unknown alert view", "playlist-with-an-unknown-alert-view.yaml", 6, 15,
        { QStringLiteral("noc.playlist[0].alerts must be one of board"), QStringLiteral("\"wall\"") });
    row("playlist entry with two kinds", "playlist-entry-with-two-kinds.yaml", 6, 7,
        { QStringLiteral("noc.playlist[0] must be either {dashboard: ID} or {alerts: board}") });
    row("YAML syntax error", "yaml-syntax-error.yaml", 2, 1,
        { QStringLiteral("YAML syntax error"), QStringLiteral("end of sequence flow not found") });
    row("inconsistent indentation", "inconsistent-indentation.yaml", 4, 4,
        { QStringLiteral("YAML syntax error") });
    row("tab indentation", "tab-indentation.yaml", 2, 2,
        { QStringLiteral("YAML syntax error"), QStringLiteral("indented with a tab") });
    row("control character quoted safely", "control-character-quoted-safely.yaml", 4, 1,
        { QStringLiteral("unknown key \"\\x"), QStringLiteral("did you mean \"noc\"") });
    row("second document", "second-document.yaml", 5, 1, { QStringLiteral("second YAML document") });
    row("comments only", "comments-only.yaml", 1, 1, { QStringLiteral("the configuration is empty") });
    row("document marker only", "document-marker-only.yaml", 1, 1,
        { QStringLiteral("the configuration is empty") });
    row("truncated file", "truncated.yaml", 12, 1,
        { QStringLiteral("YAML syntax error: end of map flow not found") });
    row("empty file", "empty.yaml", 1, 1, { QStringLiteral("the configuration is empty") });
    row("missing file", "no-such-file.yaml", 0, 0,
        { QStringLiteral("cannot read the configuration"), QStringLiteral("No such file or directory") });
    row("directory instead of a file", ".", 0, 0,
        { QStringLiteral("cannot read the configuration"), QStringLiteral("directory") });
}

void TestConfigLoader::reportsError()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, fragments);

    const QString path = QDir::cleanPath(kData + QStringLiteral("/errors/") + file);
    const ConfigLoadResult result = ConfigLoader::loadFile(path, ConfigLoader::builtInDashboardIds());
    QVERIFY(!result.ok());
    // One mistake, one message: follow-up errors would bury the real one.
    QVERIFY2(result.errors.size() == 1, qPrintable(dump(result.errors)));
    const ConfigError &error = result.errors.first();
    QCOMPARE(error.file, path);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    for (const QString &fragment : fragments)
        QVERIFY2(error.message.contains(fragment),
            qPrintable(error.toString() + QStringLiteral("\nlacks: ") + fragment));
    QVERIFY2(!error.message.contains(QLatin1String("hunter2")), "a secret was echoed");
    for (const QChar c : error.message)
        QVERIFY2(c.unicode() >= 0x20, "a control character reached the message");
    QVERIFY(error.toString().startsWith(path + QLatin1Char(':')));
}

void TestConfigLoader::collectsEveryError()
{
    const QByteArray yaml = "prometheus:\n"
                            "  - name: main\n"
                            "    url: localhost\n"
                            "refresh:\n"
                            "  health: soon\n"
                            "dashboards:\n"
                            "  - id: a\n"
                            "    title: A\n"
                            "    panels:\n"
                            "      - {id: p, title: P, type: pie, queries: [{expr: up}]}\n"
                            "noc:\n"
                            "  playlist:\n"
                            "    - dashboard: b\n"
                            "  screen: -1\n";
    const ConfigLoadResult result = ConfigLoader::loadText(yaml, kShown);
    QStringList positions;
    for (const ConfigError &e : result.errors)
        positions.append(QStringLiteral("%1:%2").arg(e.line).arg(e.column));
    QCOMPARE(positions,
        (QStringList { QStringLiteral("3:10"), QStringLiteral("5:11"), QStringLiteral("10:33"),
            QStringLiteral("13:18"), QStringLiteral("14:11") }));
}

void TestConfigLoader::survivesHostileInput_data()
{
    QTest::addColumn<QByteArray>("yaml");

    QTest::newRow("deep flow nesting") << QByteArray("a: ") + QByteArray(5000, '[') + QByteArray(5000, ']');
    QTest::newRow("deep block nesting") << [] {
        QByteArray out;
        for (int i = 0; i < 3000; ++i)
            out += QByteArray(i, ' ') + "k:\n";
        return out;
    }();
    QTest::newRow("random bytes") << [] {
        QRandomGenerator rng(42);
        QByteArray out(4096, '\0');
        for (char &c : out)
            c = char(rng.bounded(256));
        return out;
    }();
    QTest::newRow("NUL bytes") << kServers + QByteArray(16, '\0') + "noc: {}\n";
    QTest::newRow("invalid UTF-8") << kServers + "dashboards:\n  - id: \xff\xfe\n";
    QTest::newRow("tab indentation") << QByteArray("prometheus:\n\t- name: main\n\t  url: http://x\n");
    QTest::newRow("alias fan-out") << [] {
        QByteArray out = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        const char *names[] = { "a", "b", "c", "d", "e", "f", "g", "h" };
        for (int i = 1; i < 8; ++i) {
            out += QByteArray(names[i]) + ": &" + names[i] + " [";
            for (int j = 0; j < 10; ++j)
                out += QByteArray(j ? ", *" : "*") + names[i - 1];
            out += "]\n";
        }
        out += "prometheus: *h\ndashboards: *h\n";
        return out;
    }();
    QTest::newRow("unknown alias") << kServers + "dashboards: *nowhere\n";
    QTest::newRow("one huge scalar") << kServers + "dashboards: " + QByteArray(2 * 1024 * 1024, 'x') + "\n";
    QTest::newRow("larger than the limit") << QByteArray(ConfigLoader::maxFileSize + 1, '#');
    QTest::newRow("thousands of unknown keys") << [] {
        QByteArray out = kServers;
        for (int i = 0; i < 5000; ++i)
            out += "k" + QByteArray::number(i) + ": 1\n";
        return out;
    }();
}

void TestConfigLoader::survivesHostileInput()
{
    QFETCH(QByteArray, yaml);
    QElapsedTimer timer;
    timer.start();
    const ConfigLoadResult result = ConfigLoader::loadText(yaml, kShown);
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!result.ok());
    QVERIFY(result.errors.size() <= 101);
    for (const ConfigError &e : result.errors) {
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(e.file, kShown);
        QVERIFY2(e.line >= 0 && e.column >= 0, qPrintable(e.toString()));
    }
}

void TestConfigLoader::errorFormatsLikeACompiler()
{
    QCOMPARE((ConfigError { kShown, 12, 5, QStringLiteral("bad") }).toString(),
        QStringLiteral("console.yaml:12:5: bad"));
    QCOMPARE((ConfigError { QStringLiteral("/etc/x.yaml"), 0, 0, QStringLiteral("unreadable") }).toString(),
        QStringLiteral("/etc/x.yaml: unreadable"));
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

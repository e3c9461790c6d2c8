// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of configuration error is reported like a compiler message (file:line:col,
// the key and what was expected), all of them at once, and hostile files cannot hurt.
#include "configloader.h"
#include "configtestdata.h"
#include "duration.h"
#include "endpoint.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pivori;
using namespace configtest;

class TestConfigErrors final : public QObject
{
    Q_OBJECT

private slots:
    void reportsError_data();
    void reportsError();
    void collectsEveryError();
    void survivesHostileInput_data();
    void survivesHostileInput();
    void errorFormatsLikeACompiler();
    void tlsAndSecretFilesMustBeSmallRegularFiles_data();
    void tlsAndSecretFilesMustBeSmallRegularFiles();
};

void TestConfigErrors::reportsError_data()
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
        { QStringLiteral("prometheus[0].auth needs token_env"), QStringLiteral("token_file"),
            QStringLiteral("token_keychain (an entry of the desktop keychain)") });
    row("secret from env, file and keychain", "secret-from-env-file-and-keychain.yaml", 5, 7,
        { QStringLiteral(
            "prometheus[0].auth has password_env, password_file and password_keychain; give only one") });
    row("keychain entry of the wrong form", "keychain-entry-of-the-wrong-form.yaml", 6, 23,
        { QStringLiteral("prometheus[0].auth.token_keychain must be a keychain entry name"),
            QStringLiteral("\"prom main; rm\"") });
    row("keychain key of the other type", "keychain-key-of-the-other-type.yaml", 7, 26,
        { QStringLiteral("prometheus[0].auth.password_keychain is not used by bearer auth") });
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
        { QStringLiteral("dashboards[0].panels[0].type must be one of gauge, timeseries, bars, stat, text, "
                         "bargauge or table"),
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
    row("text panel with queries", "text-panel-with-queries.yaml", 13, 11,
        { QStringLiteral("a text panel shows its content and has no queries") });
    row("text panel without content", "text-panel-without-content.yaml", 8, 9, { QStringLiteral("content") });
    row("text panel, unknown format", "text-panel-bad-format.yaml", 12, 17,
        { QStringLiteral("format"), QStringLiteral("markdown"), QStringLiteral("plain") });
    row("text panel with a unit", "text-panel-with-unit.yaml", 12, 15,
        { QStringLiteral("unit does not apply to text panels") });
    row("content on a stat panel", "content-on-a-stat.yaml", 11, 18,
        { QStringLiteral("content only applies to text panels") });
    row("axis on a gauge", "axis-on-a-gauge.yaml", 13, 19,
        { QStringLiteral("dashboards[0].panels[0].queries[0].axis only applies to timeseries panels") });
    row("right threshold without a right query", "right-threshold-without-a-right-query.yaml", 15, 51,
        { QStringLiteral("dashboards[0].panels[0].thresholds[1].axis is right"),
            QStringLiteral("no query of this panel is on the right axis") });
    row("axis near miss", "axis-near-miss.yaml", 13, 19,
        { QStringLiteral("queries[0].axis must be one of left or right"),
            QStringLiteral("did you mean \"right\"") });
    row("undefined variable in an expression", "undefined-variable-in-an-expression.yaml", 12, 19,
        { QStringLiteral("uses $job"), QStringLiteral("no variable named \"job\"") });
    row("several defaults without multi", "variable-several-defaults-without-multi.yaml", 10, 18,
        { QStringLiteral("dashboards[0].variables[0].default lists 2 values"),
            QStringLiteral("add \"multi: true\"") });
    row("variable regex that does not compile", "variable-regex-invalid.yaml", 10, 16,
        { QStringLiteral("dashboards[0].variables[0].regex is not a valid regular expression"),
            QStringLiteral("at character") });
    row("variable sort near miss", "variable-sort-near-miss.yaml", 10, 15,
        { QStringLiteral("variables[0].sort must be one of"), QStringLiteral("did you mean \"numerical\"") });
    row("calculated column that is neither binary nor reduce", "table-calculate-neither.yaml", 15, 13,
        { QStringLiteral("dashboards[0].panels[0].calculate[0] needs either left, op and right") });
    row("join on a timeseries panel", "join-on-a-timeseries.yaml", 11, 15,
        { QStringLiteral("dashboards[0].panels[0].join only applies to table panels") });
    row("calculated column with an unknown operator", "table-calculate-bad-op.yaml", 14, 44,
        { QStringLiteral("calculate[0].op must be one of") });
    row("variable referencing itself", "variable-referencing-itself.yaml", 10, 16,
        { QStringLiteral("variables[0].query references $job, its own variable") });
    row("variables in a cycle", "variables-in-a-cycle.yaml", 10, 16,
        { QStringLiteral("the variables job → instance → job reference each other in a cycle") });
    row("variable with values and a label", "variable-with-values-and-label.yaml", 9, 16,
        { QStringLiteral("variables[0].label: a variable with values offers that list") });
    row("variable with query_result and a label", "variable-query-result-and-label.yaml", 9, 16,
        { QStringLiteral(
            "variables[0].label: a query_result variable takes its values from that expression") });
    row("variable default not among its values", "variable-default-not-among-values.yaml", 10, 18,
        { QStringLiteral("variables[0].default: \"db\" is not one of the variable's values (api or web)") });
    row("variable query naming an unknown variable", "variable-query-naming-an-unknown-variable.yaml", 10, 16,
        { QStringLiteral("variables[0].query uses $env"), QStringLiteral("no variable named \"env\"") });
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
    row("tcp health check without a port", "health-check-tcp-without-port.yaml", 5, 36,
        { QStringLiteral("health_checks[0].address must be host:port"),
            QStringLiteral("got \"db.internal\"") });
    row("tls_expiry health check over http", "health-check-tls-expiry-over-http.yaml", 5, 41,
        { QStringLiteral("health_checks[0].url must be an https:// URL for tls_expiry health checks") });
    row("watchdog health check with a query", "health-check-watchdog-with-expr.yaml", 5, 39,
        { QStringLiteral("health_checks[0].expr is not used by watchdog health checks") });
    row("dead man's switch that is not an alert name", "dead-mans-switch-not-a-name.yaml", 4, 19,
        { QStringLiteral("dead_mans_switch"), QStringLiteral("an alert name like Watchdog") });
    row("playlist naming an unknown dashboard", "playlist-naming-an-unknown-dashboard.yaml", 15, 18,
        { QStringLiteral("noc.playlist[0].dashboard refers to unknown dashboard \"prdo\""),
            QStringLiteral("did you mean \"prod\"") });
    row("unknown built-in dashboard", "unknown-built-in-dashboard.yaml", 6, 14,
        { QStringLiteral("dashboards[1].builtin names \"prodution\", which is not a built-in dashboard"),
            QStringLiteral("production, microservices or kubernetes"),
            QStringLiteral("did you mean \"production\"") });
    row("playlist naming a built-in dashboard the file leaves out",
        "playlist-naming-a-built-in-left-out.yaml", 16, 18,
        { QStringLiteral("unknown dashboard \"kubernetes\" (known: microservices, prod)"),
            QStringLiteral("\"- builtin: kubernetes\" under dashboards") });
    row("playlist with an unknown alert view", "playlist-with-an-unknown-alert-view.yaml", 6, 15,
        { QStringLiteral("noc.playlist[0].alerts must be one of board"), QStringLiteral("\"wall\"") });
    row("playlist entry with two kinds", "playlist-entry-with-two-kinds.yaml", 6, 7,
        { QStringLiteral(
            "noc.playlist[0] must be one of {dashboard: ID}, {alerts: board} or {health: board}") });
    row("playlist entry with a health and an alert view", "playlist-entry-with-health-and-alerts.yaml", 7, 7,
        { QStringLiteral(
            "noc.playlist[1] must be one of {dashboard: ID}, {alerts: board} or {health: board}") });
    row("playlist with an unknown health view", "playlist-with-an-unknown-health-view.yaml", 6, 15,
        { QStringLiteral("noc.playlist[0].health must be one of board"), QStringLiteral("\"everything\"") });
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
    row("refresh longer than a day", "refresh-longer-than-a-day.yaml", 5, 15,
        { QStringLiteral("refresh.dashboards must be at most 1d"), QStringLiteral("25d") });
    row("dashboard refresh longer than a day", "dashboard-refresh-longer-than-a-day.yaml", 4, 14,
        { QStringLiteral("dashboards[0].refresh must be at most 1d"), QStringLiteral("30d") });
    row("answer size that is not a size", "answer-size-not-a-size.yaml", 4, 22,
        { QStringLiteral("prometheus[0].max_answer_size must be a size like 64MiB"),
            QStringLiteral("\"lots\"") });
    row("client certificate without its key", "client-certificate-without-key.yaml", 4, 16,
        { QStringLiteral(
            "prometheus[0].cert_file: a client certificate needs both cert_file and key_file") });
    row("secret file that never ends", "secret-file-that-never-ends.yaml", 7, 22,
        { QStringLiteral("prometheus[0].auth.password_file: /dev/zero is a device, not a regular file") });
    row("empty file", "empty.yaml", 1, 1, { QStringLiteral("the configuration is empty") });
    row("missing file", "no-such-file.yaml", 0, 0,
        { QStringLiteral("cannot read the configuration"), QStringLiteral("No such file or directory") });
    row("directory instead of a file", ".", 0, 0,
        { QStringLiteral("cannot read the configuration"), QStringLiteral("directory") });
}

void TestConfigErrors::reportsError()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, fragments);

    const QString path = QDir::cleanPath(kData + QStringLiteral("/errors/") + file);
    const ConfigLoadResult result = ConfigLoader::loadFile(path);
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

void TestConfigErrors::collectsEveryError()
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

void TestConfigErrors::survivesHostileInput_data()
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
    QTest::newRow("one huge scalar") << kServers
            + "dashboards: " + QByteArray(qsizetype(2) * 1024 * 1024, 'x') + "\n";
    QTest::newRow("larger than the limit") << QByteArray(ConfigLoader::maxFileSize + 1, '#');
    QTest::newRow("thousands of unknown keys") << [] {
        QByteArray out = kServers;
        for (int i = 0; i < 5000; ++i)
            out += "k" + QByteArray::number(i) + ": 1\n";
        return out;
    }();
}

void TestConfigErrors::survivesHostileInput()
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

void TestConfigErrors::errorFormatsLikeACompiler()
{
    QCOMPARE((ConfigError { kShown, 12, 5, QStringLiteral("bad") }).toString(),
        QStringLiteral("console.yaml:12:5: bad"));
    QCOMPARE((ConfigError { QStringLiteral("/etc/x.yaml"), 0, 0, QStringLiteral("unreadable") }).toString(),
        QStringLiteral("/etc/x.yaml: unreadable"));
}

void TestConfigErrors::tlsAndSecretFilesMustBeSmallRegularFiles_data()
{
    QTest::addColumn<QString>("kind"); // what the path is made to be
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("ca_file on a FIFO") << QStringLiteral("fifo") << QStringLiteral("ca_file")
                                       << QStringLiteral("is a pipe or socket, not a regular file");
    QTest::newRow("cert_file on a folder") << QStringLiteral("folder") << QStringLiteral("cert_file")
                                           << QStringLiteral("is a folder, not a file");
    QTest::newRow("password_file of 2 MiB") << QStringLiteral("big") << QStringLiteral("password_file")
                                            << QStringLiteral("larger than the 1 MiB");
}

/// A FIFO once hung `query` forever and /dev/zero was read for 6.6 GB: both are refused by the
/// loader (so `validate` says so at the key) and by the reader, which never blocks on them.
void TestConfigErrors::tlsAndSecretFilesMustBeSmallRegularFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QString, fragment);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("the-file"));
    if (kind == QLatin1String("fifo")) {
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkdir(path));
    } else {
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(2) * 1024 * 1024));
    }
    const bool auth = key == QLatin1String("password_file");
    QString yaml = QStringLiteral("prometheus:\n  - name: main\n    url: https://localhost:9090\n");
    yaml += auth
        ? QStringLiteral("    auth:\n      type: basic\n      username: u\n      password_file: the-file\n")
        : QStringLiteral("    %1: the-file\n").arg(key);
    if (key == QLatin1String("cert_file"))
        yaml += QStringLiteral("    key_file: key.pem\n");
    const ConfigLoadResult result
        = ConfigLoader::loadText(yaml.toUtf8(), QStringLiteral("console.yaml"), dir.path());
    QVERIFY2(result.errors.size() == 1, qPrintable(dump(result.errors)));
    const ConfigError &error = result.errors.first();
    QCOMPARE(error.line, auth ? 7 : 4);
    QVERIFY2(error.message.contains(key + QStringLiteral(": ") + path), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(fragment), qPrintable(error.toString()));

    // And the reader at request time, should the file change after the check: at once, no hang.
    QElapsedTimer clock;
    clock.start();
    const auto secret = readSecret(SecretRef { {}, path, {} });
    QVERIFY(!secret.ok());
    QVERIFY2(secret.error().message.contains(fragment), qPrintable(secret.error().message));
    QVERIFY(clock.elapsed() < 1000);
}

QTEST_GUILESS_MAIN(TestConfigErrors)
#include "tst_configerrors.moc"

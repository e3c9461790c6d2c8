// SPDX-License-Identifier: GPL-3.0-or-later
// The targeted YAML editor behind the welcome page and the Settings dialog: it changes only the
// values it owns, keeps everything else byte for byte, and refuses what it cannot edit safely.
#include "configeditor.h"
#include "configloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pivori;

namespace {

// A hand-written file: comments everywhere, keys the dialog does not know, odd spacing.
const QByteArray kCommented = R"(# My team's console.
version: 1   # schema

prometheus:
  # the main one
  - name: prod   # keep me
    url: http://prom.example:9090   # behind the VPN
    timeout: 15s
    headers:
      X-Scope-OrgID: team-a
    auth:
      type: basic   # nginx in front
      username: alice
      password_env: PROM_PASSWORD
  - name: second
    url: http://other:9090

alertmanagers:
  - name: ha
    replicas:
      # first replica
      - http://am-a:9093   # zone a
      - http://am-b:9093   # zone b
    timeout: 5s

refresh:
  dashboards: 30s   # slow screens
dashboards:
  - builtin: production
)";

ConnectionSettings settingsOf(const QByteArray &yaml)
{
    const ConfigLoadResult result = ConfigLoader::loadText(yaml, QStringLiteral("console.yaml"));
    if (!result.ok())
        qWarning() << result.errors.constFirst().toString();
    return ConnectionSettings::fromConfig(result.config);
}

ConfigEditor::Outcome edit(const QByteArray &yaml, const ConnectionSettings &settings)
{
    return ConfigEditor::apply(yaml, settings, QStringLiteral("console.yaml"), QDir::tempPath());
}

/// The lines of @p after that are not in @p before, and the other way round.
QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QStringList out;
    for (const QByteArray &line : b) {
        if (!a.contains(line))
            out << QStringLiteral("+") + QString::fromUtf8(line);
    }
    for (const QByteArray &line : a) {
        if (!b.contains(line))
            out << QStringLiteral("-") + QString::fromUtf8(line);
    }
    return out;
}

} // namespace

class TestConfigEditor final : public QObject
{
    Q_OBJECT

private slots:
    void unchangedSettingsLeaveTheFileAlone()
    {
        const ConnectionSettings settings = settingsOf(kCommented);
        QCOMPARE(settings.prometheusUrl, QUrl(QStringLiteral("http://prom.example:9090")));
        const auto outcome = edit(kCommented, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.text, kCommented);
    }

    void urlChangeTouchesOneLineAndKeepsItsComment()
    {
        ConnectionSettings settings = settingsOf(kCommented);
        settings.prometheusUrl = QUrl(QStringLiteral("https://prom.internal:8443/base"));
        const auto outcome = edit(kCommented, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(changedLines(kCommented, outcome.text),
            QStringList({ QStringLiteral("+    url: https://prom.internal:8443/base   # behind the VPN"),
                QStringLiteral("-    url: http://prom.example:9090   # behind the VPN") }));
        QCOMPARE(settingsOf(outcome.text), settings);
    }

    void replicasGrowAndShrinkInPlace()
    {
        ConnectionSettings settings = settingsOf(kCommented);
        settings.alertmanagerUrls << QUrl(QStringLiteral("http://am-c:9093"));
        auto outcome = edit(kCommented, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(changedLines(kCommented, outcome.text),
            QStringList({ QStringLiteral("+      - http://am-c:9093") }));
        QVERIFY(outcome.text.contains(
            "      - http://am-b:9093   # zone b\n      - http://am-c:9093\n    timeout: 5s"));

        settings.alertmanagerUrls = { QUrl(QStringLiteral("http://am-z:9093")) };
        outcome = edit(kCommented, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.text.contains(
            "      # first replica\n      - http://am-z:9093   # zone a\n    timeout: 5s"));
        QCOMPARE(settingsOf(outcome.text), settings);
    }

    void flowStyleListStaysFlow()
    {
        const QByteArray yaml = "prometheus:\n  - {name: p, url: http://p:9090}\nalertmanagers:\n"
                                "  - name: a\n    replicas: [http://a:9093, http://b:9093]  # pair\n";
        ConnectionSettings settings = settingsOf(yaml);
        // The Prometheus entry is a flow map: the dialog may not touch it, but it is not asked to.
        settings.alertmanagerUrls = { QUrl(QStringLiteral("http://x:1")), QUrl(QStringLiteral("http://y:2")),
            QUrl(QStringLiteral("http://z:3")) };
        const auto outcome = edit(yaml, settings);
        // The first Prometheus entry is in flow style: refused, even though only replicas change.
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(QStringLiteral("flow style")), qPrintable(outcome.error));

        const QByteArray block = "prometheus:\n  - name: p\n    url: http://p:9090\nalertmanagers:\n"
                                 "  - name: a\n    replicas: [http://a:9093, http://b:9093]  # pair\n";
        settings.prometheusUrl = QUrl(QStringLiteral("http://p:9090"));
        const auto ok = edit(block, settings);
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QVERIFY(ok.text.endsWith("    replicas: [http://x:1, http://y:2, http://z:3]  # pair\n"));
    }

    void authSwitchesTypeAndRemovesForeignKeys()
    {
        ConnectionSettings settings = settingsOf(kCommented);
        settings.prometheusAuth = Auth {};
        settings.prometheusAuth.type = Auth::Type::Bearer;
        settings.prometheusAuth.token.file = QStringLiteral("/run/secrets/prom-token");
        const auto outcome = edit(kCommented, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY2(outcome.text.contains("    auth:\n      type: bearer   # nginx in front\n"
                                       "      token_file: /run/secrets/prom-token\n  - name: second"),
            outcome.text.constData());
        QVERIFY(!outcome.text.contains("alice"));
        QVERIFY(outcome.text.contains("X-Scope-OrgID: team-a"));
        QCOMPARE(settingsOf(outcome.text), settings);
    }

    void authAddedRemovedAndFlow()
    {
        const QByteArray yaml = "prometheus:\n  - name: p\n    url: http://p:9090\n    timeout: 3s\n";
        ConnectionSettings settings = settingsOf(yaml);
        settings.prometheusAuth.type = Auth::Type::Basic;
        settings.prometheusAuth.username = QStringLiteral("yes"); // a YAML boolean unless quoted
        settings.prometheusAuth.password.env = QStringLiteral("PW");
        auto outcome = edit(yaml, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.text,
            QByteArray("prometheus:\n  - name: p\n    url: http://p:9090\n    timeout: 3s\n    auth:\n"
                       "      type: basic\n      username: \"yes\"\n      password_env: PW\n"));
        QCOMPARE(settingsOf(outcome.text), settings);

        ConnectionSettings none = settings;
        none.prometheusAuth = Auth {};
        const auto removed = edit(outcome.text, none);
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QCOMPARE(removed.text, yaml);

        const QByteArray flow = "prometheus:\n  - name: p\n    url: http://p:9090\n"
                                "    auth: {type: basic, username: bob, password_env: PW}  # inline\n";
        ConnectionSettings fromFlow = settingsOf(flow);
        fromFlow.prometheusAuth.password.env = QStringLiteral("OTHER_PW");
        const auto flowEdit = edit(flow, fromFlow);
        QVERIFY2(flowEdit.ok(), qPrintable(flowEdit.error));
        QVERIFY(flowEdit.text.endsWith(
            "    auth: {type: basic, username: bob, password_env: OTHER_PW}  # inline\n"));
    }

    /// The secret's source changed where the auth block ends the file: the edit removes a line
    /// before it looks for the next key (it read past the end of the file and crashed).
    void authSourceChangedAtTheEndOfTheFile()
    {
        const QByteArray yaml = "prometheus:\n  - name: p\n    url: http://p:9090\n"
                                "    auth:\n      type: basic\n      username: bob\n      password_env: PW\n";
        ConnectionSettings settings = settingsOf(yaml);
        settings.prometheusAuth.password = SecretRef {};
        settings.prometheusAuth.password.file = QStringLiteral("/run/secrets/pw");
        const auto outcome = edit(yaml, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.text,
            QByteArray("prometheus:\n  - name: p\n    url: http://p:9090\n    auth:\n      type: basic\n"
                       "      username: bob\n      password_file: /run/secrets/pw\n"));
    }

    /// The Settings dialog's "from the desktop keychain entry": the entry's name replaces the
    /// variable's, and the secret itself is nowhere in the file.
    void authFromTheKeychain()
    {
        const QByteArray yaml = "prometheus:\n  - name: p\n    url: http://p:9090\n"
                                "    auth:\n      type: basic\n      username: bob\n      password_env: PW\n";
        ConnectionSettings settings = settingsOf(yaml);
        settings.prometheusAuth.password = SecretRef {};
        settings.prometheusAuth.password.keychain = QStringLiteral("prom-main");
        const auto outcome = edit(yaml, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.text,
            QByteArray("prometheus:\n  - name: p\n    url: http://p:9090\n    auth:\n      type: basic\n"
                       "      username: bob\n      password_keychain: prom-main\n"));
        QCOMPARE(settingsOf(outcome.text), settings);
    }

    void caFileAddedThenRemoved()
    {
        ConnectionSettings settings = settingsOf(kCommented);
        settings.alertmanagerCaFile = QStringLiteral("/etc/ssl/my ca.pem");
        const auto added = edit(kCommented, settings);
        QVERIFY2(added.ok(), qPrintable(added.error));
        QCOMPARE(changedLines(kCommented, added.text),
            QStringList({ QStringLiteral("+    ca_file: \"/etc/ssl/my ca.pem\"") }));
        settings.alertmanagerCaFile.clear();
        const auto removed = edit(added.text, settings);
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QCOMPARE(removed.text, kCommented);
    }

    void newFileGetsBothSections()
    {
        ConnectionSettings settings;
        settings.prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
        settings.alertmanagerUrls = { QUrl(QStringLiteral("http://127.0.0.1:9093")),
            QUrl(QStringLiteral("http://127.0.0.1:9094")) };
        settings.alertmanagerAuth.type = Auth::Type::Bearer;
        settings.alertmanagerAuth.token.env = QStringLiteral("AM_TOKEN");
        const auto outcome = edit(ConfigEditor::newFileText(), settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.text.startsWith("# Pivori Console configuration, written by its welcome page"));
        QVERIFY(!outcome.text.contains("\ndashboards:"));
        const ConfigLoadResult loaded = ConfigLoader::loadText(outcome.text, QStringLiteral("new.yaml"));
        QVERIFY(loaded.ok());
        // The built-in health checks and every built-in dashboard come along.
        QVERIFY(!loaded.config.healthChecks.isEmpty());
        QCOMPARE(loaded.config.dashboards.size(), ConfigLoader::builtInDashboardIds().size());
        QCOMPARE(ConnectionSettings::fromConfig(loaded.config), settings);
        QCOMPARE(loaded.config.alertmanagers.constFirst().replicas.size(), 2);
    }

    void alertmanagersRemovedWhenEmptied()
    {
        ConnectionSettings settings = settingsOf(kCommented);
        settings.alertmanagerUrls.clear();
        const auto outcome = edit(kCommented, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(!outcome.text.contains("alertmanagers"));
        QVERIFY(outcome.text.contains("refresh:\n  dashboards: 30s   # slow screens\n"));
    }

    void refusesWhatItCannotEditSafely_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("anchor and alias") << QByteArray(
            "prometheus:\n  - name: p\n    url: http://p:9090\n"
            "    auth: &shared\n      type: bearer\n      token_env: T\n"
            "alertmanagers:\n  - name: a\n    replicas: [http://a:1]\n"
            "    auth: *shared\n") << QStringLiteral("line 4 uses a YAML anchor");
        QTest::newRow("flow section") << QByteArray("prometheus: [{name: p, url: \"http://p:9090\"}]\n")
                                      << QStringLiteral("line 1: prometheus is not written as a block list");
        QTest::newRow("multi-line flow") << QByteArray("prometheus:\n  - name: p\n    url: http://p:9090\n"
                                                       "    auth: {type: bearer,\n      token_env: T}\n")
                                         << QStringLiteral("line 4 holds a list or map in flow style");
        QTest::newRow("merge key") << QByteArray(
            "prometheus:\n  - name: p\n    <<: {url: \"http://p:9090\"}\n")
                                   << QStringLiteral("uses a YAML anchor, alias, tag or merge key");
    }

    void refusesWhatItCannotEditSafely()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        ConnectionSettings settings;
        settings.prometheusUrl = QUrl(QStringLiteral("http://new:9090"));
        settings.prometheusAuth.type = Auth::Type::Bearer;
        settings.prometheusAuth.token.env = QStringLiteral("NEW_TOKEN");
        settings.alertmanagerUrls = { QUrl(QStringLiteral("http://new-am:9093")) };
        const auto outcome = edit(yaml, settings);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.text.isEmpty());
        QVERIFY2(outcome.error.contains(expected), qPrintable(outcome.error));
    }

    void refusesAnEditTheLoaderRejects()
    {
        ConnectionSettings settings = settingsOf(kCommented);
        settings.prometheusCaFile = QDir::tempPath(); // a folder: the loader refuses it
        const auto outcome = edit(kCommented, settings);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(QStringLiteral("console.yaml:")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QStringLiteral("ca_file")), qPrintable(outcome.error));
    }

    void keepsWindowsLineEndings()
    {
        QByteArray yaml = kCommented;
        yaml.replace("\n", "\r\n");
        ConnectionSettings settings = settingsOf(yaml);
        settings.prometheusUrl = QUrl(QStringLiteral("http://changed:9090"));
        const auto outcome = edit(yaml, settings);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.text.count("\r\n"), yaml.count("\r\n"));
        QCOMPARE(outcome.text.count('\n'), yaml.count('\n'));
    }

    void applyToFileWritesOnlyAValidFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/console.yaml"));
        ConnectionSettings settings;
        settings.prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:9090"));
        QCOMPARE(ConfigEditor::applyToFile(path, settings), QString());
        QVERIFY(ConfigLoader::loadFile(path).ok());

        settings.prometheusCaFile = dir.path(); // refused: the file must stay as it was
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(!ConfigEditor::applyToFile(path, settings).isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"

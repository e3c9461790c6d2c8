// SPDX-License-Identifier: GPL-3.0-or-later
// `dashboards:` entries naming dashboard files: a Grafana JSON file, a folder of them, a
// ConfigMap holding dashboards. The config library records them (relative to the configuration
// file) and resolveDashboardFiles reads them: a broken file among good ones is reported at its
// entry and leaves out only its own dashboards.
#include "configloader.h"
#include "dashboardfile.h"
#include "dashboardfileresolver.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pivori;

namespace {

const QByteArray kServers = "prometheus:\n  - name: main\n    url: http://127.0.0.1:9090\n";

QStringList ids(const QList<Dashboard> &dashboards)
{
    QStringList out;
    for (const Dashboard &d : dashboards)
        out << d.id;
    return out;
}

QStringList texts(const QList<ConfigError> &errors)
{
    QStringList out;
    for (const ConfigError &e : errors)
        out << e.toString();
    return out;
}

} // namespace

class TestDashboardFileEntries final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Copies a file of tests/data/grafana into the temporary folder as @p to.
    void copyData(const char *name, const QString &to)
    {
        const QString target = m_dir.filePath(to);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        QVERIFY(QFile::copy(testutils::dataPath(QStringLiteral("grafana/") + QLatin1String(name)), target));
    }

    /// Writes console.yaml in the temporary folder and loads it as the program does.
    ConfigLoadResult loadConfig(const QByteArray &yaml)
    {
        const QString path = m_dir.filePath(QStringLiteral("console.yaml"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(kServers + yaml);
        file.close();
        return ConfigLoader::loadFile(path);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        copyData("stack-overview.json", QStringLiteral("grafana/stack.json"));
        // A folder with a broken file between two good ones (read in name order).
        copyData("features.json", QStringLiteral("folder/a-features.json"));
        copyData("broken.json", QStringLiteral("folder/b-broken.json"));
        copyData("legacy-rows.json", QStringLiteral("folder/c-legacy.json"));
        copyData("configmap.yaml", QStringLiteral("configmap.yaml"));
        copyData("v2-elements.json", QStringLiteral("v2.json"));
    }

    void folderTakesConfigMapsAndLeavesOtherYamlAlone()
    {
        // A folder of kube manifests: the ConfigMaps holding dashboards are read, a Deployment
        // beside them is not a dashboard file and not an error.
        copyData("configmap.yaml", QStringLiteral("kube/dashboards.yaml"));
        QFile other(m_dir.filePath(QStringLiteral("kube/grafana-deployment.yml")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: grafana\n");
        other.close();
        ConfigLoadResult loaded = loadConfig("dashboards:\n  - folder: kube\n");
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.errors).join(QLatin1Char('\n'))));
        const ResolvedDashboardFiles resolved = resolveDashboardFiles(loaded.config);
        QVERIFY2(resolved.problems.isEmpty(), qPrintable(resolved.problems.value(0).toString()));
        QCOMPARE(ids(loaded.config.dashboards).size(), 2);
        QCOMPARE(loaded.config.dashboards.at(0).title, QStringLiteral("From a ConfigMap"));

        // Only other YAML: the folder holds no dashboard, and the message says what it looked for.
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("manifests"))));
        QFile deployment(m_dir.filePath(QStringLiteral("manifests/grafana.yaml")));
        QVERIFY(deployment.open(QIODevice::WriteOnly));
        deployment.write("kind: Deployment\n");
        deployment.close();
        loaded = loadConfig("dashboards:\n  - folder: manifests\n");
        const ResolvedDashboardFiles none = resolveDashboardFiles(loaded.config);
        QCOMPARE(none.problems.size(), 1);
        QVERIFY2(none.problems.at(0).toString().contains(QLatin1String("no ConfigMap")),
            qPrintable(none.problems.at(0).toString()));
    }

    void configRecordsEntriesRelativeToItsFile()
    {
        const ConfigLoadResult loaded = loadConfig("dashboards:\n"
                                                   "  - file: grafana/stack.json\n"
                                                   "  - builtin: production\n"
                                                   "  - folder: folder\n");
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.errors).join(QLatin1Char('\n'))));
        // The config library reads no dashboard file itself.
        QCOMPARE(ids(loaded.config.dashboards), QStringList { QStringLiteral("production") });
        QCOMPARE(loaded.config.dashboardFiles.size(), 2);
        const DashboardFileEntry &file = loaded.config.dashboardFiles.at(0);
        QCOMPARE(file.path, m_dir.filePath(QStringLiteral("grafana/stack.json")));
        QCOMPARE(file.written, QStringLiteral("grafana/stack.json"));
        QCOMPARE(file.position, 0);
        QVERIFY(!file.folder);
        QCOMPARE(file.location.line, 5);
        const DashboardFileEntry &folder = loaded.config.dashboardFiles.at(1);
        QVERIFY(folder.folder);
        QCOMPARE(folder.position, 1);
        QCOMPARE(folder.path, m_dir.filePath(QStringLiteral("folder")));
    }

    void fileFolderAndConfigMapLoadWhereTheyStand()
    {
        ConfigLoadResult loaded = loadConfig("dashboards:\n"
                                             "  - file: grafana/stack.json\n"
                                             "  - builtin: production\n"
                                             "  - folder: folder\n"
                                             "  - file: configmap.yaml\n");
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.errors).join(QLatin1Char('\n'))));
        const ResolvedDashboardFiles resolved = resolveDashboardFiles(loaded.config);
        // The broken file of the folder is reported at the folder's entry (line 7), by name.
        QCOMPARE(resolved.problems.size(), 1);
        const QString problem = resolved.problems.at(0).toString();
        QVERIFY2(problem.startsWith(m_dir.filePath(QStringLiteral("console.yaml:7:"))), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("b-broken.json")), qPrintable(problem));
        const QStringList got = ids(loaded.config.dashboards);
        QCOMPARE(got.size(), 6);
        QCOMPARE(got.at(1), QStringLiteral("production"));
        QCOMPARE(loaded.config.dashboards.at(0).title, QStringLiteral("Stack overview (Grafana)"));
        QCOMPARE(loaded.config.dashboards.at(2).title, QStringLiteral("Grafana features"));
        QCOMPARE(loaded.config.dashboards.at(3).title, QStringLiteral("Legacy rows"));
        QCOMPARE(loaded.config.dashboards.at(4).title, QStringLiteral("From a ConfigMap"));
        QCOMPARE(loaded.config.dashboards.at(5).title, QStringLiteral("Legacy in a list"));
        QVERIFY(loaded.config.dashboardFiles.isEmpty());
        // Every converted Grafana dashboard has its import report.
        QCOMPARE(resolved.imports.size(), 5);
        QCOMPARE(resolved.imports.at(0).dashboardId, got.at(0));
        QVERIFY(resolved.imports.at(0).report.summary().startsWith(QLatin1String("panels: ")));
        QVERIFY(resolved.imports.at(2).file.endsWith(QLatin1String("c-legacy.json")));
    }

    void brokenEntriesAmongGoodOnes()
    {
        ConfigLoadResult loaded = loadConfig("dashboards:\n"
                                             "  - file: missing.json\n"
                                             "  - file: grafana/stack.json\n"
                                             "  - file: v2.json\n"
                                             "  - folder: no-such-folder\n"
                                             "  - builtin: kubernetes\n");
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.errors).join(QLatin1Char('\n'))));
        const ResolvedDashboardFiles resolved = resolveDashboardFiles(loaded.config);
        const QStringList problems = texts(resolved.problems);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.at(0).contains(QLatin1String("console.yaml:5:"))
                && problems.at(0).contains(QLatin1String("missing.json: cannot read")),
            qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QLatin1String("console.yaml:7:"))
                && problems.at(1).contains(QLatin1String("v2.json"))
                && problems.at(1).contains(QLatin1String("v2 schema")),
            qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).contains(QLatin1String("console.yaml:8:"))
                && problems.at(2).contains(QLatin1String("no-such-folder")),
            qPrintable(problems.at(2)));
        QCOMPARE(loaded.config.dashboards.size(), 2);
        QCOMPARE(loaded.config.dashboards.at(1).id, QStringLiteral("kubernetes"));
    }

    void entryMustNameOneFileOrFolder()
    {
        const ConfigLoadResult both = loadConfig("dashboards:\n  - file: a.json\n    folder: b\n");
        QCOMPARE(both.errors.size(), 1);
        QVERIFY2(both.errors.at(0).message.contains(QLatin1String("not both")),
            qPrintable(both.errors.at(0).message));
        const ConfigLoadResult empty = loadConfig("dashboards:\n  - file: \"\"\n");
        QCOMPARE(empty.errors.size(), 1);
        QVERIFY2(empty.errors.at(0).message.contains(QLatin1String("dashboards[0].file")),
            qPrintable(empty.errors.at(0).message));
    }

    void referencesToFileDashboardsAreCheckedOnceRead()
    {
        const QString stackId
            = loadDashboardFile(m_dir.filePath(QStringLiteral("grafana/stack.json"))).dashboards.value(0).id;
        QVERIFY(!stackId.isEmpty());
        const QByteArray yaml = "dashboards:\n"
                                "  - file: grafana/stack.json\n"
                                "  - id: mine\n"
                                "    title: Mine\n"
                                "    panels:\n"
                                "      - id: up\n"
                                "        title: Up\n"
                                "        type: stat\n"
                                "        queries: [{expr: up}]\n"
                                "        link: {dashboard: "
            + stackId.toUtf8()
            + "}\n"
              "      - id: ghost-link\n"
              "        title: Ghost\n"
              "        type: stat\n"
              "        queries: [{expr: up}]\n"
              "        link: {dashboard: ghost}\n"
              "noc:\n"
              "  playlist:\n"
              "    - dashboard: "
            + stackId.toUtf8()
            + "\n"
              "    - dashboard: ghost\n";
        ConfigLoadResult loaded = loadConfig(yaml);
        // The loader cannot know the file's ids: it keeps both references for the resolver.
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.errors).join(QLatin1Char('\n'))));
        QCOMPARE(loaded.config.noc.playlist.size(), 2);
        const ResolvedDashboardFiles resolved = resolveDashboardFiles(loaded.config);
        const QStringList problems = texts(resolved.problems);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(QLatin1Char('\n'))
                     .contains(QLatin1String("noc.playlist names dashboard \"ghost\"")),
            qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QLatin1String("links to dashboard \"ghost\"")),
            qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.config.noc.playlist.size(), 1);
        QCOMPARE(loaded.config.noc.playlist.at(0).id, stackId);
        const Dashboard *mine = loaded.config.dashboard(QStringLiteral("mine"));
        QVERIFY(mine);
        QCOMPARE(mine->panels.at(0).link.dashboard, stackId);
        QVERIFY(!mine->panels.at(1).link.isSet());

        // Without dashboard files the loader itself still refuses an unknown playlist entry.
        const ConfigLoadResult strict = loadConfig("noc:\n  playlist:\n    - dashboard: ghost\n");
        QCOMPARE(strict.errors.size(), 1);
    }

    void aDashboardIdTakenIsLeftOut()
    {
        const QString stackId
            = loadDashboardFile(m_dir.filePath(QStringLiteral("grafana/stack.json"))).dashboards.value(0).id;
        ConfigLoadResult loaded = loadConfig("dashboards:\n"
                                             "  - file: grafana/stack.json\n"
                                             "  - id: "
            + stackId.toUtf8()
            + "\n"
              "    title: Mine\n"
              "    panels: [{id: up, title: Up, type: stat, queries: [{expr: up}]}]\n");
        QVERIFY2(loaded.ok(), qPrintable(texts(loaded.errors).join(QLatin1Char('\n'))));
        const ResolvedDashboardFiles resolved = resolveDashboardFiles(loaded.config);
        QCOMPARE(resolved.problems.size(), 1);
        QVERIFY(resolved.problems.at(0).message.contains(QLatin1String("already has that id")));
        QCOMPARE(loaded.config.dashboards.size(), 1);
        QCOMPARE(loaded.config.dashboards.at(0).title, QStringLiteral("Mine"));
    }

    void aDashboardFileNamesNoFurtherFiles()
    {
        // Followed from a configuration, a console YAML naming files could name itself.
        const QString nested = m_dir.filePath(QStringLiteral("nested.yaml"));
        QFile file(nested);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("dashboards:\n  - builtin: production\n  - file: nested.yaml\n");
        file.close();
        ConfigLoadResult loaded = loadConfig("dashboards:\n  - file: nested.yaml\n");
        const ResolvedDashboardFiles resolved = resolveDashboardFiles(loaded.config);
        QCOMPARE(resolved.problems.size(), 1);
        QVERIFY2(resolved.problems.at(0).message.contains(QLatin1String("names another dashboard file")),
            qPrintable(resolved.problems.at(0).message));
        QCOMPARE(ids(loaded.config.dashboards), QStringList { QStringLiteral("production") });
    }
};

QTEST_GUILESS_MAIN(TestDashboardFileEntries)
#include "tst_dashboardfileentries.moc"

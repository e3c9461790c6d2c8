// SPDX-License-Identifier: GPL-3.0-or-later
// Runbooks: one for every alert the platform's rules define; the configuration's win.
#include "runbooklibrary.h"
#include "testutils.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pivori;

namespace {

// alertname -> severity, read from the shipped rules so a new rule without a runbook fails here.
QMap<QString, QString> rulesAlerts()
{
    const QByteArray rules
        = testutils::readFile(testutils::sourcePath(QStringLiteral("resources/rules/pivori-alerts.yml")));
    QMap<QString, QString> out;
    QString current;
    static const QRegularExpression alert(QStringLiteral("^\\s*- alert:\\s*(\\w+)"));
    static const QRegularExpression severity(QStringLiteral("^\\s*severity:\\s*(\\w+)"));
    for (const QByteArray &raw : rules.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (const auto m = alert.match(line); m.hasMatch())
            current = m.captured(1);
        else if (const auto s = severity.match(line); s.hasMatch() && !current.isEmpty())
            out.insert(current, s.captured(1));
    }
    return out;
}

InboxAlert alertNamed(const QString &alertname)
{
    InboxAlert a;
    a.cluster = QStringLiteral("prod");
    a.alert.fingerprint = QStringLiteral("f1");
    a.alert.labels = { { QStringLiteral("alertname"), alertname },
        { QStringLiteral("service"), QStringLiteral("trading") } };
    return a;
}

} // namespace

class TestRunbookLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHasABuiltInRunbook()
    {
        const QMap<QString, QString> rules = rulesAlerts();
        QCOMPARE(rules.size(), 12); // the guide's eleven and the Watchdog
        QCOMPARE(RunbookLibrary::builtInAlertnames(), rules.keys());
        const RunbookLibrary library;
        for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
            const auto runbook = library.lookup(it.key());
            QVERIFY2(runbook, qPrintable(it.key()));
            QVERIFY(runbook->builtIn);
            QVERIFY2(runbook->title.startsWith(it.key()), qPrintable(runbook->title));
            QVERIFY2(runbook->markdown.contains(QStringLiteral("**Severity:** ") + it.value()),
                qPrintable(it.key()));
            for (const char *section :
                { "## When it fires", "## What to check", "## What to do", "**Related dashboard:**" })
                QVERIFY2(runbook->markdown.contains(QLatin1String(section)),
                    qPrintable(it.key() + u' ' + QLatin1String(section)));
            QCOMPARE(runbook->source, RunbookLibrary::builtInPath(it.key()));
        }
    }

    void proceduresAreChecklists()
    {
        const QString text = RunbookLibrary::procedures();
        const int critical = int(text.indexOf(QStringLiteral("## Critical alert")));
        const int warning = int(text.indexOf(QStringLiteral("## Warning alert")));
        QVERIFY(critical >= 0 && warning > critical);
        QCOMPARE(text.mid(critical, warning - critical).count(QStringLiteral("\n- [ ] ")), 6);
        QVERIFY(text.mid(warning).count(QStringLiteral("\n- [ ] ")) >= 5);
    }

    void configuredRunbookWins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latency.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Our latency playbook\n\nCall the database team.\n");
        file.close();
        Runbook fromFile;
        fromFile.alertname = QStringLiteral("HighP95Latency");
        fromFile.title = QStringLiteral("HighP95Latency"); // the loader's default: the alertname
        fromFile.file = path;
        Runbook inline_;
        inline_.alertname = QStringLiteral("CustomAlert");
        inline_.title = QStringLiteral("Custom");
        inline_.text = QStringLiteral("Do the thing.");
        const RunbookLibrary library({ fromFile, inline_ });

        const auto latency = library.lookup(QStringLiteral("HighP95Latency"));
        QVERIFY(latency && !latency->builtIn);
        QCOMPARE(latency->title, QStringLiteral("Our latency playbook"));
        QVERIFY(latency->markdown.contains(QStringLiteral("database team")));
        QCOMPARE(latency->source, path);
        const auto custom = library.lookup(QStringLiteral("CustomAlert"));
        QVERIFY(custom);
        QCOMPARE(custom->title, QStringLiteral("Custom"));
        QCOMPARE(custom->markdown, QStringLiteral("Do the thing."));
        QVERIFY(library.alertnames().contains(QStringLiteral("CustomAlert")));
        QCOMPARE(
            library.alertnames().size(), 13); // 12 built in (the guide's and the Watchdog) and CustomAlert
        // Others still come from the built-in set.
        QVERIFY(library.lookup(QStringLiteral("NodeNotReady"))->builtIn);

        // An edit shows at the next lookup.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("# Changed\n");
        file.close();
        QCOMPARE(library.lookup(QStringLiteral("HighP95Latency"))->title, QStringLiteral("Changed"));
    }

    void unreadableConfiguredFileFallsBack()
    {
        Runbook missing;
        missing.alertname = QStringLiteral("ServiceDown");
        missing.file = QStringLiteral("/nonexistent/servicedown.md");
        const auto entry = RunbookLibrary({ missing }).lookup(QStringLiteral("ServiceDown"));
        QVERIFY(entry);
        QVERIFY(entry->builtIn);
        QVERIFY2(entry->problem.contains(QStringLiteral("/nonexistent/servicedown.md")),
            qPrintable(entry->problem));
    }

    void hostileNamesFindNothing_data()
    {
        QTest::addColumn<QString>("alertname");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown") << QStringLiteral("NoSuchAlert");
        QTest::newRow("path traversal") << QStringLiteral("../console");
        QTest::newRow("the procedures are not an alert") << QStringLiteral("procedures");
        QTest::newRow("absolute path") << QStringLiteral("/etc/passwd");
    }

    void hostileNamesFindNothing()
    {
        QFETCH(QString, alertname);
        QVERIFY(!RunbookLibrary().lookup(alertname));
    }

    void paneCollectsWhatTheOperatorNeeds()
    {
        InboxAlert alert = alertNamed(QStringLiteral("HighP95Latency"));
        alert.alert.annotations = {
            { QStringLiteral("summary"), QStringLiteral("P95 of trading is 700ms") },
            { QStringLiteral("description"), QStringLiteral("<b>not html</b>") },
            { QStringLiteral("runbook_url"),
                QStringLiteral("https://runbooks.pivori.app/alerts/HighP95Latency") },
            { QStringLiteral("dashboard"), QStringLiteral("production") },
            { QStringLiteral("logs"), QStringLiteral("javascript:alert(1)") },
            { QStringLiteral("trace"), QStringLiteral("http://tracing.local/t/1") },
        };
        alert.alert.generatorUrl = QStringLiteral("http://prometheus:9090/graph?g0.expr=up");
        const RunbookLibrary::Pane pane = RunbookLibrary().pane(alert);
        QCOMPARE(pane.alertname, QStringLiteral("HighP95Latency"));
        QCOMPARE(pane.summary, QStringLiteral("P95 of trading is 700ms"));
        QCOMPARE(pane.description, QStringLiteral("<b>not html</b>"));
        QCOMPARE(pane.labels, alert.alert.labels);
        QCOMPARE(pane.dashboardId, QStringLiteral("production"));
        QVERIFY(pane.runbook && pane.runbook->builtIn);
        QStringList links;
        for (const auto &link : pane.links)
            links.append(link.title + u' ' + link.url.toString());
        QCOMPARE(links,
            QStringList({ QStringLiteral("Runbook https://runbooks.pivori.app/alerts/HighP95Latency"),
                QStringLiteral("trace http://tracing.local/t/1"),
                QStringLiteral("Source in Prometheus http://prometheus:9090/graph?g0.expr=up") }));
    }
};

QTEST_GUILESS_MAIN(TestRunbookLibrary)
#include "tst_runbooklibrary.moc"

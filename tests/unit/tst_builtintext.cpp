// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in dashboards and runbook headings are listed for translation word for word: a title
// changed in resources/ but not in the list would silently stay English. Also checks that a
// German interface shows them in German and leaves a user's own dashboards and the runbook
// bodies as written.
#include "builtintext.h"
#include "configloader.h"
#include "runbooklibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace pivori;

namespace {

ConsoleConfig loadBuiltIn()
{
    QFile file(ConfigLoader::builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return ConfigLoader::loadText(file.readAll(), ConfigLoader::builtInPath(), QString()).config;
}

QStringList headingsOf(const QString &markdown)
{
    static const QRegularExpression heading(
        QStringLiteral("^#+ (.+)$|^\\*\\*([^*]+)\\*\\*"), QRegularExpression::MultilineOption);
    QStringList out;
    for (auto it = heading.globalMatch(markdown); it.hasNext();) {
        const auto match = it.next();
        out << (match.capturedLength(1) > 0 ? match.captured(1) : match.captured(2));
    }
    return out;
}

} // namespace

class TestBuiltInText final : public QObject
{
    Q_OBJECT

private slots:
    void everyDashboardTextIsListed();
    void everyRunbookHeadingIsListed();
    void germanInterfaceShowsGermanTitlesAndHeadings();
};

void TestBuiltInText::everyDashboardTextIsListed()
{
    const ConsoleConfig config = loadBuiltIn();
    QVERIFY(config.dashboards.size() >= 3);
    QStringList used;
    for (const Dashboard &dashboard : config.dashboards) {
        used << dashboard.title << dashboard.description;
        for (const Panel &panel : dashboard.panels)
            used << panel.title << panel.description;
    }
    used.removeAll(QString());
    const QStringList listed = BuiltInText::dashboardTexts();
    for (const QString &text : std::as_const(used))
        QVERIFY2(listed.contains(text), qPrintable(QStringLiteral("not in BuiltInText: ") + text));
    for (const QString &text : listed)
        QVERIFY2(used.contains(text), qPrintable(QStringLiteral("no longer in console.yaml: ") + text));
}

void TestBuiltInText::everyRunbookHeadingIsListed()
{
    const QStringList listed = BuiltInText::runbookHeadings();
    QStringList used;
    const QStringList names = RunbookLibrary::builtInAlertnames();
    QVERIFY(names.size() >= 11);
    for (const QString &name : names) {
        const auto entry = RunbookLibrary().lookup(name);
        QVERIFY2(entry, qPrintable(name));
        used << headingsOf(entry->markdown);
    }
    for (const QString &text : std::as_const(used))
        QVERIFY2(listed.contains(text), qPrintable(QStringLiteral("not in BuiltInText: ") + text));
    for (const QString &text : listed)
        QVERIFY2(used.contains(text), qPrintable(QStringLiteral("no runbook has it any more: ") + text));
}

void TestBuiltInText::germanInterfaceShowsGermanTitlesAndHeadings()
{
    const QString englishBody
        = QStringLiteral("The 95th percentile of request duration of a service has been above 500 ms");
    QTranslator german;
    QVERIFY(german.load(QFileInfo(QStringLiteral(PIVORI_CONSOLE_BIN))
                            .dir()
                            .filePath(QStringLiteral("pivori_console_de.qm"))));
    QCoreApplication::installTranslator(&german);
    const ConsoleConfig config = loadBuiltIn();
    const auto entry = RunbookLibrary().lookup(QStringLiteral("HighP95Latency"));
    const ConfigLoadResult own
        = ConfigLoader::loadText(QByteArrayLiteral("prometheus:\n"
                                                   "  - name: p\n"
                                                   "    url: http://localhost:9090\n"
                                                   "dashboards:\n"
                                                   "  - id: mine\n"
                                                   "    title: Uptime Global\n"
                                                   "    panels:\n"
                                                   "      - id: up\n"
                                                   "        title: Latency Distribution\n"
                                                   "        type: stat\n"
                                                   "        queries:\n"
                                                   "          - expr: up\n"),
            QStringLiteral("own.yaml"), QString());
    QCoreApplication::removeTranslator(&german);

    QVERIFY(!config.dashboards.isEmpty());
    QCOMPARE(config.dashboards.constFirst().title, QStringLiteral("Produktion – Leistung & Zuverlässigkeit"));
    QCOMPARE(
        config.dashboards.constFirst().panels.constFirst().title, QStringLiteral("Verfügbarkeit gesamt"));
    QVERIFY(entry);
    QVERIFY2(
        entry->markdown.contains(QStringLiteral("\n## Was zu prüfen ist\n")), qPrintable(entry->markdown));
    QVERIFY(entry->markdown.contains(QStringLiteral("**Schweregrad:** warning")));
    QCOMPARE(entry->title, QStringLiteral("HighP95Latency — P95-Latenz über 500 ms"));
    QVERIFY(entry->markdown.contains(englishBody));
    // A user's own text is theirs, even when it happens to match a built-in title.
    QVERIFY2(own.ok(), qPrintable(own.errors.isEmpty() ? QString() : own.errors.constFirst().toString()));
    QCOMPARE(own.config.dashboards.constFirst().title, QStringLiteral("Uptime Global"));
    QCOMPARE(
        own.config.dashboards.constFirst().panels.constFirst().title, QStringLiteral("Latency Distribution"));
}

QTEST_GUILESS_MAIN(TestBuiltInText)
#include "tst_builtintext.moc"

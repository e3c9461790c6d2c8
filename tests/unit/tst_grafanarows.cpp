// SPDX-License-Identifier: GPL-3.0-or-later
// Grafana rows become the console's rows: expanded rows with the panels below them, collapsed
// rows with the panels nested in them (and a row nested in a collapsed one), legacy rows[] with
// `collapse`; the YAML nests each row's panels and reads back the same; the report says rows
// were kept, never "flattened".
#include "grafanaimporter.h"
#include "testutils.h"

#include <QTest>

using namespace pivori;

namespace {

GrafanaImport importData(const QString &name)
{
    return importGrafanaDashboard(testutils::readData(QStringLiteral("grafana/") + name), name);
}

QString rowOf(const Dashboard &d, const QString &title)
{
    for (const Panel &p : d.panels) {
        if (p.title == title)
            return p.row;
    }
    return QStringLiteral("<no panel %1>").arg(title);
}

} // namespace

class TestGrafanaRows final : public QObject
{
    Q_OBJECT

private slots:
    void classicRowsCollapsedRowsAndNestedRows()
    {
        const GrafanaImport imported = importData(QStringLiteral("rows-nested.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Dashboard &d = imported.dashboard;
        QStringList rows;
        for (const DashboardRow &row : d.rows)
            rows << QStringLiteral("%1:%2:%3").arg(row.id, row.title).arg(row.collapsed);
        QCOMPARE(rows,
            QStringList({ QStringLiteral("traffic:Traffic:0"), QStringLiteral("details:Details:1"),
                QStringLiteral("details-deeper:Details / Deeper:1"), QStringLiteral("traffic-2:Traffic:1"),
                QStringLiteral("untitled-row:(untitled row):0") }));
        QCOMPARE(rowOf(d, QStringLiteral("Targets up")), QString()); // above every row
        QCOMPARE(rowOf(d, QStringLiteral("Scrape duration")), QStringLiteral("traffic"));
        QCOMPARE(rowOf(d, QStringLiteral("Samples scraped")), QStringLiteral("traffic"));
        QCOMPARE(rowOf(d, QStringLiteral("Head series")), QStringLiteral("details"));
        QCOMPARE(rowOf(d, QStringLiteral("Goroutines")), QStringLiteral("details"));
        QCOMPARE(rowOf(d, QStringLiteral("Open fds")), QStringLiteral("details-deeper"));
        QCOMPARE(rowOf(d, QStringLiteral("Rule groups")), QStringLiteral("traffic-2"));
        QCOMPARE(d.panelCount(QStringLiteral("untitled-row")), 0);
        QVERIFY(d.isCollapsed(*d.panel(QStringLiteral("head-series"))));
        QVERIFY(!d.isCollapsed(*d.panel(QStringLiteral("scrape-duration"))));
        // Read back by the console's parser: the YAML nests each row's panels in it.
        QVERIFY(imported.yaml.contains(QLatin1String("      - id: details\n"
                                                     "        type: row\n"
                                                     "        title: \"Details\"\n"
                                                     "        collapsed: true\n"
                                                     "        panels:\n"
                                                     "          - id: head-series\n")));
    }

    void reportSaysRowsAreKept()
    {
        const GrafanaImport imported = importData(QStringLiteral("rows-nested.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const QString text = imported.report.text();
        QVERIFY2(text.contains(QLatin1String("5 row(s) (3 collapsed) kept as the console's rows")),
            qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("flattened")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("shown expanded")), qPrintable(text));
        // Each panel's entry still names its row.
        QVERIFY2(text.contains(QLatin1String("in row \"Details / Deeper\"")), qPrintable(text));
    }

    void legacyRowsWithCollapse()
    {
        const GrafanaImport imported = importData(QStringLiteral("rows-legacy.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Dashboard &d = imported.dashboard;
        // The untitled first row only laid panels out: no header for it.
        QCOMPARE(d.rows.size(), 2);
        QCOMPARE(d.rows[0].title, QStringLiteral("Memory"));
        QVERIFY(!d.rows[0].collapsed);
        QCOMPARE(d.rows[1].title, QStringLiteral("Internals"));
        QVERIFY(d.rows[1].collapsed);
        QCOMPARE(rowOf(d, QStringLiteral("Up")), QString());
        QCOMPARE(rowOf(d, QStringLiteral("Scrapes")), QString());
        QCOMPARE(rowOf(d, QStringLiteral("Resident")), d.rows[0].id);
        QCOMPARE(rowOf(d, QStringLiteral("GC")), d.rows[1].id);
        QCOMPARE(rowOf(d, QStringLiteral("Threads")), d.rows[1].id);
        const QString text = imported.report.text();
        QVERIFY2(text.contains(QLatin1String("legacy rows[] layout (3 row(s), 1 collapsed) kept as the "
                                             "console's rows")),
            qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("flattened")), qPrintable(text));
    }

    void repeatedPanelsAndRows()
    {
        const GrafanaImport imported = importData(QStringLiteral("rows-repeat.json"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const Dashboard &d = imported.dashboard;
        // The saved copy (repeatPanelId) and the row's saved copy (repeatedByRow) are left out.
        QCOMPARE(d.panels.size(), 4);
        QCOMPARE(d.rows.size(), 1);
        const Panel *up = d.panel(QStringLiteral("up-job"));
        QVERIFY(up);
        QCOMPARE(up->repeat, QStringLiteral("job"));
        QCOMPARE(up->repeatDirection, RepeatDirection::Horizontal);
        QCOMPARE(up->maxPerRow, 2);
        QCOMPARE(up->queries[0].expr, QStringLiteral("up{job=\"$job\"}")); // each copy its own value
        const Panel *scrape = d.panel(QStringLiteral("scrape-time"));
        QVERIFY(scrape);
        QCOMPARE(scrape->repeatDirection, RepeatDirection::Vertical);
        QCOMPARE(d.rows[0].repeat, QStringLiteral("job"));
        QCOMPARE(d.rows[0].title, QStringLiteral("Job $job"));
        // Inside the repeated row, the panel's own repeat gives way to the row's.
        const Panel *series = d.panel(QStringLiteral("series"));
        QVERIFY(series);
        QVERIFY(series->repeat.isEmpty());
        QCOMPARE(series->row, d.rows[0].id);
        // A mapped panel's notes are not in the text (it lists what did not map exactly).
        QStringList notes;
        for (const PanelImport &panel : imported.report.panels) {
            for (const ImportNote &note : panel.notes)
                notes << panel.title + QStringLiteral(": ") + note.text;
        }
        QVERIFY(notes.contains(QStringLiteral(
            "Up $job: repeated horizontally by $job: one copy per value, at most 2 per line")));
        QVERIFY(
            notes.contains(QStringLiteral("Scrape time: repeated vertically by $job: one copy per value")));
        const QString text = imported.report.text();
        for (const char *expected : { "row \"Job $job\" repeats by $job: one copy of the row per value",
                 "repeat by $job dropped: its row repeats by $job",
                 "2 saved copy(ies) of repeated panels or rows left out" })
            QVERIFY2(
                text.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + u'\n' + text));
        QVERIFY(imported.yaml.contains(QLatin1String("repeat: job\n")));
        QVERIFY(imported.yaml.contains(QLatin1String("repeat_direction: vertical\n")));
        QVERIFY(imported.yaml.contains(QLatin1String("max_per_row: 2\n")));
    }

    void sameJsonSameYaml()
    {
        for (const char *file : { "rows-nested.json", "rows-legacy.json", "rows-repeat.json" }) {
            const GrafanaImport a = importData(QLatin1String(file));
            const GrafanaImport b = importData(QLatin1String(file));
            QVERIFY2(a.ok, qPrintable(a.error));
            QCOMPARE(a.yaml, b.yaml);
        }
    }
};

QTEST_GUILESS_MAIN(TestGrafanaRows)
#include "tst_grafanarows.moc"

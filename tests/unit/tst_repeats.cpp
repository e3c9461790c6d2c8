// SPDX-License-Identifier: GPL-3.0-or-later
// Repeated panels and rows: `repeat:`, `repeat_direction:` and `max_per_row:` read from YAML,
// expandRepeats making one copy per value (ids, titles, widths, lines, rows with their panels),
// each copy's queries reading its own value, and the view laying horizontal copies side by side
// and vertical ones one under the other.
#include "configloader.h"
#include "configtestdata.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "panelframe.h"
#include "prometheusclient.h"
#include "recordedtransport.h"
#include "repeats.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pivori;
using namespace configtest;

namespace {

const QByteArray kRepeatYaml = kServers
    + "dashboards:\n"
      "  - id: rep\n"
      "    title: Repeats\n"
      "    refresh: 1h\n"
      "    variables:\n"
      "      - {name: job, label: job, include_all: true}\n"
      "    panels:\n"
      "      - {id: up, title: Up $job, type: stat, width: 6, repeat: job, max_per_row: 2,\n"
      "         queries: [{expr: 'up{job=\"$job\"}'}]}\n"
      "      - {id: cpu, title: CPU, type: timeseries, width: 8, repeat: job, repeat_direction: vertical,\n"
      "         queries: [{expr: 'rate(cpu{job=~\"$job\"}[1m])'}]}\n"
      "      - id: per-job\n"
      "        type: row\n"
      "        title: Job ${job}\n"
      "        repeat: job\n"
      "        panels:\n"
      "          - {id: samples, title: Samples of $job, type: stat, width: 6, queries: [{expr: "
      "'samples{job=\"$job\"}'}]}\n"
      "          - {id: fixed, title: Fixed, type: text, width: 6, content: same for all}\n";

Dashboard loadRepeats()
{
    const ConfigLoadResult loaded = ConfigLoader::loadText(kRepeatYaml, kShown);
    if (!loaded.ok())
        qFatal("%s", qPrintable(dump(loaded.errors)));
    return *loaded.config.dashboard(QStringLiteral("rep"));
}

const QStringList kJobs { QStringLiteral("prometheus"), QStringLiteral("alertmanager"),
    QStringLiteral("node") };

} // namespace

class TestRepeats final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<PanelData>(); }

    void yamlRepeatKeys()
    {
        const Dashboard d = loadRepeats();
        QCOMPARE(d.panel(QStringLiteral("up"))->repeat, QStringLiteral("job"));
        QCOMPARE(d.panel(QStringLiteral("up"))->maxPerRow, 2);
        QCOMPARE(d.panel(QStringLiteral("cpu"))->repeatDirection, RepeatDirection::Vertical);
        QCOMPARE(d.rows[0].repeat, QStringLiteral("job"));
        QCOMPARE(repeatVariables(d), QSet<QString> { QStringLiteral("job") });
    }

    void yamlRepeatErrors_data()
    {
        QTest::addColumn<QByteArray>("panels");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown variable")
            << QByteArray("      - {id: p, title: P, type: stat, repeat: nope, queries: [{expr: up}]}\n")
            << "repeat is $nope, but the dashboard has no variable named \"nope\"";
        QTest::newRow("direction without repeat") << QByteArray(
            "      - {id: p, title: P, type: stat, repeat_direction: vertical, queries: [{expr: up}]}\n")
                                                  << "repeat_direction only applies to a panel with repeat";
        QTest::newRow("bad direction") << QByteArray("      - {id: p, title: P, type: stat, repeat: job, "
                                                     "repeat_direction: h, queries: [{expr: up}]}\n")
                                       << "repeat_direction";
        QTest::newRow("max_per_row out of range") << QByteArray(
            "      - {id: p, title: P, type: stat, repeat: job, max_per_row: 13, queries: [{expr: up}]}\n")
                                                  << "max_per_row";
        QTest::newRow("panel repeats in a repeated row")
            << QByteArray("      - id: r\n        type: row\n        title: R\n        repeat: job\n        "
                          "panels:\n"
                          "          - {id: p, title: P, type: stat, repeat: job, queries: [{expr: up}]}\n")
            << "repeats by $job inside row \"R\", which repeats by $job";
    }

    void yamlRepeatErrors()
    {
        QFETCH(QByteArray, panels);
        QFETCH(QString, message);
        const ConfigLoadResult loaded = ConfigLoader::loadText(kServers
                + "dashboards:\n  - id: d\n    title: D\n    variables: [{name: job, label: job}]\n    "
                  "panels:\n"
                + panels,
            kShown);
        QVERIFY(!loaded.ok());
        QVERIFY2(dump(loaded.errors).contains(message), qPrintable(dump(loaded.errors)));
    }

    void documentedExamplesLoad_data()
    {
        QTest::addColumn<QByteArray>("section");
        QTest::newRow("rows") << QByteArray("### Rows");
        QTest::newRow("repeats") << QByteArray("### Repeated panels and rows");
    }

    void documentedExamplesLoad()
    {
        QFETCH(QByteArray, section);
        QFile doc(QStringLiteral(PIVORI_SOURCE_DIR "/docs/configuration.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.errorString()));
        const QByteArray text = doc.readAll();
        const qsizetype at = text.indexOf(section);
        QVERIFY(at >= 0);
        const qsizetype begin = text.indexOf("```yaml\n", at);
        const qsizetype end = text.indexOf("\n```", begin);
        QVERIFY(begin > at && end > begin);
        // The example is a dashboard's keys: it loads under a dashboard of its own.
        const QByteArray yaml = kServers + "dashboards:\n  - id: doc\n    title: Doc\n"
            + text.mid(begin + 8, end - begin - 8) + "\n";
        const ConfigLoadResult loaded = ConfigLoader::loadText(yaml, QStringLiteral("configuration.md"));
        QVERIFY2(loaded.ok(), qPrintable(dump(loaded.errors)));
        QVERIFY(!loaded.config.dashboards.first().panels.isEmpty());
    }

    void oneCopyPerValue()
    {
        const Dashboard d = expandRepeats(loadRepeats(), { { QStringLiteral("job"), kJobs } });
        QStringList panels;
        for (const Panel &p : d.panels)
            panels << QStringLiteral("%1|%2|%3|w%4%5")
                          .arg(p.id, p.title, p.row)
                          .arg(p.width)
                          .arg(p.breakBefore ? QStringLiteral("|break") : QString());
        QCOMPARE(panels,
            QStringList({
                // Horizontal, at most 2 per line: 12 / 2 columns each, a new line every 2.
                QStringLiteral("up|Up prometheus||w6|break"),
                QStringLiteral("up--alertmanager|Up alertmanager||w6"),
                QStringLiteral("up--node|Up node||w6|break"),
                // Vertical: the panel's width, one per line; a title without $job says the value.
                QStringLiteral("cpu|CPU (prometheus)||w8|break"),
                QStringLiteral("cpu--alertmanager|CPU (alertmanager)||w8|break"),
                QStringLiteral("cpu--node|CPU (node)||w8|break"),
                // The row's copies, each with its panels; their titles change only where they name $job.
                QStringLiteral("samples|Samples of prometheus|per-job|w6"),
                QStringLiteral("fixed|Fixed|per-job|w6"),
                QStringLiteral("samples--alertmanager|Samples of alertmanager|per-job--alertmanager|w6"),
                QStringLiteral("fixed--alertmanager|Fixed|per-job--alertmanager|w6"),
                QStringLiteral("samples--node|Samples of node|per-job--node|w6"),
                QStringLiteral("fixed--node|Fixed|per-job--node|w6"),
            }));
        QCOMPARE(d.rows.size(), 3);
        QCOMPARE(d.rows[1].title, QStringLiteral("Job alertmanager"));
        QCOMPARE(d.rows[1].repeatValues.value(QStringLiteral("job")), QStringLiteral("alertmanager"));
        QCOMPARE(d.panel(QStringLiteral("samples--node"))->repeatValues.value(QStringLiteral("job")),
            QStringLiteral("node"));

        // One value: one copy, as wide as the whole line (Grafana's 24 / 1).
        const Dashboard one
            = expandRepeats(loadRepeats(), { { QStringLiteral("job"), { QStringLiteral("node") } } });
        QCOMPARE(one.panel(QStringLiteral("up"))->width, 12);
        QCOMPARE(one.panel(QStringLiteral("up"))->title, QStringLiteral("Up node"));
        QCOMPARE(one.rows.size(), 1);
        // No values (not looked up yet, or none): as written, once.
        const Dashboard none = expandRepeats(loadRepeats(), {});
        QCOMPARE(none.panels.size(), 4);
        QCOMPARE(none.panel(QStringLiteral("up"))->title, QStringLiteral("Up $job"));
        QVERIFY(none.panel(QStringLiteral("up"))->repeatValues.isEmpty());
    }

    void eachCopyQueriesItsOwnValue()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v1/query"),
            RecordedAnswer::bytes(R"({"status":"success","data":{"resultType":"vector","result":[]}})"));
        transport.answer(RecordedRoute("GET", "/api/v1/query_range"),
            RecordedAnswer::bytes(R"({"status":"success","data":{"resultType":"matrix","result":[]}})"));
        Endpoint endpoint;
        endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:19090"));
        PrometheusClient client(&transport, endpoint);
        const Dashboard config = loadRepeats();
        DashboardRefresher refresher(&client, config);
        refresher.setDashboard(expandRepeats(config, { { QStringLiteral("job"), kJobs } }));
        QSignalSpy finished(&refresher, &DashboardRefresher::refreshFinished);
        refresher.refreshNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(refresher.panelData(QStringLiteral("up--node")).expressions,
            QStringList { QStringLiteral("up{job=\"node\"}") });
        // In a regex matcher the one value is escaped as a regex: it still selects exactly it.
        QCOMPARE(refresher.panelData(QStringLiteral("cpu--alertmanager")).expressions,
            QStringList { QStringLiteral("rate(cpu{job=~\"alertmanager\"}[1m])") });
        QCOMPARE(refresher.panelData(QStringLiteral("samples")).expressions,
            QStringList { QStringLiteral("samples{job=\"prometheus\"}") });
        // The drop-down still says All: a panel that does not repeat selects every value.
        QCOMPARE(refresher.variables().value(QStringLiteral("job")), VariableValue::allValues());
    }

    void viewPutsHorizontalCopiesSideBySideAndStacksVerticalOnes()
    {
        DashboardView view(expandRepeats(loadRepeats(), { { QStringLiteral("job"), kJobs } }));
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto frame = [&view](const char *id) { return view.panelWidget(QLatin1String(id)); };
        QCOMPARE(frame("up")->y(), frame("up--alertmanager")->y());
        QVERIFY(frame("up--node")->y() > frame("up")->y()); // the third starts the next line
        QCOMPARE(frame("up--node")->x(), frame("up")->x());
        QCOMPARE(frame("cpu")->x(), frame("cpu--alertmanager")->x());
        QVERIFY(frame("cpu--alertmanager")->y() > frame("cpu")->geometry().bottom());
        QVERIFY(frame("cpu--node")->y() > frame("cpu--alertmanager")->geometry().bottom());
        QCOMPARE(view.panelWidgets().size(), 12);
    }
};

QTEST_MAIN(TestRepeats)
#include "tst_repeats.moc"

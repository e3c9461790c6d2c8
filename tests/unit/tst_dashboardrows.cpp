// SPDX-License-Identifier: GPL-3.0-or-later
// Rows of the console's own dashboards: `type: row` entries read from YAML (nested and following
// panels, collapsed, the errors), the refresher asking nothing for a collapsed row's panels and
// asking at once when it opens, and the view drawing a header per row that a click, Space or
// Enter collapses and expands, creating and deleting the row's panels.
#include "configloader.h"
#include "configtestdata.h"
#include "dashboardrefresher.h"
#include "dashboardview.h"
#include "panelframe.h"
#include "prometheusclient.h"
#include "recordedtransport.h"
#include "rowheader.h"

#include <QSignalSpy>
#include <QTest>

using namespace pivori;
using namespace configtest;

namespace {

const QByteArray kRowsYaml = kServers
    + "dashboards:\n"
      "  - id: rows\n"
      "    title: Rows\n"
      "    refresh: 1h\n"
      "    panels:\n"
      "      - {id: top, title: Top, type: stat, width: 12, queries: [{expr: top_metric}]}\n"
      "      - id: open\n"
      "        type: row\n"
      "        title: Open <b>row</b>\n"
      "        panels:\n"
      "          - {id: a, title: A, type: stat, width: 6, queries: [{expr: a_metric}]}\n"
      "      - {id: b, title: B, type: timeseries, width: 6, queries: [{expr: b_metric}]}\n"
      "      - id: shut\n"
      "        type: row\n"
      "        title: Shut\n"
      "        collapsed: true\n"
      "        panels:\n"
      "          - {id: c, title: C, type: stat, width: 4, queries: [{expr: c_metric}]}\n"
      "          - {id: d, title: D, type: stat, width: 4, queries: [{expr: d_metric}]}\n"
      "          - {id: e, title: E, type: text, width: 4, content: hello}\n"
      "      - {id: empty, type: row, title: Empty}\n";

Dashboard loadRows()
{
    const ConfigLoadResult loaded = ConfigLoader::loadText(kRowsYaml, kShown);
    if (!loaded.ok())
        qFatal("%s", qPrintable(dump(loaded.errors)));
    return *loaded.config.dashboard(QStringLiteral("rows"));
}

/// How many requests asked for an expression containing @p part.
int asked(const RecordedTransport &transport, const QString &part)
{
    int n = 0;
    for (const HttpRequest &request : transport.requests()) {
        for (const auto &[key, value] : request.params)
            n += key == QLatin1String("query") && value.contains(part) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestDashboardRows final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<PanelData>(); }

    void yamlRowsHoldNestedAndFollowingPanels()
    {
        const Dashboard d = loadRows();
        QCOMPARE(d.rows.size(), 3);
        QCOMPARE(d.rows[0].id, QStringLiteral("open"));
        QCOMPARE(d.rows[0].title, QStringLiteral("Open <b>row</b>"));
        QVERIFY(!d.rows[0].collapsed);
        QVERIFY(d.rows[1].collapsed);
        QStringList where;
        for (const Panel &p : d.panels)
            where << p.id + QLatin1Char(':') + p.row;
        // `b` follows the open row at the top level: it belongs to it, as in Grafana.
        QCOMPARE(where,
            QStringList({ QStringLiteral("top:"), QStringLiteral("a:open"), QStringLiteral("b:open"),
                QStringLiteral("c:shut"), QStringLiteral("d:shut"), QStringLiteral("e:shut") }));
        QCOMPARE(d.panelCount(QStringLiteral("shut")), 3);
        QCOMPARE(d.panelCount(QStringLiteral("empty")), 0);
        QVERIFY(d.isCollapsed(*d.panel(QStringLiteral("c"))));
        QVERIFY(!d.isCollapsed(*d.panel(QStringLiteral("a"))));
        QVERIFY(!d.isCollapsed(*d.panel(QStringLiteral("top"))));
    }

    void yamlRowErrors_data()
    {
        QTest::addColumn<QByteArray>("panels");
        QTest::addColumn<QString>("message");
        QTest::newRow("row in a row")
            << QByteArray("      - id: r\n"
                          "        type: row\n"
                          "        title: R\n"
                          "        panels:\n"
                          "          - {id: inner, type: row, title: Inner}\n")
            << "dashboards[0].panels[0].panels[0]: a row holds panels, not other rows";
        QTest::newRow("row and panel share an id")
            << QByteArray("      - {id: x, title: X, type: stat, queries: [{expr: up}]}\n"
                          "      - {id: x, type: row, title: X}\n")
            << R"(duplicate panel or row id "x" in dashboard "d" (first defined at line 8))";
        QTest::newRow("unknown key") << QByteArray("      - {id: r, type: row, title: R, width: 6}\n")
                                     << "width";
        QTest::newRow("collapsed not a boolean")
            << QByteArray("      - {id: r, type: row, title: R, collapsed: maybe}\n") << "collapsed";
        QTest::newRow("no title") << QByteArray("      - {id: r, type: row}\n") << "title";
    }

    void yamlRowErrors()
    {
        QFETCH(QByteArray, panels);
        QFETCH(QString, message);
        const ConfigLoadResult loaded = ConfigLoader::loadText(
            kServers + "dashboards:\n  - id: d\n    title: D\n    panels:\n" + panels, kShown);
        QVERIFY(!loaded.ok());
        QVERIFY2(dump(loaded.errors).contains(message), qPrintable(dump(loaded.errors)));
    }

    void collapsedRowIsNotQueriedUntilOpened()
    {
        RecordedTransport transport;
        transport.answer(RecordedRoute("GET", "/api/v1/query"),
            RecordedAnswer::bytes(R"({"status":"success","data":{"resultType":"vector","result":[)"
                                  R"({"metric":{},"value":[1700000000,"1"]}]}})"));
        transport.answer(RecordedRoute("GET", "/api/v1/query_range"),
            RecordedAnswer::bytes(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                                  R"({"metric":{},"values":[[1700000000,"1"]]}]}})"));
        Endpoint endpoint;
        endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:19090"));
        PrometheusClient client(&transport, endpoint);
        DashboardRefresher refresher(&client, loadRows());
        QSignalSpy finished(&refresher, &DashboardRefresher::refreshFinished);
        QSignalSpy updated(&refresher, &DashboardRefresher::panelUpdated);
        refresher.refreshNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(asked(transport, QStringLiteral("top_metric")), 1);
        QCOMPARE(asked(transport, QStringLiteral("b_metric")), 1);
        QCOMPARE(asked(transport, QStringLiteral("c_metric")), 0);
        QCOMPARE(asked(transport, QStringLiteral("d_metric")), 0);
        QCOMPARE(refresher.panelData(QStringLiteral("c")).state, PanelData::State::Loading);
        QVERIFY(refresher.panelData(QStringLiteral("c")).expressions.isEmpty());

        // Opening the row asks for its panels at once, without waiting for the next round.
        updated.clear();
        refresher.setRowCollapsed(QStringLiteral("shut"), false);
        QTRY_COMPARE_WITH_TIMEOUT(asked(transport, QStringLiteral("c_metric")), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(asked(transport, QStringLiteral("d_metric")), 1, 2000);
        QCOMPARE(asked(transport, QStringLiteral("b_metric")), 1); // the others are not asked again
        QTRY_COMPARE_WITH_TIMEOUT(refresher.panelData(QStringLiteral("c")).state, PanelData::State::Ok, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(refresher.panelData(QStringLiteral("d")).state, PanelData::State::Ok, 5000);
        QCOMPARE(refresher.panelData(QStringLiteral("e")).state, PanelData::State::Ok); // text: at once

        // Collapsed again, the next round leaves it out.
        refresher.setRowCollapsed(QStringLiteral("shut"), true);
        finished.clear();
        refresher.refreshNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(asked(transport, QStringLiteral("top_metric")), 2);
        QCOMPARE(asked(transport, QStringLiteral("c_metric")), 1);
        QVERIFY(!refresher.isStale(QStringLiteral("c"), QDateTime::currentDateTimeUtc().addDays(1)));
    }

    void viewDrawsHeadersAndOnlyOpenRowsPanels()
    {
        DashboardView view(loadRows());
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        RowHeader *open = view.rowHeader(QStringLiteral("open"));
        RowHeader *shut = view.rowHeader(QStringLiteral("shut"));
        QVERIFY(open && shut && view.rowHeader(QStringLiteral("empty")));
        QVERIFY(!open->isCollapsed());
        QVERIFY(shut->isCollapsed());
        QCOMPARE(open->countText(), QStringLiteral("2 panel(s)"));
        QCOMPARE(shut->countText(), QStringLiteral("3 panel(s) inside, collapsed"));
        QCOMPARE(open->title(), QStringLiteral("Open <b>row</b>")); // drawn as written, not markup
        QCOMPARE(view.panelWidgets().size(), 3);
        QVERIFY(!view.panelWidget(QStringLiteral("c")));

        // top | header | a b | header (shut) | header (empty), top to bottom.
        const PanelFrame *top = view.panelWidget(QStringLiteral("top"));
        const PanelFrame *a = view.panelWidget(QStringLiteral("a"));
        const PanelFrame *b = view.panelWidget(QStringLiteral("b"));
        QVERIFY(open->y() > top->geometry().bottom());
        QVERIFY(a->y() > open->geometry().bottom());
        QCOMPARE(a->y(), b->y());
        QVERIFY(shut->y() > a->geometry().bottom());
        QVERIFY(view.rowHeader(QStringLiteral("empty"))->y() > shut->geometry().bottom());
        QCOMPARE(view.totalRows(), 2);
    }

    void clickSpaceAndEnterToggleARow()
    {
        DashboardView view(loadRows());
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy toggled(&view, &DashboardView::rowCollapsedChanged);
        RowHeader *shut = view.rowHeader(QStringLiteral("shut"));
        QTest::mouseClick(shut, Qt::LeftButton);
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.last().at(0).toString(), QStringLiteral("shut"));
        QCOMPARE(toggled.last().at(1).toBool(), false);
        QVERIFY(!shut->isCollapsed());
        QCOMPARE(shut->countText(), QStringLiteral("3 panel(s)"));
        PanelFrame *c = view.panelWidget(QStringLiteral("c"));
        QVERIFY(c && c->isVisible());
        QVERIFY(c->y() > shut->geometry().bottom());
        QCOMPARE(c->messageText(), QStringLiteral("Loading…"));
        QCOMPARE(view.totalRows(), 3);

        shut->setFocus();
        QTest::keyClick(shut, Qt::Key_Space);
        QCOMPARE(toggled.size(), 2);
        QVERIFY(shut->isCollapsed());
        QVERIFY(!view.panelWidget(QStringLiteral("c")));
        QCOMPARE(view.panelWidgets().size(), 3);
        QTest::keyClick(shut, Qt::Key_Return);
        QVERIFY(!shut->isCollapsed());
        QTest::keyClick(shut, Qt::Key_Left);
        QVERIFY(shut->isCollapsed());
        QTest::keyClick(shut, Qt::Key_Left); // already collapsed: nothing
        QCOMPARE(toggled.size(), 4);
        QTest::keyClick(shut, Qt::Key_Right);
        QVERIFY(!shut->isCollapsed());
        QCOMPARE(toggled.size(), 5);
        QCOMPARE(shut->focusPolicy(), Qt::StrongFocus);
    }

    void wallPagesKeepHeadersWithTheirLines()
    {
        DashboardView view(loadRows());
        view.resize(1200, 600);
        view.setMinimumRowHeight(0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        using Span = DashboardView::RowSpan;
        QCOMPARE(view.lines(), QList<Span>({ Span { 0, 1 }, Span { 1, 1 } }));
        view.setRowsPerScreen(1);
        view.setVisibleRows(Span { 0, 1 });
        QVERIFY(view.panelWidget(QStringLiteral("top"))->isVisible());
        QVERIFY(!view.rowHeader(QStringLiteral("open"))->isVisible());
        view.setVisibleRows(Span { 1, 1 });
        RowHeader *open = view.rowHeader(QStringLiteral("open"));
        QVERIFY(open->isVisible());
        QVERIFY(open->y() < view.panelWidget(QStringLiteral("a"))->y());
        // The collapsed and empty rows after the last line come with the last page, and all fit.
        QVERIFY(view.rowHeader(QStringLiteral("empty"))->isVisible());
        QVERIFY2(view.rowHeader(QStringLiteral("empty"))->geometry().bottom() <= view.viewport()->height(),
            qPrintable(QString::number(view.rowHeader(QStringLiteral("empty"))->geometry().bottom())));
    }
};

QTEST_MAIN(TestDashboardRows)
#include "tst_dashboardrows.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "barspanel.h"
#include "configloader.h"
#include "consoleconfig.h"
#include "dashboardview.h"
#include "gaugepanel.h"
#include "panelframe.h"
#include "statpanel.h"
#include "timeseriespanel.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace pivori;

namespace {

Panel gauge(const QString &id, PanelType type = PanelType::Gauge)
{
    Panel p;
    p.id = id;
    p.title = id;
    p.type = type;
    p.unit = PanelUnit::Percent;
    p.queries = { PanelQuery { QStringLiteral("up"), {}, {} } };
    p.thresholds = { Threshold { 99, QStringLiteral("green"), Severity::Ok, {} } };
    return p;
}

PanelData reading(double value)
{
    PanelData d;
    d.state = PanelData::State::Ok;
    d.value = value;
    return d;
}

} // namespace

class TestDashboardView final : public QObject
{
    Q_OBJECT

private slots:
    void dashboardLaysOutTheGrid();
    void fitsEveryRowWhenAsked();
    void showsWholeLinesAPageAtATime();
    void oneFailingPanelLeavesOthersAlone();
    void dashboardForwardsPanelRequests();
    void emptyDashboardSaysSo();
};

void TestDashboardView::dashboardLaysOutTheGrid()
{
    const ConfigLoadResult loaded
        = ConfigLoader::loadFile(QStringLiteral(PIVORI_SOURCE_DIR "/resources/console.yaml"));
    QVERIFY(loaded.ok());
    const Dashboard *production = loaded.config.dashboard(QStringLiteral("production"));
    QVERIFY(production);
    DashboardView view(*production);
    view.resize(1920, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QCOMPARE(view.panelWidgets().size(), production->panels.size());
    QVERIFY(!view.panelWidget(QStringLiteral("no-such-panel")));
    PanelFrame *uptime = view.panelWidget(QStringLiteral("uptime"));
    PanelFrame *latency = view.panelWidget(QStringLiteral("latency"));
    PanelFrame *rate = view.panelWidget(QStringLiteral("request-rate"));
    PanelFrame *errors = view.panelWidget(QStringLiteral("error-rate"));
    QVERIFY(qobject_cast<GaugePanel *>(uptime->content()));
    QVERIFY(qobject_cast<TimeSeriesPanel *>(latency->content()));
    QVERIFY(qobject_cast<BarsPanel *>(view.panelWidget(QStringLiteral("status"))->content()));
    // width 4 + width 8 share the first row; two widths of 6 share the second.
    QCOMPARE(uptime->y(), latency->y());
    QVERIFY(qAbs(latency->width() - 2 * uptime->width()) < 20);
    QCOMPARE(rate->y(), errors->y());
    QVERIFY(rate->y() > uptime->y() + uptime->height());
    QVERIFY(qAbs(rate->width() - errors->width()) <= 1);
    QVERIFY(errors->geometry().right() < view.viewport()->width());
    QCOMPARE(uptime->height(), view.rowHeight());
    // Everything starts out waiting for its first answer.
    QCOMPARE(rate->messageText(), QStringLiteral("Loading…"));
}

void TestDashboardView::fitsEveryRowWhenAsked()
{
    Dashboard dashboard;
    for (int i = 0; i < 5; ++i) {
        Panel p = gauge(QStringLiteral("p%1").arg(i));
        p.width = i == 0 ? 12 : 6;
        p.height = i == 1 ? 2 : 1;
        dashboard.panels.append(p);
    }
    DashboardView view(dashboard);
    view.resize(1200, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Rows fill greedily and a row is as tall as its tallest panel: p0 | p1 (two rows) + p2 | p3 + p4.
    QCOMPARE(view.totalRows(), 4);
    QCOMPARE(view.panelWidget(QStringLiteral("p1"))->y(), view.panelWidget(QStringLiteral("p2"))->y());
    QCOMPARE(view.panelWidget(QStringLiteral("p1"))->height(), 2 * view.rowHeight() + 8);
    QVERIFY(view.panelWidget(QStringLiteral("p3"))->y()
        > view.panelWidget(QStringLiteral("p1"))->geometry().bottom());

    view.setRowsPerScreen(view.totalRows());
    const PanelFrame *last = view.panelWidget(QStringLiteral("p4"));
    QVERIFY2(last->geometry().bottom() <= view.viewport()->height(),
        qPrintable(QStringLiteral("%1 > %2").arg(last->geometry().bottom()).arg(view.viewport()->height())));
}

void TestDashboardView::showsWholeLinesAPageAtATime()
{
    // Lines: [a b] of one row, [c (2 rows) d] spanning rows 1-2, [e] of one row.
    Dashboard dashboard;
    dashboard.id = QStringLiteral("lines");
    for (const auto &[id, width, height] : { std::tuple { "a", 6, 1 }, std::tuple { "b", 6, 1 },
             std::tuple { "c", 6, 2 }, std::tuple { "d", 6, 1 }, std::tuple { "e", 12, 1 } }) {
        Panel p = gauge(QString::fromLatin1(id));
        p.width = width;
        p.height = height;
        dashboard.panels.append(p);
    }
    DashboardView view(dashboard);
    using Span = DashboardView::RowSpan;
    QCOMPARE(view.totalRows(), 4);
    QCOMPARE(view.lines(), QList<Span>({ Span { 0, 1 }, Span { 1, 2 }, Span { 3, 1 } }));
    // Whole lines only: a page of two rows cannot take [a b] with the two-row line.
    QCOMPARE(
        DashboardView::pages(view.lines(), 2), QList<Span>({ Span { 0, 1 }, Span { 1, 2 }, Span { 3, 1 } }));
    QCOMPARE(DashboardView::pages(view.lines(), 3), QList<Span>({ Span { 0, 3 }, Span { 3, 1 } }));
    QCOMPARE(DashboardView::pages(view.lines(), 1), view.lines()); // a taller line is a page of its own
    QCOMPARE(DashboardView::pages(view.lines(), 4), QList<Span>({ Span { 0, 4 } }));

    view.resize(1200, 600);
    view.setRowsPerScreen(view.totalRows());
    view.setMinimumRowHeight(0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVisibleRows(Span { 1, 2 });
    QVERIFY(!view.panelWidget(QStringLiteral("a"))->isVisible());
    QVERIFY(!view.panelWidget(QStringLiteral("e"))->isVisible());
    const QWidget *c = view.panelWidget(QStringLiteral("c"));
    const QWidget *d = view.panelWidget(QStringLiteral("d"));
    QVERIFY(c->isVisible() && d->isVisible());
    // The two rows fill the view: c from the top to the bottom, d the upper half.
    QVERIFY2(c->y() < 20 && c->geometry().bottom() > view.viewport()->height() - 20,
        qPrintable(QStringLiteral("%1..%2").arg(c->y()).arg(c->geometry().bottom())));
    QVERIFY(std::abs(d->height() - view.viewport()->height() / 2) < 20);
    QVERIFY(!view.verticalScrollBar()->isVisible());
    view.setVisibleRows(Span {});
    QVERIFY(view.panelWidget(QStringLiteral("a"))->isVisible());
    QVERIFY(view.panelWidget(QStringLiteral("e"))->isVisible());
}

void TestDashboardView::oneFailingPanelLeavesOthersAlone()
{
    Dashboard dashboard;
    dashboard.id = QStringLiteral("d");
    dashboard.panels = { gauge(QStringLiteral("uptime")), gauge(QStringLiteral("stat"), PanelType::Stat) };
    DashboardView view(dashboard);
    view.resize(800, 600);

    view.setPanelData(QStringLiteral("uptime"), reading(99.95));
    view.setPanelData(QStringLiteral("stat"), reading(99.5));
    PanelData failed;
    failed.state = PanelData::State::Error;
    failed.error = QStringLiteral("execution: query timed out in expression evaluation");
    view.setPanelData(QStringLiteral("stat"), failed);
    view.setStale(QStringLiteral("stat"), 60'000);
    view.setPanelData(QStringLiteral("unknown"), failed); // ignored, no crash

    // The failing panel keeps its last reading and marks it; the other one is untouched.
    QCOMPARE(view.panelWidget(QStringLiteral("stat"))->failureText(), failed.error);
    QVERIFY(view.panelWidget(QStringLiteral("uptime"))->failureText().isEmpty());
    QVERIFY(view.panelWidget(QStringLiteral("uptime"))->messageText().isEmpty());
    QVERIFY(view.panelWidget(QStringLiteral("uptime"))->staleText().isEmpty());
    auto *gauge = qobject_cast<GaugePanel *>(view.panelWidget(QStringLiteral("uptime"))->content());
    QCOMPARE(gauge->valueText(), QStringLiteral("99.95 %"));
}

void TestDashboardView::dashboardForwardsPanelRequests()
{
    Dashboard dashboard;
    Panel bars = gauge(QStringLiteral("status"), PanelType::Bars);
    bars.queries.append(PanelQuery { QStringLiteral("down"), {}, {} });
    dashboard.panels = { gauge(QStringLiteral("uptime")), bars };
    DashboardView view(dashboard);
    QSignalSpy open(&view, &DashboardView::openInPrometheusRequested);
    QSignalSpy activated(&view, &DashboardView::seriesActivated);
    QSignalSpy zoom(&view, &DashboardView::zoomRequested);
    QSignalSpy reset(&view, &DashboardView::zoomResetRequested);

    PanelFrame *frame = view.panelWidget(QStringLiteral("status"));
    emit frame->openInPrometheusRequested(QStringLiteral("status"), 1);
    LabelSet labels;
    labels.insert(QStringLiteral("status"), QStringLiteral("5xx"));
    emit frame->content()->seriesActivated(QStringLiteral("status"), labels);
    emit frame->content()->zoomRequested(1000, 2000);
    emit frame->content()->zoomResetRequested();

    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(1).toInt(), 1);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(1).value<LabelSet>(), labels);
    QCOMPARE(zoom.size(), 1);
    QCOMPARE(zoom.first().at(0).toLongLong(), 1000);
    QCOMPARE(reset.size(), 1);
}

void TestDashboardView::emptyDashboardSaysSo()
{
    Dashboard empty;
    DashboardView view(empty);
    view.resize(400, 300);
    QCOMPARE(view.totalRows(), 0);
    QVERIFY(view.panelWidgets().isEmpty());
    QVERIFY(!view.panelWidget(QString()));
    view.setPanelData(QStringLiteral("x"), reading(1)); // nothing to update, nothing breaks
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"

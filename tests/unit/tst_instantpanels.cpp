// SPDX-License-Identifier: GPL-3.0-or-later
// Bar gauges and tables: one bar or row per series of the instant answer, threshold colours,
// sorting, plain-text labels (markup and addresses shown literally), the frame's states.
#include "bargaugepanel.h"
#include "consoleconfig.h"
#include "gaugepanel.h"
#include "panelexporter.h"
#include "panelfactory.h"
#include "panelframe.h"
#include "seriestablemodel.h"
#include "statpanel.h"
#include "tablepanel.h"
#include "thresholdcolors.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <limits>

using namespace pivori;

namespace {

Panel instantPanel(PanelType type)
{
    Panel p;
    p.id = QStringLiteral("scrapes");
    p.title = QStringLiteral("Scrape time");
    p.type = type;
    p.unit = PanelUnit::Seconds;
    p.queries = { PanelQuery { QStringLiteral("scrape_duration_seconds"), QStringLiteral("{{job}}"), {} } };
    p.thresholds = {
        Threshold { 0, QStringLiteral("green"), Severity::Ok, {} },
        Threshold { 0.5, QStringLiteral("red"), Severity::Critical, {} },
    };
    return p;
}

PanelSeries series(const QString &job, double v)
{
    PanelSeries s;
    s.name = job;
    s.labels = { { QStringLiteral("job"), job }, { QStringLiteral("instance"), QStringLiteral("h:1") } };
    s.points = { Sample { 1000, v } };
    return s;
}

PanelData answer(const QList<PanelSeries> &series)
{
    PanelData d;
    d.state = PanelData::State::Ok;
    d.series = series;
    d.expressions = { QStringLiteral("scrape_duration_seconds") };
    return d;
}

/// The instant panel with decimals, mappings (1 -> UP green, 0 -> DOWN red) and overrides by
/// name (display name, unit), by regex (colour) and by query (decimals, thresholds).
Panel withFieldSettings(PanelType type)
{
    Panel p = instantPanel(type);
    p.decimals = 3;
    p.queries.append(PanelQuery { QStringLiteral("up"), QStringLiteral("up {{job}}"), {} });
    p.queries.last().refId = QStringLiteral("UP");
    p.valueMappings = { ValueMapping { ValueMapping::Kind::Value, 1, {}, {}, {}, {}, QStringLiteral("UP"),
                            QStringLiteral("green") },
        ValueMapping {
            ValueMapping::Kind::Value, 0, {}, {}, {}, {}, QStringLiteral("DOWN"), QStringLiteral("red") } };
    FieldOverride byName { FieldOverride::Match::Name, QStringLiteral("node") };
    byName.unit = PanelUnit::Milliseconds;
    byName.displayName = QStringLiteral("Node exporter");
    FieldOverride byRegex { FieldOverride::Match::Regex, QStringLiteral("^a.i$") };
    byRegex.color = QStringLiteral("#3366cc");
    FieldOverride byQuery { FieldOverride::Match::Query, QStringLiteral("UP") };
    byQuery.decimals = 0;
    byQuery.max = 10;
    p.overrides = { byName, byRegex, byQuery };
    return p;
}

PanelSeries upSeries(const QString &job, double v)
{
    PanelSeries s = series(QStringLiteral("up ") + job, v);
    s.queryIndex = 1;
    return s;
}

const QString kHostile = QStringLiteral("<b>x</b><img src=http://evil.example/a.png>");

} // namespace

class TestInstantPanels final : public QObject
{
    Q_OBJECT

private slots:
    void barGaugeOneBarPerSeriesInOrder()
    {
        BarGaugePanel bars(instantPanel(PanelType::BarGauge));
        const double nan = std::numeric_limits<double>::quiet_NaN();
        bars.setPanelData(answer({ series(QStringLiteral("node"), 0.8), series(QStringLiteral("api"), 0.2),
            series(QStringLiteral("idle"), nan) }));
        QCOMPARE(bars.rows().size(), 3);
        QCOMPARE(bars.rows()[0].name, QStringLiteral("node")); // as given, not sorted
        QCOMPARE(bars.valueText(bars.rows()[1]), QStringLiteral("200 ms"));
        QCOMPARE(bars.valueText(bars.rows()[2]), QStringLiteral("No traffic"));
        QCOMPARE(bars.rowColor(bars.rows()[0]),
            ThresholdColors::color(instantPanel(PanelType::BarGauge).thresholds[1]));
        QCOMPARE(bars.rowColor(bars.rows()[1]),
            ThresholdColors::color(instantPanel(PanelType::BarGauge).thresholds[0]));
        // Without min/max the largest reading fills the bar.
        QCOMPARE(bars.fraction(0.8), 1.0);
        QCOMPARE(bars.fraction(0.2), 0.25);
    }

    void barGaugeScrollsWhenManyAndClicksDrillDown()
    {
        BarGaugePanel bars(instantPanel(PanelType::BarGauge));
        QList<PanelSeries> many;
        for (int i = 0; i < 60; ++i)
            many << series(QStringLiteral("job-%1").arg(i), i / 100.0);
        bars.setPanelData(answer(many));
        bars.resize(300, 150);
        bars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        const QScrollArea *scroll = bars.findChild<QScrollArea *>();
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        QSignalSpy activated(&bars, &PanelContent::seriesActivated);
        QTest::mouseClick(scroll->widget(), Qt::LeftButton, {}, QPoint(100, 5));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][1].value<LabelSet>().value(QStringLiteral("job")), QStringLiteral("job-0"));
    }

    void tableRowsColumnsAndSorting()
    {
        TablePanel table(instantPanel(PanelType::Table));
        PanelSeries withName = series(QStringLiteral("api"), 0.2);
        withName.labels.insert(QStringLiteral("__name__"), QStringLiteral("scrape_duration_seconds"));
        table.setPanelData(answer({ series(QStringLiteral("node"), 0.8), withName }));
        SeriesTableModel *model = table.model();
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("__name__"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("instance"));
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Value"));
        // The answer's order until a header is clicked.
        QCOMPARE(table.shownText(0, 2), QStringLiteral("node"));
        QCOMPARE(table.shownText(0, 3), QStringLiteral("800 ms"));
        const auto red = model->index(0, 3).data(Qt::ForegroundRole).value<QColor>();
        const auto green = model->index(1, 3).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(red != green);
        QVERIFY(red.red() > red.green());
        // Sorting by value is numeric, not by text ("200 ms" > "800 ms"? no: 0.2 < 0.8).
        table.view()->horizontalHeader()->setSortIndicator(3, Qt::AscendingOrder);
        QCOMPARE(table.shownText(0, 2), QStringLiteral("api"));
        table.view()->horizontalHeader()->setSortIndicator(3, Qt::DescendingOrder);
        QCOMPARE(table.shownText(0, 2), QStringLiteral("node"));
    }

    void fieldSettingsOnEachReading()
    {
        // Bar gauge: a row per series, each with its own settings.
        BarGaugePanel bars(withFieldSettings(PanelType::BarGauge));
        bars.setPanelData(
            answer({ series(QStringLiteral("node"), 2.5), series(QStringLiteral("api"), 0.123456),
                series(QStringLiteral("db"), 0.9), upSeries(QStringLiteral("db"), 1),
                upSeries(QStringLiteral("x"), 0), upSeries(QStringLiteral("y"), 7) }));
        const QList<BarGaugePanel::Row> &rows = bars.rows();
        QCOMPARE(rows[0].name, QStringLiteral("Node exporter")); // display name by name
        QCOMPARE(bars.valueText(rows[0]), QStringLiteral("2.500 ms")); // unit by name, panel decimals
        QCOMPARE(bars.valueText(rows[1]), QStringLiteral("123.456 ms")); // panel decimals
        QCOMPARE(bars.rowColor(rows[1]), QColor(QStringLiteral("#3366cc"))); // colour by regex
        QCOMPARE(
            bars.rowColor(rows[2]), ThresholdColors::color(instantPanel(PanelType::BarGauge).thresholds[1]));
        QCOMPARE(bars.valueText(rows[3]), QStringLiteral("UP")); // mapped
        QCOMPARE(bars.rowColor(rows[3]), QColor(ConsoleConfig::colorHex(QStringLiteral("green"))));
        QCOMPARE(bars.valueText(rows[4]), QStringLiteral("DOWN"));
        QCOMPARE(bars.rowColor(rows[4]), QColor(ConsoleConfig::colorHex(QStringLiteral("red"))));
        QCOMPARE(bars.valueText(rows[5]), QStringLiteral("7 s")); // decimals 0 by query
        QCOMPARE(bars.fraction(rows[5]), 0.7); // max 10 by query

        // Table: the same cells.
        TablePanel table(withFieldSettings(PanelType::Table));
        table.setPanelData(answer({ series(QStringLiteral("node"), 2.5),
            series(QStringLiteral("api"), 0.123456), upSeries(QStringLiteral("db"), 1) }));
        const int value = table.model()->valueColumn();
        QCOMPARE(table.shownText(0, value), QStringLiteral("2.500 ms"));
        QCOMPARE(table.shownText(1, value), QStringLiteral("123.456 ms"));
        QCOMPARE(table.shownText(2, value), QStringLiteral("UP"));
        const auto blue = table.model()->index(1, value).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY2(blue.blue() > blue.red(), qPrintable(blue.name()));
        const auto green = table.model()->index(2, value).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY2(green.green() > green.red(), qPrintable(green.name()));

        // Stat: the first series' settings, and a mapping's text as plain text.
        StatPanel stat(withFieldSettings(PanelType::Stat));
        stat.setPanelData(answer({ series(QStringLiteral("api"), 0.5) }));
        QCOMPARE(stat.valueText(), QStringLiteral("500.000 ms"));
        QCOMPARE(stat.valueColor(), QColor(QStringLiteral("#3366cc")));
        stat.setPanelData(answer({ upSeries(QStringLiteral("db"), 0) }));
        QCOMPARE(stat.valueText(), QStringLiteral("DOWN"));
        QCOMPARE(stat.valueColor(), QColor(ConsoleConfig::colorHex(QStringLiteral("red"))));
        Panel hostile = withFieldSettings(PanelType::Stat);
        hostile.valueMappings.first().text = kHostile;
        StatPanel literal(hostile);
        literal.setPanelData(answer({ upSeries(QStringLiteral("db"), 1) }));
        QCOMPARE(literal.valueText(), kHostile);
        literal.resize(300, 120);
        QVERIFY(!literal.grab().isNull()); // painted with drawText: never markup

        // Gauge: unit and display by the series' override; limits by query.
        GaugePanel gauge(withFieldSettings(PanelType::Gauge));
        gauge.setPanelData(answer({ series(QStringLiteral("node"), 2.5) }));
        QCOMPARE(gauge.valueText(), QStringLiteral("2.500 ms"));
        gauge.setPanelData(answer({ upSeries(QStringLiteral("db"), 4) }));
        QCOMPARE(gauge.valueText(), QStringLiteral("4 s"));
        QCOMPARE(gauge.scaleMax(), 10.0);
    }

    void tableColumnsOrganizedAndSorted()
    {
        Panel p = instantPanel(PanelType::Table);
        p.columns.order = { QStringLiteral("Value") };
        p.columns.hidden = { QStringLiteral("instance") };
        p.columns.rename = { { QStringLiteral("Value"), QStringLiteral("Scrape time") },
            { QStringLiteral("job"), QStringLiteral("Job") } };
        p.sortBy = TableSort { QStringLiteral("job"), true };
        TablePanel table(p);
        table.setPanelData(answer({ series(QStringLiteral("api"), 0.2), series(QStringLiteral("node"), 0.8),
            series(QStringLiteral("db"), 0.5) }));
        SeriesTableModel *model = table.model();
        QCOMPARE(model->columnCount(), 2); // instance hidden
        QCOMPARE(model->valueColumn(), 0); // ordered first
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Scrape time"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Job"));
        // sort_by job, descending, from the first answer on.
        QCOMPARE(table.shownText(0, 1), QStringLiteral("node"));
        QCOMPARE(table.shownText(2, 1), QStringLiteral("api"));
        QCOMPARE(table.shownText(0, 0), QStringLiteral("800 ms"));
        // A click on another header still sorts by it.
        table.view()->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        QCOMPARE(table.shownText(0, 1), QStringLiteral("api"));
        table.resize(400, 200); // fitting columns copes with the reading not being last
        table.setPanelData(answer({ series(QStringLiteral("api"), 0.2) }));
        QCOMPARE(table.shownText(0, 1), QStringLiteral("api"));
    }

    void joinedTableHasAColumnPerQueryAndCalculated()
    {
        Panel p = withFieldSettings(PanelType::Table);
        p.join.enabled = true;
        p.columns.hidden = { QStringLiteral("instance") };
        p.columns.rename = { { QStringLiteral("Value #A"), QStringLiteral("Scrape") } };
        CalculatedColumn total;
        total.name = QStringLiteral("Total");
        total.mode = CalculatedColumn::Mode::Reduce;
        p.calculated = { total };
        p.sortBy = TableSort { QStringLiteral("Total"), true };
        TablePanel table(p);
        PanelSeries up = series(QStringLiteral("api"), 1); // same labels, the second query
        up.queryIndex = 1;
        table.setPanelData(
            answer({ series(QStringLiteral("api"), 0.2), up, series(QStringLiteral("db"), 0.5) }));
        SeriesTableModel *model = table.model();
        // job, then a reading per query (A; UP by its ref_id), then the calculated one.
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Scrape"));
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Value #UP"));
        QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Total"));
        QCOMPARE(model->column(QStringLiteral("Value #UP")), 2);
        QVERIFY(model->isReading(3) && !model->isReading(0));
        QCOMPARE(table.shownText(0, 0), QStringLiteral("api")); // 1.2 in all, sorted first
        QCOMPARE(table.shownText(0, 1), QStringLiteral("200.000 ms"));
        QCOMPARE(table.shownText(0, 2), QStringLiteral("UP")); // the value mapping
        QCOMPARE(table.shownText(1, 0), QStringLiteral("db"));
        QCOMPARE(table.shownText(1, 2), QString()); // no reading of up for db: an empty cell
        QCOMPARE(table.shownText(1, 3), QStringLiteral("500.000 ms"));
    }

    void narrowTableKeepsTheReadingsInView_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("wall page") << 320;
        QTest::newRow("snapshot at 800 px") << 190; // five panels across, as a German snapshot drew it
    }

    void narrowTableKeepsTheReadingsInView()
    {
        // Two readings and long labels in a panel too narrow for all: the labels give way, down to
        // their ellipsis, and the last reading still ends inside the view.
        QFETCH(int, width);
        Panel p = instantPanel(PanelType::Table);
        p.queries.append(PanelQuery { QStringLiteral("up"), {}, {} });
        p.join.enabled = true;
        TablePanel table(p);
        table.resize(width, 160);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        PanelSeries first = series(QStringLiteral("prometheus-long-job-name"), 400);
        first.labels.insert(QStringLiteral("instance"), QStringLiteral("127.0.0.1:31551"));
        PanelSeries second = first;
        second.points = { Sample { 1000, 0.0322 } };
        second.queryIndex = 1;
        table.setPanelData(answer({ first, second }));
        const QHeaderView *header = table.view()->horizontalHeader();
        QTRY_VERIFY2(header->length() <= table.view()->viewport()->width(),
            qPrintable(
                QStringLiteral("%1 > %2").arg(header->length()).arg(table.view()->viewport()->width())));
        const int last = table.model()->columnCount() - 1;
        QVERIFY(table.model()->isReading(last));
        const QString shown = table.shownText(0, last);
        QVERIFY(header->sectionSize(last) >= table.view()->fontMetrics().horizontalAdvance(shown));
    }

    void labelsAreShownLiterally()
    {
        TablePanel table(instantPanel(PanelType::Table));
        BarGaugePanel bars(instantPanel(PanelType::BarGauge));
        const PanelData d = answer({ series(kHostile, 0.3) });
        table.setPanelData(d);
        bars.setPanelData(d);
        QCOMPARE(table.shownText(0, 1), kHostile);
        // The tooltip is escaped inside a paragraph: shown as the text, not as an image.
        const QString tip = table.model()->index(0, 1).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(kHostile.toHtmlEscaped()));
        QVERIFY(!tip.contains(QLatin1String("<img")));
        QCOMPARE(bars.rows()[0].name, kHostile);
        table.resize(400, 200);
        bars.resize(400, 200);
        QVERIFY(!table.grab().isNull());
        QVERIFY(!bars.grab().isNull());
    }

    void exportsToEveryFormat_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("bargauge") << int(PanelType::BarGauge);
        QTest::newRow("table") << int(PanelType::Table);
    }

    void exportsToEveryFormat()
    {
        QFETCH(int, type);
        QScopedPointer<PanelFrame> frame(PanelFactory::create(instantPanel(PanelType(type)), nullptr));
        frame->resize(500, 260);
        frame->setPanelData(answer({ series(QStringLiteral("api"), 0.2) }));
        const PanelExporter exporter(frame.data(), { QStringLiteral("Scrape time") });
        const QByteArray svg = exporter.render(ExportFormat::Svg, 1);
        // The reading is in the picture as text.
        QVERIFY2(svg.contains("200 ms"), svg.left(200).constData());
        QVERIFY(exporter.render(ExportFormat::Png, 1).startsWith("\x89PNG"));
        QVERIFY(exporter.render(ExportFormat::Pdf, 1).startsWith("%PDF"));
    }

    void framesShowEveryState_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("bargauge") << int(PanelType::BarGauge);
        QTest::newRow("table") << int(PanelType::Table);
    }

    void framesShowEveryState()
    {
        QFETCH(int, type);
        QScopedPointer<PanelFrame> frame(PanelFactory::create(instantPanel(PanelType(type)), nullptr));
        frame->resize(360, 240);
        QVERIFY(frame->messageText().startsWith(QStringLiteral("Loading")));
        PanelData none;
        none.state = PanelData::State::NoData;
        frame->setPanelData(none);
        QVERIFY2(
            frame->messageText().startsWith(QStringLiteral("No data")), qPrintable(frame->messageText()));
        PanelData failed;
        failed.state = PanelData::State::Error;
        failed.error = QStringLiteral("bad_data: parse error");
        frame->setPanelData(failed);
        QVERIFY(frame->messageText().startsWith(QStringLiteral("Query failed")));
        frame->setPanelData(answer({ series(QStringLiteral("api"), 0.2) }));
        QVERIFY(frame->messageText().isEmpty());
        QVERIFY(frame->content()->isVisibleTo(frame.data()));
        frame->setStale(60'000);
        QVERIFY(!frame->staleText().isEmpty());
    }
};

QTEST_MAIN(TestInstantPanels)
#include "tst_instantpanels.moc"

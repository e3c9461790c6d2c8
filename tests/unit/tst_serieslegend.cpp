// SPDX-License-Identifier: GPL-3.0-or-later
// Many series on one panel: each drawn in its own colour and dash, and a legend that can be a
// table of figures, sorted by a click on its header, remembered per panel.
#include "consoleconfig.h"
#include "legendtablemodel.h"
#include "serieslegend.h"
#include "seriespalette.h"
#include "settingskeys.h"
#include "timeseriespanel.h"
#include "unitformat.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QListWidget>
#include <QMouseEvent>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <limits>

using namespace pivori;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kStart = 1'700'000'000;

Panel podPanel(const QString &id = QStringLiteral("pods"))
{
    Panel p;
    p.id = id;
    p.title = QStringLiteral("Latency by service");
    p.type = PanelType::TimeSeries;
    p.unit = PanelUnit::Seconds;
    p.queries = { PanelQuery { QStringLiteral("q"), QStringLiteral("{{service}}"), {} } };
    return p;
}

PanelSeries series(const QString &name, const QList<double> &values)
{
    PanelSeries s;
    s.name = name;
    s.queryIndex = 0;
    s.labels.insert(QStringLiteral("service"), name);
    for (qsizetype i = 0; i < values.size(); ++i)
        s.points.append(Sample { kStart + 15.0 * double(i), values[i] });
    return s;
}

PanelData data(const QList<PanelSeries> &list)
{
    PanelData d;
    d.state = PanelData::State::Ok;
    d.stepMs = 15'000;
    d.startMs = qint64(kStart * 1000);
    d.endMs = d.startMs + qint64(10) * 15'000;
    d.series = list;
    return d;
}

PanelData manySeries(int count)
{
    QList<PanelSeries> list;
    for (int i = 0; i < count; ++i)
        list.append(series(QStringLiteral("svc-%1").arg(i, 2, 10, QLatin1Char('0')),
            { 0.1 * (i + 1), 0.1 * (i + 1) + 0.05, 0.1 * (i + 1) }));
    return data(list);
}

/// CIE L*a*b* of an sRGB colour (D65), for the distance between two palette colours.
std::array<double, 3> lab(const QColor &color)
{
    const auto linear
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double r = linear(color.redF());
    const double g = linear(color.greenF());
    const double b = linear(color.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

double deltaE(const QColor &a, const QColor &b)
{
    const auto la = lab(a);
    const auto lb = lab(b);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

/// A mouse move delivered to the widget itself: QTest::mouseMove goes through the window
/// system, which after an earlier test's double-click on another window may not deliver it.
void hover(QWidget *widget, const QPointF &pos)
{
    QMouseEvent move(
        QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}

} // namespace

class TestSeriesLegend final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void paletteColoursStayApart();
    void fiftySeriesAreDrawnDistinctly();
    void legendEntriesForExport();
    void statsOfKnownData();
    void tableShowsFiguresAndSorts();
    void tableClickHidesSeries();
    void modeIsAutomaticUntilChosenAndRemembered();
    void panelsLegendModeIsTheDefault();
    void hoveringLegendHighlightsSeries();
};

void TestSeriesLegend::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PivoriTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_serieslegend"));
}

void TestSeriesLegend::init()
{
    QSettings().clear();
}

void TestSeriesLegend::paletteColoursStayApart()
{
    // 25 in CIELAB is about where two thin lines stop being mistaken for each other.
    QVERIFY(SeriesPalette::size() >= 16);
    for (int i = 0; i < SeriesPalette::size(); ++i) {
        for (int j = i + 1; j < SeriesPalette::size(); ++j) {
            const double distance = deltaE(SeriesPalette::color(i), SeriesPalette::color(j));
            QVERIFY2(distance >= 25,
                qPrintable(QStringLiteral("%1 and %2 are only %3 apart")
                               .arg(SeriesPalette::color(i).name(), SeriesPalette::color(j).name())
                               .arg(distance)));
        }
    }
    QVERIFY(SeriesPalette::styleCount() >= 50);
}

void TestSeriesLegend::fiftySeriesAreDrawnDistinctly()
{
    TimeSeriesPanel panel(podPanel(), nullptr);
    panel.setPanelData(manySeries(50));
    QCOMPARE(panel.seriesCount(), 50);
    QSet<QString> styles;
    for (int i = 0; i < 50; ++i) {
        const QPen pen = panel.seriesPen(i);
        QCOMPARE(pen.color(), panel.seriesColor(i));
        styles.insert(pen.color().name() + QLatin1Char('/') + QString::number(int(pen.style())));
    }
    QCOMPARE(styles.size(), 50);
    // The first round of colours is solid; dashes only once colours would repeat.
    QCOMPARE(panel.seriesPen(0).style(), Qt::SolidLine);
    QCOMPARE(panel.seriesPen(SeriesPalette::size() - 1).style(), Qt::SolidLine);
    QVERIFY(panel.seriesPen(SeriesPalette::size()).style() != Qt::SolidLine);
}

void TestSeriesLegend::legendEntriesForExport()
{
    TimeSeriesPanel panel(podPanel(), nullptr);
    panel.setPanelData(manySeries(20));
    panel.setSeriesVisible(3, false);
    const QList<LegendEntry> entries = panel.legendEntries();
    QCOMPARE(entries.size(), 19); // the hidden one is not in the picture either
    QCOMPARE(entries.at(3).name, QStringLiteral("svc-04"));
    QCOMPARE(entries.at(3).color, panel.seriesColor(4));
    QCOMPARE(entries.at(3).pen, panel.seriesPen(4));
    QCOMPARE(entries.last().pen.style(), panel.seriesPen(19).style());
    QVERIFY(entries.last().pen.style() != Qt::SolidLine);
}

void TestSeriesLegend::statsOfKnownData()
{
    const SeriesStats a = SeriesStats::of(series(QStringLiteral("a"), { 1, 5, 3 }).points);
    QCOMPARE(a.last, 3.0);
    QCOMPARE(a.min, 1.0);
    QCOMPARE(a.max, 5.0);
    QCOMPARE(a.mean, 3.0);
    // "No traffic" (NaN) and +Inf are not numbers to average; the last is the last real one.
    const SeriesStats b = SeriesStats::of(
        series(QStringLiteral("b"), { 10, kNaN, 2, std::numeric_limits<double>::infinity(), kNaN }).points);
    QCOMPARE(b.last, 2.0);
    QCOMPARE(b.min, 2.0);
    QCOMPARE(b.max, 10.0);
    QCOMPARE(b.mean, 6.0);
    const SeriesStats none = SeriesStats::of(series(QStringLiteral("c"), { kNaN }).points);
    QVERIFY(std::isnan(none.last) && std::isnan(none.mean));
}

void TestSeriesLegend::tableShowsFiguresAndSorts()
{
    TimeSeriesPanel panel(podPanel(), nullptr);
    panel.resize(700, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SeriesLegend *legend = panel.legend();
    legend->setMode(SeriesLegend::Mode::Table);
    QTableView *table = legend->tableView();
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setPanelData(data({ series(QStringLiteral("alpha"), { 1, 5, 3 }),
        series(QStringLiteral("beta"), { 10, kNaN, 2 }), series(QStringLiteral("gamma"), { 4, 4, 4 }) }));
    QVERIFY(table->isVisible());
    QVERIFY(!legend->listView()->isVisible());

    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 3);
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    const auto seconds = [](double v) { return formatValue(v, PanelUnit::Seconds); };
    QCOMPARE(cell(0, LegendTableModel::Name), QStringLiteral("alpha"));
    QCOMPARE(cell(0, LegendTableModel::Last), seconds(3));
    QCOMPARE(cell(0, LegendTableModel::Min), seconds(1));
    QCOMPARE(cell(0, LegendTableModel::Max), seconds(5));
    QCOMPARE(cell(0, LegendTableModel::Mean), seconds(3));
    QCOMPARE(cell(1, LegendTableModel::Last), seconds(2));
    QCOMPARE(cell(1, LegendTableModel::Mean), seconds(6));
    QCOMPARE(cell(2, LegendTableModel::Max), seconds(4));
    QCOMPARE(legend->tableOrder(), (QList<int> { 0, 1, 2 })); // the legend's order until sorted

    // A click on a header sorts by it, largest first (what an operator looks for); a second
    // click reverses; a third returns to the legend's order.
    QHeaderView *header = table->horizontalHeader();
    const auto clickHeader = [header](int section) {
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    clickHeader(LegendTableModel::Max);
    QCOMPARE(legend->tableOrder(), (QList<int> { 1, 0, 2 })); // 10, 5, 4
    clickHeader(LegendTableModel::Max);
    QCOMPARE(legend->tableOrder(), (QList<int> { 2, 0, 1 }));
    clickHeader(LegendTableModel::Max);
    QCOMPARE(legend->tableOrder(), (QList<int> { 0, 1, 2 }));
    clickHeader(LegendTableModel::Last);
    QCOMPARE(legend->tableOrder(), (QList<int> { 2, 0, 1 })); // 4, 3, 2

    // A refresh with new figures keeps the sort and re-sorts by them.
    panel.setPanelData(data({ series(QStringLiteral("alpha"), { 1, 5, 9 }),
        series(QStringLiteral("beta"), { 10, kNaN, 2 }), series(QStringLiteral("gamma"), { 4, 4, 4 }) }));
    QCOMPARE(legend->tableOrder(), (QList<int> { 0, 2, 1 })); // 9, 4, 2
    QCOMPARE(model->index(0, LegendTableModel::Last).data().toString(), seconds(9));
}

void TestSeriesLegend::tableClickHidesSeries()
{
    TimeSeriesPanel panel(podPanel(), nullptr);
    panel.resize(700, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setPanelData(manySeries(12)); // many: a table by itself
    SeriesLegend *legend = panel.legend();
    QCOMPARE(legend->mode(), SeriesLegend::Mode::Table);
    QTableView *table = legend->tableView();
    const QRect row2 = table->visualRect(table->model()->index(2, LegendTableModel::Mean));
    QVERIFY(row2.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row2.center());
    QVERIFY(!panel.isSeriesVisible(2));
    QVERIFY(!legend->isEntryVisible(2));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row2.center());
    QVERIFY(panel.isSeriesVisible(2));
}

void TestSeriesLegend::modeIsAutomaticUntilChosenAndRemembered()
{
    {
        TimeSeriesPanel panel(podPanel(), nullptr);
        panel.setPanelData(manySeries(3));
        QCOMPARE(panel.legend()->mode(), SeriesLegend::Mode::List);
        panel.setPanelData(manySeries(SeriesLegend::kAutoTableAbove + 1));
        QCOMPARE(panel.legend()->mode(), SeriesLegend::Mode::Table);
        // The user's choice wins over the count, and is remembered for the panel.
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::mouseClick(panel.legend()->modeButton(), Qt::LeftButton);
        QCOMPARE(panel.legend()->mode(), SeriesLegend::Mode::List);
        QCOMPARE(QSettings().value(settingskeys::legendMode(QStringLiteral("pods"))).toString(),
            QStringLiteral("list"));
        panel.setPanelData(manySeries(30));
        QCOMPARE(panel.legend()->mode(), SeriesLegend::Mode::List);
        panel.legend()->setMode(SeriesLegend::Mode::Table);
    }
    TimeSeriesPanel again(podPanel(), nullptr);
    again.setPanelData(manySeries(2));
    QCOMPARE(again.legend()->mode(), SeriesLegend::Mode::Table);
    TimeSeriesPanel other(podPanel(QStringLiteral("other")), nullptr);
    other.setPanelData(manySeries(2));
    QCOMPARE(other.legend()->mode(), SeriesLegend::Mode::List);
}

void TestSeriesLegend::panelsLegendModeIsTheDefault()
{
    // `legend_mode:` decides until the user does: a table of two series, a list of thirty.
    Panel table = podPanel(QStringLiteral("table-legend"));
    table.legendMode = LegendMode::Table;
    TimeSeriesPanel tablePanel(table, nullptr);
    tablePanel.setPanelData(manySeries(2));
    QCOMPARE(tablePanel.legend()->mode(), SeriesLegend::Mode::Table);
    Panel list = podPanel(QStringLiteral("list-legend"));
    list.legendMode = LegendMode::List;
    TimeSeriesPanel listPanel(list, nullptr);
    listPanel.setPanelData(manySeries(30));
    QCOMPARE(listPanel.legend()->mode(), SeriesLegend::Mode::List);
    listPanel.legend()->setMode(SeriesLegend::Mode::Table);
    TimeSeriesPanel listAgain(list, nullptr);
    listAgain.setPanelData(manySeries(3));
    QCOMPARE(listAgain.legend()->mode(), SeriesLegend::Mode::Table); // the user's choice, remembered
    // Hidden: the plot alone.
    Panel hidden = podPanel(QStringLiteral("no-legend"));
    hidden.legendMode = LegendMode::Hidden;
    TimeSeriesPanel hiddenPanel(hidden, nullptr);
    hiddenPanel.resize(600, 400);
    hiddenPanel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hiddenPanel));
    hiddenPanel.setPanelData(manySeries(3));
    QVERIFY(!hiddenPanel.legend()->isVisible());
}

void TestSeriesLegend::hoveringLegendHighlightsSeries()
{
    TimeSeriesPanel panel(podPanel(), nullptr);
    panel.resize(700, 420);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setPanelData(manySeries(4));
    QListWidget *list = panel.legend()->listView();
    hover(list->viewport(), list->visualItemRect(list->item(2)).center());
    QTRY_COMPARE(panel.highlightedSeries(), 2);
    QCOMPARE(panel.legend()->highlightedRow(), 2);
    panel.setSeriesVisible(2, false); // a hidden series is not highlighted
    panel.setHighlightedSeries(2);
    QCOMPARE(panel.highlightedSeries(), -1);
}

QTEST_MAIN(TestSeriesLegend)
#include "tst_serieslegend.moc"

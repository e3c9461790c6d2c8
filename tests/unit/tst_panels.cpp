// SPDX-License-Identifier: GPL-3.0-or-later
// Gauges, stats and the frame around every panel: threshold colours, readings, states,
// badges and the context menu. (The bars panel has tst_barspanel.)
#include "consoleconfig.h"
#include "gaugepanel.h"
#include "nocstyle.h"
#include "panelframe.h"
#include "statpanel.h"
#include "thresholdcolors.h"
#include "widgettestutils.h"

#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace pivori;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

QColor named(const char *name)
{
    return QColor(ConsoleConfig::colorHex(QString::fromLatin1(name)));
}

Panel uptimeGauge(PanelType type = PanelType::Gauge)
{
    Panel p;
    p.id = QStringLiteral("uptime");
    p.title = QStringLiteral("Uptime Global");
    p.description = QStringLiteral("Share of requests answered without a 5xx error.");
    p.type = type;
    p.unit = PanelUnit::Percent;
    p.min = 95;
    p.max = 100;
    p.queries = { PanelQuery { QStringLiteral("100 * (1 - errors / total)"), QStringLiteral("Uptime"), {} } };
    p.thresholds = {
        Threshold { 0, QStringLiteral("red"), Severity::Critical, {} },
        Threshold { 99.0, QStringLiteral("yellow"), Severity::Warning, {} },
        Threshold { 99.9, QStringLiteral("green"), Severity::Ok, {} },
    };
    return p;
}

PanelData reading(double value)
{
    PanelData d;
    d.state = PanelData::State::Ok;
    d.value = value;
    return d;
}

int distinctColors(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

using pivori::testutils::countColor;

class TestPanels final : public QObject
{
    Q_OBJECT

private slots:
    void gaugeTakesItsBandsColour_data();
    void gaugeTakesItsBandsColour();
    void gaugeArcsKeepContrastOnTheWall();
    void gaugeScalesWithItsSize();
    void statTakesItsBandsColour_data();
    void statTakesItsBandsColour();
    void thresholdLookup_data();
    void thresholdLookup();
    void readableTextColour();
    void frameShowsEveryState_data();
    void frameShowsEveryState();
    void errorIsPlainText();
    void failedRefreshKeepsTheLastData();
    void staleBadge_data();
    void staleBadge();
    void contextMenuOpensPrometheus();
    void frameShowsWarnings();
};

void TestPanels::gaugeTakesItsBandsColour_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QColor>("expected");
    QTest::newRow("above 99.9 is green") << 99.95 << named("green");
    QTest::newRow("exactly at a threshold takes it") << 99.9 << named("green");
    QTest::newRow("between 99 and 99.9 is yellow") << 99.5 << named("yellow");
    QTest::newRow("below 99 is red") << 97.2 << named("red");
    QTest::newRow("below the scale still red") << 80.0 << named("red");
}

void TestPanels::gaugeTakesItsBandsColour()
{
    QFETCH(double, value);
    QFETCH(QColor, expected);
    GaugePanel gauge(uptimeGauge());
    gauge.resize(320, 240);
    gauge.setPanelData(reading(value));
    QCOMPARE(gauge.valueColor(), expected);

    // The value arc is by far the thickest stroke: its colour (made legible on the background)
    // must dominate the picture.
    const QColor base = gauge.palette().color(QPalette::Base);
    const QImage image = gauge.grab().toImage();
    const int wanted = countColor(image, ThresholdColors::readableOn(expected, base));
    QVERIFY2(wanted > 500, qPrintable(QString::number(wanted)));
    for (const QColor &other : { named("green"), named("yellow"), named("red") }) {
        if (other != expected)
            QVERIFY2(wanted > countColor(image, ThresholdColors::readableOn(other, base)),
                qPrintable(other.name()));
    }
}

void TestPanels::gaugeArcsKeepContrastOnTheWall()
{
    // A configured shade that is fine on white disappears on the wall's near-black: the arc
    // must be drawn lighter, with at least 3:1 contrast, and the raw shade not at all.
    const QColor navy(QStringLiteral("#1b2a4a"));
    Panel panel = uptimeGauge();
    panel.thresholds = { Threshold { 0, navy.name(), Severity::Ok, {} } };
    GaugePanel gauge(panel);
    gauge.setPalette(nocstyle::palette());
    gauge.resize(320, 240);
    gauge.setPanelData(reading(99.5));
    const QColor base = gauge.palette().color(QPalette::Base);
    QVERIFY(ThresholdColors::contrastRatio(navy, base) < 3.0);

    const QColor drawn = ThresholdColors::readableOn(navy, base);
    QVERIFY(ThresholdColors::contrastRatio(drawn, base) >= 3.0);
    const QImage image = gauge.grab().toImage();
    QVERIFY2(countColor(image, drawn) > 500, qPrintable(QString::number(countColor(image, drawn))));
    QCOMPARE(countColor(image, navy), 0);
}

void TestPanels::gaugeScalesWithItsSize()
{
    GaugePanel gauge(uptimeGauge());
    gauge.setPanelData(reading(99.95));
    QCOMPARE(gauge.valueText(), QStringLiteral("99.95 %"));
    gauge.resize(160, 120);
    const int small = countColor(gauge.grab().toImage(), named("green"));
    gauge.resize(640, 480);
    const int large = countColor(gauge.grab().toImage(), named("green"));
    QVERIFY2(large > 8 * small, qPrintable(QStringLiteral("%1 vs %2").arg(large).arg(small)));

    gauge.setPanelData(reading(kNaN));
    QCOMPARE(gauge.valueText(), QStringLiteral("No traffic"));
    QCOMPARE(gauge.valueColor(), ThresholdColors::noTrafficColor());
}

void TestPanels::statTakesItsBandsColour_data()
{
    gaugeTakesItsBandsColour_data();
}

void TestPanels::statTakesItsBandsColour()
{
    QFETCH(double, value);
    QFETCH(QColor, expected);
    StatPanel stat(uptimeGauge(PanelType::Stat));
    stat.resize(300, 160);
    stat.setPanelData(reading(value));
    QCOMPARE(stat.valueColor(), expected);
    // The number is drawn in a shade of the threshold colour that reads on the background.
    const QColor text = ThresholdColors::readableOn(expected, stat.palette().color(QPalette::Base));
    QVERIFY(countColor(stat.grab().toImage(), text) > 300);
}

void TestPanels::thresholdLookup_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("threshold"); // NaN: none applies

    QTest::newRow("below every threshold") << -1.0 << kNaN;
    QTest::newRow("at the lowest") << 0.0 << 0.0;
    QTest::newRow("between two") << 99.2 << 99.0;
    QTest::newRow("exactly at one") << 99.9 << 99.9;
    QTest::newRow("above the highest") << 1e9 << 99.9;
    QTest::newRow("NaN matches nothing") << kNaN << kNaN;
}

void TestPanels::thresholdLookup()
{
    QFETCH(double, value);
    QFETCH(double, threshold);
    QList<Threshold> unsorted = uptimeGauge().thresholds;
    std::reverse(unsorted.begin(), unsorted.end());
    const Threshold *found = ThresholdColors::thresholdFor(unsorted, value);
    if (std::isnan(threshold)) {
        QVERIFY(!found);
        QCOMPARE(ThresholdColors::colorFor(unsorted, value, Qt::blue), QColor(Qt::blue));
    } else {
        QVERIFY(found);
        QCOMPARE(found->value, threshold);
    }
}

void TestPanels::readableTextColour()
{
    const QColor yellow = named("yellow");
    const QColor onWhite = ThresholdColors::readableOn(yellow, Qt::white, 3.0);
    QVERIFY(ThresholdColors::contrastRatio(onWhite, Qt::white) >= 3.0);
    QVERIFY(onWhite.lightness() < yellow.lightness());
    const QColor onBlack = ThresholdColors::readableOn(named("blue"), Qt::black, 4.5);
    QVERIFY(ThresholdColors::contrastRatio(onBlack, Qt::black) >= 4.5);
    QCOMPARE(ThresholdColors::readableOn(Qt::black, Qt::white), QColor(Qt::black));
}

void TestPanels::frameShowsEveryState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("withValue");
    QTest::addColumn<QString>("shown");

    QTest::newRow("loading") << int(PanelData::State::Loading) << false << QStringLiteral("Loading…");
    QTest::newRow("error with the server's message") << int(
        PanelData::State::Error) << false << QStringLiteral("Query failed\nbad_data: 1:5: parse error");
    QTest::newRow("empty result is no data")
        << int(PanelData::State::NoData) << false << QStringLiteral("No data");
    QTest::newRow("ok without a reading is no data")
        << int(PanelData::State::Ok) << false << QStringLiteral("No data");
    QTest::newRow("ok with a reading shows the gauge") << int(PanelData::State::Ok) << true << QString();
}

void TestPanels::frameShowsEveryState()
{
    QFETCH(int, state);
    QFETCH(bool, withValue);
    QFETCH(QString, shown);

    PanelFrame frame(new GaugePanel(uptimeGauge()));
    frame.resize(360, 260);
    PanelData d;
    d.state = PanelData::State(state);
    d.error = QStringLiteral("bad_data: 1:5: parse error");
    if (withValue)
        d.value = 99.95;
    frame.setPanelData(d);
    QCOMPARE(frame.state(), d.state);
    if (shown.isEmpty())
        QVERIFY(frame.messageText().isEmpty());
    else
        QVERIFY2(frame.messageText().startsWith(shown), qPrintable(frame.messageText()));
    // Every state paints something besides the background: text, or the dial.
    QVERIFY(distinctColors(frame.grab().toImage()) > 3);
}

void TestPanels::errorIsPlainText()
{
    PanelFrame frame(new StatPanel(uptimeGauge(PanelType::Stat)));
    PanelData d;
    d.state = PanelData::State::Error;
    d.error = QStringLiteral("parse error: unexpected <b>identifier</b> & <script>");
    d.expressions = { QStringLiteral("sum(rate(x[5m])) by") };
    frame.setPanelData(d);
    QVERIFY(frame.messageText().contains(d.error));
    const QList<QLabel *> labels = frame.findChildren<QLabel *>();
    const auto detail = std::find_if(
        labels.cbegin(), labels.cend(), [&d](const QLabel *l) { return l->text() == d.error; });
    QVERIFY(detail != labels.cend());
    QCOMPARE((*detail)->textFormat(), Qt::PlainText);
    QVERIFY((*detail)->toolTip().contains(d.expressions.first()));

    PanelData empty;
    empty.state = PanelData::State::Error;
    frame.setPanelData(empty);
    QVERIFY2(frame.messageText().contains(QStringLiteral("no reason")), qPrintable(frame.messageText()));
}

void TestPanels::failedRefreshKeepsTheLastData()
{
    PanelFrame frame(new GaugePanel(uptimeGauge()));
    frame.resize(360, 260);
    PanelData good;
    good.state = PanelData::State::Ok;
    good.value = 99.95;
    good.expressions = { QStringLiteral("100 * (1 - errors / total)") };
    frame.setPanelData(good);
    QVERIFY(frame.content()->isVisibleTo(&frame));

    // The refresher keeps the last good data in a failed round and adds the error.
    PanelData failed = good;
    failed.state = PanelData::State::Error;
    failed.error = QStringLiteral("no answer within the timeout");
    frame.setPanelData(failed);
    QVERIFY2(frame.messageText().isEmpty(), qPrintable(frame.messageText()));
    QVERIFY(frame.content()->isVisibleTo(&frame));
    QCOMPARE(frame.failureText(), failed.error);
    const auto labels = frame.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&frame](const QLabel *label) {
        return label->isVisibleTo(&frame) && label->text() == QStringLiteral("query failed")
            && label->toolTip().contains(QStringLiteral("no answer within the timeout"));
    }));

    // Good data again: the badge goes.
    frame.setPanelData(good);
    QVERIFY(frame.failureText().isEmpty());
    QVERIFY(std::none_of(labels.cbegin(), labels.cend(), [&frame](const QLabel *label) {
        return label->isVisibleTo(&frame) && label->text() == QStringLiteral("query failed");
    }));

    // Another query (a variable changed) failing has no data of its own to keep.
    PanelData otherQuery = failed;
    otherQuery.expressions = { QStringLiteral("100 * (1 - errors{service=\"x\"} / total)") };
    frame.setPanelData(otherQuery);
    QVERIFY2(frame.messageText().startsWith(QStringLiteral("Query failed\nno answer")),
        qPrintable(frame.messageText()));
    QVERIFY(frame.failureText().isEmpty());
    // Nor does a panel that never showed data.
    PanelFrame fresh(new GaugePanel(uptimeGauge()));
    fresh.setPanelData(failed);
    QVERIFY(fresh.messageText().startsWith(QStringLiteral("Query failed")));
}

void TestPanels::staleBadge_data()
{
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<QString>("badge");
    QTest::newRow("seconds") << qint64(45'000) << QStringLiteral("stale · 45s");
    QTest::newRow("minutes and seconds") << qint64(200'000) << QStringLiteral("stale · 3m 20s");
    QTest::newRow("hours and minutes") << qint64(7'500'000) << QStringLiteral("stale · 2h 5m");
    QTest::newRow("days and hours") << qint64(97'200'000) << QStringLiteral("stale · 1d 3h");
    QTest::newRow("zero age") << qint64(0) << QStringLiteral("stale · 0s");
    QTest::newRow("negative hides") << qint64(-1) << QString();
}

void TestPanels::staleBadge()
{
    QFETCH(qint64, ageMs);
    QFETCH(QString, badge);
    PanelFrame frame(new GaugePanel(uptimeGauge()));
    frame.setPanelData(reading(99.95));
    frame.setStale(ageMs);
    QCOMPARE(frame.staleText(), badge);
    // Stale data stays on screen under the badge.
    QVERIFY(frame.messageText().isEmpty());
    frame.setStale(-1);
    QVERIFY(frame.staleText().isEmpty());
}

void TestPanels::contextMenuOpensPrometheus()
{
    PanelFrame single(new GaugePanel(uptimeGauge()));
    QSignalSpy openSingle(&single, &PanelFrame::openInPrometheusRequested);
    QSignalSpy exportSpy(&single, &PanelFrame::exportRequested);
    std::unique_ptr<QMenu> menu(single.createContextMenu(nullptr));
    const QList<QAction *> actions = menu->actions();
    const auto open = std::find_if(actions.cbegin(), actions.cend(),
        [](QAction *a) { return a->text() == QStringLiteral("Open in Prometheus"); });
    QVERIFY(open != actions.cend());
    (*open)->trigger();
    QCOMPARE(openSingle.size(), 1);
    QCOMPARE(openSingle.first().at(0).toString(), QStringLiteral("uptime"));
    QCOMPARE(openSingle.first().at(1).toInt(), 0);
    const auto exportAction = std::find_if(actions.cbegin(), actions.cend(),
        [](QAction *a) { return a->text().startsWith(QStringLiteral("Export")); });
    QVERIFY(exportAction != actions.cend());
    // A submenu: each format, then the clipboard, each naming what it asks for.
    QMenu *exportMenu = (*exportAction)->menu();
    QVERIFY(exportMenu);
    QList<QAction *> exportActions = exportMenu->actions();
    exportActions.removeIf([](QAction *a) { return a->isSeparator(); });
    QCOMPARE(exportActions.size(), 5);
    for (QAction *action : exportActions)
        action->trigger();
    QCOMPARE(exportSpy.size(), 5);
    QCOMPARE(exportSpy.at(0).at(0).toString(), QStringLiteral("uptime"));
    const ExportTarget expected[] = { ExportTarget::Png, ExportTarget::Png2x, ExportTarget::Svg,
        ExportTarget::Pdf, ExportTarget::Clipboard };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(exportSpy.at(i).at(1).value<ExportTarget>(), expected[i]);

    // One entry per expression when the panel has several queries.
    Panel several = uptimeGauge();
    several.queries = { PanelQuery { QStringLiteral("a"), QStringLiteral("2xx"), {} },
        PanelQuery { QStringLiteral("b"), QStringLiteral("4xx"), {} },
        PanelQuery { QStringLiteral("c"), QStringLiteral("5xx"), {} } };
    PanelFrame bars(new GaugePanel(several));
    QSignalSpy openBars(&bars, &PanelFrame::openInPrometheusRequested);
    std::unique_ptr<QMenu> barsMenu(bars.createContextMenu(nullptr));
    QMenu *sub = barsMenu->actions().first()->menu();
    QVERIFY(sub);
    QCOMPARE(sub->actions().size(), 3);
    QCOMPARE(sub->actions().at(2)->text(), QStringLiteral("5xx"));
    sub->actions().at(2)->trigger();
    QCOMPARE(openBars.size(), 1);
    QCOMPARE(openBars.first().at(1).toInt(), 2);
}

void TestPanels::frameShowsWarnings()
{
    PanelFrame frame(new GaugePanel(uptimeGauge()));
    PanelData d = reading(99.95);
    d.warnings = { QStringLiteral("3 series answered; the gauge shows the first"),
        QStringLiteral("PromQL info: metric might not be a counter: <b>x</b>") };
    frame.setPanelData(d);
    QCOMPARE(frame.warningText(), d.warnings.join(QLatin1Char('\n')));
    QVERIFY(frame.messageText().isEmpty()); // a warning does not hide the data
    const QList<QLabel *> labels = frame.findChildren<QLabel *>();
    const auto sign = std::find_if(
        labels.cbegin(), labels.cend(), [](const QLabel *l) { return l->text() == QStringLiteral("⚠"); });
    QVERIFY(sign != labels.cend());
    QVERIFY((*sign)->toolTip().contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));

    frame.setPanelData(reading(99.95));
    QVERIFY(frame.warningText().isEmpty());
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"

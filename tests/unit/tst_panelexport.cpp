// SPDX-License-Identifier: GPL-3.0-or-later
// Export of panels and dashboards: PNG at 1x and 2x, SVG and PDF, each under the header
// that says what, when and from where; every series named and no control drawn; real panels
// fed with data built here.
#include "barspanel.h"
#include "consoleconfig.h"
#include "dashboardview.h"
#include "exportheader.h"
#include "gaugepanel.h"
#include "panelexporter.h"
#include "panelframe.h"
#include "picturelegend.h"
#include "picturesession.h"
#include "productiondata.h"
#include "serieslegend.h"
#include "timeseriespanel.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QLabel>
#include <QLayout>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pivori;
using namespace pivori::testing;

namespace {

constexpr qint64 kStartMs = 1'795'608'000'000; // 2026-11-25 13:00:00 UTC+01:00 (Paris)
constexpr qint64 kStepMs = 15'000;
constexpr int kPoints = 40;

Panel requestRatePanel()
{
    Panel p;
    p.id = QStringLiteral("request-rate");
    p.title = QStringLiteral("Request Rate");
    p.type = PanelType::TimeSeries;
    p.unit = PanelUnit::RequestsPerSecond;
    p.queries = { PanelQuery {
        QStringLiteral("sum by (service) (rate(x[1m]))"), QStringLiteral("{{service}}"), {} } };
    p.width = 6;
    return p;
}

Panel gaugePanel()
{
    Panel p;
    p.id = QStringLiteral("uptime");
    p.title = QStringLiteral("Uptime");
    p.type = PanelType::Gauge;
    p.unit = PanelUnit::Percent;
    p.min = 95;
    p.max = 100;
    p.queries = { PanelQuery { QStringLiteral("up"), QStringLiteral("Uptime"), {} } };
    p.width = 6;
    return p;
}

PanelData rateData()
{
    PanelData d;
    d.state = PanelData::State::Ok;
    d.startMs = kStartMs;
    d.stepMs = kStepMs;
    d.endMs = kStartMs + (kPoints - 1) * kStepMs;
    for (const char *service : { "trading", "payments" }) {
        PanelSeries s;
        s.name = QString::fromLatin1(service);
        s.labels.insert(QStringLiteral("service"), s.name);
        for (int i = 0; i < kPoints; ++i)
            s.points.append(Sample {
                (kStartMs + i * kStepMs) / 1000.0, 50.0 + 30.0 * std::sin(i / 4.0) + s.name.size() });
        d.series.append(s);
    }
    return d;
}

ExportHeader parisHeader(const QString &panelTitle = QStringLiteral("Request Rate"))
{
    ExportHeader h;
    h.dashboardTitle = QStringLiteral("Production");
    h.panelTitle = panelTitle;
    h.startMs = kStartMs;
    h.endMs = kStartMs + 3'600'000;
    h.serverName = QStringLiteral("main");
    h.serverUrl = QUrl(QStringLiteral("http://user:secret@127.0.0.1:9090"));
    h.exportedAt = QDateTime::fromMSecsSinceEpoch(kStartMs + 3'600'000 + 131'000, QTimeZone::utc());
    h.zone = QTimeZone("Europe/Paris");
    return h;
}

/// A time-series panel in its frame, laid out at a fixed size (never on screen).
std::unique_ptr<PanelFrame> rateFrame()
{
    auto frame = std::make_unique<PanelFrame>(new TimeSeriesPanel(requestRatePanel(), nullptr));
    frame->setAttribute(Qt::WA_DontShowOnScreen);
    frame->resize(640, 320);
    frame->show();
    frame->layout()->activate();
    frame->setPanelData(rateData());
    static_cast<TimeSeriesPanel *>(frame->content())->replotNow();
    return frame;
}

/// Pixels in @p rect that differ clearly from @p background.
int inkPixels(const QImage &image, const QRect &rect, QRgb background)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - qRed(background)) + std::abs(qGreen(p) - qGreen(background))
                    + std::abs(qBlue(p) - qBlue(background))
                > 90)
                ++count;
        }
    return count;
}

struct SvgSummary
{
    QString error;
    int paths = 0;
    int longestPolyline = 0; ///< points in the longest <polyline>
    QStringList texts;
    int largestImage = 0; ///< width x height of the largest embedded raster, in user units
};

SvgSummary readSvg(const QByteArray &svg)
{
    SvgSummary out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("path")) {
            ++out.paths;
        } else if (xml.name() == QLatin1String("polyline")) {
            const auto points
                = attributes.value(QLatin1String("points")).trimmed().split(u' ', Qt::SkipEmptyParts);
            out.longestPolyline = std::max(out.longestPolyline, int(points.size()));
        } else if (xml.name() == QLatin1String("text")) {
            out.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (xml.name() == QLatin1String("image")) {
            out.largestImage = std::max(out.largestImage,
                int(attributes.value(QLatin1String("width")).toDouble()
                    * attributes.value(QLatin1String("height")).toDouble()));
        }
    }
    if (xml.hasError())
        out.error = xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    return out;
}

/// The production dashboard's "Memory Usage by Pod" with 45 pods, in its frame at @p size.
std::unique_ptr<PanelFrame> podFrame(const QSize &size)
{
    const Dashboard dashboard = productionDashboard();
    const Panel *memory = dashboard.panel(QStringLiteral("memory"));
    if (!memory)
        return nullptr;
    auto frame = std::make_unique<PanelFrame>(new TimeSeriesPanel(*memory, nullptr));
    frame->setAttribute(Qt::WA_DontShowOnScreen);
    frame->resize(size);
    frame->show();
    frame->layout()->activate();
    frame->setPanelData(productionData().value(QStringLiteral("memory")));
    static_cast<TimeSeriesPanel *>(frame->content())->replotNow();
    return frame;
}

/// The controls among @p widgets, by class and name: what a picture must not show.
QStringList controlsAmong(const QList<const QWidget *> &widgets)
{
    QStringList out;
    for (const QWidget *w : widgets) {
        if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QScrollBar *>(w)
            || qobject_cast<const SeriesLegend *>(w) || isOmittedFromPictures(w))
            out << QString::fromLatin1(w->metaObject()->className()) + u':' + w->objectName();
    }
    return out;
}

} // namespace

class TestPanelExport final : public QObject
{
    Q_OBJECT

private slots:
    void headerLinesSayWhatWhenAndWhere()
    {
        const QStringList lines = parisHeader().lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("Production — Request Rate"));
        QCOMPARE(lines[1], QStringLiteral("2026-11-25 13:00:00 – 14:00:00 UTC+01:00 (Europe/Paris)"));
        // The server's credentials never reach a picture.
        QCOMPARE(lines[2],
            QStringLiteral("Prometheus main (http://127.0.0.1:9090) · exported 2026-11-25 14:02:11 UTC+01:00 "
                           "(Europe/Paris)"));
        QCOMPARE(parisHeader(QString()).lines().first(), QStringLiteral("Production"));
    }

    void headerNamesEveryVariableAndTheZoom()
    {
        const Dashboard dashboard = productionDashboard();
        QCOMPARE(dashboard.variables.size(), 1);
        const auto header = [&](const VariableValue &service, bool zoomed) {
            ExportHeader h = ExportHeader::forDashboard(dashboard, QString(), kStartMs, kStartMs + 600'000,
                nullptr, { { QStringLiteral("service"), service } }, zoomed);
            h.exportedAt = QDateTime::fromMSecsSinceEpoch(kStartMs, QTimeZone::utc());
            h.zone = QTimeZone("Europe/Paris");
            return h;
        };
        const QStringList one = header(VariableValue::single(QStringLiteral("market-data")), false).lines();
        const QStringList all = header(VariableValue::allValues(), false).lines();
        // One service's picture does not read like every service's.
        QVERIFY(one != all);
        QCOMPARE(one.size(), 4);
        QCOMPARE(one[2], QStringLiteral("service = market-data"));
        QCOMPARE(all[2], QStringLiteral("service = All"));
        QCOMPARE(header(VariableValue::multiple({ QStringLiteral("auth"), QStringLiteral("risk") }), false)
                     .lines()[2],
            QStringLiteral("service = auth, risk"));
        QCOMPARE(one[1], QStringLiteral("2026-11-25 13:00:00 – 13:10:00 UTC+01:00 (Europe/Paris)"));
        QCOMPARE(header(VariableValue::allValues(), true).lines()[1],
            QStringLiteral("2026-11-25 13:00:00 – 13:10:00 UTC+01:00 (Europe/Paris) · zoomed in"));
        // A dashboard without variables has no such line.
        Dashboard plain = dashboard;
        plain.variables.clear();
        QCOMPARE(ExportHeader::forDashboard(plain, QString(), kStartMs, kStartMs + 1, nullptr, {}, false)
                     .lines()
                     .size(),
            3);

        // In the picture, as text.
        const auto frame = rateFrame();
        const SvgSummary summary = readSvg(PanelExporter(
            frame.get(), header(VariableValue::single(QStringLiteral("market-data")), true).lines())
                                               .toSvg());
        QVERIFY2(summary.texts.contains(QStringLiteral("service = market-data")),
            qPrintable(summary.texts.join(u'|')));
        QVERIFY(summary.texts.contains(
            QStringLiteral("2026-11-25 13:00:00 – 13:10:00 UTC+01:00 (Europe/Paris) · zoomed in")));
    }

    void narrowPictureWrapsTheHeaderInsteadOfCuttingIt()
    {
        // A narrow panel of a dashboard with many variables and a zoom: every word of every
        // header line is in the picture, on as many lines as it takes, none cut with "…".
        ExportHeader h = parisHeader();
        for (const QString &name : { QStringLiteral("service"), QStringLiteral("pod"),
                 QStringLiteral("namespace"), QStringLiteral("region"), QStringLiteral("cluster") })
            h.variables.append({ name, QStringLiteral("%1-value-long-enough-to-matter").arg(name) });
        h.zoomed = true;
        const auto frame = rateFrame();
        frame->resize(260, 320);
        const PanelExporter exporter(frame.get(), h.lines());
        const int width = exporter.pictureSize().width();
        QVERIFY2(width < 400, qPrintable(QString::number(width)));
        const QStringList rows = exporter.headerRows();
        QVERIFY2(rows.size() > h.lines().size(), qPrintable(rows.join(u'|'))); // it did wrap
        const QFontMetrics metrics(frame->font());
        for (const QString &row : rows) {
            QVERIFY2(!row.contains(QChar(0x2026)), qPrintable(row));
            // (The title's font is larger: the wrapping width is checked on the other lines.)
            if (row != rows.constFirst())
                QVERIFY2(metrics.horizontalAdvance(row) <= width, qPrintable(row));
        }
        // Nothing lost: the rows put back together are the lines, word for word.
        const QString painted = rows.join(u' ').simplified().remove(u' ');
        for (const QString &line : h.lines())
            QVERIFY2(painted.contains(QString(line).remove(u' ')),
                qPrintable(line + QStringLiteral(" | ") + painted));
        for (const auto &[name, value] : std::as_const(h.variables))
            QVERIFY(painted.contains(value));
        // The picture is tall enough for the wrapped header, and the SVG carries every row.
        QCOMPARE(exporter.headerHeight(), PanelExporter::headerHeight(h.lines(), frame->font(), width));
        QVERIFY(exporter.headerHeight() > PanelExporter::headerHeight(h.lines(), frame->font(), 4000));
        const SvgSummary summary = readSvg(exporter.toSvg());
        for (const QString &row : rows)
            QVERIFY2(summary.texts.contains(row),
                qPrintable(row + QStringLiteral(" | ") + summary.texts.join(u'|')));
    }

    void rangeAcrossMidnightShowsBothDates()
    {
        const QTimeZone paris("Europe/Paris");
        const qint64 start = QDateTime(QDate(2026, 7, 1), QTime(23, 30), paris).toMSecsSinceEpoch();
        QCOMPARE(ExportHeader::formatRange(start, start + 3'600'000, paris),
            QStringLiteral("2026-07-01 23:30:00 – 2026-07-02 00:30:00 UTC+02:00 (Europe/Paris)"));
        QCOMPARE(ExportHeader::zoneText(QDateTime::fromMSecsSinceEpoch(start), QTimeZone("America/St_Johns")),
            QStringLiteral("UTC-02:30 (America/St_Johns)"));
    }

    void fileNameIsProposedFromIdsAndTime()
    {
        const QDateTime at = QDateTime(QDate(2026, 11, 25), QTime(13, 2, 40), QTimeZone::utc());
        QCOMPARE(exportFileName(QStringLiteral("production"), QStringLiteral("request-rate"), at,
                     QStringLiteral("png"), QTimeZone("Europe/Paris")),
            QStringLiteral("production-request-rate-20261125-1402.png"));
        QCOMPARE(exportFileName(
                     QStringLiteral("My Board/../x"), QString(), at, QStringLiteral("pdf"), QTimeZone::utc()),
            QStringLiteral("my-board-x-20261125-1302.pdf"));
    }

    void formatIsChosenByExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format"); // -1: none
        QTest::newRow("png") << "a/b.png" << int(ExportFormat::Png);
        QTest::newRow("upper-case svg") << "B.SVG" << int(ExportFormat::Svg);
        QTest::newRow("pdf") << "x.y.pdf" << int(ExportFormat::Pdf);
        QTest::newRow("jpeg") << "x.jpg" << -1;
        QTest::newRow("none") << "png" << -1;
    }

    void formatIsChosenByExtension()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto chosen = exportFormatForPath(path);
        QCOMPARE(chosen ? int(*chosen) : -1, format);
    }

    void pngHasTheAskedSizeAndAHeader()
    {
        const auto frame = rateFrame();
        const PanelExporter exporter(frame.get(), parisHeader().lines());
        const int header = exporter.headerHeight();
        QVERIFY(header > 30);
        QCOMPARE(exporter.pictureSize(), QSize(640, 320 + header));

        const QImage one = QImage::fromData(PanelExporter::pngBytes(exporter.toImage(1)), "PNG");
        const QImage two = QImage::fromData(PanelExporter::pngBytes(exporter.toImage(2)), "PNG");
        QCOMPARE(one.size(), exporter.pictureSize());
        QCOMPARE(two.size(), exporter.pictureSize() * 2);

        // Text in the header strip: ink on both halves of its lines, nothing painted blank.
        const QRgb background = one.pixel(one.width() - 2, 2);
        const int headerInk = inkPixels(one, QRect(0, 0, one.width() / 2, header - 2), background);
        QVERIFY2(headerInk > 300, qPrintable(QString::number(headerInk)));
        QVERIFY(inkPixels(two, QRect(0, 0, two.width() / 2, 2 * header - 4), background) > 4 * headerInk / 2);
        // The plot is there too, under the header.
        QVERIFY(inkPixels(one, QRect(0, header + 40, one.width(), 200),
                    frame->palette().color(QPalette::Base).rgb())
            > 500);
    }

    void aPanelDrawnOnlyInPicturesIsNotReplottedAndPicturesTheSame()
    {
        // As `snapshot` lays its view out (shown, never on screen), with and without the mode:
        // the replots from the answer on are counted (as the content is shown, resized, given
        // the points).
        const auto replotsAfterTheAnswer = [this](PanelFrame &frame) {
            frame.setAttribute(Qt::WA_DontShowOnScreen);
            frame.resize(640, 320);
            frame.show();
            frame.layout()->activate();
            // QCustomPlot queues a first replot when made: it runs while the queries are out.
            QCoreApplication::processEvents();
            auto *plot = frame.content()->findChild<QCustomPlot *>();
            int replots = 0;
            connect(plot, &QCustomPlot::afterReplot, this, [&replots] { ++replots; });
            frame.setPanelData(rateData());
            const auto *panel = static_cast<TimeSeriesPanel *>(frame.content());
            if (!QTest::qWaitFor([panel] { return !panel->isApplyPending(); }, 10000))
                return -1;
            QCoreApplication::processEvents(); // a queued replot runs here
            return replots;
        };
        PanelFrame onlyInPictures(new TimeSeriesPanel(requestRatePanel(), nullptr));
        onlyInPictures.content()->setDrawnOnlyInPictures(true);
        PanelFrame onScreenToo(new TimeSeriesPanel(requestRatePanel(), nullptr));
        QCOMPARE(replotsAfterTheAnswer(onlyInPictures), 0);
        QVERIFY(replotsAfterTheAnswer(onScreenToo) > 0);

        // The picture is the same.
        const QImage picture = PanelExporter(&onlyInPictures, parisHeader().lines()).toImage(1);
        QCOMPARE(picture.size(),
            QSize(640, 320) + QSize(0, PanelExporter(&onlyInPictures, parisHeader().lines()).headerHeight()));
        QVERIFY(picture == PanelExporter(&onScreenToo, parisHeader().lines()).toImage(1));
    }

    void svgIsValidXmlWithVectorPlot()
    {
        const auto frame = rateFrame();
        ExportHeader header = parisHeader();
        header.dashboardTitle = QStringLiteral("Performance & <Reliability>");
        const QByteArray svg = PanelExporter(frame.get(), header.lines()).toSvg();
        const SvgSummary summary = readSvg(svg);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        // The series are lines with every point, not a picture of them.
        QVERIFY2(summary.longestPolyline >= kPoints, qPrintable(QString::number(summary.longestPolyline)));
        QVERIFY(summary.paths > 0);
        QVERIFY2(summary.largestImage < 50 * 50, qPrintable(QString::number(summary.largestImage)));
        QVERIFY2(summary.texts.contains(QStringLiteral("Performance & <Reliability> — Request Rate")),
            qPrintable(summary.texts.join(u'|')));
        QVERIFY(summary.texts.contains(
            QStringLiteral("2026-11-25 13:00:00 – 14:00:00 UTC+01:00 (Europe/Paris)")));
    }

    void pdfIsOnePageOfThePictureShape()
    {
        const auto frame = rateFrame();
        const PanelExporter exporter(frame.get(), parisHeader().lines());
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        QVERIFY2(!pdfinfo.isEmpty(), "pdfinfo is missing: install poppler-utils (installer/install-deps.sh)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("panel.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exporter.toPdf());
        file.close();

        QProcess process;
        process.start(pdfinfo, { file.fileName() });
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(out));
        const auto size
            = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(out);
        QVERIFY2(size.hasMatch(), qPrintable(out));
        const double aspect = size.captured(1).toDouble() / size.captured(2).toDouble();
        const double expected = double(exporter.pictureSize().width()) / exporter.pictureSize().height();
        QVERIFY2(std::abs(aspect - expected) < 0.01,
            qPrintable(QStringLiteral("%1 vs %2").arg(aspect).arg(expected)));
        // 96 px to the inch: 640 px are 480 pt.
        QCOMPARE(qRound(size.captured(1).toDouble()), 480);
    }

    void dashboardExportHoldsEveryPanel()
    {
        Dashboard dashboard;
        dashboard.id = QStringLiteral("production");
        dashboard.title = QStringLiteral("Production");
        dashboard.panels = { requestRatePanel(), gaugePanel() };
        DashboardView view(dashboard);
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(1000, 400);
        view.setRowsPerScreen(view.totalRows());
        view.show();
        view.setPanelData(QStringLiteral("request-rate"), rateData());
        PanelData reading;
        reading.state = PanelData::State::Ok;
        reading.value = 99.95;
        view.setPanelData(QStringLiteral("uptime"), reading);
        static_cast<TimeSeriesPanel *>(view.panelWidget(QStringLiteral("request-rate"))->content())
            ->replotNow();

        const PanelExporter exporter(view.widget(), parisHeader(QString()).lines(), QSize(1000, 400));
        QCOMPARE(exporter.pictureSize(), QSize(1000, 400 + exporter.headerHeight()));
        const SvgSummary summary = readSvg(exporter.toSvg());
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY(summary.longestPolyline >= kPoints);
        // Both panel titles and the gauge's reading, as text.
        QVERIFY(summary.texts.contains(QStringLiteral("Request Rate")));
        QVERIFY(summary.texts.contains(QStringLiteral("Uptime")));
        QVERIFY2(std::any_of(summary.texts.cbegin(), summary.texts.cend(),
                     [](const QString &t) { return t.startsWith(QStringLiteral("99.9")); }),
            qPrintable(summary.texts.join(u'|')));
    }

    void everyPodIsNamedAndNoControlIsDrawn_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("dashboard cell") << QSize(940, 250);
        QTest::newRow("small") << QSize(420, 220);
    }

    void everyPodIsNamedAndNoControlIsDrawn()
    {
        QFETCH(QSize, size);
        const auto frame = podFrame(size);
        QVERIFY(frame);
        auto *content = static_cast<TimeSeriesPanel *>(frame->content());
        QCOMPARE(content->seriesCount(), 45);
        const QStringList pods = productionPods();
        const QRect plotBefore(
            content->plotWidget()->mapTo(frame.get(), QPoint(0, 0)), content->plotWidget()->size());
        // On screen the legend scrolls: it cannot show 45 names in a 250 px panel.
        QVERIFY(content->legend()->height() < 100);

        QByteArray svg;
        QList<const QWidget *> painted;
        {
            const PanelExporter exporter(frame.get(), parisHeader(QStringLiteral("Memory")).lines());
            // The legend laid out for the picture names all 45; the plot keeps its size and the
            // picture grows to hold the legend.
            const PictureSession::Legend *legend = exporter.session().legendOf(content);
            QVERIFY(legend);
            QCOMPARE(legend->layout.entries().size(), 45);
            for (int i = 0; i < 45; ++i)
                QCOMPARE(legend->layout.entries()[i].name, content->seriesName(i));
            QVERIFY2(exporter.pictureSize().height() > size.height() + exporter.headerHeight(),
                qPrintable(QString::number(exporter.pictureSize().height())));
            QCOMPARE(content->plotWidget()->size(), plotBefore.size());
            // Entries side by side never overlap, and all lie inside the picture.
            const QList<QRect> rects = legend->layout.entryRects();
            for (int i = 0; i < rects.size(); ++i) {
                for (int j = i + 1; j < rects.size(); ++j)
                    QVERIFY2(!rects[i].intersects(rects[j]),
                        qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
                const QRect inPicture
                    = rects[i].translated(exporter.pictureRect(content).topLeft() + legend->topLeft);
                QVERIFY2(
                    QRect(QPoint(0, 0), exporter.pictureSize()).contains(inPicture), qPrintable(pods[i]));
            }
            svg = exporter.toSvg();
            painted = exporter.paintedWidgets();
        }
        // Every pod's name is text in the SVG, whole.
        const SvgSummary summary = readSvg(svg);
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        for (const QString &pod : pods)
            QVERIFY2(summary.texts.contains(pod), qPrintable(pod));
        // No button (the ⋮ menu), no scroll bar, no screen legend, no ⓘ was drawn; the plot and
        // the title were.
        QVERIFY2(controlsAmong(painted).isEmpty(), qPrintable(controlsAmong(painted).join(u' ')));
        QVERIFY(painted.contains(content->plotWidget()));
        QVERIFY(painted.contains(frame->findChild<QLabel *>(QStringLiteral("panel-title"))));
        // The frame is as it was on screen once the picture is taken.
        QCOMPARE(frame->size(), size);
        QCOMPARE(
            QRect(content->plotWidget()->mapTo(frame.get(), QPoint(0, 0)), content->plotWidget()->size()),
            plotBefore);
        QVERIFY(content->legend()->isVisible());
    }

    void dashboardPictureGrowsForLegendsAndKeepsRowsLevel()
    {
        DashboardView view(productionDashboard());
        view.setAttribute(Qt::WA_DontShowOnScreen);
        view.resize(1920, 1000);
        view.setRowsPerScreen(view.totalRows());
        view.show();
        const QMap<QString, PanelData> data = productionData();
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            view.setPanelData(it.key(), it.value());
        QHash<QString, QRect> before;
        for (PanelFrame *frame : view.panelWidgets())
            before.insert(frame->panel().id, frame->geometry());

        const PanelExporter exporter(view.widget(), parisHeader(QString()).lines(), QSize(1920, 1000));
        QVERIFY(exporter.pictureSize().height() > 1000 + exporter.headerHeight());
        const auto rectOf = [&](const QString &id) { return exporter.pictureRect(view.panelWidget(id)); };
        // Memory and CPU (45 pods each) share a row: they grow alike; the row below moves down
        // past them; the rows above do not move.
        QCOMPARE(rectOf(QStringLiteral("memory")).top(), rectOf(QStringLiteral("cpu")).top());
        QCOMPARE(rectOf(QStringLiteral("memory")).height(), rectOf(QStringLiteral("cpu")).height());
        QVERIFY(rectOf(QStringLiteral("memory")).height()
            > before.value(QStringLiteral("memory")).height() + 100);
        QVERIFY(rectOf(QStringLiteral("connections")).top() > rectOf(QStringLiteral("memory")).bottom());
        QCOMPARE(rectOf(QStringLiteral("uptime")).topLeft(),
            before.value(QStringLiteral("uptime")).topLeft() + QPoint(0, exporter.headerHeight()));
        // Every panel lies inside the picture.
        for (PanelFrame *frame : view.panelWidgets())
            QVERIFY2(QRect(QPoint(0, 0), exporter.pictureSize()).contains(exporter.pictureRect(frame)),
                qPrintable(frame->panel().id));
        const SvgSummary summary = readSvg(exporter.toSvg());
        for (const QString &pod : productionPods())
            QVERIFY2(summary.texts.count(pod) == 2, qPrintable(pod)); // memory and CPU
        for (const QString &status : { QStringLiteral("2xx"), QStringLiteral("4xx"), QStringLiteral("5xx") })
            QVERIFY2(summary.texts.contains(status), qPrintable(status));
        QVERIFY2(controlsAmong(exporter.paintedWidgets()).isEmpty(),
            qPrintable(controlsAmong(exporter.paintedWidgets()).join(u' ')));
    }
};

QTEST_MAIN(TestPanelExport)
#include "tst_panelexport.moc"

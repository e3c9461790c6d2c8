// SPDX-License-Identifier: GPL-3.0-or-later
// Export of panels and dashboards: PNG at 1x and 2x, SVG and PDF, each under the header
// that says what, when and from where; real panels fed with data built here.
#include "barspanel.h"
#include "consoleconfig.h"
#include "dashboardview.h"
#include "exportheader.h"
#include "gaugepanel.h"
#include "panelexporter.h"
#include "panelframe.h"
#include "timeseriespanel.h"

#include <QLayout>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pivori;

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
};

QTEST_MAIN(TestPanelExport)
#include "tst_panelexport.moc"

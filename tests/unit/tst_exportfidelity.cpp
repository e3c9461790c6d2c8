// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF and the SVG of a dashboard show what its PNG shows. The production dashboard, fed
// fixed data, is exported in the three formats; the PDF is rasterised by poppler (pdftoppm)
// and the SVG by librsvg (rsvg-convert), as a reader of the file would see them, and each is
// compared with the PNG: every panel's frame, every title, every bar's height, and the whole
// picture cell by cell.
#include "barspanel.h"
#include "dashboardview.h"
#include "panelexporter.h"
#include "panelframe.h"
#include "productiondata.h"
#include "timeseriespanel.h"

#include <qcustomplot.h>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pivori;
using namespace pivori::testing;

namespace {

const QSize kPicture(1920, 1080);

/// Runs @p program; empty on success, else what went wrong.
QString run(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return QStringLiteral("%1 is missing: run installer/install-deps.sh").arg(program);
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("%1 did not finish").arg(program);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(program, QString::fromUtf8(process.readAllStandardError()));
    return {};
}

int luma(QRgb p)
{
    return (299 * qRed(p) + 587 * qGreen(p) + 114 * qBlue(p)) / 1000;
}

int channelDistance(QRgb a, QRgb b)
{
    return std::max(
        { std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b)) });
}

/// Pixels of text (darker than mid-grey) in @p rect.
int ink(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            count += luma(image.pixel(x, y)) < 128 ? 1 : 0;
    return count;
}

/// The first pixel from @p top down column @p x that is a bar's colour (saturated); -1 if none.
int firstBarPixel(const QImage &image, int x, int top, int bottom)
{
    for (int y = std::max(0, top); y <= std::min(bottom, image.height() - 1); ++y) {
        const QRgb p = image.pixel(x, y);
        const int high = std::max({ qRed(p), qGreen(p), qBlue(p) });
        const int low = std::min({ qRed(p), qGreen(p), qBlue(p) });
        if (high - low > 80)
            return y;
    }
    return -1;
}

/// Pixels in @p rect of a series' colour (saturated): text, axes and backgrounds are greys.
int seriesInk(const QImage &image, const QRect &rect)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            count += std::max({ qRed(p), qGreen(p), qBlue(p) }) - std::min({ qRed(p), qGreen(p), qBlue(p) })
                > 60;
        }
    }
    return count;
}

/// Per @p cell x @p cell square, the difference of the two pictures' mean luma, over the area
/// both cover; with where the worst cell is.
QList<double> cellDifferences(const QImage &a, const QImage &b, int cell, QPoint *worstAt = nullptr)
{
    QList<double> out;
    double worst = -1;
    const int width = std::min(a.width(), b.width());
    const int height = std::min(a.height(), b.height());
    for (int y0 = 0; y0 + cell <= height; y0 += cell) {
        for (int x0 = 0; x0 + cell <= width; x0 += cell) {
            long sum = 0;
            for (int y = y0; y < y0 + cell; ++y)
                for (int x = x0; x < x0 + cell; ++x)
                    sum += luma(a.pixel(x, y)) - luma(b.pixel(x, y));
            const double difference = std::abs(double(sum) / (cell * cell));
            if (difference > worst && worstAt) {
                worst = difference;
                *worstAt = QPoint(x0, y0);
            }
            out.append(difference);
        }
    }
    return out;
}

struct Renders
{
    QString error;
    QImage png;
    QImage pdf;
    QImage svg;
};

Renders renderAll(const PanelExporter &exporter, const QTemporaryDir &dir)
{
    Renders out;
    out.png = exporter.toImage(1).convertToFormat(QImage::Format_RGB32);
    const QString pdf = dir.filePath(QStringLiteral("picture.pdf"));
    const QString svg = dir.filePath(QStringLiteral("picture.svg"));
    for (const auto &[path, bytes] :
        { std::pair { pdf, exporter.toPdf() }, std::pair { svg, exporter.toSvg() } }) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            out.error = QStringLiteral("cannot write %1").arg(path);
            return out;
        }
    }
    // At 96 dpi one PDF point is 4/3 pixel: the page (the picture at 96 px per inch) comes
    // back at the picture's size.
    out.error = run(QStringLiteral("pdftoppm"),
        { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-singlefile"),
            pdf, dir.filePath(QStringLiteral("from-pdf")) });
    if (out.error.isEmpty())
        out.error = run(QStringLiteral("rsvg-convert"),
            { QStringLiteral("--dpi-x"), QStringLiteral("96"), QStringLiteral("--dpi-y"),
                QStringLiteral("96"), QStringLiteral("-o"), dir.filePath(QStringLiteral("from-svg.png")),
                svg });
    out.pdf = QImage(dir.filePath(QStringLiteral("from-pdf.png"))).convertToFormat(QImage::Format_RGB32);
    out.svg = QImage(dir.filePath(QStringLiteral("from-svg.png"))).convertToFormat(QImage::Format_RGB32);
    if (out.error.isEmpty() && (out.pdf.isNull() || out.svg.isNull()))
        out.error = QStringLiteral("a rasterised picture could not be read");
    return out;
}

} // namespace

class TestExportFidelity final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DashboardView> m_view;
    QStringList m_header;

private slots:
    void initTestCase()
    {
        const Dashboard dashboard = productionDashboard();
        QCOMPARE(dashboard.id, QStringLiteral("production"));
        m_view = std::make_unique<DashboardView>(dashboard);
        m_view->setAttribute(Qt::WA_DontShowOnScreen);
        m_header = { dashboard.title, QStringLiteral("2026-11-25 12:00:00 – 13:00:00 UTC+00:00 (UTC)"),
            QStringLiteral(
                "Prometheus main (http://127.0.0.1:9090) · exported 2026-11-25 13:00:05 UTC+00:00") };
        // As the snapshot command lays it out: the whole dashboard under the header.
        const QSize content(kPicture.width(),
            kPicture.height() - PanelExporter::headerHeight(m_header, m_view->font(), kPicture.width()));
        m_view->resize(content);
        m_view->setRowsPerScreen(m_view->totalRows());
        m_view->show();
        const QMap<QString, PanelData> data = productionData();
        for (auto it = data.cbegin(); it != data.cend(); ++it)
            m_view->setPanelData(it.key(), it.value());
        for (PanelFrame *frame : m_view->panelWidgets()) {
            if (auto *series = qobject_cast<TimeSeriesPanel *>(frame->content()))
                series->replotNow();
        }
        QCoreApplication::processEvents();
    }

    void pdfAndSvgShowWhatThePngShows()
    {
        const QSize content(kPicture.width(),
            kPicture.height() - PanelExporter::headerHeight(m_header, m_view->font(), kPicture.width()));
        const PanelExporter exporter(m_view->widget(), m_header, content);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Renders renders = renderAll(exporter, dir);
        QVERIFY2(renders.error.isEmpty(), qPrintable(renders.error));
        const QImage &png = renders.png;
        QCOMPARE(png.size(), exporter.pictureSize());
        // To look at what was compared: PIVORI_KEEP_PICTURES=/some/dir.
        if (const QString keep = qEnvironmentVariable("PIVORI_KEEP_PICTURES"); !keep.isEmpty()) {
            png.save(keep + QStringLiteral("/fidelity-png.png"));
            renders.pdf.save(keep + QStringLiteral("/fidelity-pdf.png"));
            renders.svg.save(keep + QStringLiteral("/fidelity-svg.png"));
        }

        for (const auto &[format, image] : { std::pair { QStringLiteral("PDF"), renders.pdf },
                 std::pair { QStringLiteral("SVG"), renders.svg } }) {
            // pdftoppm rounds the page's height in points to whole pixels.
            QVERIFY2(
                std::abs(image.width() - png.width()) <= 1 && std::abs(image.height() - png.height()) <= 1,
                qPrintable(QStringLiteral("%1 is %2x%3").arg(format).arg(image.width()).arg(image.height())));

            for (PanelFrame *frame : m_view->panelWidgets()) {
                const QString id = frame->panel().id;
                const QRect rect = exporter.pictureRect(frame);
                // The frame: inside its left and right edges (inside the rounded corners and
                // the margins, where nothing else is drawn) the frame's fill, outside them the
                // window. Both are flat colours in every renderer: 12 of 255 allows for
                // colour management rounding, a missing frame differs by the fill's 16.
                for (const int x : { rect.left() + 4, rect.right() - 3, rect.left() - 4 }) {
                    for (int y = rect.top() + 10; y < rect.bottom() - 10; y += 3) {
                        const int distance = channelDistance(image.pixel(x, y), png.pixel(x, y));
                        QVERIFY2(distance <= 12,
                            qPrintable(
                                QStringLiteral("%1, panel %2: pixel (%3, %4) differs by %5 from the PNG")
                                    .arg(format, id)
                                    .arg(x)
                                    .arg(y)
                                    .arg(distance)));
                    }
                }
                // The title, as text: the three renderers hint glyphs differently, so the
                // count of dark pixels varies by some 20 % (measured: under 15 %); a missing or
                // covered title has none.
                const auto *title = frame->findChild<QLabel *>(QStringLiteral("panel-title"));
                QVERIFY(title);
                const QRect titleRect = exporter.pictureRect(title);
                const int expected = ink(png, titleRect);
                const int got = ink(image, titleRect);
                QVERIFY2(expected > 50, qPrintable(id));
                QVERIFY2(got > expected * 0.7 && got < expected * 1.3,
                    qPrintable(QStringLiteral("%1, panel %2: title ink %3, PNG %4")
                                   .arg(format, id)
                                   .arg(got)
                                   .arg(expected)));
            }

            // Each bar's top edge, found in a column through its middle: where the chart puts
            // it, to 2 px (anti-aliased edges and the renderers' pixel snapping).
            auto *bars = qobject_cast<BarsPanel *>(m_view->panelWidget(QStringLiteral("status"))->content());
            QVERIFY(bars);
            QChart *chart = bars->chartView()->chart();
            const QRect viewRect = exporter.pictureRect(bars->chartView()->viewport());
            const QRectF plot = chart->plotArea();
            QVERIFY(bars->categoryCount() == 12);
            for (int c = 0; c < bars->categoryCount(); ++c) {
                double total = 0;
                for (int s = 0; s < bars->barSetCount(); ++s)
                    total += bars->barValue(s, c);
                const QPointF top = chart->mapToPosition(QPointF(c, total));
                const QPoint at
                    = viewRect.topLeft() + bars->chartView()->mapFromScene(chart->mapToScene(top));
                const int scanTop = viewRect.top() + int(plot.top()) - 2;
                const int pngEdge = firstBarPixel(png, at.x(), scanTop, viewRect.bottom());
                const int edge = firstBarPixel(image, at.x(), scanTop, viewRect.bottom());
                QVERIFY2(std::abs(pngEdge - at.y()) <= 2,
                    qPrintable(
                        QStringLiteral("bucket %1: PNG edge %2, chart %3").arg(c).arg(pngEdge).arg(at.y())));
                QVERIFY2(std::abs(edge - pngEdge) <= 2,
                    qPrintable(QStringLiteral("%1, bucket %2: bar top at %3, PNG %4")
                                   .arg(format)
                                   .arg(c)
                                   .arg(edge)
                                   .arg(pngEdge)));
            }

            // The whole picture in 24 px cells, each cell's mean grey compared: text set by
            // another rasteriser moves by a pixel and anti-aliases differently, lines too, which
            // averages out over a cell (measured: 99 % of cells within 4.6 grey levels, the
            // worst 17, in the bold title); anything missing, covered, cut or spilled — a frame,
            // a title, a bar, a legend row — moves whole cells by tens of levels.
            QPoint worstAt;
            const QList<double> cells = cellDifferences(png, image, 24, &worstAt);
            QList<double> sorted = cells;
            std::sort(sorted.begin(), sorted.end());
            const double worst = sorted.last();
            const double p99 = sorted[qsizetype(sorted.size() * 0.99)];
            qInfo("%s: cell difference p99 %.1f, worst %.1f at %d,%d", qPrintable(format), p99, worst,
                worstAt.x(), worstAt.y());
            QVERIFY2(worst < 30, qPrintable(QStringLiteral("%1: worst cell %2").arg(format).arg(worst)));
            QVERIFY2(p99 < 10, qPrintable(QStringLiteral("%1: p99 cell %2").arg(format).arg(p99)));
        }
    }

    void zoomedSvgDrawsNoSeriesOutsideThePlot()
    {
        // A drag zoom narrows the time axis at once, before the new data arrive (and a
        // Prometheus step puts points past the range's ends anyway): the series go on beyond
        // the axis rect. On screen and in PNG and PDF the plot clips them; Qt 6.4's SVG
        // generator ignores clips, so the SVG must not carry them in the first place.
        PanelFrame *frame = m_view->panelWidget(QStringLiteral("request-rate"));
        QVERIFY(frame);
        auto *plot = frame->findChild<QCustomPlot *>();
        QVERIFY(plot);
        const QCPRange full = plot->xAxis->range();
        plot->xAxis->setRange(full.lower + full.size() / 3, full.upper - full.size() / 3);
        plot->replot();
        const PanelExporter exporter(frame, m_header);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Renders renders = renderAll(exporter, dir);
        plot->xAxis->setRange(full);
        plot->replot();
        QVERIFY2(renders.error.isEmpty(), qPrintable(renders.error));
        if (const QString keep = qEnvironmentVariable("PIVORI_KEEP_PICTURES"); !keep.isEmpty()) {
            renders.png.save(keep + QStringLiteral("/zoomed-png.png"));
            renders.svg.save(keep + QStringLiteral("/zoomed-svg.png"));
        }
        // Left and right of the axis rect, over the plot's height: tick labels and margins,
        // grey and white only. (3 px off the rect: an antialiased line end at its edge.)
        const QRect plotRect = exporter.pictureRect(plot);
        const QRect axisRect = plot->axisRect()->rect().translated(plotRect.topLeft());
        const QRect left(
            plotRect.left(), axisRect.top(), axisRect.left() - 3 - plotRect.left(), axisRect.height());
        const QRect right(
            axisRect.right() + 3, axisRect.top(), plotRect.right() - axisRect.right() - 3, axisRect.height());
        QVERIFY2(left.width() > 20 && right.width() > 3,
            qPrintable(QStringLiteral("%1 %2").arg(left.width()).arg(right.width())));
        // The series are in the picture, inside the rect, in both formats.
        QVERIFY(seriesInk(renders.png, axisRect) > 500);
        QVERIFY(seriesInk(renders.svg, axisRect) > 500);
        for (const auto &[format, image] : { std::pair { QStringLiteral("PNG"), renders.png },
                 std::pair { QStringLiteral("PDF"), renders.pdf },
                 std::pair { QStringLiteral("SVG"), renders.svg } }) {
            for (const QRect &outside : { left, right }) {
                const int ink = seriesInk(image, outside);
                QVERIFY2(ink == 0,
                    qPrintable(QStringLiteral("%1: %2 px of series colour outside the plot, in %3,%4 %5x%6")
                                   .arg(format)
                                   .arg(ink)
                                   .arg(outside.x())
                                   .arg(outside.y())
                                   .arg(outside.width())
                                   .arg(outside.height())));
            }
        }
    }
};

QTEST_MAIN(TestExportFidelity)
#include "tst_exportfidelity.moc"

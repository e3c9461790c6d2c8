// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelexporter.h"

#include "picturesession.h"
#include "widgettreepainter.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextLayout>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

constexpr int kHeaderPadding = 10;
constexpr int kLineGap = 2;
// Logical pixels per inch of the vector formats: one widget pixel is one CSS pixel, so a
// 1920 px wide dashboard is a 20 in (1440 pt) wide PDF page and an SVG of 1920 user units.
constexpr int kVectorDpi = 96;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 1.2);
    return font;
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString exportFormatExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

PanelExporter::PanelExporter(QWidget *root, QStringList headerLines, QSize contentSize)
    : m_root(root)
    , m_header(std::move(headerLines))
    , m_session(std::make_unique<PictureSession>(root, contentSize))
    , m_contentSize(m_session->contentSize())
    , m_font(root->font())
{
}

PanelExporter::~PanelExporter() = default;

namespace {

/// A header line as painted: its text, whether it is the title, where its top is.
struct HeaderRow
{
    QString text;
    bool title = false;
    int top = 0;
};

/// Every header line broken to fit @p width (at word boundaries, anywhere in a word longer
/// than the line): the variables, a zoom's range and a URL are what a reader needs whole.
QList<HeaderRow> layoutHeader(const QStringList &lines, const QFont &font, int width, int *height)
{
    QList<HeaderRow> rows;
    const int available = std::max(1, width - 2 * kHeaderPadding);
    int y = kHeaderPadding;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QFont lineFont = i == 0 ? titleFont(font) : font;
        const QFontMetrics metrics(lineFont);
        QTextLayout layout(lines[i], lineFont);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        const qsizetype before = rows.size();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(available);
            rows.append({ lines[i].mid(line.textStart(), line.textLength()).trimmed(), i == 0, y });
            y += metrics.height() + kLineGap;
        }
        layout.endLayout();
        if (rows.size() == before) { // an empty line keeps its place
            rows.append({ QString(), i == 0, y });
            y += metrics.height() + kLineGap;
        }
    }
    // The last line's gap is the bottom padding's.
    *height = lines.isEmpty() ? 0 : y - kLineGap + kHeaderPadding;
    return rows;
}

} // namespace

int PanelExporter::headerHeight(const QStringList &lines, const QFont &font, int width)
{
    int height = 0;
    layoutHeader(lines, font, width, &height);
    return height;
}

QStringList PanelExporter::headerRows() const
{
    int height = 0;
    QStringList out;
    for (const HeaderRow &row : layoutHeader(m_header, m_font, m_contentSize.width(), &height))
        out << row.text;
    return out;
}

QSize PanelExporter::pictureSize() const
{
    return QSize(m_contentSize.width(), m_contentSize.height() + headerHeight());
}

void PanelExporter::paintHeader(QPainter *painter, int width) const
{
    const int height = headerHeight();
    if (height == 0)
        return;
    const QPalette palette = m_root->palette();
    painter->fillRect(QRect(0, 0, width, height), palette.color(QPalette::Base));
    painter->setPen(palette.color(QPalette::Text));
    int layoutHeight = 0;
    for (const HeaderRow &row : layoutHeader(m_header, m_font, width, &layoutHeight)) {
        const QFont font = row.title ? titleFont(m_font) : m_font;
        painter->setFont(font);
        painter->drawText(QPoint(kHeaderPadding, row.top + QFontMetrics(font).ascent()), row.text);
    }
    QColor rule = palette.color(QPalette::Text);
    rule.setAlphaF(0.25);
    painter->fillRect(QRect(0, height - 1, width, 1), rule);
}

void PanelExporter::paint(QCPPainter *painter, bool vector) const
{
    const QSize size = pictureSize();
    painter->fillRect(QRect(QPoint(0, 0), size), m_root->palette().color(QPalette::Window));
    painter->save();
    paintHeader(painter, size.width());
    painter->restore();
    painter->save();
    painter->translate(0, headerHeight());
    // No clip to the content area: the picture's own edge (image, page, view box) cuts what
    // lies below it, and a clip held here would be misapplied in PDF (see paintWidgetTree).
    m_painted = paintWidgetTree(painter, m_root, vector, m_session.get());
    painter->restore();
}

QRect PanelExporter::pictureRect(const QWidget *widget) const
{
    return QRect(m_session->position(widget) + QPoint(0, headerHeight()), widget->size());
}

QImage PanelExporter::toImage(qreal scale) const
{
    const QSize size = pictureSize();
    // Opaque (the background is painted): RGB32 encodes to PNG faster than a format with
    // alpha, and the file is smaller.
    QImage image(QSize(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale))),
        QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(m_root->palette().color(QPalette::Window));
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, false);
    painter.end();
    return image;
}

QByteArray PanelExporter::toSvg() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize size = pictureSize();
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(kVectorDpi);
    // Qt 6.4 writes title and description into the XML as they are (unlike text it draws):
    // a dashboard called "Performance & Reliability" would make the file invalid.
    svg.setTitle(m_header.value(0).toHtmlEscaped());
    svg.setDescription(m_header.mid(1).join(QLatin1Char('\n')).toHtmlEscaped());
    QCPPainter painter(&svg);
    paint(&painter, true);
    painter.end();
    return buffer.data();
}

QByteArray PanelExporter::toPdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize size = pictureSize();
    QPdfWriter pdf(&buffer);
    pdf.setResolution(kVectorDpi);
    pdf.setTitle(m_header.value(0));
    pdf.setCreator(tr("Pivori Console"));
    // One page exactly the picture's size, no margins: the picture is the document.
    pdf.setPageSize(
        QPageSize(QSizeF(size) * 72.0 / kVectorDpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QCPPainter painter(&pdf);
    paint(&painter, true);
    painter.end();
    return buffer.data();
}

QByteArray PanelExporter::render(ExportFormat format, qreal scale) const
{
    switch (format) {
    case ExportFormat::Png:
        return pngBytes(toImage(scale));
    case ExportFormat::Svg:
        return toSvg();
    case ExportFormat::Pdf:
        return toPdf();
    }
    return {};
}

QByteArray PanelExporter::pngBytes(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Qt maps quality 80 to zlib level 1: on a 1920x1080 dashboard, half the encoding time
    // of the default level for a file about 3 % larger (docs/benchmarks.md).
    writer.setQuality(80);
    writer.write(image);
    return buffer.data();
}

} // namespace pivori

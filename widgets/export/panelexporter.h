// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QSize>
#include <QStringList>

#include <memory>
#include <optional>

class QCPPainter;
class QWidget;

namespace pivori {

class PictureSession;

/// The picture formats an export can be written in, chosen by the file's extension.
enum class ExportFormat { Png, Svg, Pdf };

/// What the user asked for in a menu: a format (PNG at two scales) or the clipboard.
enum class ExportTarget { Png, Png2x, Svg, Pdf, Clipboard };

/// .png, .svg or .pdf (any case); nothing for anything else.
std::optional<ExportFormat> exportFormatForPath(const QString &path);
/// "png", "svg", "pdf".
QString exportFormatExtension(ExportFormat format);

/// Renders a panel (its PanelFrame) or a whole dashboard (DashboardView's canvas) under a
/// header that says what, when and from where (ExportHeader::lines()), as a PNG at any scale,
/// an SVG or a PDF. Plots are painted as vectors in SVG and PDF (see paintWidgetTree).
///
/// A picture names every series and shows no control: from construction to destruction the
/// widgets are laid out for it (PictureSession: legends in full, the picture taller as they
/// need), then put back. So make one, render, and let it go within one event loop turn.
///
/// Runs on the GUI thread (it paints widgets) and only produces bytes: writing them
/// somewhere is the caller's business. Encoding a large PNG can move to a worker thread
/// through pngBytes().
class PanelExporter final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::PanelExporter)
public:
    /// @p contentSize: the area under the header, by default @p root's size. Given, its width
    /// is kept and what @p root does not fill is the window colour; it gets taller, never cut,
    /// when @p root is taller (the panels' minimum height) or legends need room.
    PanelExporter(QWidget *root, QStringList headerLines, QSize contentSize = QSize());
    ~PanelExporter();
    PanelExporter(const PanelExporter &) = delete;
    PanelExporter &operator=(const PanelExporter &) = delete;

    /// The whole picture in logical pixels: header plus content.
    QSize pictureSize() const;
    int headerHeight() const { return headerHeight(m_header, m_font, m_contentSize.width()); }
    /// The header's height for these lines in this font (the first line is bold and larger)
    /// on a picture @p width pixels wide: a line too long for it wraps, never cut.
    static int headerHeight(const QStringList &lines, const QFont &font, int width);
    /// The header as painted, one entry per line on the picture (a wrapped line gives several).
    QStringList headerRows() const;

    /// Where @p widget (under the root) lands in the picture, in logical pixels, header included.
    QRect pictureRect(const QWidget *widget) const;

    /// The widgets painted by the last render, parents first (tests check no control is there).
    QList<const QWidget *> paintedWidgets() const { return m_painted; }
    /// The legends the picture carries.
    const PictureSession &session() const { return *m_session; }

    /// The picture at @p scale device pixels per logical pixel (2 = twice the width and height).
    QImage toImage(qreal scale = 1) const;
    QByteArray toSvg() const;
    QByteArray toPdf() const;
    /// PNG, SVG or PDF bytes; @p scale applies to PNG only.
    QByteArray render(ExportFormat format, qreal scale = 1) const;
    /// @p image as PNG bytes; thread-safe.
    static QByteArray pngBytes(const QImage &image);

private:
    void paint(QCPPainter *painter, bool vector) const;
    void paintHeader(QPainter *painter, int width) const;

    QWidget *m_root;
    QStringList m_header;
    std::unique_ptr<PictureSession> m_session;
    QSize m_contentSize;
    QFont m_font;
    mutable QList<const QWidget *> m_painted;
};

} // namespace pivori

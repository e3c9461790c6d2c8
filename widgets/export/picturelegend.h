// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QObject>
#include <QRect>
#include <QString>

class QPainter;
class QWidget;

namespace pivori {

/// One series as a picture's legend names it.
struct PictureLegendEntry final
{
    QString name;
    QColor color;
    Qt::PenStyle style = Qt::SolidLine; ///< the series' line
    bool filled = false; ///< bars and stacked areas: a filled box rather than a line
    bool shown = true; ///< false: hidden on screen by the user, so named but marked hidden
};

/// What a picture needs from a widget that plots series (the panels provide it; this library
/// knows no panel): every series' name and look, and which legend on screen the picture's own
/// replaces. A child of the plotting widget, which it describes (host()).
class PictureLegendSource : public QObject
{
    Q_OBJECT
public:
    explicit PictureLegendSource(QWidget *host);

    QWidget *host() const;
    /// Every series in legend order, hidden ones included.
    virtual QList<PictureLegendEntry> entries() const = 0;
    /// The legend shown on screen as a widget at the bottom of host(): a picture does not paint
    /// it (a scrolling list shows a few names and a scroll bar) and puts its own legend in its
    /// place. Null when the legend is not a widget of its own.
    virtual QWidget *screenLegend() const { return nullptr; }
    /// Around a picture: hides (false) and shows back (true) a legend drawn inside the plot
    /// itself (Qt Charts), which the picture's legend replaces.
    virtual void setPlotLegendShown(bool shown) { Q_UNUSED(shown) }
    /// Before a picture is laid out: finishes what the host still prepares (a large answer
    /// being readied off the GUI thread), so the picture shows the data last given to it.
    virtual void prepareForPicture() { }
};

/// A legend laid out for a picture: every entry named in full, in as many columns of equal
/// width as fit, filled top to bottom then left to right, as many rows as it takes (a name
/// wider than the whole legend wraps). The picture grows to hold it.
class PictureLegendLayout final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::PictureLegendLayout)
public:
    PictureLegendLayout() = default;
    PictureLegendLayout(QList<PictureLegendEntry> entries, const QFont &font, int width);

    int height() const { return m_height; }
    int columns() const { return m_columns; }
    const QList<PictureLegendEntry> &entries() const { return m_entries; }
    /// Each entry's box (swatch and text), relative to the legend's top left.
    const QList<QRect> &entryRects() const { return m_rects; }
    /// The text written for an entry: its name, marked when the series is hidden on screen.
    static QString entryText(const PictureLegendEntry &entry);

    void paint(QPainter *painter, const QPoint &topLeft, const QColor &textColor) const;

private:
    QList<PictureLegendEntry> m_entries;
    QList<QRect> m_rects;
    QFont m_font;
    int m_height = 0;
    int m_columns = 0;
};

/// Marks @p widget as a control (an icon that opens a tooltip, say) that pictures leave out.
/// Buttons and scroll bars are left out without being marked.
void omitFromPictures(QWidget *widget);
/// Whether pictures leave @p widget out: a button, a scroll bar, or a widget marked so.
bool isOmittedFromPictures(const QWidget *widget);

} // namespace pivori

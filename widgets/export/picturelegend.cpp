// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturelegend.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QFontMetrics>
#include <QPainter>
#include <QVariant>
#include <QWidget>

#include <algorithm>
#include <climits>

namespace pivori {

namespace {

constexpr int kSwatchWidth = 16;
constexpr int kSwatchGap = 6;
constexpr int kColumnGap = 18;
constexpr int kRowGap = 3;
const char *const kOmitProperty = "pivoriOmitFromPictures";

} // namespace

PictureLegendSource::PictureLegendSource(QWidget *host)
    : QObject(host)
{
}

QWidget *PictureLegendSource::host() const
{
    return qobject_cast<QWidget *>(parent());
}

QString PictureLegendLayout::entryText(const PictureLegendEntry &entry)
{
    return entry.shown ? entry.name : tr("%1 (hidden)").arg(entry.name);
}

PictureLegendLayout::PictureLegendLayout(QList<PictureLegendEntry> entries, const QFont &font, int width)
    : m_entries(std::move(entries))
    , m_font(font)
{
    if (m_entries.isEmpty())
        return;
    const QFontMetrics metrics(m_font);
    const int lineHeight = std::max(metrics.height(), 12);
    int widest = 0;
    for (const PictureLegendEntry &entry : std::as_const(m_entries))
        widest = std::max(widest, metrics.horizontalAdvance(entryText(entry)));
    const int count = int(m_entries.size());
    const int natural = kSwatchWidth + kSwatchGap + widest + kColumnGap;
    m_columns = std::clamp(width / std::max(1, natural), 1, count);
    const int rows = (count + m_columns - 1) / m_columns;
    m_columns = (count + rows - 1) / rows; // no empty column at the right
    // Columns of several rows share the width, so their names spread evenly; a single row
    // keeps together at the left, as on screen.
    const int columnWidth = rows > 1 ? std::max(natural, width / m_columns) : natural;
    const int textWidth = std::max(20, std::min(columnWidth, width) - kSwatchWidth - kSwatchGap);
    QList<int> rowHeights(rows, lineHeight);
    if (m_columns == 1) {
        // One column: a name wider than the legend wraps rather than being cut.
        for (int i = 0; i < count; ++i) {
            const QRect bounds = metrics.boundingRect(
                QRect(0, 0, textWidth, INT_MAX), Qt::TextWrapAnywhere, entryText(m_entries[i]));
            rowHeights[i] = std::max(lineHeight, bounds.height());
        }
    }
    QList<int> rowTops(rows, 0);
    for (int r = 1; r < rows; ++r)
        rowTops[r] = rowTops[r - 1] + rowHeights[r - 1] + kRowGap;
    for (int i = 0; i < count; ++i) {
        const int column = i / rows;
        const int row = i % rows;
        m_rects.append(QRect(
            column * columnWidth, rowTops[row], kSwatchWidth + kSwatchGap + textWidth, rowHeights[row]));
    }
    m_height = rowTops.last() + rowHeights.last();
}

void PictureLegendLayout::paint(QPainter *painter, const QPoint &topLeft, const QColor &textColor) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(m_font);
    const int lineHeight = std::max(QFontMetrics(m_font).height(), 12);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const PictureLegendEntry &entry = m_entries[i];
        const QRect box = m_rects[i].translated(topLeft);
        QColor swatch = entry.color;
        QColor text = textColor;
        if (!entry.shown) {
            swatch.setAlphaF(0.35);
            text.setAlphaF(0.5);
        }
        const qreal middle = box.top() + lineHeight / 2.0;
        if (entry.filled) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(swatch);
            painter->drawRoundedRect(QRectF(box.left() + 2, middle - 4, kSwatchWidth - 4, 8), 1.5, 1.5);
        } else {
            painter->setPen(QPen(swatch, 2.5, entry.style, Qt::RoundCap));
            painter->drawLine(
                QPointF(box.left() + 1, middle), QPointF(box.left() + kSwatchWidth - 1, middle));
        }
        painter->setPen(text);
        const QRect textBox = box.adjusted(kSwatchWidth + kSwatchGap, 0, 0, 0);
        painter->drawText(textBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, entryText(entry));
    }
    painter->restore();
}

void omitFromPictures(QWidget *widget)
{
    widget->setProperty(kOmitProperty, true);
}

bool isOmittedFromPictures(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || widget->property(kOmitProperty).toBool();
}

} // namespace pivori

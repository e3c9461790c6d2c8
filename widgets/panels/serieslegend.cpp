// SPDX-License-Identifier: GPL-3.0-or-later
#include "serieslegend.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace pivori {

namespace {

constexpr int kColorRole = Qt::UserRole + 1;
constexpr int kVisibleRole = Qt::UserRole + 2;

QIcon swatch(const QColor &color, bool visible, qreal dpr)
{
    const QSize size(14, 10);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF bar(1, 3, 12, 4);
    if (visible) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
    } else {
        p.setPen(QPen(color, 1));
        p.setBrush(Qt::NoBrush);
    }
    p.drawRoundedRect(bar, 1.5, 1.5);
    return QIcon(pixmap);
}

} // namespace

SeriesLegend::SeriesLegend(QWidget *parent)
    : QListWidget(parent)
{
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSpacing(1);
    setIconSize(QSize(14, 10));
    setMouseTracking(true);
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setToolTip(tr("Click a series to hide or show it"));
    viewport()->setAutoFillBackground(false);
    connect(this, &QListWidget::itemClicked, this, &SeriesLegend::toggle);
}

void SeriesLegend::setEntries(const QList<Entry> &entries)
{
    bool sameNames = entries.size() == count();
    for (int i = 0; sameNames && i < entries.size(); ++i)
        sameNames = item(i)->text() == entries[i].name;
    if (!sameNames) {
        clear();
        for (const Entry &entry : entries) {
            auto *it = new QListWidgetItem(entry.name, this);
            it->setData(Qt::AccessibleTextRole, entry.name);
        }
    }
    for (int i = 0; i < entries.size(); ++i) {
        QListWidgetItem *it = item(i);
        // Data arrives every refresh with the same legend: a new icon each time would fill
        // Qt's pixmap cache with copies (seen in a NOC soak), so only changes are restyled.
        if (sameNames && it->data(kColorRole).value<QColor>() == entries[i].color
            && it->data(kVisibleRole).toBool() == entries[i].visible)
            continue;
        it->setData(kColorRole, entries[i].color);
        it->setData(kVisibleRole, entries[i].visible);
        restyle(it);
    }
    fitHeight();
}

void SeriesLegend::setEntryVisible(int row, bool visible)
{
    QListWidgetItem *it = item(row);
    if (!it || it->data(kVisibleRole).toBool() == visible)
        return;
    it->setData(kVisibleRole, visible);
    restyle(it);
}

bool SeriesLegend::isEntryVisible(int row) const
{
    const QListWidgetItem *it = item(row);
    return it && it->data(kVisibleRole).toBool();
}

void SeriesLegend::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    fitHeight();
}

void SeriesLegend::toggle(QListWidgetItem *it)
{
    if (!it)
        return;
    const bool visible = !it->data(kVisibleRole).toBool();
    it->setData(kVisibleRole, visible);
    restyle(it);
    emit entryToggled(row(it), visible);
}

void SeriesLegend::restyle(QListWidgetItem *it)
{
    const bool visible = it->data(kVisibleRole).toBool();
    QColor color = it->data(kColorRole).value<QColor>();
    QColor text = palette().color(QPalette::Text);
    if (!visible) {
        text.setAlphaF(0.4);
        color.setAlphaF(0.5);
    }
    it->setIcon(swatch(color, visible, devicePixelRatioF()));
    it->setForeground(text);
    it->setToolTip(visible ? tr("%1 — click to hide").arg(it->text())
                           : tr("%1 — hidden, click to show").arg(it->text()));
}

void SeriesLegend::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    // The entries' text takes the palette's colour when styled: restyle them all with it.
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < count(); ++i)
            restyle(item(i));
    }
}

void SeriesLegend::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        toggle(currentItem());
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

int SeriesLegend::neededHeight(int width) const
{
    if (count() == 0)
        return 0;
    // Simulates the list's left-to-right flow, which it only computes after being shown.
    const int gap = 2 * spacing();
    int lines = 1;
    int x = 0;
    int lineHeight = 0;
    for (int i = 0; i < count(); ++i) {
        const QSize hint = sizeHintForIndex(indexFromItem(item(i)));
        lineHeight = std::max(lineHeight, hint.height() + gap);
        if (x > 0 && x + hint.width() + gap > width) {
            ++lines;
            x = 0;
        }
        x += hint.width() + gap;
    }
    return std::min(lines, m_maximumLines) * lineHeight + 2 * frameWidth() + 2;
}

void SeriesLegend::fitHeight()
{
    const int width = std::max(100, viewport()->width());
    const int height = neededHeight(width);
    if (height != maximumHeight() || height != minimumHeight())
        setFixedHeight(height);
}

QSize SeriesLegend::sizeHint() const
{
    return { 200, neededHeight(std::max(100, viewport()->width())) };
}

QSize SeriesLegend::minimumSizeHint() const
{
    return { 50, 0 };
}

void SeriesLegend::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    fitHeight();
}

} // namespace pivori

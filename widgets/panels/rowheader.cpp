// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowheader.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>
#include <utility>

namespace pivori {

namespace {

constexpr int kPadding = 6;
constexpr int kArrowSize = 12;

} // namespace

RowHeader::RowHeader(QString rowId, QString title, int panelCount, QWidget *parent)
    : QWidget(parent)
    , m_rowId(std::move(rowId))
    , m_title(std::move(title))
    , m_panelCount(panelCount)
{
    setObjectName(QStringLiteral("row-") + m_rowId);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    updateAccessibleText();
}

void RowHeader::setCollapsed(bool collapsed)
{
    if (m_collapsed == collapsed)
        return;
    m_collapsed = collapsed;
    updateAccessibleText();
    update();
}

QString RowHeader::countText() const
{
    return m_collapsed ? tr("%n panel(s) inside, collapsed", nullptr, m_panelCount)
                       : tr("%n panel(s)", nullptr, m_panelCount);
}

QSize RowHeader::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const int text = QFontMetrics(bold).height();
    return { 200, std::max(text, kArrowSize) + 2 * kPadding };
}

void RowHeader::updateAccessibleText()
{
    setAccessibleName(m_title);
    setAccessibleDescription(countText());
    setToolTip(m_collapsed ? tr("Expand this row (Space): its panels are created and queried")
                           : tr("Collapse this row (Space): its panels stop being queried"));
}

void RowHeader::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    const QRect area = rect();
    // A band a little off the window's colour, with a rule below, reads as a heading in light
    // and dark themes alike.
    QColor band = palette().color(QPalette::Window);
    band = band.lightness() > 128 ? band.darker(106) : band.lighter(130);
    if (underMouse() || m_pressed)
        band = band.lightness() > 128 ? band.darker(106) : band.lighter(115);
    painter.fillRect(area, band);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(area.bottomLeft(), area.bottomRight());

    QStyleOption arrow;
    arrow.initFrom(this);
    arrow.rect = QRect(kPadding, (height() - kArrowSize) / 2, kArrowSize, kArrowSize);
    style()->drawPrimitive(
        m_collapsed ? QStyle::PE_IndicatorArrowRight : QStyle::PE_IndicatorArrowDown, &arrow, &painter, this);

    const int left = kPadding + kArrowSize + kPadding;
    const QRect textArea = area.adjusted(left, 0, -kPadding, 0);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString count = QStringLiteral("  ·  ") + countText();
    const int countWidth = fontMetrics().horizontalAdvance(count);
    // The count stays whole; a long title gives way.
    const QString title
        = boldMetrics.elidedText(m_title, Qt::ElideRight, std::max(0, textArea.width() - countWidth));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(bold);
    painter.drawText(textArea, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, title);
    const int titleWidth = boldMetrics.horizontalAdvance(title);
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(
        textArea.adjusted(titleWidth, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, count);

    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = area.adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

void RowHeader::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    update();
}

void RowHeader::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    update();
    // As a button: releasing elsewhere cancels.
    if (rect().contains(event->position().toPoint()))
        emit collapseRequested(m_rowId, !m_collapsed);
}

void RowHeader::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // A key held down would open and close the row over and over.
        if (!event->isAutoRepeat())
            emit collapseRequested(m_rowId, !m_collapsed);
        return;
    case Qt::Key_Left:
        if (!m_collapsed)
            emit collapseRequested(m_rowId, true);
        return;
    case Qt::Key_Right:
        if (m_collapsed)
            emit collapseRequested(m_rowId, false);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace pivori

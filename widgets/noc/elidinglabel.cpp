// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidinglabel.h"

#include <QEvent>

namespace pivori {

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    // It takes the width it is given and shortens its text to it, never the other way round.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setMinimumWidth(1);
}

void ElidingLabel::setFullText(const QString &text)
{
    if (text == m_full && !text.isEmpty())
        return;
    m_full = text;
    refit();
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    refit();
}

void ElidingLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        refit();
}

void ElidingLabel::refit()
{
    // One line: a wrapped or cut sentence on a wall reads as a different sentence.
    QString line = m_full;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString shown = fontMetrics().elidedText(line, Qt::ElideRight, std::max(0, contentsRect().width()));
    m_elided = shown != line;
    if (shown != text())
        setText(shown);
    setToolTip(m_elided ? m_full : QString());
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlecursorhider.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace pivori {

IdleCursorHider::IdleCursorHider(QWidget *window, int idleMs)
    : QObject(window)
    , m_window(window)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    connect(&m_idle, &QTimer::timeout, this, &IdleCursorHider::hide);
    // Mouse events go to the child under the pointer, so watch them all, then keep those
    // that belong to this window.
    qApp->installEventFilter(this);
    m_idle.start();
}

IdleCursorHider::~IdleCursorHider()
{
    if (m_window)
        m_window->unsetCursor();
}

bool IdleCursorHider::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseMove || type == QEvent::MouseButtonPress || type == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && m_window && widget->window() == m_window) {
            show();
            m_idle.start();
        }
    }
    return QObject::eventFilter(watched, event);
}

void IdleCursorHider::hide()
{
    if (!m_window || m_hidden)
        return;
    m_hidden = true;
    m_window->setCursor(Qt::BlankCursor);
}

void IdleCursorHider::show()
{
    if (!m_window || !m_hidden)
        return;
    m_hidden = false;
    m_window->unsetCursor();
}

} // namespace pivori

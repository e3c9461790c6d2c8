// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace pivori {

/// Hides the mouse pointer over a window once it has been still for a while, and shows it
/// again on the first movement: a wall display should not wear a pointer in its middle.
class IdleCursorHider final : public QObject
{
    Q_OBJECT
public:
    /// Watches @p window (and everything in it); hides after @p idleMs without movement.
    explicit IdleCursorHider(QWidget *window, int idleMs = 3000);
    ~IdleCursorHider() override;

    bool isCursorHidden() const { return m_hidden; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hide();
    void show();

    QPointer<QWidget> m_window;
    QTimer m_idle;
    bool m_hidden = false;
};

} // namespace pivori

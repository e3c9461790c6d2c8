// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace pivori {

/// Which page of the NOC playlist is on screen, and when the next one comes.
///
/// Steps forward every interval while running; next()/previous() step at once and restart
/// the wait, so a page the operator chose gets a full interval. Pausing holds the current
/// page until resumed. Wraps around in both directions.
class NocRotation final : public QObject
{
    Q_OBJECT
public:
    explicit NocRotation(QObject *parent = nullptr);

    /// Resets to the first page; 0 pages means nothing to show (current() is -1).
    void setPageCount(int count);
    int pageCount() const { return m_count; }
    /// At least 1 s: a wall that changes faster cannot be read.
    void setInterval(qint64 ms);
    qint64 interval() const { return m_timer.interval(); }

    int current() const { return m_current; }
    bool isPaused() const { return m_paused; }
    /// Milliseconds until the next automatic step; -1 while paused or with fewer than 2 pages.
    qint64 remainingMs() const;

public slots:
    void start();
    void next();
    void previous();
    void show(int index);
    void setPaused(bool paused);
    void togglePaused() { setPaused(!m_paused); }

signals:
    void currentChanged(int index);
    void pausedChanged(bool paused);

private:
    void restartTimer();

    QTimer m_timer;
    int m_count = 0;
    int m_current = -1;
    bool m_paused = false;
    bool m_started = false;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace pivori {

/// The time under the mouse, shared by every panel of a dashboard: the hovered panel
/// publishes it, all of them draw a vertical line there, and the publisher shows the values.
class CrosshairSync final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// The hovered time in unix milliseconds, or -1 when the mouse is over no panel.
    qint64 hoverTimeMs() const { return m_timeMs; }
    /// The panel the mouse is over; nullptr when none or when set from outside (tests, playback).
    const QObject *source() const { return m_source.data(); }

public slots:
    void setHoverTime(qint64 timeMs, const QObject *source = nullptr);
    /// Forgets the time, unless another panel took over since `source` published it.
    void clear(const QObject *source = nullptr);

signals:
    void hoverTimeChanged(qint64 timeMs);

private:
    qint64 m_timeMs = -1;
    QPointer<const QObject> m_source;
};

} // namespace pivori

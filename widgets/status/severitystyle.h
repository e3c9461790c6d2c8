// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxalert.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QPainter;
class QRectF;

namespace pivori {

/// How alert severities and states look: their colours and the dot drawn in front of them.
/// The models only say "critical" or "acknowledged"; every colour is chosen here.
class SeverityStyle final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::SeverityStyle)
public:
    SeverityStyle() = delete;

    /// Red for critical, amber for warning, blue for info, grey for anything else.
    static QColor color(const QString &severity);
    /// The colour a state is written in on @p background (legible: at least 4.5:1).
    static QColor stateColor(InboxAlert::State state, bool pending, const QColor &background);
    /// A filled dot with a darker rim in @p rect.
    static void paintDot(QPainter *painter, const QRectF &rect, const QColor &color);
    /// A dot icon of @p size logical pixels, for buttons, menus and labels.
    static QPixmap dotPixmap(const QColor &color, int size, qreal devicePixelRatio);
    /// The severity as people read it: "critical", or "(no severity)" for an empty label.
    static QString severityText(const QString &severity);
};

} // namespace pivori

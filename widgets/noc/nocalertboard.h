// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxalert.h"

#include <QList>
#include <QWidget>

class QTimer;

namespace pivori {

/// The alert page of the NOC playlist: every alert in large type, one row each — what needs
/// someone first (critical, then warning, then the rest; newest first), then what is already
/// owned (acknowledged, with who), then silenced and inhibited. Rows that do not fit are
/// counted at the bottom rather than scrolled: nobody scrolls a wall.
class NocAlertBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit NocAlertBoard(QWidget *parent = nullptr);

    void setAlerts(const QList<InboxAlert> &alerts);
    /// One line per row in display order, e.g. "CRITICAL ServiceDown · trading — … · 3m 4s".
    QStringList rowTexts() const;
    /// How many rows fit at the current size (the rest are counted as "+N more").
    int visibleRowCount() const;
    /// The fonts the rows are painted in: the headline (and "+N more", "No alerts") and the
    /// summary under it.
    QFont headlineFont() const;
    QFont detailFont() const { return font(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row final
    {
        QColor color;
        QString headline;
        QString detail;
        QString trailing;
    };
    QList<Row> rows() const;
    int rowHeight() const;

    QList<InboxAlert> m_alerts; ///< sorted for display
    QTimer *m_ages = nullptr;
};

} // namespace pivori

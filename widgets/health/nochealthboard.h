// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"

#include <QColor>
#include <QList>
#include <QWidget>

class QTimer;

namespace pivori {

/// The health page of the NOC playlist: is the monitoring itself working, readable across a
/// room. A line of counts in status colours and words, the time of the run, then one row per
/// check with a problem (failing, then unknown, then warning), then the passing ones named in
/// one compact block. Rows that do not fit are counted, not scrolled. An empty run says that
/// nothing is known, in the colour of unknown, never as an all-clear.
class NocHealthBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit NocHealthBoard(QWidget *parent = nullptr);

    void setRun(const CheckRun &run);
    bool hasRun() const { return m_hasRun; }
    const CheckRun &run() const { return m_run; }
    /// The summary line as painted, e.g. "4 FAILING · 5 WARNING · 4 UNKNOWN · 18 PASSING".
    QString summaryText() const;
    /// One line per problem row in display order: "FAIL Prometheus · prometheus-targets — … · 2 down".
    QStringList rowTexts() const;
    /// How many problem rows fit at the current size (the rest are counted as "+N more").
    int visibleRowCount() const;
    /// The words painted when there is no check to list (not run yet, or an empty run).
    QString emptyText() const;

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
    QList<Row> problemRows() const;
    QStringList passingNames() const;
    int rowHeight() const;
    int summaryHeight() const;
    QFont headlineFont() const;

    CheckRun m_run;
    bool m_hasRun = false;
    QTimer *m_ages;
};

} // namespace pivori

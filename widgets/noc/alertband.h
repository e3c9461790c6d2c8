// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertbandsummary.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTimer;

namespace pivori {

class ElidingLabel;

/// The NOC wall's alert band, always on screen: firing alerts counted per severity in
/// coloured blocks, the acknowledged ones, and a ticker that steps through the newest
/// critical and warning alerts with their age counting up, so the room sees what is new
/// without anyone touching the wall. Each entry says its place among its severity's alerts
/// ("CRITICAL 2/4"), counted from the same summary as the blocks.
class AlertBand final : public QWidget
{
    Q_OBJECT
public:
    explicit AlertBand(QWidget *parent = nullptr);

    void setAlerts(const QList<InboxAlert> &alerts);
    /// Shown in place of the ticker when there is nothing to count (e.g. no Alertmanager
    /// configured); an empty text returns to the alerts.
    void setNotice(const QString &text);
    /// Said instead of "nothing needs attention" while no critical or warning alert fires,
    /// when that calm may not be real (e.g. the Prometheus that evaluates the rules is
    /// unreachable); an empty text returns to the plain all-clear.
    void setAllClearCaveat(const QString &text);
    /// How long each ticker entry stays (default 4 s).
    void setTickerInterval(int ms);

    /// "2 critical · 1 warning · 0 info · 1 acknowledged" (and "· 3 other" when alerts of
    /// other severities fire), for tests and the tooltip.
    QString countsText() const;
    /// The ticker's whole sentence now, and the colour it is written in.
    QString tickerText() const;
    /// The ticker as it is on screen: the sentence, ending in "…" when it is longer than the band.
    QString tickerShownText() const;
    /// The label carrying the ticker (its font and width are what the wall's type rule checks).
    const QLabel *tickerLabel() const;
    QColor tickerColor() const;
    const AlertBandSummary &summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void showCounts();
    void showTicker();
    void setTickerColor(const QColor &color);
    /// Firing alerts whose severity has no chip of its own (none, "page", "error", ...).
    int otherFiring() const;

    AlertBandSummary m_summary;
    QList<QLabel *> m_counts; ///< critical, warning, info, other (shown only when non-zero)
    ElidingLabel *m_acknowledged = nullptr;
    ElidingLabel *m_ticker = nullptr;
    QTimer *m_timer = nullptr;
    QString m_notice;
    QString m_caveat;
    int m_tickerIndex = 0;
    int m_secondsOnEntry = 0;
    int m_secondsPerEntry = 4;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertband.h"

#include "ageformat.h"
#include "elidinglabel.h"
#include "inboxalerttext.h"
#include "severitystyle.h"

#include <QEvent>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace pivori {

namespace {

const QStringList kSeverities { QStringLiteral("critical"), QStringLiteral("warning"),
    QStringLiteral("info") };
const int kOther = int(kSeverities.size()); ///< index of the "other" chip in m_counts

} // namespace

AlertBand::AlertBand(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("alertBand"));
    setAutoFillBackground(true);
    // Two lines: the counts, and under them the ticker across the whole width. On one line
    // the blocks left the sentence a third of a 1080p wall at the wall's type size.
    auto *lines = new QVBoxLayout(this);
    lines->setContentsMargins(12, 6, 12, 6);
    lines->setSpacing(4);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(12);
    lines->addLayout(layout);
    for (const QString &severity : kSeverities) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("band-") + severity);
        label->setTextFormat(Qt::PlainText);
        m_counts.append(label);
        layout->addWidget(label);
    }
    // A firing alert of a severity the band has no chip for must not read as zero.
    auto *other = new QLabel(this);
    other->setObjectName(QStringLiteral("band-other"));
    other->setTextFormat(Qt::PlainText);
    other->hide();
    m_counts.append(other);
    layout->addWidget(other);
    // It gives way on a narrow screen (ending in "…"), so the band never widens the wall past it.
    m_acknowledged = new ElidingLabel(this);
    layout->addWidget(m_acknowledged, 1);
    // The ticker takes what is left and never widens the band past the screen; a sentence
    // longer than that ends in "…" rather than at the screen's edge.
    m_ticker = new ElidingLabel(this);
    m_ticker->setObjectName(QStringLiteral("bandTicker"));
    lines->addWidget(m_ticker);

    // One timer for the ages (every second) and the ticker's steps (every few seconds).
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &AlertBand::tick);
    m_timer->start();
    showCounts();
    showTicker();
}

void AlertBand::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        showCounts(); // the chips' style sheets carry the size
}

void AlertBand::setAlerts(const QList<InboxAlert> &alerts)
{
    const QString shown = m_summary.newest.value(m_tickerIndex).key();
    m_summary = AlertBandSummary::from(alerts);
    // Keep the entry on screen if it is still among the newest; otherwise start over.
    m_tickerIndex = 0;
    for (int i = 0; i < m_summary.newest.size(); ++i) {
        if (m_summary.newest[i].key() == shown)
            m_tickerIndex = i;
    }
    showCounts();
    showTicker();
}

void AlertBand::setNotice(const QString &text)
{
    m_notice = text;
    showTicker();
}

void AlertBand::setAllClearCaveat(const QString &text)
{
    m_caveat = text;
    showCounts(); // a zero under the caveat is no news either
    showTicker();
}

void AlertBand::setTickerInterval(int ms)
{
    m_secondsPerEntry = std::max(1, ms / 1000);
}

QString AlertBand::countsText() const
{
    QStringList parts;
    for (const QString &severity : kSeverities)
        parts << tr("%1 %2").arg(m_summary.firing.value(severity)).arg(SeverityStyle::severityText(severity));
    if (const int other = otherFiring(); other > 0)
        parts << tr("%1 other").arg(other);
    parts << tr("%1 acknowledged").arg(m_summary.acknowledged);
    return parts.join(QStringLiteral(" · "));
}

QString AlertBand::tickerText() const
{
    return m_ticker->fullText();
}

QString AlertBand::tickerShownText() const
{
    return m_ticker->text();
}

const QLabel *AlertBand::tickerLabel() const
{
    return m_ticker;
}

int AlertBand::otherFiring() const
{
    int other = 0;
    for (auto it = m_summary.firing.cbegin(); it != m_summary.firing.cend(); ++it)
        if (!kSeverities.contains(it.key()))
            other += it.value();
    return other;
}

void AlertBand::tick()
{
    if (++m_secondsOnEntry >= m_secondsPerEntry && !m_summary.newest.isEmpty()) {
        m_secondsOnEntry = 0;
        m_tickerIndex = (m_tickerIndex + 1) % int(m_summary.newest.size());
    }
    showTicker();
}

void AlertBand::showCounts()
{
    for (int i = 0; i < m_counts.size(); ++i) {
        const bool other = i == kOther;
        // Any name outside the three gets SeverityStyle's grey.
        const QString severity = other ? QStringLiteral("other") : kSeverities[i];
        const int count = other ? otherFiring() : m_summary.firing.value(severity);
        QLabel *label = m_counts[i];
        if (other)
            label->setVisible(count > 0);
        // While the rules are not evaluated, a zero is not known to be one (the desktop strip agrees).
        const QString number
            = count == 0 && !m_caveat.isEmpty() ? QStringLiteral("?") : QString::number(count);
        label->setText(other ? tr("%1 OTHER").arg(number)
                             : tr("%1 %2").arg(number, SeverityStyle::severityText(severity).toUpper()));
        // A block in the severity's colour when something fires; a quiet outline at zero, so
        // the room sees at a glance that there is nothing rather than an empty space.
        const QColor color = SeverityStyle::color(severity);
        const QString size = QString::number(QFontInfo(font()).pixelSize());
        const QString sheet = count > 0
            ? QStringLiteral("QLabel { background: %1; color: #000000; font-weight: bold;"
                             " font-size: %2px; padding: 2px 14px; border-radius: 4px; }")
                  .arg(color.name(), size)
            : QStringLiteral("QLabel { color: %1; border: 2px solid %1; font-size: %2px;"
                             " padding: 0px 12px; border-radius: 4px; }")
                  .arg(color.lighter(110).name(), size);
        // Alerts arrive every poll; re-parsing an unchanged style sheet would be pure waste.
        if (label->styleSheet() != sheet)
            label->setStyleSheet(sheet);
    }
    m_acknowledged->setFullText(tr("%n acknowledged", nullptr, m_summary.acknowledged));
    setToolTip(countsText());
}

void AlertBand::showTicker()
{
    const QColor warning = SeverityStyle::color(QStringLiteral("warning")).lighter(130);
    if (!m_notice.isEmpty()) {
        m_ticker->setFullText(m_notice);
        setTickerColor(warning);
        return;
    }
    if (m_summary.newest.isEmpty()) {
        m_ticker->setFullText(
            m_caveat.isEmpty() ? tr("No critical or warning alert needs attention") : m_caveat);
        setTickerColor(m_caveat.isEmpty() ? palette().color(QPalette::WindowText) : warning);
        return;
    }
    const int index = std::min<int>(m_tickerIndex, int(m_summary.newest.size()) - 1);
    const InboxAlert &alert = m_summary.newest[index];
    const qint64 ageMs
        = alert.alert.startsAt.isValid() ? alert.alert.startsAt.msecsTo(QDateTime::currentDateTimeUtc()) : 0;
    // Across a room the alert's name and where it is are what counts; all labels are noise.
    // Label values and annotations are the senders' text: direction controls written out.
    QString subject = InboxAlertText::visible(alert.alertname());
    if (const QString where = alert.where(); !where.isEmpty())
        subject += QStringLiteral(" · ") + InboxAlertText::visible(where);
    // Its place among the alerts of its severity, against the same count as that block.
    const AlertBandSummary::Place place = m_summary.place(index);
    QString text = tr("%1 %2/%3  %4")
                       .arg(SeverityStyle::severityText(alert.severity()).toUpper())
                       .arg(place.position)
                       .arg(place.of)
                       .arg(subject);
    if (!alert.summary().isEmpty())
        text += QStringLiteral(" — ") + InboxAlertText::visible(alert.summary());
    text += QStringLiteral("  · ") + tr("for %1").arg(AgeFormat::compact(ageMs));
    m_ticker->setFullText(text);
    setTickerColor(SeverityStyle::color(alert.severity()).lighter(130));
}

QColor AlertBand::tickerColor() const
{
    return m_ticker->palette().color(QPalette::WindowText);
}

void AlertBand::setTickerColor(const QColor &color)
{
    QPalette tickerPalette = m_ticker->palette();
    tickerPalette.setColor(QPalette::WindowText, color);
    m_ticker->setPalette(tickerPalette);
}

} // namespace pivori

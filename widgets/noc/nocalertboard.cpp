// SPDX-License-Identifier: GPL-3.0-or-later
#include "nocalertboard.h"

#include "ageformat.h"
#include "inboxalerttext.h"
#include "severitystyle.h"

#include <QDateTime>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace pivori {

namespace {

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 0;
    if (severity == QLatin1String("warning"))
        return 1;
    return 2;
}

} // namespace

NocAlertBoard::NocAlertBoard(QWidget *parent)
    : QWidget(parent)
    , m_ages(new QTimer(this))
{
    setObjectName(QStringLiteral("nocAlertBoard"));
    setAutoFillBackground(true);
    // The ages count up on screen; once a second is as often as they change.
    m_ages->setInterval(1000);
    connect(m_ages, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_ages->start();
}

void NocAlertBoard::setAlerts(const QList<InboxAlert> &alerts)
{
    m_alerts = alerts;
    std::stable_sort(m_alerts.begin(), m_alerts.end(), [](const InboxAlert &a, const InboxAlert &b) {
        if (a.state() != b.state())
            return int(a.state()) < int(b.state());
        if (severityRank(a.severity()) != severityRank(b.severity()))
            return severityRank(a.severity()) < severityRank(b.severity());
        return a.alert.startsAt > b.alert.startsAt;
    });
    update();
}

QList<NocAlertBoard::Row> NocAlertBoard::rows() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Row> out;
    out.reserve(m_alerts.size());
    for (const InboxAlert &alert : m_alerts) {
        Row row;
        const InboxAlert::State state = alert.state();
        row.color = SeverityStyle::color(alert.severity());
        if (state != InboxAlert::State::Firing)
            row.color = row.color.darker(250); // owned or muted: still there, no longer shouting
        row.headline = SeverityStyle::severityText(alert.severity()).toUpper() + QLatin1Char(' ')
            + InboxAlertText::visible(alert.alertname());
        // Label values and annotations are the senders' text: direction controls written out.
        if (const QString where = alert.where(); !where.isEmpty())
            row.headline += QStringLiteral(" · ") + InboxAlertText::visible(where);
        row.detail = InboxAlertText::visible(alert.summary());
        const qint64 ageMs = alert.alert.startsAt.isValid() ? alert.alert.startsAt.msecsTo(now) : 0;
        row.trailing = AgeFormat::compact(ageMs);
        if (state == InboxAlert::State::Acknowledged && alert.ack)
            row.trailing = tr("ACK %1 · %2").arg(InboxAlertText::visible(alert.ack->author), row.trailing);
        else if (state != InboxAlert::State::Firing)
            row.trailing = InboxAlert::stateText(state) + QStringLiteral(" · ") + row.trailing;
        out.append(row);
    }
    return out;
}

QStringList NocAlertBoard::rowTexts() const
{
    QStringList out;
    for (const Row &row : rows())
        out << (row.detail.isEmpty() ? row.headline : row.headline + QStringLiteral(" — ") + row.detail)
                + QStringLiteral(" · ") + row.trailing;
    return out;
}

int NocAlertBoard::rowHeight() const
{
    return QFontMetrics(headlineFont()).height() + QFontMetrics(font()).height() + 16;
}

int NocAlertBoard::visibleRowCount() const
{
    const int available = height() - rowHeight(); // room for the "+N more" line
    return std::max(0, available / rowHeight());
}

QFont NocAlertBoard::headlineFont() const
{
    QFont headline = font();
    headline.setBold(true);
    headline.setPointSizeF(font().pointSizeF() * 1.15);
    return headline;
}

void NocAlertBoard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QList<Row> all = rows();
    const QColor text = palette().color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlphaF(0.7);
    const int margin = 16;
    const QFont headlineFont = this->headlineFont();
    if (all.isEmpty()) {
        p.setFont(headlineFont);
        p.setPen(SeverityStyle::color(QStringLiteral("none")).lighter(150));
        p.drawText(rect(), Qt::AlignCenter, tr("No alerts"));
        return;
    }
    const int height = rowHeight();
    const int shown = std::min<int>(int(all.size()), visibleRowCount());
    for (int i = 0; i < shown; ++i) {
        const Row &row = all[i];
        const QRect box(margin, margin + i * height, width() - 2 * margin, height - 8);
        p.fillRect(QRect(box.left(), box.top(), 12, box.height()), row.color);
        const QRect textBox = box.adjusted(28, 4, -12, -4);
        p.setFont(headlineFont);
        p.setPen(text);
        const int trailingWidth = QFontMetrics(headlineFont).horizontalAdvance(row.trailing);
        p.drawText(textBox, Qt::AlignRight | Qt::AlignTop, row.trailing);
        const QRect headlineBox = textBox.adjusted(0, 0, -trailingWidth - 24, 0);
        p.drawText(headlineBox, Qt::AlignLeft | Qt::AlignTop,
            QFontMetrics(headlineFont).elidedText(row.headline, Qt::ElideRight, headlineBox.width()));
        p.setFont(font());
        p.setPen(muted);
        p.drawText(textBox, Qt::AlignLeft | Qt::AlignBottom,
            QFontMetrics(font()).elidedText(row.detail, Qt::ElideRight, textBox.width()));
    }
    if (shown < all.size()) {
        p.setFont(headlineFont);
        p.setPen(muted);
        p.drawText(QRect(margin, margin + shown * height, width() - 2 * margin, height),
            Qt::AlignLeft | Qt::AlignVCenter, tr("+%n more", nullptr, int(all.size()) - shown));
    }
}

} // namespace pivori

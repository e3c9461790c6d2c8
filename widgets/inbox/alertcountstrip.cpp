// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcountstrip.h"

#include "severitystyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace pivori {

namespace {

const QStringList kSeverities { QStringLiteral("critical"), QStringLiteral("warning"),
    QStringLiteral("info") };

} // namespace

AlertCountStrip::AlertCountStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("alertCountStrip"));
    // The counts on one row, and below them, full width, why they cannot be believed.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    rows->addLayout(layout);
    for (const QString &severity : kSeverities) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(QStringLiteral("count-") + severity);
        m_chips.insert(severity, label);
        layout->addWidget(label);
    }
    m_other = new QLabel(this);
    m_other->setTextFormat(Qt::PlainText);
    layout->addWidget(m_other);
    m_handled = new QLabel(this);
    m_handled->setTextFormat(Qt::PlainText);
    layout->addWidget(m_handled);
    m_doubt = new QLabel(this);
    m_doubt->setObjectName(QStringLiteral("countsDoubt"));
    m_doubt->setTextFormat(Qt::PlainText);
    m_doubt->setWordWrap(true);
    m_doubt->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                               .arg(SeverityStyle::color(QStringLiteral("warning")).darker(160).name()));
    m_doubt->hide();
    layout->addStretch(1);
    m_updated = new QLabel(this);
    m_updated->setTextFormat(Qt::PlainText);
    QPalette muted = m_updated->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_updated->setPalette(muted);
    m_handled->setPalette(muted);
    m_other->setPalette(muted);
    layout->addWidget(m_updated);
    rows->addWidget(m_doubt);
    setCounts({}, {});
}

QLabel *AlertCountStrip::chip(const QString &severity) const
{
    return m_chips.value(severity);
}

void AlertCountStrip::setCounts(const QMap<QString, int> &firing, const QMap<QString, int> &total)
{
    m_firing = firing;
    m_total = total;
    render();
}

void AlertCountStrip::setDoubt(const QString &text)
{
    if (text == m_doubtText)
        return;
    m_doubtText = text;
    m_doubt->setText(text);
    m_doubt->setVisible(!text.isEmpty());
    render();
}

void AlertCountStrip::render()
{
    const QMap<QString, int> &firing = m_firing;
    const QMap<QString, int> &total = m_total;
    const bool doubtful = !m_doubtText.isEmpty();
    int handled = 0;
    for (auto it = total.cbegin(); it != total.cend(); ++it)
        handled += it.value() - firing.value(it.key());
    int other = 0;
    for (auto it = firing.cbegin(); it != firing.cend(); ++it) {
        if (!kSeverities.contains(it.key()))
            other += it.value();
    }
    for (const QString &severity : kSeverities) {
        QLabel *label = chip(severity);
        const int count = firing.value(severity);
        const QColor color = SeverityStyle::color(severity);
        const QString word = SeverityStyle::severityText(severity);
        // Alertmanager resolves every alert once nothing evaluates the rules: a zero then is no news.
        const bool unknown = doubtful && count == 0;
        label->setText(
            QStringLiteral("● ") + (unknown ? tr("? %1").arg(word) : tr("%1 %2").arg(count).arg(word)));
        label->setToolTip(unknown
                ? m_doubtText
                : tr("%n %1 alert(s) firing and not acknowledged", nullptr, count).arg(word));
        // A zero stays visible (the operator must see that there is none) but does not shout.
        QColor fill = color;
        fill.setAlphaF(count > 0 ? 0.18 : 0.06);
        const QColor text = count > 0 ? color.darker(150) : palette().color(QPalette::PlaceholderText);
        label->setStyleSheet(
            QStringLiteral("QLabel { color: %1; background: rgba(%2,%3,%4,%5); border-radius: 9px;"
                           " padding: 2px 10px; font-weight: %6; }")
                .arg(text.name())
                .arg(fill.red())
                .arg(fill.green())
                .arg(fill.blue())
                .arg(fill.alphaF())
                .arg(count > 0 ? QStringLiteral("bold") : QStringLiteral("normal")));
    }
    m_other->setVisible(other > 0);
    m_other->setText(tr("%n other", nullptr, other));
    m_handled->setText(tr("%n acknowledged, silenced or inhibited", nullptr, handled));
}

void AlertCountStrip::setLastUpdate(const QDateTime &when)
{
    m_updated->setText(when.isValid()
            ? tr("Updated %1").arg(QLocale().toString(when.toLocalTime().time(), QLocale::LongFormat))
            : tr("Waiting for Alertmanager…"));
}

QString AlertCountStrip::summaryText() const
{
    QStringList parts;
    for (const QString &severity : kSeverities)
        parts.append(chip(severity)->text().mid(2));
    if (m_other->isVisibleTo(this))
        parts.append(m_other->text());
    parts.append(m_handled->text());
    if (!m_doubtText.isEmpty())
        parts.append(m_doubtText);
    return parts.join(QStringLiteral(" · "));
}

} // namespace pivori

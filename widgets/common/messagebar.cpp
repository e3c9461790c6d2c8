// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include "thresholdcolors.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pivori {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    setVisible(false);
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &id)
{
    if (!id.isEmpty())
        dismiss(id);
    // Past the limit the oldest message goes, but an error only when nothing else is left:
    // a refused acknowledgement must not be pushed out by confirmations.
    while (m_entries.size() >= kMaxMessages) {
        auto victim = std::find_if(m_entries.cbegin(), m_entries.cend(),
            [](const Entry &entry) { return entry.kind != Kind::Error; });
        remove(victim != m_entries.cend() ? victim->widget : m_entries.first().widget);
    }

    QColor accent;
    QString glyph;
    switch (kind) {
    case Kind::Info:
        accent = ThresholdColors::severityColor(Severity::Ok);
        glyph = QStringLiteral("✓");
        break;
    case Kind::Warning:
        accent = ThresholdColors::severityColor(Severity::Warning);
        glyph = QStringLiteral("⚠");
        break;
    case Kind::Error:
        accent = ThresholdColors::severityColor(Severity::Critical);
        glyph = QStringLiteral("✕");
        break;
    }
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("message"));
    QColor fill = accent;
    fill.setAlphaF(0.14);
    frame->setStyleSheet(
        QStringLiteral("QFrame#message { background: rgba(%1,%2,%3,%4); border-left: 4px solid %5;"
                       " border-radius: 3px; }")
            .arg(fill.red())
            .arg(fill.green())
            .arg(fill.blue())
            .arg(fill.alphaF())
            .arg(accent.name()));
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(10, 4, 4, 4);
    auto *icon = new QLabel(glyph, frame);
    QPalette iconPalette = icon->palette();
    iconPalette.setColor(
        QPalette::WindowText, ThresholdColors::readableOn(accent, palette().color(QPalette::Window), 3.0));
    icon->setPalette(iconPalette);
    row->addWidget(icon);
    // Messages quote servers and alerts: plain text only.
    auto *label = new QLabel(text, frame);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(label, 1);
    auto *close = new QToolButton(frame);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    row->addWidget(close);
    connect(close, &QToolButton::clicked, this, [this, frame] { remove(frame); });

    m_layout->addWidget(frame);
    m_entries.append({ frame, id, text, kind });
    setVisible(true);
    if (kind == Kind::Info) {
        QPointer<QFrame> guard(frame);
        QTimer::singleShot(kInfoTimeoutMs, this, [this, guard] {
            if (guard)
                remove(guard);
        });
    }
}

void MessageBar::dismiss(const QString &id)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.id == id) {
            remove(entry.widget);
            return;
        }
    }
}

void MessageBar::clearAll()
{
    while (!m_entries.isEmpty())
        remove(m_entries.first().widget);
}

void MessageBar::remove(QWidget *widget)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].widget == widget) {
            m_entries.removeAt(i);
            widget->hide();
            widget->deleteLater();
            break;
        }
    }
    setVisible(!m_entries.isEmpty());
}

QStringList MessageBar::messages() const
{
    QStringList out;
    for (const Entry &entry : m_entries)
        out.append(entry.text);
    return out;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "silenceeditdialog.h"

#include "acknowledgement.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pivori {

SilenceEditDialog::SilenceEditDialog(const QString &cluster, const Silence &silence, QWidget *parent)
    : QDialog(parent)
    , m_cluster(cluster)
    , m_silence(silence)
    , m_isAck(Acknowledgement::isAck(silence))
{
    setWindowTitle(m_isAck ? tr("Edit acknowledgement") : tr("Edit silence"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    QStringList matchers;
    for (const Matcher &matcher : silence.matchers)
        matchers.append(matcher.toString());
    // Everything below comes from the server: plain text only.
    auto plain = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    form->addRow(tr("Cluster:"), plain(cluster));
    form->addRow(tr("ID:"), plain(silence.id));
    form->addRow(tr("Matchers:"), plain(matchers.join(QStringLiteral(", "))));
    form->addRow(tr("Created by:"), plain(silence.createdBy));

    m_comment = new QPlainTextEdit(this);
    m_comment->setPlainText(m_isAck ? Acknowledgement::textOf(silence.comment) : silence.comment);
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("Comment:"), m_comment);

    m_endsAt = new QDateTimeEdit(silence.endsAt.toLocalTime(), this);
    m_endsAt->setCalendarPopup(true);
    m_endsAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("Ends at:"), m_endsAt);
    layout->addLayout(form);

    if (m_isAck) {
        auto *note = new QLabel(tr("This silence is an acknowledgement; it stays one."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_comment, &QPlainTextEdit::textChanged, this, &SilenceEditDialog::updateState);
    connect(m_endsAt, &QDateTimeEdit::dateTimeChanged, this, &SilenceEditDialog::updateState);
    updateState();
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

void SilenceEditDialog::setCommentText(const QString &text)
{
    m_comment->setPlainText(text);
}

void SilenceEditDialog::setEndsAt(const QDateTime &endsAt)
{
    m_endsAt->setDateTime(endsAt.toLocalTime());
}

bool SilenceEditDialog::canAccept() const
{
    // Alertmanager rejects an empty comment, and an end in the past would expire the silence.
    return !m_comment->toPlainText().trimmed().isEmpty()
        && m_endsAt->dateTime() > QDateTime::currentDateTime();
}

PostableSilence SilenceEditDialog::result() const
{
    PostableSilence out;
    out.id = m_silence.id;
    out.matchers = m_silence.matchers;
    out.startsAt = m_silence.startsAt;
    out.endsAt = m_endsAt->dateTime().toUTC();
    out.createdBy = m_silence.createdBy;
    const QString text = m_comment->toPlainText().trimmed();
    out.comment
        = m_isAck ? Acknowledgement::composeComment(text, Acknowledgement::tokenOf(m_silence.comment)) : text;
    return out;
}

void SilenceEditDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canAccept());
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "silenceeditdialog.h"

#include "acknowledgement.h"
#include "inboxalerttext.h"
#include "silencelimits.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
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
        auto *label = new QLabel(InboxAlertText::visible(text), this);
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
    m_endsAt->setObjectName(QStringLiteral("endsAt"));
    m_endsAt->setCalendarPopup(true);
    m_endsAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // The zone beside the time: a silence set from a screen share in another zone must not
    // end hours off.
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("zone"));
    m_zone->setTextFormat(Qt::PlainText);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_endsAt);
    endRow->addWidget(m_zone);
    endRow->addStretch(1);
    form->addRow(tr("Ends at:"), endRow);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

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

QString SilenceEditDialog::problem() const
{
    // Alertmanager rejects an empty comment, and an end in the past would expire the silence.
    if (m_comment->toPlainText().trimmed().isEmpty())
        return tr("A comment is required.");
    const QString end
        = SilenceLimits::endProblem(m_endsAt->dateTime().toUTC(), QDateTime::currentDateTimeUtc());
    return end.isEmpty() ? QString() : tr("This end cannot be used: %1.").arg(end);
}

bool SilenceEditDialog::canAccept() const
{
    return problem().isEmpty();
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
    m_zone->setText(InboxAlertText::zoneText(m_endsAt->dateTime()));
    const QString why = problem();
    m_hint->setText(why);
    m_hint->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
}

} // namespace pivori

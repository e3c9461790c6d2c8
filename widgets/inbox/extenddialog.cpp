// SPDX-License-Identifier: GPL-3.0-or-later
#include "extenddialog.h"

#include "durationpicker.h"
#include "inboxalerttext.h"
#include "silencelimits.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace pivori {

ExtendDialog::ExtendDialog(const QString &what, QDateTime currentEnd, QWidget *parent)
    : QDialog(parent)
    , m_currentEnd(std::move(currentEnd))
{
    setWindowTitle(tr("Extend"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Add time to %1:").arg(what), this);
    label->setTextFormat(Qt::PlainText); // names alerts: untrusted text
    label->setWordWrap(true);
    layout->addWidget(label);
    m_duration = new DurationPicker(this);
    layout->addWidget(m_duration);
    m_newEnd = new QLabel(this);
    m_newEnd->setObjectName(QStringLiteral("newEnd"));
    m_newEnd->setTextFormat(Qt::PlainText);
    layout->addWidget(m_newEnd);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Extend"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_duration, &DurationPicker::durationChanged, this, &ExtendDialog::updateState);
    updateState();
}

qint64 ExtendDialog::extraMs() const
{
    return m_duration->durationMs();
}

void ExtendDialog::setExtraMs(qint64 ms)
{
    m_duration->setDurationMs(ms);
    updateState();
}

QString ExtendDialog::problem() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The same arithmetic as AckService::extend: from the end, or from now if that has passed.
    const QDateTime from = m_currentEnd.isValid() ? std::max(m_currentEnd, now) : now;
    const QString why = extraMs() <= 0 ? SilenceLimits::durationProblem(extraMs())
                                       : SilenceLimits::endProblem(from.addMSecs(extraMs()), now);
    return why.isEmpty() ? QString() : tr("This cannot be added: %1.").arg(why);
}

void ExtendDialog::updateState()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = m_currentEnd.isValid() ? std::max(m_currentEnd, now) : now;
    m_newEnd->setText(m_currentEnd.isValid()
            ? tr("New end: %1")
                  .arg(InboxAlertText::timeWithZone(from.addMSecs(std::max<qint64>(extraMs(), 0))))
            : QString());
    m_newEnd->setVisible(m_currentEnd.isValid());
    const QString why = problem();
    m_hint->setText(why);
    m_hint->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace pivori

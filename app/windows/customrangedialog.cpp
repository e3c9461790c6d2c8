// SPDX-License-Identifier: GPL-3.0-or-later
#include "customrangedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace pivori {

CustomRangeDialog::CustomRangeDialog(const TimeRange::Resolved &initial, QWidget *parent)
    : QDialog(parent)
    , m_start(new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(initial.startMs), this))
    , m_end(new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(initial.endMs), this))
{
    setWindowTitle(tr("Custom time range"));
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    for (QDateTimeEdit *edit : { m_start, m_end }) {
        edit->setDisplayFormat(format);
        edit->setCalendarPopup(true);
    }
    // The offset is computed: QDateTime's "t" already says "UTC" in UTC, which read "UTCUTC".
    auto *zone = new QLabel(tr("Times are in %1.").arg(TimeRange::zoneText(initial.endMs)), this);
    zone->setObjectName(QStringLiteral("zoneNote"));
    zone->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("&To:"), m_end);
    form->addRow(zone);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_start->dateTime() < m_end->dateTime());
    };
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, validate);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, validate);
}

TimeRange CustomRangeDialog::range() const
{
    return TimeRange::absolute(
        m_start->dateTime().toMSecsSinceEpoch(), m_end->dateTime().toMSecsSinceEpoch());
}

} // namespace pivori

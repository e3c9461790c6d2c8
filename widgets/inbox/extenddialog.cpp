// SPDX-License-Identifier: GPL-3.0-or-later
#include "extenddialog.h"

#include "durationpicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pivori {

ExtendDialog::ExtendDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Extend"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Add time to %1:").arg(what), this);
    label->setTextFormat(Qt::PlainText); // names alerts: untrusted text
    label->setWordWrap(true);
    layout->addWidget(label);
    m_duration = new DurationPicker(this);
    layout->addWidget(m_duration);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Extend"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

qint64 ExtendDialog::extraMs() const
{
    return m_duration->durationMs();
}

void ExtendDialog::setExtraMs(qint64 ms)
{
    m_duration->setDurationMs(ms);
}

} // namespace pivori

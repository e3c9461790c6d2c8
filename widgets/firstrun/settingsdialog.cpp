// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "connectionform.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace pivori {

SettingsDialog::SettingsDialog(ConnectionProbe *probe, const QString &configPath,
    const ConnectionSettings &current, Save save, QWidget *parent)
    : QDialog(parent)
    , m_form(new ConnectionForm(probe, this))
    , m_error(new QLabel(this))
    , m_save(std::move(save))
{
    setWindowTitle(tr("Settings"));
    auto *where = new QLabel(tr("Servers of %1. Comments and every other setting in the file are kept as "
                                "written.")
                                 .arg(QDir::toNativeSeparators(configPath)),
        this);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save and reconnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_form, &ConnectionForm::changed, m_error, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_form->setSettings(current);
}

void SettingsDialog::accept()
{
    QString problem = m_form->problem();
    if (problem.isEmpty() && m_save)
        problem = m_save(m_form->settings());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace pivori

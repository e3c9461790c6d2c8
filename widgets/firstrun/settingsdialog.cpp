// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "connectionform.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace pivori {

namespace {

const QString kErrorStyle = QStringLiteral("color: #b3261e");

} // namespace

SettingsDialog::SettingsDialog(ConnectionProbe *probe, const QString &configPath,
    const ConnectionSettings &current, Save save, QWidget *parent)
    : QDialog(parent)
    , m_form(new ConnectionForm(probe, this))
    , m_status(new QLabel(this))
    , m_save(std::move(save))
{
    setWindowTitle(tr("Settings"));
    auto *where = new QLabel(tr("Servers of %1. Comments and every other setting in the file are kept as "
                                "written.")
                                 .arg(QDir::toNativeSeparators(configPath)),
        this);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    // One line above the buttons says what the last Save did: where the user looks after clicking.
    m_status->setObjectName(QStringLiteral("settingsError"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("Save and reconnect"));
    m_saveButton->setObjectName(QStringLiteral("saveSettings"));
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_form, &ConnectionForm::changed, m_status, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_form->setSettings(current);
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!m_save) {
        QDialog::accept();
        return;
    }
    // Reading, editing, validating and writing console.yaml take ~70 ms on a quiet machine and
    // far more on a busy or networked disk: done on the pool, on copies, never on this thread.
    setSaving(true);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        finishSave(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([save = m_save, settings = m_form->settings()] { return save(settings); }));
}

void SettingsDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void SettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    // Read-only while the file is written, so what is saved is what is shown; never cleared.
    m_form->setEnabled(!saving);
    m_saveButton->setEnabled(!saving);
    m_cancelButton->setEnabled(!saving);
    if (saving) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Saving…"));
        m_status->show();
        growToFit();
    }
}

void SettingsDialog::growToFit()
{
    // The dialog opens exactly as tall as its contents; a line appearing above the buttons
    // would otherwise squeeze the form's rows until their text is cut. It grows instead.
    layout()->activate();
    const int wanted = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (height() < wanted)
        resize(width(), wanted);
}

void SettingsDialog::finishSave(const QString &error)
{
    setSaving(false);
    emit saveFinished(error);
    if (!error.isEmpty()) {
        showError(tr("Not saved: %1").arg(error));
        m_saveButton->setFocus();
        return;
    }
    m_status->hide();
    QDialog::accept();
}

void SettingsDialog::showError(const QString &error)
{
    m_status->setStyleSheet(kErrorStyle);
    m_status->setText(error);
    m_status->show();
    growToFit();
}

} // namespace pivori

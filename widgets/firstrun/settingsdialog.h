// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configeditor.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace pivori {

class ConnectionForm;
class ConnectionProbe;

/// File > Settings: the servers of the configuration file in use, edited later on. Saving goes
/// through @p save (the caller writes the file) on the thread pool, so a slow disk never freezes
/// the window; meanwhile the form is read-only and the dialog says it is saving. On a refusal
/// the dialog stays open with the reason under the form, and nothing typed is lost.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Writes the settings; returns why it could not, or an empty string. Runs on a pool
    /// thread, on a copy of the settings: it must not touch widgets, and whatever it captures
    /// must stay valid until it returns (capture by value).
    using Save = std::function<QString(const ConnectionSettings &)>;

    SettingsDialog(ConnectionProbe *probe, const QString &configPath, const ConnectionSettings &current,
        Save save, QWidget *parent = nullptr);

    /// The width File > Settings opens with (its height is the dialog's size hint).
    static constexpr int kOpenWidth = 720;

    ConnectionForm *form() const { return m_form; }
    bool isSaving() const { return m_saving; }
    /// Checks the form and starts the save; the dialog closes (Accepted) when it succeeded.
    void accept() override;
    /// Closes, unless a save is under way: its file may already be replaced, so the dialog
    /// waits for the answer rather than tell the caller nothing changed.
    void reject() override;

signals:
    /// A save ended; @p error is empty when the file was written.
    void saveFinished(const QString &error);

private:
    void setSaving(bool saving);
    void finishSave(const QString &error);
    void showError(const QString &error);
    void growToFit();

    ConnectionForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    Save m_save;
    bool m_saving = false;
};

} // namespace pivori

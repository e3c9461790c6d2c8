// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configeditor.h"

#include <QDialog>

#include <functional>

class QLabel;

namespace pivori {

class ConnectionForm;
class ConnectionProbe;

/// File > Settings: the servers of the configuration file in use, edited later on. Saving goes
/// through @p save (the caller writes the file); on a refusal the dialog stays open with the
/// reason, and nothing typed is lost.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Writes the settings; returns why it could not, or an empty string.
    using Save = std::function<QString(const ConnectionSettings &)>;

    SettingsDialog(ConnectionProbe *probe, const QString &configPath, const ConnectionSettings &current,
        Save save, QWidget *parent = nullptr);

    ConnectionForm *form() const { return m_form; }
    void accept() override;

private:
    ConnectionForm *m_form = nullptr;
    QLabel *m_error = nullptr;
    Save m_save;
};

} // namespace pivori

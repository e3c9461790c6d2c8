// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "configeditor.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace pivori {

class ConnectionForm;
class ConnectionProbe;

/// What the console opens on when it has no configuration and finds no stack on this machine:
/// "Connect to your stack" (each server tried as it is typed), or try the demo stack.
/// It only asks; the caller saves the settings or starts the demo.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    /// @p probe tries the servers as they are typed; it must outlive the page.
    WelcomePage(ConnectionProbe *probe, const QString &configPath, QWidget *parent = nullptr);

    ConnectionForm *form() const { return m_form; }
    /// Shows why saving failed, where the buttons are; the settings stay as typed.
    void showError(const QString &text);

signals:
    void connectRequested(const pivori::ConnectionSettings &settings);
    void demoRequested();

private:
    ConnectionForm *m_form = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

namespace pivori {

class ConnectionProbe;
class HttpTransport;
class WelcomePage;
struct ConnectionSettings;

/// The window of a first run: the welcome page, whose servers are tried through the given
/// transport, and whose settings it writes to @p configPath (ConfigEditor: secrets never
/// written, the result validated by the loader before it replaces anything).
class WelcomeWindow final : public QWidget
{
    Q_OBJECT
public:
    WelcomeWindow(HttpTransport *transport, const QString &configPath, QWidget *parent = nullptr);
    ~WelcomeWindow() override;

    WelcomePage *page() const { return m_page; }
    QString configPath() const { return m_configPath; }

signals:
    /// The settings were saved to configPath() and load cleanly.
    void connected(const QString &configPath);
    void demoRequested();

private:
    void save(const ConnectionSettings &settings);

    ConnectionProbe *m_probe = nullptr;
    WelcomePage *m_page = nullptr;
    QString m_configPath;
    bool m_saving = false;
};

/// Opens File > Settings on the servers of @p configPath (created from the built-in settings if
/// missing) and saves them there. True when saved: the caller reloads the configuration.
bool editServerSettings(QWidget *parent, HttpTransport *transport, const QString &configPath);

} // namespace pivori

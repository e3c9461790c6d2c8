// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomewindow.h"

#include "configeditor.h"
#include "configloader.h"
#include "connectionprobe.h"
#include "settingsdialog.h"
#include "welcomepage.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pivori {

WelcomeWindow::WelcomeWindow(HttpTransport *transport, const QString &configPath, QWidget *parent)
    : QWidget(parent)
    , m_probe(new ConnectionProbe(transport, this))
    , m_page(new WelcomePage(m_probe, configPath, this))
    , m_configPath(configPath)
{
    setWindowTitle(tr("Pivori Console"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
    connect(m_page, &WelcomePage::connectRequested, this, &WelcomeWindow::save);
    connect(m_page, &WelcomePage::demoRequested, this, &WelcomeWindow::demoRequested);
}

WelcomeWindow::~WelcomeWindow() = default;

void WelcomeWindow::save(const ConnectionSettings &settings)
{
    if (m_saving)
        return;
    // Editing, loading the result twice and comparing it take over 100 ms on a busy machine:
    // done on the thread pool, on copies, so the work never touches this window.
    m_saving = true;
    m_page->setEnabled(false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_saving = false;
        m_page->setEnabled(true);
        if (const QString error = watcher->result(); !error.isEmpty()) {
            m_page->showError(error);
            return;
        }
        emit connected(m_configPath);
    });
    watcher->setFuture(QtConcurrent::run(
        [path = m_configPath, settings] { return ConfigEditor::applyToFile(path, settings); }));
}

bool editServerSettings(QWidget *parent, HttpTransport *transport, const QString &configPath)
{
    // What the dialog starts from: the file as it is, or the built-in settings for a new one.
    const ConfigLoadResult current = QFileInfo::exists(configPath)
        ? ConfigLoader::loadFile(configPath)
        : ConfigLoader::loadText(ConfigEditor::newFileText(), configPath);
    ConnectionProbe probe(transport);
    SettingsDialog dialog(
        &probe, configPath, ConnectionSettings::fromConfig(current.config),
        [configPath](
            const ConnectionSettings &settings) { return ConfigEditor::applyToFile(configPath, settings); },
        parent);
    dialog.resize(SettingsDialog::kOpenWidth, dialog.sizeHint().height());
    return dialog.exec() == QDialog::Accepted;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfileopener.h"

#include "settingskeys.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace pivori {

DashboardFileOpener::DashboardFileOpener(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DashboardFile>("pivori::DashboardFile");
}

void DashboardFileOpener::open(const QString &path)
{
    auto *watcher = new QFutureWatcher<DashboardFile>(this);
    connect(watcher, &QFutureWatcher<DashboardFile>::finished, this, [this, watcher, path] {
        --m_pending;
        watcher->deleteLater();
        emit finished(path, watcher->result());
    });
    ++m_pending;
    // The file is read and converted on the pool thread; nothing of this object is touched there.
    watcher->setFuture(QtConcurrent::run([path] { return loadDashboardFile(path); }));
}

QString DashboardFileOpener::lastFolder()
{
    const QString folder = QSettings().value(settingskeys::openDirectory).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void DashboardFileOpener::rememberFolderOf(const QString &path)
{
    QSettings().setValue(settingskeys::openDirectory, QFileInfo(path).absolutePath());
}

} // namespace pivori

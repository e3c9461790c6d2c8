// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSize>
#include <QTemporaryDir>

#include <initializer_list>

namespace pivori::testutils {

/// Gives Qt's offscreen platform screens of real sizes (its default is one of 800x800), for
/// tests of what fits on a wall. Call before the QApplication exists. Qt reads the screens from
/// a file, written into @p dir; Qt 6.4 orders them by name, so the first one is the primary.
/// Does nothing when a real display was chosen to watch the test on. False if the file could
/// not be written.
inline bool useOffscreenScreens(const QTemporaryDir &dir, std::initializer_list<QSize> sizes)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && platform != "offscreen")
        return true;
    QFile file(dir.filePath(QStringLiteral("screens.json")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QJsonArray screens;
    int index = 0;
    int x = 0;
    for (const QSize &size : sizes) {
        screens.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("%1-screen").arg(++index) },
            { QStringLiteral("x"), x }, { QStringLiteral("y"), 0 }, { QStringLiteral("width"), size.width() },
            { QStringLiteral("height"), size.height() }, { QStringLiteral("logicalDpi"), 96 },
            { QStringLiteral("dpr"), 1 } });
        x += size.width();
    }
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("screens"), screens } }).toJson());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toLocal8Bit());
    return true;
}

} // namespace pivori::testutils

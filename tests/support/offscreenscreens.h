// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
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
    QByteArray screens;
    int index = 0;
    int x = 0;
    for (const QSize &size : sizes) {
        if (!screens.isEmpty())
            screens += ", ";
        screens += "{\"name\": \"" + QByteArray::number(++index) + "-screen\", \"x\": "
            + QByteArray::number(x) + ", \"y\": 0, \"width\": " + QByteArray::number(size.width())
            + ", \"height\": " + QByteArray::number(size.height()) + ", \"logicalDpi\": 96, \"dpr\": 1}";
        x += size.width();
    }
    file.write("{\"screens\": [" + screens + "]}");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toLocal8Bit());
    return true;
}

} // namespace pivori::testutils

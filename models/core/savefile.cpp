// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pivori {

namespace {

// Free functions have no tr(): this class is the context their messages are filed and looked up under.
class SaveFile final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::SaveFile)
};

} // namespace

bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = SaveFile::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>

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
    // Unbuffered, so that every write reaches the file here: with Qt's write buffer, a full disk
    // shows only in the flush inside commit(), which Qt 6.4 does not check, and the target was
    // replaced by the part that fitted (tst_settingsdialog's full-disk case).
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    for (qint64 done = 0; written && done < bytes.size();) {
        // A short write is tried again for the rest: that attempt fails with the reason (ENOSPC).
        const qint64 count = file.write(bytes.constData() + done, bytes.size() - done);
        written = count > 0;
        done += std::max<qint64>(count, 0);
    }
    if (written && file.commit())
        return true;
    if (error)
        *error = SaveFile::tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace pivori

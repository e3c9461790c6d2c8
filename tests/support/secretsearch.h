// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace pivori::testutils {

/// A basic-auth password as it could appear anywhere: plain, base64 at each of the three byte
/// alignments (only the characters that do not depend on neighbouring bytes), and the header's
/// base64 of "user:password". Keep the password alphanumeric: percent-encoding leaves it as is.
inline QList<QByteArray> secretNeedles(const QByteArray &user, const QByteArray &secret)
{
    QList<QByteArray> needles { secret, secret.toBase64(), QByteArray(user + ':' + secret).toBase64() };
    for (int pad = 1; pad <= 2; ++pad) {
        const QByteArray encoded = QByteArray(QByteArray(pad, 'x') + secret).toBase64();
        needles << encoded.mid(4, encoded.size() - 8);
    }
    return needles;
}

/// Where under @p root any of @p needles occurs: "file: needle" lines; empty when nowhere.
inline QStringList occurrences(const QString &root, const QList<QByteArray> &needles, int *filesRead)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(": unreadable");
            continue;
        }
        ++*filesRead;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle))
                found << path + QStringLiteral(": ") + QString::fromLatin1(needle);
        }
    }
    return found;
}

} // namespace pivori::testutils

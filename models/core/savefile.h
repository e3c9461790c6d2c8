// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pivori {

/// Writes @p bytes to @p path all or nothing (QSaveFile: a temporary file renamed over the
/// target), so a full disk or a crash never leaves half a picture behind. On failure returns
/// false with the reason, naming the file, in @p error. Safe to call from any thread.
bool saveFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace pivori

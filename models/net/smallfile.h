// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace pivori {

/// Secrets, CA bundles and client certificates and keys are a few kilobytes. Anything larger, or
/// anything that is not a regular file (a FIFO would block the reader forever, /dev/zero never
/// ends), is a mistake in the configuration, not something to read.
constexpr qint64 kMaxSmallFileBytes = qint64(1024) * 1024;

/// Reads a whole small regular file without ever blocking: the file is opened non-blocking and
/// checked (regular, at most @p maxBytes) on the opened descriptor before a byte is read. The
/// error's message names the file and says what is wrong with it.
Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes = kMaxSmallFileBytes);

/// Why @p path cannot be one of those files although it exists (a FIFO, a device, a folder, too
/// large); empty when it is fine or does not exist (a secret may be mounted after the check).
QString smallFileProblem(const QString &path, qint64 maxBytes = kMaxSmallFileBytes);

} // namespace pivori

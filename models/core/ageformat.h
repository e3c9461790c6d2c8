// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pivori {

/// How long ago something happened, in the two largest units: "42s", "3m 12s", "2h 5m", "1d 4h".
/// A class so that its strings have a translation context of their own.
class AgeFormat final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::AgeFormat)

public:
    /// Negative ages (clock skew) are written as 0s.
    static QString compact(qint64 ms);
};

} // namespace pivori

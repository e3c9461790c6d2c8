// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Silences written inline for the unit tests of the silence table and its view. Header only:
// include it from a test that links pivori_alertmanager or a library above it.
#include "amtypes.h"

#include <QDateTime>
#include <QString>

namespace pivori::testutils {

/// A silence of HighErrorRate on the service api by alice, one hour from 2024-05-14 10:00 UTC.
inline Silence makeSilence(
    const QString &id, const QString &comment, Silence::State state = Silence::State::Active)
{
    Silence s;
    s.id = id;
    s.matchers = { Matcher { QStringLiteral("alertname"), QStringLiteral("HighErrorRate"), false, true },
        Matcher { QStringLiteral("service"), QStringLiteral("api"), false, true } };
    s.startsAt = QDateTime(QDate(2024, 5, 14), QTime(10, 0), Qt::UTC);
    s.endsAt = s.startsAt.addSecs(3600);
    s.createdBy = QStringLiteral("alice");
    s.comment = comment;
    s.state = state;
    return s;
}

} // namespace pivori::testutils

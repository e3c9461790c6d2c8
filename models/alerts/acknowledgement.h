// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ackinfo.h"
#include "amtypes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace pivori {

/// The convention that turns a silence into an acknowledgement, in one place.
///
/// Comment format written by the console: `ACK! <text> [ack:<token>]`. The prefix marks the
/// silence as an ack (anything else is a plain silence); the token at the end is unique per
/// acknowledge action, so a retry can find out whether an earlier POST that timed out did
/// land, instead of creating a second identical silence.
class Acknowledgement final
{
public:
    Acknowledgement() = delete;

    /// True when the comment starts with "ACK!" (case-sensitive, no leading blanks).
    static bool isAck(const Silence &silence);
    static bool isAckComment(const QString &comment);
    /// The ack a silence stands for, or nothing when it is not an ack.
    static std::optional<AckInfo> fromSilence(const Silence &silence);

    /// A fresh token (a UUID without braces).
    static QString newToken();
    /// `ACK! text [ack:token]`; an empty text gives `ACK! [ack:token]`, an empty token no suffix.
    static QString composeComment(const QString &text, const QString &token);
    /// The token at the end of a comment, or an empty string.
    static QString tokenOf(const QString &comment);
    /// The author's words: the comment without the prefix and the token, trimmed.
    static QString textOf(const QString &comment);

    /// The acknowledgement covering @p alert: among the active ack silences listed in its
    /// silencedBy, the one that lasts longest (ties: the lowest id, for a stable answer).
    static std::optional<AckInfo> forAlert(const Alert &alert, const QHash<QString, Silence> &silencesById);

    /// Who acknowledges when nobody says: the login name ($USER, or $USERNAME on Windows), or
    /// "pivori-console" when neither is set. The window's dialog and the `ack` command share it.
    static QString defaultAuthor();

    static constexpr QLatin1StringView prefix { "ACK!" };
};

} // namespace pivori

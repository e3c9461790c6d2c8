// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgement.h"

#include <QRegularExpression>
#include <QUuid>

namespace pivori {

namespace {

// Anchored at the end: a token typed in the middle of the author's text is just text.
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\s*\\[ack:([A-Za-z0-9-]{8,64})\\]\\s*\\z"));
    return pattern;
}

} // namespace

bool Acknowledgement::isAckComment(const QString &comment)
{
    return comment.startsWith(prefix);
}

bool Acknowledgement::isAck(const Silence &silence)
{
    return isAckComment(silence.comment);
}

std::optional<AckInfo> Acknowledgement::fromSilence(const Silence &silence)
{
    if (!isAck(silence))
        return std::nullopt;
    AckInfo info;
    info.silenceId = silence.id;
    info.author = silence.createdBy;
    info.startsAt = silence.startsAt;
    info.until = silence.endsAt;
    info.comment = textOf(silence.comment);
    info.token = tokenOf(silence.comment);
    return info;
}

QString Acknowledgement::newToken()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Acknowledgement::composeComment(const QString &text, const QString &token)
{
    QString out(prefix);
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty())
        out += u' ' + trimmed;
    if (!token.isEmpty())
        out += QStringLiteral(" [ack:") + token + u']';
    return out;
}

QString Acknowledgement::tokenOf(const QString &comment)
{
    const QRegularExpressionMatch match = tokenPattern().match(comment);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString Acknowledgement::textOf(const QString &comment)
{
    QString text = comment;
    if (text.startsWith(prefix))
        text.remove(0, prefix.size());
    const QRegularExpressionMatch match = tokenPattern().match(text);
    if (match.hasMatch())
        text.truncate(match.capturedStart());
    return text.trimmed();
}

std::optional<AckInfo> Acknowledgement::forAlert(
    const Alert &alert, const QHash<QString, Silence> &silencesById)
{
    std::optional<AckInfo> best;
    for (const QString &id : alert.silencedBy) {
        const auto it = silencesById.constFind(id);
        if (it == silencesById.cend() || it->state != Silence::State::Active)
            continue;
        auto info = fromSilence(*it);
        if (!info)
            continue;
        if (!best || info->until > best->until
            || (info->until == best->until && info->silenceId < best->silenceId))
            best = std::move(info);
    }
    return best;
}

QString Acknowledgement::defaultAuthor()
{
    for (const char *variable : { "USER", "USERNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("pivori-console");
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxalerttext.h"

#include <QLocale>
#include <QStringList>

#include <cstdlib>

namespace pivori {

namespace {

bool isInvisible(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) // C0, DEL, C1
        || c == 0xad // soft hyphen
        || c == 0x61c // Arabic letter mark
        || c == 0x180e // Mongolian vowel separator
        || (c >= 0x200b && c <= 0x200f) // zero-width space, (non-)joiner, LRM, RLM
        || (c >= 0x2028 && c <= 0x202e) // line/paragraph separators, embeddings and overrides
        || (c >= 0x2060 && c <= 0x2064) // word joiner, invisible operators
        || (c >= 0x2066 && c <= 0x206f) // isolates, deprecated format characters
        || c == 0xfeff // zero-width no-break space (BOM)
        || (c >= 0xfff9 && c <= 0xfffb) // interlinear annotation
        || (c >= 0xe0000 && c <= 0xe007f); // tag characters: invisible ASCII look-alikes
}

// One pass that copies only when something has to be written out, so the common case (every
// label of every row, on every paint) costs a scan and no allocation.
QString makeVisible(const QString &text, bool keepLines)
{
    const qsizetype size = text.size();
    QString out;
    bool copying = false;
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        bool escape = isInvisible(c);
        if (escape && keepLines) {
            const bool crlf = c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n';
            if (c == u'\n' || c == u'\t')
                escape = false;
            else if (crlf) {
                if (!copying) {
                    out.append(text.constData(), i);
                    copying = true;
                }
                continue; // the line feed after it keeps the line break
            }
        }
        if (escape && !copying) {
            out.reserve(size + 16);
            out.append(text.constData(), i);
            copying = true;
        }
        if (escape)
            out += QStringLiteral("⟨U+%1⟩").arg(
                QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
        else if (copying)
            out.append(text.constData() + i, width);
        i += width - 1;
    }
    return copying ? out : text;
}

} // namespace

int InboxAlertText::severityRank(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return 0;
    if (severity == QLatin1String("warning"))
        return 1;
    if (severity == QLatin1String("info"))
        return 2;
    return severity.isEmpty() ? 4 : 3;
}

QString InboxAlertText::source(const InboxAlert &alert, const QString &serviceLabel)
{
    const QString service = alert.label(serviceLabel);
    QString instance;
    for (const char *name : { "pod", "instance", "node" }) {
        const QString value = alert.label(QLatin1String(name));
        if (!value.isEmpty() && value != service) {
            instance = value;
            break;
        }
    }
    if (service.isEmpty() && instance.isEmpty())
        return alert.label(QStringLiteral("job"));
    if (service.isEmpty() || instance.isEmpty())
        return service + instance;
    return service + QStringLiteral(" / ") + instance;
}

QString InboxAlertText::time(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString InboxAlertText::zoneText(const QDateTime &time)
{
    const QDateTime local = (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toLocalTime();
    QString abbreviation = local.timeZoneAbbreviation();
    // glibc names zones without a common abbreviation "+0530" or "+05": say it the same way for all.
    const bool named = !abbreviation.isEmpty() && abbreviation.front().isLetter();
    if (named)
        return abbreviation;
    const int offset = local.offsetFromUtc();
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? u'-' : u'+')
        .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
        .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString InboxAlertText::timeWithZone(const QDateTime &when)
{
    return when.isValid() ? time(when) + u' ' + zoneText(when) : QString();
}

QString InboxAlertText::state(const InboxAlert &alert)
{
    const InboxAlert::State state = alert.state();
    if (alert.ackPending && state == InboxAlert::State::Firing)
        return tr("acknowledging…");
    return InboxAlert::stateText(state);
}

QString InboxAlertText::stateDetail(const InboxAlert &alert)
{
    if (alert.ack) {
        const QString head
            = tr("acknowledged by %1 until %2").arg(visible(alert.ack->author), time(alert.ack->until));
        return alert.ack->comment.isEmpty() ? head
                                            : head + QStringLiteral(": ") + visibleLines(alert.ack->comment);
    }
    if (alert.state() == InboxAlert::State::Inhibited)
        return tr("inhibited by %1").arg(visible(alert.inhibitors.join(QStringLiteral(", "))));
    if (alert.state() == InboxAlert::State::Silenced)
        return tr("silenced by %1").arg(visible(alert.alert.silencedBy.join(QStringLiteral(", "))));
    return {};
}

QString InboxAlertText::visible(const QString &text)
{
    return makeVisible(text, false);
}

QString InboxAlertText::visibleLines(const QString &text)
{
    return makeVisible(text, true);
}

bool InboxAlertText::hasInvisible(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isInvisible(c))
            return true;
    }
    return false;
}

QString InboxAlertText::searchText(const InboxAlert &alert)
{
    QStringList parts;
    for (auto it = alert.alert.labels.cbegin(); it != alert.alert.labels.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    parts.append(alert.alert.annotations.values());
    parts.append(alert.cluster);
    parts.append(InboxAlert::stateName(alert.state()));
    if (alert.ack)
        parts << alert.ack->author << alert.ack->comment;
    parts.append(alert.inhibitors);
    QString text = parts.join(u'\n');
    if (hasInvisible(text))
        text += u'\n' + visibleLines(text);
    return text.toLower();
}

} // namespace pivori

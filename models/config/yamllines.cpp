// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamllines.h"

#include <QRegularExpression>

namespace pivori {

namespace {

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

bool isContent(const QString &line)
{
    const QString t = line.trimmed();
    return !t.isEmpty() && !t.startsWith(QLatin1Char('#'));
}

bool isItem(const QString &line)
{
    const QString t = line.mid(indentOf(line));
    return t == QLatin1String("-") || t.startsWith(QLatin1String("- "));
}

/// Where a comment starts on @p line (its size when none), skipping '#' inside quoted scalars.
int commentStart(const QString &line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (quote == QLatin1Char('"') && c == QLatin1Char('\\'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        const QChar before = i > 0 ? line.at(i - 1) : QLatin1Char(' ');
        // A quote opens a quoted scalar only where a token starts; "don't" is plain text.
        const bool tokenStart = before.isSpace() || QStringLiteral(":[{,-").contains(before);
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && tokenStart)
            quote = c;
        else if (c == QLatin1Char('#') && before.isSpace())
            return i;
    }
    return int(line.size());
}

QString code(const QString &line)
{
    return line.left(commentStart(line));
}

QString spaces(int n)
{
    return QString(n, QLatin1Char(' '));
}

} // namespace

YamlLines::YamlLines(const QByteArray &text)
{
    QString s = QString::fromUtf8(text);
    if (s.contains(QLatin1String("\r\n"))) {
        m_eol = QStringLiteral("\r\n");
        s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    }
    m_finalNewline = s.isEmpty() || s.endsWith(QLatin1Char('\n'));
    if (s.endsWith(QLatin1Char('\n')))
        s.chop(1);
    m_lines = s.isEmpty() ? QStringList() : s.split(QLatin1Char('\n'));
}

QByteArray YamlLines::text() const
{
    QString s = m_lines.join(m_eol);
    if (m_finalNewline && !m_lines.isEmpty())
        s += m_eol;
    return s.toUtf8();
}

QString YamlLines::lineRef(int line) const
{
    return tr("line %1").arg(line + 1);
}

int YamlLines::blockEnd(int line, int indent, int limit) const
{
    int last = line;
    for (int l = line + 1; l < limit; ++l) {
        const QString &text = m_lines.at(l);
        if (!isContent(text))
            continue;
        if (indentOf(text) <= indent)
            break;
        last = l;
    }
    return last + 1;
}

int YamlLines::contentEnd(const MapRange &map) const
{
    int end = map.first + 1;
    for (int l = map.first; l < map.end && l < m_lines.size(); ++l) {
        if (isContent(m_lines.at(l)))
            end = l + 1;
    }
    return end;
}

std::optional<YamlLines::KeyLine> YamlLines::findKey(const MapRange &map, const QString &key) const
{
    for (int l = map.first; l < map.end && l < m_lines.size(); ++l) {
        const QString &line = m_lines.at(l);
        if (!isContent(line))
            continue;
        // Keys sit at the map's column; the first line may be a sequence item's "- key:".
        if (indentOf(line) != map.column && l != map.first)
            continue;
        QString rest = line.mid(map.column);
        int keyLength = int(key.size());
        if (rest.startsWith(QString(QLatin1Char('"') + key + QLatin1Char('"')))
            || rest.startsWith(QString(QLatin1Char('\'') + key + QLatin1Char('\''))))
            keyLength += 2;
        else if (!rest.startsWith(key))
            continue;
        rest = rest.mid(keyLength);
        if (!rest.startsWith(QLatin1Char(':')) || (rest.size() > 1 && !rest.at(1).isSpace()))
            continue;
        KeyLine found;
        found.line = l;
        found.keyColumn = map.column;
        found.valueColumn = map.column + keyLength + 1;
        found.inlineValue = code(line).mid(found.valueColumn).trimmed();
        // A sequence may sit at the key's own indent ("key:\n- a"): it still is its value.
        int end = l + 1;
        // map.end may be stale after an edit that removed lines (setMap edits key by key).
        for (int c = l + 1; c < map.end && c < m_lines.size(); ++c) {
            const QString &next = m_lines.at(c);
            if (!isContent(next))
                continue;
            const int indent = indentOf(next);
            if (indent > map.column || (indent == map.column && isItem(next) && found.inlineValue.isEmpty()))
                end = c + 1;
            else
                break;
        }
        found.valueEnd = end;
        return found;
    }
    return std::nullopt;
}

bool YamlLines::checkPlain(int first, int end, QString *error) const
{
    // Anchors (&a), aliases (*a), tags (!t) and merge keys (<<) make one text stand for several
    // values: changing it here would change it elsewhere, or not, depending on the reader.
    static const QRegularExpression special(QStringLiteral("(^|[\\s\\[{,])([&*!][^\\s,\\]}]|<<\\s*:)"));
    for (int l = first; l < end && l < m_lines.size(); ++l) {
        const QString c = code(m_lines.at(l));
        if (special.match(c).hasMatch()) {
            *error = tr("%1 uses a YAML anchor, alias, tag or merge key, which cannot be edited safely "
                        "here; edit the file by hand")
                         .arg(lineRef(l));
            return false;
        }
        const auto opened = c.count(QLatin1Char('[')) + c.count(QLatin1Char('{'));
        const auto closed = c.count(QLatin1Char(']')) + c.count(QLatin1Char('}'));
        if (opened != closed) {
            *error = tr("%1 holds a list or map in flow style ([...] or {...}) spread over several lines, "
                        "which cannot be edited safely here; write it on one line or in block style")
                         .arg(lineRef(l));
            return false;
        }
    }
    return true;
}

std::optional<YamlLines::MapRange> YamlLines::firstSequenceMap(
    const MapRange &map, const QString &key, QString *error) const
{
    const auto kl = findKey(map, key);
    if (!kl)
        return std::nullopt;
    if (!kl->inlineValue.isEmpty()) {
        *error = tr("%1: %2 is not written as a block list (\"- name: ...\" lines); edit it by hand")
                     .arg(lineRef(kl->line), key);
        return std::nullopt;
    }
    for (int l = kl->line + 1; l < kl->valueEnd; ++l) {
        const QString &line = m_lines.at(l);
        if (!isContent(line))
            continue;
        if (!isItem(line))
            break;
        const int dash = indentOf(line);
        const QString after = code(line).mid(dash + 1);
        const QString item = after.trimmed();
        if (item.startsWith(QLatin1Char('{')) || item.startsWith(QLatin1Char('['))) {
            *error = tr("%1: the first entry of %2 is written in flow style ({...}); write it in block style "
                        "to edit it here")
                         .arg(lineRef(l), key);
            return std::nullopt;
        }
        const int end = blockEnd(l, dash, kl->valueEnd);
        if (!checkPlain(l, end, error))
            return std::nullopt;
        int column = dash + 1 + indentOf(after);
        if (item.isEmpty()) {
            // "-" alone: the entry's keys start on the next content line.
            for (int c = l + 1; c < end; ++c) {
                if (isContent(m_lines.at(c))) {
                    column = indentOf(m_lines.at(c));
                    break;
                }
            }
        }
        return MapRange { l, end, column };
    }
    *error = tr("%1: %2 has no entry that can be edited here").arg(lineRef(kl->line), key);
    return std::nullopt;
}

int YamlLines::sequenceLength(const MapRange &map, const QString &key) const
{
    const auto kl = findKey(map, key);
    if (!kl)
        return 0;
    int count = 0;
    int itemIndent = -1;
    for (int l = kl->line + 1; l < kl->valueEnd; ++l) {
        const QString &line = m_lines.at(l);
        if (!isContent(line) || !isItem(line))
            continue;
        if (itemIndent < 0)
            itemIndent = indentOf(line);
        if (indentOf(line) == itemIndent)
            ++count;
    }
    return count;
}

void YamlLines::replaceInline(const KeyLine &key, const QString &value)
{
    const QString line = m_lines.at(key.line);
    const int comment = commentStart(line);
    QString out = line.left(key.valueColumn);
    if (!value.isEmpty())
        out += QLatin1Char(' ') + value;
    if (comment < line.size()) {
        // Keep the gap the author left before the comment.
        const QString between = line.mid(key.valueColumn, comment - key.valueColumn);
        const int gap = int(between.size() - between.trimmed().size()) - indentOf(between);
        out += spaces(std::max(1, gap)) + line.mid(comment);
    }
    m_lines[key.line] = out;
}

bool YamlLines::setScalar(const MapRange &map, const QString &key, const QString &value, QString *error)
{
    if (value.isEmpty())
        return removeKey(map, key, error);
    const auto kl = findKey(map, key);
    if (!kl) {
        m_lines.insert(contentEnd(map), spaces(map.column) + key + QStringLiteral(": ") + value);
        return true;
    }
    if (!checkPlain(kl->line, kl->valueEnd, error))
        return false;
    replaceInline(*kl, value);
    m_lines.remove(kl->line + 1, kl->valueEnd - kl->line - 1);
    return true;
}

bool YamlLines::setSequence(const MapRange &map, const QString &key, const QStringList &items, QString *error)
{
    const auto kl = findKey(map, key);
    QStringList formatted;
    for (const QString &item : items)
        formatted << scalar(item);
    if (!kl) {
        int at = contentEnd(map);
        m_lines.insert(at++, spaces(map.column) + key + QLatin1Char(':'));
        for (const QString &item : formatted)
            m_lines.insert(at++, spaces(map.column + 2) + QStringLiteral("- ") + item);
        return true;
    }
    if (!checkPlain(kl->line, kl->valueEnd, error))
        return false;
    if (kl->inlineValue.startsWith(QLatin1Char('['))) {
        QStringList flow;
        for (const QString &item : items)
            flow << scalar(item, true);
        replaceInline(*kl, QLatin1Char('[') + flow.join(QStringLiteral(", ")) + QLatin1Char(']'));
        return true;
    }
    if (!kl->inlineValue.isEmpty()) {
        *error = tr("%1: %2 is not a list; edit it by hand").arg(lineRef(kl->line), key);
        return false;
    }
    QList<int> itemLines;
    for (int l = kl->line + 1; l < kl->valueEnd; ++l) {
        const QString &line = m_lines.at(l);
        if (!isContent(line))
            continue;
        if (!isItem(line) || (!itemLines.isEmpty() && indentOf(line) != indentOf(m_lines.at(itemLines[0])))) {
            *error = tr("%1: an entry of %2 spans several lines; edit it by hand").arg(lineRef(l), key);
            return false;
        }
        itemLines << l;
    }
    const int indent = itemLines.isEmpty() ? map.column + 2 : indentOf(m_lines.at(itemLines[0]));
    const qsizetype kept = std::min(itemLines.size(), formatted.size());
    for (qsizetype i = 0; i < kept; ++i) {
        const int l = itemLines[i];
        replaceInline(KeyLine { l, indent, indent + 1, 0, {} }, formatted[i]);
    }
    for (qsizetype i = itemLines.size() - 1; i >= kept; --i)
        m_lines.removeAt(itemLines[i]);
    int at = kept > 0 ? itemLines[kept - 1] + 1 : kl->line + 1;
    for (qsizetype i = kept; i < formatted.size(); ++i)
        m_lines.insert(at++, spaces(indent) + QStringLiteral("- ") + formatted[i]);
    return true;
}

bool YamlLines::setMap(const MapRange &map, const QString &key, const Pairs &pairs, QString *error)
{
    Pairs present;
    for (const auto &pair : pairs) {
        if (!pair.second.isEmpty())
            present << pair;
    }
    if (present.isEmpty())
        return removeKey(map, key, error);
    auto kl = findKey(map, key);
    if (kl && !checkPlain(kl->line, kl->valueEnd, error))
        return false;
    if (kl && kl->inlineValue.startsWith(QLatin1Char('{'))) {
        // A one-line flow map is rewritten whole: the caller owns every key it may hold.
        QStringList flow;
        for (const auto &[k, v] : present)
            flow << k + QStringLiteral(": ") + v;
        replaceInline(*kl, QLatin1Char('{') + flow.join(QStringLiteral(", ")) + QLatin1Char('}'));
        return true;
    }
    if (kl && !kl->inlineValue.isEmpty() && kl->inlineValue != QLatin1String("~")
        && kl->inlineValue != QLatin1String("null")) {
        *error = tr("%1: %2 is not a map; edit it by hand").arg(lineRef(kl->line), key);
        return false;
    }
    bool hasChildren = false;
    if (kl) {
        for (int l = kl->line + 1; l < kl->valueEnd; ++l)
            hasChildren = hasChildren || isContent(m_lines.at(l));
    }
    if (!hasChildren) {
        int at = kl ? kl->line : contentEnd(map);
        if (kl)
            replaceInline(*kl, QString());
        else
            m_lines.insert(at, spaces(map.column) + key + QLatin1Char(':'));
        ++at;
        for (const auto &[k, v] : present)
            m_lines.insert(at++, spaces(map.column + 2) + k + QStringLiteral(": ") + v);
        return true;
    }
    for (const auto &[k, v] : pairs) {
        kl = findKey(map, key); // lines moved with the previous edit
        int column = map.column + 2;
        for (int l = kl->line + 1; l < kl->valueEnd; ++l) {
            if (isContent(m_lines.at(l))) {
                column = indentOf(m_lines.at(l));
                break;
            }
        }
        const MapRange child { kl->line + 1, kl->valueEnd, column };
        if (!setScalar(child, k, v, error))
            return false;
    }
    return true;
}

bool YamlLines::removeKey(const MapRange &map, const QString &key, QString *error)
{
    const auto kl = findKey(map, key);
    if (!kl)
        return true;
    if (kl->line == map.first && isItem(m_lines.at(kl->line))) {
        *error = tr("%1: %2 is the first key of its entry and cannot be removed here; edit it by hand")
                     .arg(lineRef(kl->line), key);
        return false;
    }
    if (!checkPlain(kl->line, kl->valueEnd, error))
        return false;
    m_lines.remove(kl->line, kl->valueEnd - kl->line);
    return true;
}

void YamlLines::appendSection(const QStringList &lines)
{
    if (!m_lines.isEmpty() && !m_lines.constLast().trimmed().isEmpty())
        m_lines << QString();
    m_lines << lines;
    m_finalNewline = true;
}

bool YamlLines::removeTopLevel(const QString &key, QString *error)
{
    return removeKey(document(), key, error);
}

QString YamlLines::scalar(const QString &value, bool inFlow)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_/.~][A-Za-z0-9_./:@%+~=?&-]*$"));
    static const QStringList reserved { QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("null"), QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("on"),
        QStringLiteral("off"), QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("~") };
    const bool safe = plain.match(value).hasMatch() && !value.endsWith(QLatin1Char(':'))
        && !reserved.contains(value.toLower()) && !(inFlow && value.contains(QLatin1Char(',')));
    if (safe)
        return value;
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

} // namespace pivori

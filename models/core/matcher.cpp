// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher.h"

#include <QCoreApplication>

namespace pivori {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// A bare word stops where the matcher syntax could continue, so `a=b,c=d` and `{a=b}` split
// where a reader expects.
bool isBareChar(QChar c)
{
    return !c.isSpace() && c != u',' && c != u'{' && c != u'}' && c != u'"' && c != u'\\';
}

// Recursive descent over a QStringView; errors record the offset where the text stopped
// making sense, which is what a filter bar underlines.
class MatcherTextParser final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::MatcherTextParser)
public:
    explicit MatcherTextParser(QStringView text)
        : m_text(text)
    {
    }

    Result<QList<Matcher>> run(int *errorOffset)
    {
        QList<Matcher> out;
        if (!parseList(&out)) {
            if (errorOffset)
                *errorOffset = m_errorOffset;
            return Error { Error::Kind::Config, 0, {}, m_error, {} };
        }
        if (errorOffset)
            *errorOffset = -1;
        return out;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    bool fail(qsizetype offset, const QString &what)
    {
        m_errorOffset = int(offset);
        m_error = tr("position %1: %2").arg(QString::number(offset), what);
        return false;
    }

    bool parseList(QList<Matcher> *out)
    {
        skipSpace();
        const qsizetype braceOpen = m_pos;
        const bool braced = peek() == u'{';
        if (braced)
            ++m_pos;
        for (;;) {
            skipSpace();
            if (braced && peek() == u'}') {
                ++m_pos;
                break;
            }
            if (atEnd()) {
                if (braced)
                    return fail(m_pos, tr("expected \"}\" to close the \"{\" at position %1").arg(braceOpen));
                break;
            }
            Matcher matcher;
            if (!parseMatcher(&matcher))
                return false;
            out->append(matcher);
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (braced && peek() == u'}') {
                ++m_pos;
                break;
            }
            if (atEnd()) {
                if (!braced)
                    break;
                return fail(m_pos, tr("expected \"}\" to close the \"{\" at position %1").arg(braceOpen));
            }
            return fail(m_pos,
                braced ? tr("expected \",\" or \"}\" after the value of \"%1\"").arg(matcher.name)
                       : tr("expected \",\" or the end after the value of \"%1\"").arg(matcher.name));
        }
        skipSpace();
        if (!atEnd())
            return fail(m_pos, tr("unexpected text after \"}\""));
        return true;
    }

    bool parseMatcher(Matcher *matcher)
    {
        if (!isNameStart(peek()))
            return fail(
                m_pos, tr("expected a label name (a letter or \"_\", then letters, digits or \"_\")"));
        const qsizetype nameStart = m_pos;
        while (!atEnd() && isNameChar(peek()))
            ++m_pos;
        matcher->name = m_text.mid(nameStart, m_pos - nameStart).toString();
        skipSpace();

        QString op;
        if (peek() == u'=' && peek(1) == u'~') {
            op = QStringLiteral("=~");
            matcher->isRegex = true;
        } else if (peek() == u'!' && peek(1) == u'~') {
            op = QStringLiteral("!~");
            matcher->isRegex = true;
            matcher->isEqual = false;
        } else if (peek() == u'!' && peek(1) == u'=') {
            op = QStringLiteral("!=");
            matcher->isEqual = false;
        } else if (peek() == u'=') {
            op = QStringLiteral("=");
        } else {
            return fail(m_pos,
                tr("expected \"=\", \"!=\", \"=~\" or \"!~\" after label name \"%1\"").arg(matcher->name));
        }
        m_pos += op.size();
        skipSpace();

        const qsizetype valueStart = m_pos;
        if (peek() == u'"') {
            if (!parseQuoted(&matcher->value))
                return false;
        } else if (!atEnd() && isBareChar(peek())) {
            while (!atEnd() && isBareChar(peek()))
                ++m_pos;
            matcher->value = m_text.mid(valueStart, m_pos - valueStart).toString();
        } else {
            return fail(m_pos, tr("expected a quoted value or a bare word after \"%1\"").arg(op));
        }

        if (matcher->isRegex) {
            const QRegularExpression regex = anchoredMatcherRegex(matcher->value);
            if (!regex.isValid())
                return fail(valueStart,
                    tr("invalid regular expression \"%1\": %2").arg(matcher->value, regex.errorString()));
        }
        return true;
    }

    // Escapes follow Alertmanager: \" \\ and \n are decoded, any other backslash is kept
    // literally so that regexes like "\d+" survive.
    bool parseQuoted(QString *value)
    {
        const qsizetype open = m_pos;
        ++m_pos;
        for (;;) {
            if (atEnd())
                return fail(
                    m_pos, tr("expected a closing quote for the value opened at position %1").arg(open));
            const QChar c = peek();
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                const QChar next = peek(1);
                if (next == u'n')
                    value->append(u'\n');
                else if (next == u'"' || next == u'\\')
                    value->append(next);
                else
                    value->append(c).append(next);
                m_pos += 2;
                continue;
            }
            value->append(c);
            ++m_pos;
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_errorOffset = -1;
    QString m_error;
};

} // namespace

QString Matcher::operatorText() const
{
    if (isRegex)
        return isEqual ? QStringLiteral("=~") : QStringLiteral("!~");
    return isEqual ? QStringLiteral("=") : QStringLiteral("!=");
}

QString Matcher::toString() const
{
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted.append(u'"');
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            quoted.append(u'\\').append(c);
        else if (c == u'\n')
            quoted.append(QLatin1String("\\n"));
        else
            quoted.append(c);
    }
    quoted.append(u'"');
    return name + operatorText() + quoted;
}

Result<QList<Matcher>> parseMatchers(QStringView text, int *errorOffset)
{
    return MatcherTextParser(text).run(errorOffset);
}

bool matches(const QList<Matcher> &matchers, const QMap<QString, QString> &labels)
{
    return CompiledMatchers(matchers).matches(labels);
}

QRegularExpression anchoredMatcherRegex(const QString &pattern)
{
    // \A…\z rather than ^…$: PCRE's $ also matches before a final newline, Go's does not.
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

CompiledMatchers::CompiledMatchers(const QList<Matcher> &matchers)
    : m_matchers(matchers)
{
    m_entries.reserve(matchers.size());
    for (const Matcher &matcher : matchers) {
        Entry entry { matcher.name, matcher.value, {}, matcher.isRegex, matcher.isEqual };
        if (matcher.isRegex) {
            entry.regex = anchoredMatcherRegex(matcher.value);
            entry.regex.optimize();
        }
        m_entries.append(std::move(entry));
    }
}

bool CompiledMatchers::matches(const QMap<QString, QString> &labels) const
{
    for (const Entry &entry : m_entries) {
        const auto it = labels.constFind(entry.name);
        const QString empty;
        const QString &actual = it == labels.constEnd() ? empty : *it;
        bool hit = false;
        if (entry.isRegex) {
            if (!entry.regex.isValid())
                return false;
            hit = entry.regex.match(actual).hasMatch();
        } else {
            hit = actual == entry.value;
        }
        if (hit != entry.isEqual)
            return false;
    }
    return true;
}

} // namespace pivori

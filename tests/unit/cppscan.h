// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A rough reading of C++ sources, enough to tell which classes and namespaces they declare
// and how tr() is called. Not a parser: it relies on the code being formatted as ours is.
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pivori::testutils {

namespace cppscan_detail {

inline bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

inline void blank(QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to && i < text.size(); ++i) {
        if (text[i] != u'\n')
            text[i] = u' ';
    }
}

// Where the literal opened by the quote at @p quote ends (one past its closing quote).
inline qsizetype literalEnd(const QString &text, qsizetype quote)
{
    const QChar delimiter = text[quote];
    qsizetype i = quote + 1;
    while (i < text.size() && text[i] != delimiter && text[i] != u'\n')
        i += text[i] == u'\\' ? 2 : 1;
    return qMin(i + 1, text.size());
}

// R"tag(...)tag" (also u8R, uR, UR, LR): quotes inside are text, not an end.
inline qsizetype rawLiteralEnd(const QString &text, qsizetype quote)
{
    const qsizetype open = text.indexOf(u'(', quote);
    if (open < 0)
        return text.size();
    const QString close = u')' + text.mid(quote + 1, open - quote - 1) + u'"';
    const qsizetype end = text.indexOf(close, open);
    return end < 0 ? text.size() : end + close.size();
}

inline bool opensRawLiteral(const QString &text, qsizetype quote)
{
    qsizetype start = quote;
    while (start > 0 && isIdentifierChar(text[start - 1]))
        --start;
    static const QStringList prefixes { QStringLiteral("R"), QStringLiteral("u8R"), QStringLiteral("uR"),
        QStringLiteral("UR"), QStringLiteral("LR") };
    return prefixes.contains(text.mid(start, quote - start));
}

} // namespace cppscan_detail

/// @p text with comments and preprocessor lines blanked and the insides of string and
/// character literals blanked (their quotes kept), line breaks in place: what is left is code,
/// and a literal still shows where it stood.
inline QString codeOnly(const QString &text)
{
    using namespace cppscan_detail;
    QString out = text;
    bool lineStart = true;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'\n') {
            lineStart = true;
            ++i;
            continue;
        }
        if (lineStart && c == u'#') {
            qsizetype end = i;
            while (end < text.size() && !(text[end] == u'\n' && text[end - 1] != u'\\'))
                ++end;
            blank(out, i, end);
            i = end;
            continue;
        }
        if (!c.isSpace())
            lineStart = false;
        qsizetype end = -1;
        if (text.mid(i, 2) == QLatin1String("//")) {
            end = text.indexOf(u'\n', i);
            blank(out, i, end < 0 ? text.size() : end);
        } else if (text.mid(i, 2) == QLatin1String("/*")) {
            end = text.indexOf(QLatin1String("*/"), i + 2);
            end = end < 0 ? text.size() : end + 2;
            blank(out, i, end);
        } else if (c == u'"') {
            end = opensRawLiteral(text, i) ? rawLiteralEnd(text, i) : literalEnd(text, i);
            blank(out, i + 1, end - 1);
        } else if (c == u'\'' && !(i > 0 && text[i - 1].isDigit())) { // 60'000 is a number
            end = literalEnd(text, i);
            blank(out, i + 1, end - 1);
        }
        i = end < 0 ? i + 1 : end;
    }
    return out;
}

/// The classes, structs and namespaces the sources define, each by its qualified name as moc
/// and lupdate spell it ("pivori::cli::AlertClusters"); anonymous namespaces add nothing.
struct DeclaredNames
{
    QSet<QString> classes;
    QSet<QString> namespaces;
};

/// Adds what @p code (as codeOnly() left it) defines to @p names.
inline void collectDeclaredNames(const QString &code, DeclaredNames *names)
{
    static const QRegularExpression token(QStringLiteral("[A-Za-z_]\\w*|::|\\S"));
    QStringList tokens;
    for (auto it = token.globalMatch(code); it.hasNext();)
        tokens << it.next().captured();

    QStringList scope; // one entry per open brace; empty for a block, a function or `namespace {`
    QString pending; // the name the next brace opens
    auto qualified = [&scope](const QString &name) {
        QStringList parts;
        for (const QString &part : std::as_const(scope)) {
            if (!part.isEmpty())
                parts << part;
        }
        return (parts << name).join(QStringLiteral("::"));
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens[i];
        if (t == u'{') {
            scope << pending;
            pending.clear();
        } else if (t == u'}') {
            if (!scope.isEmpty())
                scope.removeLast();
        } else if (t == QLatin1String("namespace")) {
            QString name;
            qsizetype j = i + 1;
            while (j < tokens.size()
                && (tokens[j] == QLatin1String("::") || tokens[j][0].isLetter() || tokens[j][0] == u'_'))
                name += tokens[j++];
            if (j < tokens.size() && tokens[j] == u'{') {
                pending = name;
                if (!name.isEmpty()) {
                    const QStringList parts = name.split(QStringLiteral("::"));
                    for (qsizetype k = 1; k <= parts.size(); ++k)
                        names->namespaces.insert(qualified(parts.first(k).join(QStringLiteral("::"))));
                }
                i = j - 1;
            }
        } else if ((t == QLatin1String("class") || t == QLatin1String("struct"))
            && !(i > 0 && tokens[i - 1] == QLatin1String("enum")) && i + 2 < tokens.size()) {
            // A definition is `class Name [final] {` or `class Name [final] : bases {`; anything
            // else (a forward declaration, `template <class T>`, an elaborated type) is not.
            const QString &name = tokens[i + 1];
            qsizetype j = i + 2;
            if (tokens[j] == QLatin1String("final"))
                ++j;
            if (j < tokens.size() && tokens[j] == u':') {
                while (j < tokens.size() && tokens[j] != u'{' && tokens[j] != u';')
                    ++j;
            }
            if (j < tokens.size() && tokens[j] == u'{') {
                names->classes.insert(qualified(name));
                pending = name;
                i = j - 1;
            }
        }
    }
}

/// 1-based line of @p offset in @p text.
inline int lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

/// The lines of @p code (as codeOnly() left it) where tr() or translate() is given a text that
/// is not a string literal. lupdate reads only literals: the text of such a call is missing from
/// the translations, whatever the context (a file-local `QString tr(const char *text)` helper
/// is one). Files that mark their texts with QT_TR_NOOP/QT_TRANSLATE_NOOP may pass them on.
inline QList<int> nonLiteralTrCalls(const QString &code)
{
    static const QRegularExpression call(
        QStringLiteral("(?<![\\w.>:])(?:\\w+::)*tr\\s*\\(\\s*+(?!\")"
                       "|\\b(?:QCoreApplication|QGuiApplication|QApplication)::translate\\s*\\(\\s*+"
                       "(?:(?!\")|\"[^\"]*\"\\s*,\\s*+(?!\"))"));
    static const QRegularExpression marks(QStringLiteral("\\bQT_(?:TR|TRANSLATE)_N?_?NOOP"));
    QList<int> lines;
    if (code.contains(marks))
        return lines;
    for (auto it = call.globalMatch(code); it.hasNext();)
        lines << lineAt(code, it.next().capturedStart());
    return lines;
}

/// The whole file, or an empty string when it cannot be read.
inline QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace pivori::testutils

// SPDX-License-Identifier: GPL-3.0-or-later
#include "templating.h"

#include "queryresultformat.h"

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

/// Where in the PromQL text a reference stands: it decides how the value must be written.
enum class Context { Code, DoubleQuoted, SingleQuoted, Backtick };

QString regexForm(const VariableValue &value)
{
    if (value.all)
        return value.allPattern.isEmpty() ? QStringLiteral(".*") : value.allPattern;
    QStringList escaped;
    escaped.reserve(value.values.size());
    for (const QString &v : value.values)
        escaped << regexEscape(v);
    return escaped.join(u'|');
}

/// PromQL's "..." and '...' strings take Go escapes; a backtick string takes none (and cannot
/// hold a backtick at all, which no label value we offer needs).
QString escapeForString(const QString &text, Context context)
{
    if (context != Context::DoubleQuoted && context != Context::SingleQuoted)
        return text;
    const QChar quote = context == Context::DoubleQuoted ? u'"' : u'\'';
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == u'\\' || c == quote) {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

/// True when the string starting at `quotePos` is the right-hand side of `=~` or `!~`.
bool opensRegexMatcher(const QString &expr, qsizetype quotePos)
{
    qsizetype i = quotePos - 1;
    while (i >= 0 && expr.at(i).isSpace())
        --i;
    return i >= 1 && expr.at(i) == u'~' && (expr.at(i - 1) == u'=' || expr.at(i - 1) == u'!');
}

/// The variable name referenced at `pos` (a '$'), and where the reference ends; empty if none.
QString referenceAt(const QString &expr, qsizetype pos, qsizetype *end)
{
    qsizetype i = pos + 1;
    const bool braced = i < expr.size() && expr.at(i) == u'{';
    if (braced)
        ++i;
    if (i >= expr.size() || !isNameStart(expr.at(i)))
        return {};
    const qsizetype nameStart = i;
    while (i < expr.size() && isNameChar(expr.at(i)))
        ++i;
    const QString name = expr.mid(nameStart, i - nameStart);
    if (braced) {
        if (i >= expr.size() || expr.at(i) != u'}')
            return {};
        ++i;
    }
    *end = i;
    return name;
}

} // namespace

QString regexEscape(const QString &text)
{
    static const QString meta = QStringLiteral("\\.+*?()|[]{}^$");
    QString out;
    out.reserve(text.size() + 4);
    for (QChar c : text) {
        if (meta.contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

QString expandVariables(const QString &expr, const QMap<QString, VariableValue> &variables)
{
    if (variables.isEmpty() || !expr.contains(u'$'))
        return expr;
    QString out;
    out.reserve(expr.size() + 32);
    Context context = Context::Code;
    bool regexString = false;
    qsizetype i = 0;
    while (i < expr.size()) {
        const QChar c = expr.at(i);
        if (c == u'$') {
            qsizetype end = i;
            const QString name = referenceAt(expr, i, &end);
            const auto it = name.isEmpty() ? variables.constEnd() : variables.constFind(name);
            if (it != variables.constEnd()) {
                const VariableValue &value = *it;
                const bool asRegex = regexString || value.all || value.values.size() != 1;
                out += escapeForString(asRegex ? regexForm(value) : value.values.first(), context);
                i = end;
                continue;
            }
        }
        out += c;
        switch (context) {
        case Context::Code:
            if (c == u'"' || c == u'\'' || c == u'`') {
                regexString = opensRegexMatcher(expr, i);
                context = c == u'"' ? Context::DoubleQuoted
                    : c == u'\''    ? Context::SingleQuoted
                                    : Context::Backtick;
            } else if (c == u'#') {
                // A PromQL comment runs to the end of the line: copy it untouched, quotes and all.
                const qsizetype eol = expr.indexOf(u'\n', i + 1);
                const qsizetype stop = eol < 0 ? expr.size() : eol;
                out += QStringView(expr).mid(i + 1, stop - i - 1);
                i = stop;
                continue;
            }
            break;
        case Context::DoubleQuoted:
        case Context::SingleQuoted:
            if (c == u'\\' && i + 1 < expr.size()) {
                // The escaped character can neither close the string nor start a reference.
                out += expr.at(i + 1);
                i += 2;
                continue;
            }
            if (c == (context == Context::DoubleQuoted ? u'"' : u'\''))
                context = Context::Code;
            break;
        case Context::Backtick:
            if (c == u'`')
                context = Context::Code;
            break;
        }
        ++i;
    }
    return out;
}

QString expandLegend(const QString &legendTemplate, const LabelSet &labels, const QString &expr)
{
    if (legendTemplate.isEmpty()) {
        if (labels.isEmpty())
            return expr;
        return formatLabelSet(labels);
    }
    QString out;
    out.reserve(legendTemplate.size() + 16);
    qsizetype i = 0;
    while (i < legendTemplate.size()) {
        const qsizetype open = legendTemplate.indexOf(QLatin1String("{{"), i);
        if (open < 0)
            break;
        const qsizetype close = legendTemplate.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        out += QStringView(legendTemplate).mid(i, open - i);
        const QString name = legendTemplate.mid(open + 2, close - open - 2).trimmed();
        bool valid = !name.isEmpty() && isNameStart(name.at(0));
        for (QChar c : name)
            valid = valid && isNameChar(c);
        // Anything that is not a label name is text the author meant literally.
        if (valid)
            out += labels.value(name);
        else
            out += QStringView(legendTemplate).mid(open, close + 2 - open);
        i = close + 2;
    }
    out += QStringView(legendTemplate).mid(i);
    return out;
}

} // namespace pivori

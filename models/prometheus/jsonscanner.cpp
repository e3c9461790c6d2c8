// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonscanner.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace pivori {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

int hex4(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    return v;
}

} // namespace

bool JsonScanner::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool JsonScanner::syntax(const char *expected)
{
    if (m_p >= m_end)
        return fail(tr("unexpected end of input (truncated answer?)"));
    const auto c = uchar(*m_p);
    const QString found = (c >= 0x20 && c < 0x7f)
        ? QStringLiteral("'%1'").arg(QLatin1Char(char(c)))
        : QStringLiteral("0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return fail(tr("byte %1: expected %2, found %3").arg(offset()).arg(QLatin1String(expected), found));
}

bool JsonScanner::at(const QString &where)
{
    m_where.prepend(where);
    return false;
}

QString JsonScanner::message() const
{
    return m_where.isEmpty() ? m_error : m_where + QStringLiteral(": ") + m_error;
}

bool JsonScanner::stringSpan(const char **b, const char **e, bool *escaped)
{
    ws();
    if (m_p >= m_end || *m_p != '"')
        return syntax("a string");
    const char *start = ++m_p;
    bool esc = false;
    while (m_p < m_end) {
        const auto c = uchar(*m_p);
        if (c == '"') {
            *b = start;
            *e = m_p++;
            *escaped = esc;
            return true;
        }
        if (c == '\\') {
            esc = true;
            if (m_end - m_p < 2)
                break;
            m_p += 2;
            continue;
        }
        if (c < 0x20)
            return fail(tr("byte %1: control character inside a string").arg(offset()));
        ++m_p;
    }
    m_p = m_end;
    return syntax("a closing quote");
}

bool JsonScanner::unescape(const char *b, const char *e, std::string *out)
{
    out->reserve(std::size_t(e - b));
    for (const char *p = b; p < e; ++p) {
        if (*p != '\\') {
            *out += *p;
            continue;
        }
        ++p; // stringSpan guarantees a byte after every backslash
        switch (*p) {
        case '"':
            *out += '"';
            break;
        case '\\':
            *out += '\\';
            break;
        case '/':
            *out += '/';
            break;
        case 'b':
            *out += '\b';
            break;
        case 'f':
            *out += '\f';
            break;
        case 'n':
            *out += '\n';
            break;
        case 'r':
            *out += '\r';
            break;
        case 't':
            *out += '\t';
            break;
        case 'u': {
            const int unit = e - p > 4 ? hex4(p + 1) : -1;
            if (unit < 0)
                return fail(tr("byte %1: bad \\u escape in a string").arg(p - m_begin));
            p += 4;
            char32_t cp = char32_t(unit);
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                // Only a high surrogate directly followed by a low one is a character;
                // anything else becomes U+FFFD, as Go's encoder does for bad UTF-8.
                const int low = (e - p > 6 && p[1] == '\\' && p[2] == 'u') ? hex4(p + 3) : -1;
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    p += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(*out, cp);
            break;
        }
        default:
            return fail(tr("byte %1: bad escape in a string").arg(p - m_begin));
        }
    }
    return true;
}

bool JsonScanner::string(QString *out)
{
    const char *b = nullptr, *e = nullptr;
    bool escaped = false;
    if (!stringSpan(&b, &e, &escaped))
        return false;
    if (!escaped) {
        *out = QString::fromUtf8(b, e - b);
        return true;
    }
    std::string buf;
    if (!unescape(b, e, &buf))
        return false;
    *out = QString::fromStdString(buf);
    return true;
}

bool JsonScanner::key(std::string_view *out, std::string *storage)
{
    const char *b = nullptr, *e = nullptr;
    bool escaped = false;
    if (!stringSpan(&b, &e, &escaped))
        return false;
    if (escaped) {
        storage->clear();
        if (!unescape(b, e, storage))
            return false;
        *out = *storage;
    } else {
        *out = std::string_view(b, std::size_t(e - b));
    }
    return expect(':', "':'");
}

bool JsonScanner::number(double *out)
{
    ws();
    if (m_p >= m_end || !(isDigit(*m_p) || (*m_p == '-' && m_end - m_p > 1 && isDigit(m_p[1]))))
        return syntax("a number");
    const auto [ptr, ec] = std::from_chars(m_p, m_end, *out);
    if (ec == std::errc::result_out_of_range)
        return fail(tr("byte %1: number out of range").arg(offset()));
    if (ec != std::errc())
        return syntax("a number");
    m_p = ptr;
    if (m_p < m_end && *m_p != ',' && *m_p != ']' && *m_p != '}' && *m_p != ' ' && *m_p != '\n'
        && *m_p != '\r' && *m_p != '\t')
        return syntax("',' or ']' after a number");
    return true;
}

bool JsonScanner::parseFloatText(std::string_view s, double *out)
{
    if (s == "NaN") {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (s == "+Inf" || s == "-Inf") {
        *out = s[0] == '+' ? std::numeric_limits<double>::infinity()
                           : -std::numeric_limits<double>::infinity();
        return true;
    }
    // from_chars alone would also take "inf", "nan(...)" and a leading '.', none of which Go writes.
    if (s.empty() || !(isDigit(s[0]) || (s[0] == '-' && s.size() > 1 && isDigit(s[1]))))
        return false;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return ec == std::errc() && ptr == s.data() + s.size();
}

bool JsonScanner::sampleValue(double *out)
{
    ws();
    if (m_p < m_end && *m_p == '"') {
        // Hot path: an ordinary decimal parsed in place, no copy.
        const char *s = m_p + 1;
        if (s < m_end && (isDigit(*s) || (*s == '-' && s + 1 < m_end && isDigit(s[1])))) {
            const auto [ptr, ec] = std::from_chars(s, m_end, *out);
            if (ec == std::errc() && ptr < m_end && *ptr == '"') {
                m_p = ptr + 1;
                return true;
            }
        }
    } else if (m_p < m_end) {
        return fail(tr("byte %1: a sample value must be a JSON string").arg(offset()));
    }
    const char *b = nullptr, *e = nullptr;
    bool escaped = false;
    if (!stringSpan(&b, &e, &escaped))
        return false;
    std::string buf;
    if (escaped) {
        if (!unescape(b, e, &buf))
            return false;
        b = buf.data();
        e = b + buf.size();
    }
    if (parseFloatText(std::string_view(b, std::size_t(e - b)), out))
        return true;
    QString text = QString::fromUtf8(b, e - b);
    if (text.size() > 40)
        text = text.left(40) + QChar(0x2026);
    return fail(tr("value \"%1\" is not a number").arg(text));
}

bool JsonScanner::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return fail(tr("byte %1: nesting deeper than %2 levels").arg(offset()).arg(kMaxDepth));
    const char c = peek();
    if (c == '{' || c == '[') {
        const char close = c == '{' ? '}' : ']';
        ++m_p;
        if (eat(close))
            return true;
        std::string storage;
        do {
            std::string_view ignoredKey;
            if (c == '{' && !key(&ignoredKey, &storage))
                return false;
            if (!skipValue(depth + 1))
                return false;
        } while (eat(','));
        return expect(close, close == '}' ? "',' or '}'" : "',' or ']'");
    }
    if (c == '"') {
        const char *b = nullptr, *e = nullptr;
        bool escaped = false;
        return stringSpan(&b, &e, &escaped);
    }
    if (c == '-' || isDigit(c)) {
        // Lexical skip: a field we ignore may hold a number too large for a double.
        ++m_p;
        while (m_p < m_end
            && (isDigit(*m_p) || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+' || *m_p == '-'))
            ++m_p;
        return true;
    }
    for (const char *literal : { "true", "false", "null" }) {
        const auto n = std::strlen(literal);
        if (std::size_t(m_end - m_p) >= n && std::memcmp(m_p, literal, n) == 0) {
            m_p += n;
            return true;
        }
    }
    return syntax("a JSON value");
}

bool JsonScanner::null()
{
    ws();
    if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
        m_p += 4;
        return true;
    }
    return false;
}

} // namespace pivori

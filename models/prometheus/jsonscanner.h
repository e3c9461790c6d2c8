// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>

namespace pivori {

/// A single-pass JSON reader over a byte buffer, for answers too large for QJsonDocument
/// (which builds a DOM and routes every number through QVariant). The caller drives it by
/// the expected shape. The first problem is kept, with a path that callers prepend while
/// unwinding (at()), so messages read `data.result[3].values[17]: value "abc" is not a number`.
/// Never reads outside [begin, end); nesting is bounded by kMaxDepth.
class JsonScanner final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::JsonScanner)
public:
    /// Deep enough for any real answer, shallow enough that a hostile body cannot exhaust the stack.
    static constexpr int kMaxDepth = 64;

    JsonScanner(const char *begin, const char *end)
        : m_begin(begin)
        , m_p(begin)
        , m_end(end)
    {
    }

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool eat(char c)
    {
        ws();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool expect(char c, const char *what) { return eat(c) || syntax(what); }
    /// The next significant byte, or '\0' at the end.
    char peek()
    {
        ws();
        return m_p < m_end ? *m_p : '\0';
    }
    bool atEnd()
    {
        ws();
        return m_p >= m_end;
    }

    bool fail(const QString &message);
    /// "byte N: expected <what>, found <c>" or "unexpected end of input".
    bool syntax(const char *expected);
    /// Prepends a path element to the location of the error being unwound; returns false.
    bool at(const QString &where);
    QString message() const;

    bool string(QString *out);
    /// Reads `"key":`; escaped keys are decoded into storage, plain ones are not copied.
    bool key(std::string_view *out, std::string *storage);
    /// A JSON number (not NaN/Inf, which JSON has no literal for).
    bool number(double *out);
    /// A Prometheus sample value: a JSON string with a Go float ("1e-07", "NaN", "+Inf").
    bool sampleValue(double *out);
    bool skipValue(int depth = 0);
    bool null();

    /// Go's strconv text of a float: shortest decimal, exponent form, or exactly NaN/+Inf/-Inf.
    static bool parseFloatText(std::string_view text, double *out);

private:
    bool stringSpan(const char **b, const char **e, bool *escaped);
    bool unescape(const char *b, const char *e, std::string *out);
    qint64 offset() const { return m_p - m_begin; }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QString m_error;
    QString m_where;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace pivori {

/// One Alertmanager label matcher: `name="v"`, `name!="v"`, `name=~"re"` or `name!~"re"`.
/// Regexes are matched against the whole label value, as Alertmanager anchors them.
struct Matcher final
{
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true;

    /// The matcher in Alertmanager syntax with the value always quoted, e.g. `service=~"trad.*"`.
    /// parseMatchers() reads it back to an equal matcher.
    QString toString() const;
    /// `=`, `!=`, `=~` or `!~`.
    QString operatorText() const;

    friend bool operator==(const Matcher &, const Matcher &) = default;
};

/// Parses `a="x", b!~"y.*"`, optionally wrapped in `{…}`; values may be quoted (with `\"`, `\\`
/// and `\n` escapes) or bare words. Empty text gives an empty list. An error names the
/// character offset and what was expected there; `errorOffset` (when given) receives the offset.
Result<QList<Matcher>> parseMatchers(QStringView text, int *errorOffset = nullptr);

/// True when every matcher accepts `labels`; a missing label counts as "". Compiles regexes
/// on every call: for many label sets use CompiledMatchers.
bool matches(const QList<Matcher> &matchers, const QMap<QString, QString> &labels);

/// Matchers with their regexes compiled once, for filtering thousands of alerts per keystroke.
class CompiledMatchers final
{
public:
    CompiledMatchers() = default;
    /// Matchers whose regex does not compile never match (parseMatchers rejects them anyway).
    explicit CompiledMatchers(const QList<Matcher> &matchers);

    bool matches(const QMap<QString, QString> &labels) const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Matcher> &matchers() const { return m_matchers; }

private:
    struct Entry final
    {
        QString name;
        QString value;
        QRegularExpression regex; ///< only for regex matchers
        bool isRegex = false;
        bool isEqual = true;
    };
    QList<Matcher> m_matchers;
    QList<Entry> m_entries;
};

/// The pattern Alertmanager really applies: anchored at both ends of the whole value.
QRegularExpression anchoredMatcherRegex(const QString &pattern);

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "variablevalues.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>

namespace pivori {

namespace {

/// The translation context of this file's messages.
class VariableValues final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::VariableValues)
};

/// The first run of digits in @p value as a number; -1 without one, so such values come first
/// (Grafana's numerical sort does the same).
qint64 firstNumber(const QString &value)
{
    qsizetype i = 0;
    while (i < value.size() && !value.at(i).isDigit())
        ++i;
    if (i == value.size())
        return -1;
    qint64 number = 0;
    for (; i < value.size() && value.at(i).isDigit(); ++i) {
        if (number > (std::numeric_limits<qint64>::max() - 9) / 10)
            break; // a longer run than fits: the prefix still orders sensibly
        number = number * 10 + value.at(i).digitValue();
    }
    return number;
}

/// Natural order: runs of digits compare as numbers (leading zeros ignored, then the shorter
/// run first), everything else case-insensitively, so "pod-2" < "pod-10".
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            QStringView runA = QStringView(a).mid(startA, i - startA);
            QStringView runB = QStringView(b).mid(startB, j - startB);
            while (runA.size() > 1 && runA.front() == u'0')
                runA = runA.mid(1);
            while (runB.size() > 1 && runB.front() == u'0')
                runB = runB.mid(1);
            if (runA.size() != runB.size())
                return runA.size() < runB.size();
            if (const int c = runA.compare(runB); c != 0)
                return c < 0;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j);
}

void sortValues(QStringList &values, VariableSort sort)
{
    switch (sort) {
    case VariableSort::None:
        return;
    case VariableSort::Alphabetical:
    case VariableSort::AlphabeticalDesc:
        std::stable_sort(values.begin(), values.end());
        break;
    case VariableSort::Numerical:
    case VariableSort::NumericalDesc:
        std::stable_sort(values.begin(), values.end(),
            [](const QString &a, const QString &b) { return firstNumber(a) < firstNumber(b); });
        break;
    case VariableSort::CaseInsensitive:
    case VariableSort::CaseInsensitiveDesc:
        std::stable_sort(values.begin(), values.end(),
            [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
        break;
    case VariableSort::Natural:
    case VariableSort::NaturalDesc:
        std::stable_sort(values.begin(), values.end(), naturalLess);
        break;
    }
    // Grafana reverses the ascending order, ties included.
    if (sort == VariableSort::AlphabeticalDesc || sort == VariableSort::NumericalDesc
        || sort == VariableSort::CaseInsensitiveDesc || sort == VariableSort::NaturalDesc)
        std::reverse(values.begin(), values.end());
}

} // namespace

std::optional<QRegularExpression> variableRegex(const QString &text, QString *error)
{
    QString pattern;
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    // The last slash ends the pattern, so slashes inside it need no escaping.
    const qsizetype closing = text.lastIndexOf(u'/');
    if (text.startsWith(u'/') && closing > 0) {
        pattern = text.mid(1, closing - 1);
        for (const QChar flag : QStringView(text).mid(closing + 1)) {
            if (flag == u'i')
                options |= QRegularExpression::CaseInsensitiveOption;
            else if (flag == u'm')
                options |= QRegularExpression::MultilineOption;
            else if (flag == u's')
                options |= QRegularExpression::DotMatchesEverythingOption;
            else if (flag != u'g' && flag != u'y' && flag != u'u') {
                if (error)
                    *error = VariableValues::tr(
                        "unknown flag '%1' after the closing slash (i, m and s are understood)")
                                 .arg(flag);
                return std::nullopt;
            }
        }
    } else {
        pattern = QStringLiteral("^(?:%1)$").arg(text);
    }
    QRegularExpression regex(pattern, options);
    if (!regex.isValid()) {
        if (error)
            *error = VariableValues::tr("%1 at character %2")
                         .arg(regex.errorString())
                         .arg(regex.patternErrorOffset() + 1);
        return std::nullopt;
    }
    return regex;
}

QStringList offeredVariableValues(const DashboardVariable &variable, const QStringList &values)
{
    QStringList out;
    if (variable.regex.isEmpty()) {
        out = values;
    } else {
        const auto regex = variableRegex(variable.regex, nullptr);
        if (!regex)
            return values; // the loader refuses such a file; nothing to filter with here
        const bool named = regex->namedCaptureGroups().contains(QStringLiteral("value"))
            || regex->namedCaptureGroups().contains(QStringLiteral("text"));
        // With the g flag, every match of a capture group is a value of its own, as in Grafana.
        const qsizetype closing = variable.regex.lastIndexOf(u'/');
        const bool global = variable.regex.startsWith(u'/') && closing > 0
            && QStringView(variable.regex).mid(closing + 1).contains(u'g');
        QSet<QString> seen;
        const auto offer = [&seen, &out](const QString &value) {
            if (value.isEmpty() || seen.contains(value))
                return;
            seen.insert(value);
            out << value;
        };
        for (const QString &value : values) {
            if (global && !named && regex->captureCount() > 0) {
                for (auto it = regex->globalMatch(value); it.hasNext();)
                    offer(it.next().captured(1));
                continue;
            }
            const QRegularExpressionMatch match = regex->match(value);
            if (!match.hasMatch())
                continue;
            if (named) {
                const QString captured = match.captured(QStringLiteral("value"));
                offer(captured.isEmpty() ? match.captured(QStringLiteral("text")) : captured);
            } else {
                offer(regex->captureCount() > 0 ? match.captured(1) : value);
            }
        }
    }
    sortValues(out, variable.sort);
    return out;
}

const QStringList &variableSortNames()
{
    static const QStringList names { QStringLiteral("none"), QStringLiteral("alphabetical"),
        QStringLiteral("alphabetical-desc"), QStringLiteral("numerical"), QStringLiteral("numerical-desc"),
        QStringLiteral("case-insensitive"), QStringLiteral("case-insensitive-desc"),
        QStringLiteral("natural"), QStringLiteral("natural-desc") };
    return names;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promtypes.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace pivori {

/// The current selection of one dashboard variable: every value ("All"), or a list of values.
struct VariableValue final
{
    bool all = false;
    QStringList values; ///< ignored when `all`; empty = nothing selected
    /// The regex "All" stands for in an expression (a variable's all_value, or its fixed
    /// values); empty = `.*`. Not part of the selection: == ignores it.
    QString allPattern;

    static VariableValue allValues() { return { true, {}, {} }; }
    static VariableValue single(const QString &value) { return { false, { value }, {} }; }
    static VariableValue multiple(const QStringList &values) { return { false, values, {} }; }

    friend bool operator==(const VariableValue &a, const VariableValue &b)
    {
        return a.all == b.all && (a.all || a.values == b.values);
    }
    friend bool operator!=(const VariableValue &a, const VariableValue &b) { return !(a == b); }
};

/// Replaces `$name` and `${name}` in a PromQL expression by the variable's value. Variables
/// not in `variables` are left exactly as written. What is inserted depends on where the
/// reference stands, so that the expression stays valid and means what the selection means:
/// - inside the string of a regex matcher (`=~`, `!~`): a regex matching exactly the
///   selection: "All" → its allPattern (default `.*`), one value → that value with its regex metacharacters
///   escaped, several → `a|b|c` (each escaped);
/// - anywhere else: one value verbatim, "All" and several values as the same regex;
/// - inside a "..." or '...' string, the text is additionally escaped for that string
///   (a backslash of the regex becomes `\\`), so the server reads back the intended regex.
QString expandVariables(const QString &expr, const QMap<QString, VariableValue> &variables);

/// The legend of one series: `{{label}}` (spaces inside the braces allowed) becomes the
/// label's value, or nothing when the series lacks that label. An empty template gives the
/// Prometheus notation of the labels (`name{a="b"}`), or `expr` when the label set is empty
/// (a scalar or an aggregate over everything).
QString expandLegend(const QString &legendTemplate, const LabelSet &labels, const QString &expr = {});

/// `text` with every regex metacharacter backslash-escaped (RE2 syntax, as Prometheus uses).
QString regexEscape(const QString &text);

} // namespace pivori

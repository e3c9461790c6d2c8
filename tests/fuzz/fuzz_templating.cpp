// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard variables in queries ($var, ${var}) and legend templates ({{label}}). The input is
// NUL-separated: expression, then the values of the variable `v` (several = a multi-select).
#include "fuzzcheck.h"
#include "templating.h"

#include <QRegularExpression>

using namespace pivori;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = fuzz::bytes(data, size).split('\0');
    const QString expr = QString::fromUtf8(parts.first());
    QStringList values;
    for (qsizetype i = 1; i < parts.size(); ++i)
        values << QString::fromUtf8(parts.at(i));

    QMap<QString, VariableValue> variables;
    variables.insert(QStringLiteral("v"), VariableValue::multiple(values));
    variables.insert(QStringLiteral("all"), VariableValue::allValues());
    const QString expanded = expandVariables(expr, variables);
    if (!expr.contains(u'$'))
        fuzz::check(expanded == expr, "text without a reference changed", expr);

    // Every value must come back out of its escaped regex exactly, as Prometheus anchors it.
    for (const QString &value : std::as_const(values)) {
        const QRegularExpression re(QStringLiteral("^(?:") + regexEscape(value) + QStringLiteral(")$"));
        fuzz::check(re.isValid(), "escaped value is not a regex", value);
        fuzz::check(re.match(value).hasMatch(), "escaped value does not match itself", value);
    }

    LabelSet labels;
    for (qsizetype i = 0; i + 1 < values.size(); i += 2)
        labels.insert(values.at(i), values.at(i + 1));
    (void)expandLegend(expr, labels, expr);
    return 0;
}

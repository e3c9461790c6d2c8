// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablerows.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pivori {

namespace {

const QString kName = QStringLiteral("__name__");

/// The key rows are joined on: one label's value, or every label but the metric name.
QString joinKey(const TableJoin &join, const LabelSet &labels)
{
    if (!join.byLabel.isEmpty())
        return labels.value(join.byLabel);
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != kName)
            key += it.key() + u'\x1f' + it.value() + u'\x1e';
    }
    return key;
}

std::optional<double> operand(const QString &text, const QStringList &readings, const QList<TableCell> &cells)
{
    const qsizetype at = readings.indexOf(text);
    if (at >= 0 && at < cells.size())
        return cells.at(at).value;
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    return isNumber ? std::optional<double>(number) : std::nullopt;
}

std::optional<double> binary(double left, QChar op, double right)
{
    double result = std::numeric_limits<double>::quiet_NaN();
    if (op == u'+')
        result = left + right;
    else if (op == u'-')
        result = left - right;
    else if (op == u'*')
        result = left * right;
    else if (op == u'/')
        result = left / right;
    else if (op == u'%')
        result = std::fmod(left, right);
    // Division by zero gives no reading rather than an infinity shown as a number.
    return std::isfinite(result) ? std::optional<double>(result) : std::nullopt;
}

std::optional<double> reduce(const CalculatedColumn &c, const QStringList &readings, qsizetype queryReadings,
    const QList<TableCell> &cells)
{
    QList<double> values;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool wanted = c.over.isEmpty() ? i < queryReadings : c.over.contains(readings.at(i));
        if (wanted && cells.at(i).value && !std::isnan(*cells.at(i).value))
            values << *cells.at(i).value;
    }
    if (c.reducer == CalculatedColumn::Reducer::Count)
        return double(values.size());
    if (values.isEmpty())
        return std::nullopt;
    switch (c.reducer) {
    case CalculatedColumn::Reducer::Sum:
    case CalculatedColumn::Reducer::Mean: {
        double sum = 0;
        for (const double v : std::as_const(values))
            sum += v;
        return c.reducer == CalculatedColumn::Reducer::Sum ? sum : sum / double(values.size());
    }
    case CalculatedColumn::Reducer::Min:
        return *std::min_element(values.cbegin(), values.cend());
    case CalculatedColumn::Reducer::Max:
        return *std::max_element(values.cbegin(), values.cend());
    case CalculatedColumn::Reducer::Count:
        break;
    }
    return std::nullopt;
}

TableCell cell(const Panel &panel, std::optional<double> value, SeriesField field)
{
    TableCell c;
    c.value = value;
    c.field = std::move(field);
    if (value)
        c.mapped = mapValue(panel.valueMappings, *value);
    return c;
}

} // namespace

TableRows tableRows(const Panel &panel, const QList<PanelSeries> &series)
{
    TableRows out;
    const FieldResolver fields(panel);
    const bool joined = panel.join.enabled;
    if (joined) {
        for (int q = 0; q < panel.queries.size(); ++q)
            out.readings << joinedReadingName(panel, q);
    } else {
        out.readings << QStringLiteral("Value");
    }
    const qsizetype queryReadings = out.readings.size();
    QHash<QString, qsizetype> rowOf;
    for (const PanelSeries &s : series) {
        if (s.points.isEmpty())
            continue;
        const double value = s.points.last().v;
        qsizetype at = out.rows.size();
        if (joined) {
            const QString key = joinKey(panel.join, s.labels);
            at = rowOf.value(key, out.rows.size());
            rowOf.insert(key, at);
        }
        if (at == out.rows.size())
            out.rows.append({ {}, QList<TableCell>(queryReadings) });
        TableRows::Row &row = out.rows[at];
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            if (!(joined && it.key() == kName) && !row.labels.contains(it.key()))
                row.labels.insert(it.key(), it.value());
        }
        const qsizetype reading = joined ? s.queryIndex : 0;
        if (reading < 0 || reading >= queryReadings || row.cells.at(reading).value)
            continue; // a second series for the same reading of a row: the first one stays
        const QString name = joined ? out.readings.at(reading) : s.name;
        row.cells[reading] = cell(panel, value, fields.field(name, s.queryIndex));
    }
    if (joined && panel.join.inner) {
        // An inner join keeps the rows every query answered for.
        out.rows.removeIf([queryReadings](const TableRows::Row &row) {
            return std::any_of(row.cells.cbegin(), row.cells.cbegin() + queryReadings,
                [](const TableCell &c) { return !c.value.has_value(); });
        });
    }
    for (const CalculatedColumn &c : panel.calculated) {
        for (TableRows::Row &row : out.rows) {
            std::optional<double> value;
            if (c.mode == CalculatedColumn::Mode::Reduce) {
                value = reduce(c, out.readings, queryReadings, row.cells);
            } else {
                const auto left = operand(c.left, out.readings, row.cells);
                const auto right = operand(c.right, out.readings, row.cells);
                if (left && right)
                    value = binary(*left, c.op, *right);
            }
            row.cells.append(cell(panel, value, fields.field(c.name, -1)));
        }
        out.readings << c.name;
    }
    // Fields without any row still get their override's display name as a header.
    for (qsizetype i = 0; i < out.readings.size(); ++i) {
        const QString &name = out.readings.at(i);
        const int query = i < queryReadings && joined ? int(i) : -1;
        const QString shown = fields.field(name, query).displayName;
        out.headers << (shown.isEmpty() ? name : shown);
    }
    for (const TableRows::Row &row : std::as_const(out.rows)) {
        for (auto it = row.labels.cbegin(); it != row.labels.cend(); ++it) {
            if (!out.labels.contains(it.key()))
                out.labels << it.key();
        }
    }
    std::sort(out.labels.begin(), out.labels.end(), [](const QString &a, const QString &b) {
        const bool aName = a == kName;
        const bool bName = b == kName;
        return aName != bName ? aName : a < b;
    });
    return out;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriestablemodel.h"

#include "thresholdcolors.h"

#include <QPalette>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace pivori {

SeriesTableModel::SeriesTableModel(Panel panel, QObject *parent)
    : QAbstractTableModel(parent)
    , m_panel(std::move(panel))
{
}

void SeriesTableModel::setSeries(const QList<PanelSeries> &series)
{
    beginResetModel();
    m_table = tableRows(m_panel, series);
    QList<Column> all;
    for (const QString &label : std::as_const(m_table.labels))
        all.append({ label, -1 });
    for (int i = 0; i < m_table.readings.size(); ++i)
        all.append({ m_table.readings.at(i), i });
    const TableColumns &organize = m_panel.columns;
    QList<Column> ordered;
    const auto has = [](const QList<Column> &list, const QString &name) {
        return std::any_of(list.cbegin(), list.cend(), [&name](const Column &c) { return c.name == name; });
    };
    for (const QString &wanted : organize.order) {
        for (const Column &c : std::as_const(all)) {
            if (c.name == wanted && !has(ordered, wanted))
                ordered.append(c);
        }
    }
    for (const Column &c : std::as_const(all)) {
        if (!has(ordered, c.name))
            ordered.append(c);
    }
    m_columns.clear();
    for (const Column &c : std::as_const(ordered)) {
        if (!organize.hidden.contains(c.name))
            m_columns.append(c);
    }
    endResetModel();
}

int SeriesTableModel::valueColumn() const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).reading == 0)
            return i;
    }
    return -1;
}

int SeriesTableModel::column(const QString &name) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name == name)
            return i;
    }
    return -1;
}

double SeriesTableModel::valueOf(int row) const
{
    const QList<TableCell> &cells = m_table.rows.at(row).cells;
    return cells.isEmpty() || !cells.first().value ? std::numeric_limits<double>::quiet_NaN()
                                                   : *cells.first().value;
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size() || index.column() >= m_columns.size())
        return {};
    const TableRows::Row &row = m_table.rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    if (column.reading >= 0)
        return readingData(row.cells.at(column.reading), role);
    const QString text = row.labels.value(column.name);
    if (role == Qt::DisplayRole || role == SortRole)
        return text;
    if (role == Qt::ToolTipRole)
        // Escaped inside a paragraph, so QToolTip never takes a label value for markup.
        return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(text.toHtmlEscaped());
    return {};
}

QVariant SeriesTableModel::readingData(const TableCell &cell, int role) const
{
    if (!cell.value) {
        // A joined row without this query's reading: an empty cell, sorted below every number.
        if (role == SortRole)
            return -std::numeric_limits<double>::infinity();
        return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    const double value = *cell.value;
    const bool noTraffic = std::isnan(value);
    switch (role) {
    case Qt::DisplayRole:
        if (cell.mapped && !cell.mapped->text.isEmpty())
            return cell.mapped->text;
        return noTraffic ? tr("No traffic") : cell.field.format(value);
    case SortRole:
        // No traffic sorts below every reading.
        return noTraffic ? -std::numeric_limits<double>::infinity() : value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return valueColor(cell);
    default:
        return {};
    }
}

QVariant SeriesTableModel::valueColor(const TableCell &cell) const
{
    const double value = cell.value.value_or(std::numeric_limits<double>::quiet_NaN());
    const bool noTraffic = std::isnan(value);
    QColor color;
    if (cell.mapped && !cell.mapped->color.isEmpty())
        color = QColor(cell.mapped->color);
    else if (noTraffic)
        color = ThresholdColors::noTrafficColor();
    else if (!cell.field.color.isEmpty())
        color = QColor(cell.field.color);
    else if (!cell.field.thresholds.isEmpty())
        color = ThresholdColors::colorFor(cell.field.thresholds, value, ThresholdColors::neutralColor());
    else
        return {}; // no colour said: the view's own text colour
    return QVariant::fromValue(ThresholdColors::readableOn(color, QPalette().color(QPalette::Base), 3.0));
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns.value(section);
    QString shown = column.name;
    if (column.reading >= 0)
        shown = m_panel.join.enabled || column.reading > 0
            ? m_table.headers.value(column.reading, column.name)
            : tr("Value");
    return m_panel.columns.rename.value(column.name, shown);
}

} // namespace pivori

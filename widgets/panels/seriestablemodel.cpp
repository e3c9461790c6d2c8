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
    m_rows.clear();
    QStringList names;
    const FieldResolver fields(m_panel);
    for (const PanelSeries &s : series) {
        if (s.points.isEmpty())
            continue;
        const double value = s.points.last().v;
        m_rows.append(Row {
            s.labels, value, fields.field(s.name, s.queryIndex), mapValue(m_panel.valueMappings, value) });
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            if (!names.contains(it.key()))
                names << it.key();
        }
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const bool aName = a == QLatin1String("__name__");
        const bool bName = b == QLatin1String("__name__");
        return aName != bName ? aName : a < b;
    });
    names.append(QString()); // the reading, last unless `columns:` says otherwise
    const TableColumns &organize = m_panel.columns;
    QStringList ordered;
    for (const QString &wanted : organize.order) {
        const QString key = wanted == QLatin1String("Value") ? QString() : wanted;
        if (names.contains(key) && !ordered.contains(key))
            ordered.append(key);
    }
    for (const QString &name : std::as_const(names)) {
        if (!ordered.contains(name))
            ordered.append(name);
    }
    m_columns.clear();
    for (const QString &name : std::as_const(ordered)) {
        if (!organize.hidden.contains(name.isEmpty() ? QStringLiteral("Value") : name))
            m_columns.append(name);
    }
    endResetModel();
}

int SeriesTableModel::column(const QString &name) const
{
    return int(m_columns.indexOf(name == QLatin1String("Value") ? QString() : name));
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() != valueColumn()) {
        const QString text = row.labels.value(m_columns.value(index.column()));
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return role == Qt::ToolTipRole
                // Escaped inside a paragraph, so QToolTip never takes a label value for markup.
                ? QVariant(QStringLiteral("<p style='white-space:pre'>%1</p>").arg(text.toHtmlEscaped()))
                : QVariant(text);
        return {};
    }
    const bool noTraffic = std::isnan(row.value);
    switch (role) {
    case Qt::DisplayRole:
        if (row.mapped && !row.mapped->text.isEmpty())
            return row.mapped->text;
        return noTraffic ? tr("No traffic") : row.field.format(row.value);
    case SortRole:
        // No traffic sorts below every reading.
        return noTraffic ? -std::numeric_limits<double>::infinity() : row.value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return valueColor(row);
    default:
        return {};
    }
}

QVariant SeriesTableModel::valueColor(const Row &row) const
{
    const bool noTraffic = std::isnan(row.value);
    QColor color;
    if (row.mapped && !row.mapped->color.isEmpty())
        color = QColor(row.mapped->color);
    else if (noTraffic)
        color = ThresholdColors::noTrafficColor();
    else if (!row.field.color.isEmpty())
        color = QColor(row.field.color);
    else if (!row.field.thresholds.isEmpty())
        color = ThresholdColors::colorFor(row.field.thresholds, row.value, ThresholdColors::neutralColor());
    else
        return {}; // no colour said: the view's own text colour
    return QVariant::fromValue(ThresholdColors::readableOn(color, QPalette().color(QPalette::Base), 3.0));
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString name = m_columns.value(section);
    const QString shown = name.isEmpty() ? tr("Value") : name;
    return m_panel.columns.rename.value(name.isEmpty() ? QStringLiteral("Value") : name, shown);
}

} // namespace pivori

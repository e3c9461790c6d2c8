// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriestablemodel.h"

#include "thresholdcolors.h"
#include "unitformat.h"

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
    for (const PanelSeries &s : series) {
        if (s.points.isEmpty())
            continue;
        m_rows.append(Row { s.labels, s.points.last().v });
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
    m_columns = names;
    endResetModel();
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() < m_columns.size()) {
        const QString text = row.labels.value(m_columns.at(index.column()));
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
        return noTraffic ? tr("No traffic") : formatValue(row.value, m_panel.unit);
    case SortRole:
        // No traffic sorts below every reading.
        return noTraffic ? -std::numeric_limits<double>::infinity() : row.value;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const QColor color = noTraffic
            ? ThresholdColors::noTrafficColor()
            : ThresholdColors::colorFor(m_panel.thresholds, row.value, ThresholdColors::neutralColor());
        if (m_panel.thresholds.isEmpty() && !noTraffic)
            return {};
        return QVariant::fromValue(ThresholdColors::readableOn(color, QPalette().color(QPalette::Base), 3.0));
    }
    default:
        return {};
    }
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section < m_columns.size() ? m_columns.at(section) : tr("Value");
}

} // namespace pivori

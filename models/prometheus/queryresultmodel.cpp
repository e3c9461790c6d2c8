// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryresultmodel.h"

#include "queryresultformat.h"

namespace pivori {

void QueryResultModel::setResult(const QueryResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void QueryResultModel::clear()
{
    setResult({});
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.series.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Series &series = m_result.series[index.row()];
    const double last = series.points.isEmpty() ? qQNaN() : series.points.constLast().v;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeriesColumn:
            return formatLabelSet(series.labels);
        case ValueColumn:
            return series.points.isEmpty() ? QString() : formatSampleValue(last);
        case PointsColumn:
            return int(series.points.size());
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case SeriesColumn:
            return formatLabelSet(series.labels);
        case ValueColumn:
            return last;
        case PointsColumn:
            return int(series.points.size());
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != SeriesColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeriesColumn:
        return tr("Series");
    case ValueColumn:
        return tr("Latest value");
    case PointsColumn:
        return tr("Points");
    }
    return {};
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promtypes.h"

#include <QAbstractTableModel>

namespace pivori {

/// The answer of an ad-hoc query as a table: one row per series with its labels, its
/// latest value and how many points it has.
class QueryResultModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeriesColumn, ValueColumn, PointsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    /// A new query's answer replaces the old one (this is not a poll: nothing to keep).
    void setResult(const QueryResult &result);
    void clear();
    const QueryResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QueryResult m_result;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "paneldata.h"
#include "tablerows.h"

#include <QAbstractTableModel>

namespace pivori {

/// The instant answer of a table panel (models/dashboards/tablerows.h says which rows and
/// readings): its labels as columns (in name order, __name__ first), then the readings, each
/// formatted in its unit and decimals and coloured by its thresholds, as its overrides say; a
/// value mapping's text and colour win. Every cell is plain text. SortRole gives numbers for
/// the readings. The panel's `columns:` hide, order and rename columns (Grafana's organize).
class SeriesTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SeriesTableModel(Panel panel, QObject *parent = nullptr);

    void setSeries(const QList<PanelSeries> &series);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const LabelSet &labelsOf(int row) const { return m_table.rows.at(row).labels; }
    /// The first reading's column; -1 when `columns:` hides it.
    int valueColumn() const;
    /// True when column @p column shows a reading, not a label.
    bool isReading(int column) const { return m_columns.value(column).reading >= 0; }
    /// The column named @p name as `columns:` and `sort_by:` name them (a label, "Value",
    /// "Value #A" or a calculated column); -1 when not shown.
    int column(const QString &name) const;
    /// The first reading of @p row (NaN: no traffic or none).
    double valueOf(int row) const;

private:
    struct Column
    {
        QString name; ///< the label, or the reading's name
        int reading = -1; ///< index into m_table.readings; -1 for a label
    };
    QVariant readingData(const TableCell &cell, int role) const;
    QVariant valueColor(const TableCell &cell) const;
    Panel m_panel;
    TableRows m_table;
    QList<Column> m_columns;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "fieldsettings.h"
#include "paneldata.h"

#include <QAbstractTableModel>

namespace pivori {

/// The instant answer of a table panel: one row per series, its labels as columns (in name
/// order, __name__ first) and the reading last, formatted in the panel's unit and decimals and
/// coloured by its thresholds, each as its series' overrides say; a value mapping's text and
/// colour win. Every cell is plain text. SortRole gives numbers for the value column. The
/// panel's `columns:` hide, order and rename columns (Grafana's organize transformation).
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

    const LabelSet &labelsOf(int row) const { return m_rows.at(row).labels; }
    /// The reading's column; -1 when `columns:` hides it.
    int valueColumn() const { return int(m_columns.indexOf(QString())); }
    /// The column named @p name as `columns:` and `sort_by:` name them (a label, or "Value");
    /// -1 when not shown.
    int column(const QString &name) const;
    /// The reading of @p row (NaN: no traffic).
    double valueOf(int row) const { return m_rows.at(row).value; }

private:
    struct Row
    {
        LabelSet labels;
        double value = 0;
        SeriesField field;
        std::optional<MappedValue> mapped;
    };
    QVariant valueColor(const Row &row) const;
    Panel m_panel;
    QStringList m_columns; ///< label names, and an empty one for the reading
    QList<Row> m_rows;
};

} // namespace pivori

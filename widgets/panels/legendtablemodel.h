// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "legendentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPalette>

namespace pivori {

/// The legend as a table: one row per series with its last, min, max and mean. Sorting is left
/// to a proxy (SortRole gives numbers, so 900 ms sorts below 1.2 s). Swatches are drawn once
/// per colour, dash and visibility and shared by the rows that look alike, never per paint or
/// per row: a legend of 10,000 series costs no more pixmaps than one of 64.
class LegendTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Last, Min, Max, Mean, ColumnCount };
    /// Numbers for value columns (no data sorts lowest), folded names for the name column.
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setUnit(PanelUnit unit);
    void setDevicePixelRatio(qreal ratio);
    /// The view's palette: hidden series fade its text, the hovered one takes its highlight.
    void setPalette(const QPalette &palette);
    /// Same names in the same order update the figures in place (the sort and scroll stay).
    void setEntries(const QList<LegendEntry> &entries);
    void setEntryVisible(int row, bool visible);
    void setHighlightedRow(int row);
    int highlightedRow() const { return m_highlighted; }
    const LegendEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The name as a legend writes it (marks a series on the right axis).
    static QString displayName(const LegendEntry &entry);

private:
    double figure(const LegendEntry &entry, int column) const;
    void restyle(int row);
    QIcon swatch(const LegendEntry &entry) const;

    QList<LegendEntry> m_entries;
    mutable QHash<quint64, QIcon> m_swatches; ///< by colour, dash and visibility
    PanelUnit m_unit = PanelUnit::None;
    qreal m_dpr = 1;
    QColor m_fadedText;
    QColor m_highlight;
    int m_highlighted = -1;
};

} // namespace pivori

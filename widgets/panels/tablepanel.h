// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelcontent.h"

class QSortFilterProxyModel;
class QTableView;

namespace pivori {

class SeriesTableModel;

/// The instant answer as a table: labels as columns and the reading, in the order Prometheus
/// gave them until a header is clicked to sort. A double click opens the panel's link for that
/// row's series. `columns:` hides, orders and renames columns; `sort_by:` is the first order.
class TablePanel final : public PanelContent
{
    Q_OBJECT
public:
    explicit TablePanel(const Panel &panel, QWidget *parent = nullptr);

    void setPanelData(const PanelData &data) override;

    SeriesTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The text of a cell as shown, after sorting.
    QString shownText(int row, int column) const;

    QSize sizeHint() const override { return { 360, 180 }; }
    QSize minimumSizeHint() const override { return { 120, 60 }; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Columns to their contents, the label columns narrowed when the reading would not fit.
    void fitColumns();

    SeriesTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    bool m_sortedBySortBy = false; ///< `sort_by:` applied (once: then the user's clicks decide)
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepanel.h"

#include "seriestablemodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pivori {

TablePanel::TablePanel(const Panel &panel, QWidget *parent)
    : PanelContent(panel, parent)
    , m_model(new SeriesTableModel(panel, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SeriesTableModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_sorted);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // No column sorted at first: the rows stay in the order of the answer until a click.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_sorted->mapToSource(index);
        if (source.isValid())
            emit seriesActivated(this->panel().id, m_model->labelsOf(source.row()));
    });
}

void TablePanel::setPanelData(const PanelData &panelData)
{
    const int columnsBefore = m_model->columnCount();
    m_model->setSeries(panelData.series);
    if (m_model->columnCount() != columnsBefore)
        fitColumns();
    // `sort_by:` once its column is there; after that the user's clicks decide.
    const std::optional<TableSort> &sort = panel().sortBy;
    if (sort && !m_sortedBySortBy && m_model->column(sort->column) >= 0) {
        m_view->horizontalHeader()->setSortIndicator(
            m_model->column(sort->column), sort->descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        m_sortedBySortBy = true;
    }
}

void TablePanel::fitColumns()
{
    m_view->resizeColumnsToContents();
    // Too wide for the panel: the label columns give up width (elided in the middle, whole in
    // the tooltip) so that the readings, last, stay in view without scrolling sideways.
    QHeaderView *header = m_view->horizontalHeader();
    // The panel's own width: the view inside may not have been laid out to it yet (a panel
    // shown for its first data), and room kept for a vertical scroll bar.
    const int available = width() - m_view->verticalScrollBar()->sizeHint().width();
    const int columns = m_model->columnCount();
    int labels = 0;
    // What the readings need, not the stretched width the last section may have now.
    int readingsWidth = 0;
    for (int c = 0; c < columns; ++c) {
        if (!m_model->isReading(c)) {
            labels += header->sectionSize(c);
            continue;
        }
        int width = std::max(header->sectionSize(c), header->sectionSizeHint(c));
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString text = m_model->index(r, c).data().toString();
            width = std::max(width, m_view->fontMetrics().horizontalAdvance(text) + 12);
        }
        readingsWidth += width;
    }
    const int room = available - readingsWidth - 2 * columns; // the grid lines too
    if (labels <= room || labels <= 0)
        return;
    constexpr int kMinColumnPixels = 32;
    header->setMinimumSectionSize(kMinColumnPixels);
    for (int c = 0; c < columns; ++c) {
        if (!m_model->isReading(c))
            header->resizeSection(c, std::max(kMinColumnPixels, header->sectionSize(c) * room / labels));
    }
}

void TablePanel::resizeEvent(QResizeEvent *event)
{
    PanelContent::resizeEvent(event);
    fitColumns();
}

void TablePanel::changeEvent(QEvent *event)
{
    // The wall sets a larger font: rows follow it.
    if (event->type() == QEvent::FontChange)
        m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    PanelContent::changeEvent(event);
}

QString TablePanel::shownText(int row, int column) const
{
    return m_sorted->index(row, column).data().toString();
}

} // namespace pivori

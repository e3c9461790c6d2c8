// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepanel.h"

#include "seriestablemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

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
    const bool firstColumns = m_model->columnCount() <= 1;
    m_model->setSeries(panelData.series);
    if (firstColumns)
        m_view->resizeColumnsToContents();
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

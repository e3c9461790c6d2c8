// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepanel.h"

#include "seriestablemodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

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
    // Too wide for the panel: the label columns give up width first (elided in the middle,
    // whole in the tooltip), then the readings' headers (elided: the values stay whole), then
    // the labels down to their ellipsis, so that the readings stay in view without scrolling.
    QHeaderView *header = m_view->horizontalHeader();
    const int columns = m_model->columnCount();
    // The panel's own width: the view inside may not have been laid out to it yet (a panel
    // shown for its first data); room kept for a vertical scroll bar and the grid lines.
    const int available = width() - m_view->verticalScrollBar()->sizeHint().width() - 2 * columns;
    QList<int> wanted(columns);
    QList<int> values(columns); // readings: the widest value shown; labels: 0
    for (int c = 0; c < columns; ++c) {
        // What the readings need, not the stretched width the last section may have now.
        wanted[c] = m_model->isReading(c) ? std::max(header->sectionSize(c), header->sectionSizeHint(c))
                                          : header->sectionSize(c);
        if (!m_model->isReading(c))
            continue;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QString text = m_model->index(r, c).data().toString();
            values[c] = std::max(values[c], m_view->fontMetrics().horizontalAdvance(text) + 12);
        }
        wanted[c] = std::max(wanted[c], values[c]);
    }
    if (std::accumulate(wanted.cbegin(), wanted.cend(), 0) <= available)
        return;
    constexpr int kComfortablePixels = 32; // a label keeps a few letters
    constexpr int kEllipsisPixels = 14; // a label shows its ellipsis only
    const auto floors = [&](int labelFloor, bool readingsWhole) {
        QList<int> out(columns);
        for (int c = 0; c < columns; ++c)
            out[c] = m_model->isReading(c) ? (readingsWhole ? wanted[c] : values[c])
                                           : std::min(wanted[c], labelFloor);
        return out;
    };
    const auto sum
        = [](const QList<int> &widths) { return std::accumulate(widths.cbegin(), widths.cend(), 0); };
    QList<int> least = floors(kComfortablePixels, true);
    if (sum(least) > available)
        least = floors(kComfortablePixels, false);
    if (sum(least) > available)
        least = floors(kEllipsisPixels, false);
    // Each column gets its least, then what is left of the room in proportion to what it
    // wanted beyond it: the sum stays within the room whenever the least widths fit in it.
    const int spare = std::max(0, available - sum(least));
    int beyond = 0;
    for (int c = 0; c < columns; ++c)
        beyond += wanted[c] - least[c];
    header->setMinimumSectionSize(kEllipsisPixels);
    for (int c = 0; c < columns; ++c) {
        const int extra = beyond > 0 ? int(qint64(wanted[c] - least[c]) * spare / beyond) : 0;
        header->resizeSection(c, least[c] + std::min(extra, wanted[c] - least[c]));
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

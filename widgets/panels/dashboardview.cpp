// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "crosshairsync.h"
#include "panelcontent.h"
#include "panelfactory.h"
#include "panelframe.h"

#include <QDateTime>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

constexpr int kColumns = 12;
constexpr int kMargin = 8;
constexpr int kSpacing = 8;

} // namespace

DashboardView::DashboardView(const Dashboard &dashboard, QWidget *parent)
    : QScrollArea(parent)
    , m_dashboard(dashboard)
    , m_sync(new CrosshairSync(this))
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidgetResizable(false);
    m_canvas = new QWidget;
    m_canvas->setObjectName(QStringLiteral("dashboard-") + dashboard.id);
    setWidget(m_canvas);
    // Over the viewport, not on the canvas: it stays in sight however far the panels scroll.
    m_pausedBanner = new QLabel(this);
    m_pausedBanner->setObjectName(QStringLiteral("pausedBanner"));
    m_pausedBanner->setTextFormat(Qt::PlainText);
    m_pausedBanner->setAlignment(Qt::AlignCenter);
    m_pausedBanner->setAutoFillBackground(true);
    QFont bold = m_pausedBanner->font();
    bold.setBold(true);
    m_pausedBanner->setFont(bold);
    // Amber with dark text in light and dark themes alike: a state to notice, not an error.
    QPalette amber = m_pausedBanner->palette();
    amber.setColor(QPalette::Window, QColor(0xf5, 0xb0, 0x41));
    amber.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    m_pausedBanner->setPalette(amber);
    m_pausedBanner->setContentsMargins(8, 4, 8, 4);
    m_pausedBanner->hide();

    // Greedy rows in config order: a panel that does not fit the rest of a row starts the next.
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    for (const pivori::Panel &panel : std::as_const(m_dashboard.panels)) {
        const int columns = std::clamp(panel.width, 1, kColumns);
        const int rows = std::max(1, panel.height);
        if (column + columns > kColumns) {
            row += rowSpan;
            column = 0;
            rowSpan = 1;
        }
        PanelFrame *frame = PanelFactory::create(panel, m_sync, m_canvas);
        m_frames.append(frame);
        m_byId.insert(panel.id, frame);
        m_cells.append(Cell { row, column, rows, columns });
        column += columns;
        rowSpan = std::max(rowSpan, rows);
        m_totalRows = std::max(m_totalRows, row + rows);

        connect(
            frame, &PanelFrame::openInPrometheusRequested, this, &DashboardView::openInPrometheusRequested);
        connect(frame, &PanelFrame::exportRequested, this, &DashboardView::exportRequested);
        PanelContent *content = frame->content();
        connect(content, &PanelContent::seriesActivated, this, &DashboardView::seriesActivated);
        connect(content, &PanelContent::zoomRequested, this, &DashboardView::zoomRequested);
        connect(content, &PanelContent::zoomResetRequested, this, &DashboardView::zoomResetRequested);
    }
    if (m_frames.isEmpty()) {
        m_empty = new QLabel(tr("This dashboard has no panels."), m_canvas);
        m_empty->setTextFormat(Qt::PlainText);
        m_empty->setAlignment(Qt::AlignCenter);
    }
    layoutRows();
}

PanelFrame *DashboardView::panelWidget(const QString &panelId) const
{
    return m_byId.value(panelId);
}

void DashboardView::setRowsPerScreen(int rows)
{
    m_rowsPerScreen = std::max(1, rows);
    layoutRows();
}

void DashboardView::setMinimumRowHeight(int pixels)
{
    m_minimumRowHeight = std::max(0, pixels);
    layoutRows();
}

QList<DashboardView::RowSpan> DashboardView::lines() const
{
    QList<RowSpan> out;
    for (const Cell &cell : m_cells) {
        if (out.isEmpty() || cell.row >= out.last().first + out.last().count)
            out.append(RowSpan { cell.row, cell.rows });
        else
            out.last().count = std::max(out.last().count, cell.row + cell.rows - out.last().first);
    }
    return out;
}

QList<DashboardView::RowSpan> DashboardView::pages(const QList<RowSpan> &lines, int rowsPerPage)
{
    QList<RowSpan> out;
    for (const RowSpan &line : lines) {
        if (!out.isEmpty() && out.last().count + line.count <= rowsPerPage)
            out.last().count += line.count;
        else
            out.append(line);
    }
    return out;
}

void DashboardView::setVisibleRows(RowSpan rows)
{
    m_window = rows.count > 0 ? rows : RowSpan {};
    layoutRows();
}

void DashboardView::setPanelData(const QString &panelId, const PanelData &panelData)
{
    if (PanelFrame *frame = m_byId.value(panelId))
        frame->setPanelData(panelData);
}

void DashboardView::setStale(const QString &panelId, qint64 ageMs)
{
    if (PanelFrame *frame = m_byId.value(panelId))
        frame->setStale(ageMs);
}

void DashboardView::setPausedSince(const QDateTime &at)
{
    if (!at.isValid()) {
        m_pausedBanner->hide();
        setViewportMargins(0, 0, 0, 0);
        return;
    }
    m_pausedBanner->setText(
        tr("Paused at %1 — data not updating").arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    m_pausedBanner->setToolTip(tr("Automatic refresh is paused since %1. Resume it with Pause in the "
                                  "toolbar (Ctrl+P).")
                                   .arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    m_pausedBanner->show();
    placeBanner();
}

void DashboardView::placeBanner()
{
    if (m_pausedBanner->isHidden())
        return;
    const int height = m_pausedBanner->sizeHint().height();
    // The viewport gives the banner its own strip: no panel is hidden under it.
    setViewportMargins(0, height, 0, 0);
    const QRect frame = contentsRect();
    m_pausedBanner->setGeometry(frame.left(), frame.top(), frame.width(), height);
    m_pausedBanner->raise();
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    placeBanner();
    layoutRows();
}

void DashboardView::layoutRows()
{
    const int width = viewport()->width();
    const int visibleHeight = viewport()->height();
    const bool windowed = m_window.count > 0;
    const int shownRows = windowed ? m_window.count : m_totalRows;
    const int firstRow = windowed ? m_window.first : 0;
    const int rowsOnScreen = std::max(1, std::min(m_rowsPerScreen, std::max(1, shownRows)));
    m_rowHeight = std::max({ 1, m_minimumRowHeight,
        (visibleHeight - 2 * kMargin - (rowsOnScreen - 1) * kSpacing) / rowsOnScreen });
    const double columnWidth
        = std::max(1.0, double(width - 2 * kMargin - (kColumns - 1) * kSpacing) / kColumns);

    for (qsizetype i = 0; i < m_frames.size(); ++i) {
        const Cell &cell = m_cells[i];
        const bool shown = !windowed || (cell.row >= firstRow && cell.row < firstRow + shownRows);
        m_frames[i]->setVisible(shown);
        if (!shown)
            continue;
        const int x = kMargin + int(std::lround(cell.column * (columnWidth + kSpacing)));
        const int right
            = kMargin + int(std::lround((cell.column + cell.columns) * (columnWidth + kSpacing) - kSpacing));
        const int y = kMargin + (cell.row - firstRow) * (m_rowHeight + kSpacing);
        const int h = cell.rows * m_rowHeight + (cell.rows - 1) * kSpacing;
        m_frames[i]->setGeometry(x, y, std::max(1, right - x), h);
    }
    const int rows = std::max(1, shownRows);
    const int height = 2 * kMargin + rows * m_rowHeight + (rows - 1) * kSpacing;
    m_canvas->resize(width, m_frames.isEmpty() ? visibleHeight : height);
    if (m_empty)
        m_empty->setGeometry(0, 0, width, visibleHeight);
}

} // namespace pivori

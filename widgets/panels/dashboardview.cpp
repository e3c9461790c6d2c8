// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "crosshairsync.h"
#include "panelcontent.h"
#include "panelfactory.h"
#include "panelframe.h"
#include "rowheader.h"

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

    createHeaders();
    if (m_dashboard.panels.isEmpty() && m_dashboard.rows.isEmpty()) {
        m_empty = new QLabel(tr("This dashboard has no panels."), m_canvas);
        m_empty->setTextFormat(Qt::PlainText);
        m_empty->setAlignment(Qt::AlignCenter);
    }
    placePanels();
}

void DashboardView::createHeaders()
{
    for (const DashboardRow &row : std::as_const(m_dashboard.rows)) {
        auto *header = new RowHeader(row.id, row.title, m_dashboard.panelCount(row.id), m_canvas);
        connect(header, &RowHeader::collapseRequested, this, &DashboardView::setRowCollapsed);
        header->show();
        m_headers.append(HeaderCell { header, 0 });
    }
}

void DashboardView::setDashboard(const Dashboard &dashboard)
{
    // Every frame and header anew: a copy of a repeated panel may keep an id and change its title.
    for (PanelFrame *frame : std::as_const(m_frames)) {
        frame->hide();
        frame->deleteLater();
    }
    m_frames.clear();
    m_cells.clear();
    m_byId.clear();
    for (const HeaderCell &cell : std::as_const(m_headers)) {
        cell.header->hide();
        cell.header->deleteLater();
    }
    m_headers.clear();
    m_dashboard = dashboard;
    createHeaders();
    placePanels();
}

PanelFrame *DashboardView::createFrame(const pivori::Panel &panel)
{
    PanelFrame *frame = PanelFactory::create(panel, m_sync, m_canvas);
    connect(frame, &PanelFrame::openInPrometheusRequested, this, &DashboardView::openInPrometheusRequested);
    connect(frame, &PanelFrame::exportRequested, this, &DashboardView::exportRequested);
    PanelContent *content = frame->content();
    content->setDrawnOnlyInPictures(m_drawnOnlyInPictures);
    connect(content, &PanelContent::seriesActivated, this, &DashboardView::seriesActivated);
    connect(content, &PanelContent::zoomRequested, this, &DashboardView::zoomRequested);
    connect(content, &PanelContent::zoomResetRequested, this, &DashboardView::zoomResetRequested);
    return frame;
}

void DashboardView::setDrawnOnlyInPictures(bool only)
{
    m_drawnOnlyInPictures = only;
    for (PanelFrame *frame : std::as_const(m_frames))
        frame->content()->setDrawnOnlyInPictures(only);
}

void DashboardView::placePanels()
{
    // Greedy lines in config order: a panel that does not fit the rest of a line starts the
    // next. The panels above every row come first, then each row's header and its panels.
    QList<PanelFrame *> frames;
    QList<Cell> cells;
    QHash<QString, PanelFrame *> byId;
    int row = 0;
    int column = 0;
    int rowSpan = 0;
    const auto place = [&](const pivori::Panel &panel) {
        const int columns = std::clamp(panel.width, 1, kColumns);
        const int rows = std::max(1, panel.height);
        if (column + columns > kColumns || (panel.breakBefore && column > 0)) {
            row += rowSpan;
            column = 0;
            rowSpan = 0;
        }
        PanelFrame *frame = m_byId.take(panel.id);
        if (!frame) {
            frame = createFrame(panel);
            frame->show();
        }
        frames.append(frame);
        byId.insert(panel.id, frame);
        cells.append(Cell { row, column, rows, columns });
        column += columns;
        rowSpan = std::max(rowSpan, rows);
    };
    for (const pivori::Panel &panel : std::as_const(m_dashboard.panels)) {
        if (panel.row.isEmpty())
            place(panel);
    }
    for (qsizetype r = 0; r < m_dashboard.rows.size(); ++r) {
        const DashboardRow &dashboardRow = m_dashboard.rows.at(r);
        if (column > 0) {
            row += rowSpan;
            column = 0;
            rowSpan = 0;
        }
        m_headers[r].beforeRow = row;
        m_headers[r].header->setCollapsed(dashboardRow.collapsed);
        if (dashboardRow.collapsed)
            continue;
        for (const pivori::Panel &panel : std::as_const(m_dashboard.panels)) {
            if (panel.row == dashboardRow.id)
                place(panel);
        }
    }
    // What is left belongs to rows collapsed now: not drawn, not kept.
    for (PanelFrame *gone : std::as_const(m_byId)) {
        gone->hide();
        gone->deleteLater();
    }
    const QList<RowSpan> before = lines();
    m_frames = frames;
    m_cells = cells;
    m_byId = byId;
    m_totalRows = row + rowSpan;
    layoutRows();
    if (lines() != before)
        emit linesChanged();
}

RowHeader *DashboardView::rowHeader(const QString &rowId) const
{
    for (const HeaderCell &cell : m_headers) {
        if (cell.header->rowId() == rowId)
            return cell.header;
    }
    return nullptr;
}

void DashboardView::setRowCollapsed(const QString &rowId, bool collapsed)
{
    const DashboardRow *row = m_dashboard.row(rowId);
    if (!row || row->collapsed == collapsed)
        return;
    m_dashboard.setRowCollapsed(rowId, collapsed);
    placePanels();
    emit rowCollapsedChanged(rowId, collapsed);
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

int DashboardView::headerHeight() const
{
    return m_headers.isEmpty() ? 0 : m_headers.constFirst().header->sizeHint().height();
}

void DashboardView::layoutRows()
{
    const int width = viewport()->width();
    const int visibleHeight = viewport()->height();
    const bool windowed = m_window.count > 0;
    const int shownRows = windowed ? m_window.count : m_totalRows;
    const int firstRow = windowed ? m_window.first : 0;
    const int endRow = firstRow + shownRows;
    const int headerStep = headerHeight() + kSpacing;
    // A header goes with the panels below it; those of empty or collapsed rows after the last
    // line go with the last part of the dashboard.
    QList<bool> headerShown;
    int shownHeaders = 0;
    for (const HeaderCell &cell : std::as_const(m_headers)) {
        const bool shown
            = !windowed || (cell.beforeRow >= firstRow && (cell.beforeRow < endRow || endRow >= m_totalRows));
        headerShown.append(shown);
        shownHeaders += shown ? 1 : 0;
        cell.header->setVisible(shown);
    }
    const auto headersAbove = [&](int gridRow) {
        int n = 0;
        for (qsizetype i = 0; i < m_headers.size(); ++i)
            n += headerShown[i] && m_headers[i].beforeRow <= gridRow ? 1 : 0;
        return n;
    };

    const int rowsOnScreen = std::max(1, std::min(m_rowsPerScreen, std::max(1, shownRows)));
    // When every row shown is to fit (the wall, a picture), the headers take their share first.
    const int headerSpace = shownRows <= m_rowsPerScreen ? shownHeaders * headerStep : 0;
    m_rowHeight = std::max({ 1, m_minimumRowHeight,
        (visibleHeight - 2 * kMargin - headerSpace - (rowsOnScreen - 1) * kSpacing) / rowsOnScreen });
    const double columnWidth
        = std::max(1.0, double(width - 2 * kMargin - (kColumns - 1) * kSpacing) / kColumns);

    for (qsizetype i = 0; i < m_frames.size(); ++i) {
        const Cell &cell = m_cells[i];
        const bool shown = !windowed || (cell.row >= firstRow && cell.row < endRow);
        m_frames[i]->setVisible(shown);
        if (!shown)
            continue;
        const int x = kMargin + int(std::lround(cell.column * (columnWidth + kSpacing)));
        const int right
            = kMargin + int(std::lround((cell.column + cell.columns) * (columnWidth + kSpacing) - kSpacing));
        const int y = kMargin + (cell.row - firstRow) * (m_rowHeight + kSpacing)
            + headersAbove(cell.row) * headerStep;
        const int h = cell.rows * m_rowHeight + (cell.rows - 1) * kSpacing;
        m_frames[i]->setGeometry(x, y, std::max(1, right - x), h);
    }
    int headersPlaced = 0;
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        if (!headerShown[i])
            continue;
        const int y = kMargin
            + (std::min(m_headers[i].beforeRow, endRow) - firstRow) * (m_rowHeight + kSpacing)
            + headersPlaced * headerStep;
        m_headers[i].header->setGeometry(kMargin, y, std::max(1, width - 2 * kMargin), headerHeight());
        ++headersPlaced;
    }
    const int height = 2 * kMargin + shownHeaders * headerStep + shownRows * (m_rowHeight + kSpacing)
        - (shownRows > 0 || shownHeaders > 0 ? kSpacing : 0);
    m_canvas->resize(width, m_empty ? visibleHeight : height);
    if (m_empty)
        m_empty->setGeometry(0, 0, width, visibleHeight);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "paneldata.h"
#include "panelexporter.h"

#include <QHash>
#include <QList>
#include <QScrollArea>

class QDateTime;
class QLabel;

namespace pivori {

class CrosshairSync;
class PanelFrame;
class RowHeader;

/// A dashboard's panels on a 12-column grid, in config order, each `width` columns wide and
/// `height` rows tall; rows are sized so `rowsPerScreen` fit the view, and the rest scrolls.
/// The dashboard's rows (DashboardRow) each get a header (RowHeader) above their panels, which
/// start on a new line; a collapsed row's panels have no frame at all until it is expanded.
/// Owns the CrosshairSync its time series share and forwards every panel's requests.
class DashboardView final : public QScrollArea
{
    Q_OBJECT
public:
    explicit DashboardView(const Dashboard &dashboard, QWidget *parent = nullptr);

    const Dashboard &dashboard() const { return m_dashboard; }
    /// Draws another version of the dashboard (its repeated panels' copies changed): every
    /// frame is made anew, Loading until setPanelData.
    void setDashboard(const Dashboard &dashboard);
    /// The panel's frame (title, state, content); nullptr for an unknown id. For export and tests.
    PanelFrame *panelWidget(const QString &panelId) const;
    QList<PanelFrame *> panelWidgets() const { return m_frames; }
    /// The header of a row; nullptr for an unknown id.
    RowHeader *rowHeader(const QString &rowId) const;
    /// Collapses or expands a row: its panels' frames are deleted or created (empty, Loading,
    /// until setPanelData), and rowCollapsedChanged() tells the page to stop or start querying.
    void setRowCollapsed(const QString &rowId, bool collapsed);
    CrosshairSync *crosshairSync() const { return m_sync; }

    /// How many grid rows fit the visible height (3 on a workstation; a NOC wall may want 4).
    void setRowsPerScreen(int rows);
    int rowsPerScreen() const { return m_rowsPerScreen; }
    /// How many grid rows the panels take (setRowsPerScreen(totalRows()) fits them all).
    int totalRows() const { return m_totalRows; }
    /// The height of one grid row, in pixels, as laid out now.
    int rowHeight() const { return m_rowHeight; }
    /// Rows are never laid out lower than this (default 200 px; the rest scrolls). The wall,
    /// where nothing scrolls, sets 0.
    void setMinimumRowHeight(int pixels);
    /// For a view that is never on screen, only exported (`snapshot`): its panels leave out the
    /// drawing meant for the screen (PanelContent::setDrawnOnlyInPictures), now and as created.
    void setDrawnOnlyInPictures(bool only);

    /// The grid's lines as the greedy layout makes them, top to bottom: a line's first grid row
    /// and how many rows its tallest panel spans. No panel crosses from one line into another.
    struct RowSpan
    {
        int first = 0;
        int count = 0;
        bool operator==(const RowSpan &) const = default;
    };
    QList<RowSpan> lines() const;
    /// Shows only the panels of grid rows [first, first + count), fitted to the view as if they
    /// were the whole dashboard (the wall shows a tall dashboard a few lines at a time); the
    /// others are hidden. count 0 shows every row again.
    void setVisibleRows(RowSpan rows);
    /// The lines grouped into pages of at most @p rowsPerPage grid rows, whole lines only, in
    /// order (a line taller than that is a page of its own).
    static QList<RowSpan> pages(const QList<RowSpan> &lines, int rowsPerPage);
    RowSpan visibleRows() const { return m_window; }
    /// The banner over the panels while refreshing is paused; nullptr-free, hidden when not.
    QLabel *pausedBanner() const { return m_pausedBanner; }

public slots:
    void setPanelData(const QString &panelId, const pivori::PanelData &data);
    /// Shows the panel's stale badge for data `ageMs` old; negative hides it.
    void setStale(const QString &panelId, qint64 ageMs);
    /// Says over the panels, where the data is, that they stopped updating at `at`; an
    /// invalid time removes the banner. A pressed Pause button alone is easily missed.
    void setPausedSince(const QDateTime &at);

signals:
    void openInPrometheusRequested(const QString &panelId, int exprIndex);
    void exportRequested(const QString &panelId, pivori::ExportTarget target);
    void seriesActivated(const QString &panelId, const pivori::LabelSet &labels);
    void zoomRequested(qint64 startMs, qint64 endMs);
    void zoomResetRequested();
    /// A row was collapsed or expanded (by its header or setRowCollapsed); the frames of an
    /// expanded row exist when this is emitted.
    void rowCollapsedChanged(const QString &rowId, bool collapsed);
    /// lines() changed: a row collapsed or expanded, repeated panels' copies came or went. The
    /// wall pages by lines and pages again.
    void linesChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Places every panel not in a collapsed row on the grid, creating the frames missing and
    /// deleting those of collapsed rows, then lays them out.
    void placePanels();
    void createHeaders();
    PanelFrame *createFrame(const pivori::Panel &panel);
    void layoutRows();
    void placeBanner();
    int headerHeight() const;

    Dashboard m_dashboard;
    bool m_drawnOnlyInPictures = false;
    CrosshairSync *m_sync = nullptr;
    QWidget *m_canvas = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_pausedBanner = nullptr;
    QList<PanelFrame *> m_frames;
    QHash<QString, PanelFrame *> m_byId;
    struct Cell
    {
        int row = 0;
        int column = 0;
        int rows = 1;
        int columns = 6;
    };
    QList<Cell> m_cells; ///< where each frame sits, in m_frames order
    struct HeaderCell
    {
        RowHeader *header = nullptr;
        int beforeRow = 0; ///< the grid row its panels start at (all lines above are full)
    };
    QList<HeaderCell> m_headers; ///< in the dashboard's row order
    int m_totalRows = 0;
    int m_rowsPerScreen = 3;
    int m_rowHeight = 300;
    int m_minimumRowHeight = 200;
    RowSpan m_window; ///< the rows shown; count 0 = all
};

} // namespace pivori

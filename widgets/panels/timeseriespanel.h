// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "legendentry.h"
#include "panelcontent.h"
#include "plotbuild.h"
#include "seriesgaps.h"
#include "seriespalette.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QSet>

#include <array>
#include <memory>
#include <optional>

class QCustomPlot;
class QCPAxis;
class QCPGraph;
class QCPItemStraightLine;
class QLabel;
class QMouseEvent;

class QTimer;

namespace pivori {

class CrosshairSync;
class DenseGraph;
class PanelPlot;
class PlotMarkers;
class SeriesLegend;

/// Lines over time (QCustomPlot): threshold lines, unit-aware axes (a second one on the right
/// for queries written `axis: right`), a legend that hides series (a list, or a table with
/// figures), a crosshair shared through CrosshairSync, drag to zoom and double-click to reset.
/// The series under the mouse is highlighted and a click on it drills down.
/// Missing points leave a gap; NaN points ("no traffic") are hatched along the bottom.
/// Stacked panels draw cumulative filled areas. Dense data drops antialiasing.
///
/// Many series (past PlotBuild::kMaxDrawnSeries): the highest by last value are drawn, the
/// others summarised as a grey band, and a caption under the plot says what was left out.
/// A large answer is prepared off the GUI thread (PlotBuild) and applied when ready; only
/// the latest answer given is ever applied. The graphs are kept from one answer to the next.
class TimeSeriesPanel final : public PanelContent
{
    Q_OBJECT
public:
    /// `sync` is shared by the dashboard's panels; without one the panel keeps its own.
    TimeSeriesPanel(const Panel &panel, CrosshairSync *sync, QWidget *parent = nullptr);
    ~TimeSeriesPanel() override;

    void setPanelData(const PanelData &data) override;
    /// The plot is not replotted into the widget's own buffers at each answer nor when resized:
    /// a picture draws it anew (QCustomPlot::toPainter), so those replots drew every line again,
    /// a fifth of a whole-dashboard snapshot's CPU (docs/benchmarks.md).
    void setDrawnOnlyInPictures(bool only) override;
    /// True while data given to setPanelData() is still being prepared (off the GUI thread).
    bool isApplyPending() const { return m_pendingData.has_value(); }
    /// Prepares and applies pending data now, on this thread (a snapshot about to be painted).
    void finishPendingApply();
    /// Up to this many points in all (and PlotBuild::kMaxDrawnSeries series) an answer is
    /// prepared at once, on the GUI thread: 45 pods x 11,000 points take ~50 ms there.
    static constexpr qsizetype kWorkerPoints = 600'000;

    /// Series in the answer, and how many of them are drawn (fewer when it had too many).
    qsizetype answerSeriesCount() const { return m_reduction.total; }
    /// What the panel says it left out ("Showing the 20 highest of 10,000 series ..."); empty
    /// when every series is drawn.
    QString leftOutText() const;
    /// Whether the band of the series left out is drawn.
    bool hasOtherBand() const;

    // Read back for the window, export and tests. Series are in legend order.
    int seriesCount() const { return int(m_plotted.size()); }
    QString seriesName(int index) const;
    LabelSet seriesLabels(int index) const;
    QColor seriesColor(int index) const;
    /// The pen the series' line is drawn with (colour, width, dash).
    QPen seriesPen(int index) const;
    bool isOnRightAxis(int index) const;
    /// Each visible series' name, colour and pen, in legend order: what an exported picture's
    /// legend draws.
    QList<LegendEntry> legendEntries() const;
    /// Whether the series' graph is drawn (the legend hides and shows it).
    bool isSeriesVisible(int index) const;
    void setSeriesVisible(int index, bool visible);
    /// The points as handed to QCustomPlot: NaN breaks inserted at holes, cumulative when stacked.
    QList<Sample> plottedPoints(int index) const;
    /// The "no traffic" stretches currently marked (visible series only).
    QList<TimeSpan> noTrafficSpans() const { return m_noTraffic; }
    /// The crosshair tooltip as plain text (time, then "name: value" per visible series);
    /// empty while no time is hovered or the time is outside the plot.
    QString crosshairText() const { return m_crosshairText; }
    /// A click on a series waits out the double-click interval before it drills down.
    bool hasPendingActivation() const;
    /// True when the data is dense enough to drop antialiasing.
    bool isDense() const { return m_dense; }
    /// The visible time range in unix ms.
    qint64 visibleStartMs() const;
    qint64 visibleEndMs() const;
    SeriesLegend *legend() const { return m_legend; }
    /// The plot widget (for mouse simulation in tests) and the pixel of a point on it.
    QWidget *plotWidget() const;
    QPoint pixelFor(double timeSec, double value, YAxis axis = YAxis::Left) const;
    /// Whether the right axis is shown (configured, and something drawn against it), and an
    /// axis' range as last laid out.
    bool hasRightAxis() const;
    std::pair<double, double> axisRange(YAxis axis) const;
    /// The visible series nearest to `pos` (plot widget pixels, measured to the line's
    /// segments) within `tolerancePx`; -1 when none is that close.
    int seriesNear(const QPointF &pos, double tolerancePx = kHitTolerancePx) const;
    /// The series drawn highlighted (under the mouse, or hovered in the legend); -1 for none.
    int highlightedSeries() const { return m_highlighted; }
    void setHighlightedSeries(int index);
    /// How far from a line the mouse may be to highlight it, and a click to drill down.
    static constexpr double kHitTolerancePx = 8;
    /// Mouse moves are looked at no more often than this: the nearest of 50 series is cheap,
    /// but not free on every event.
    static constexpr int kHoverIntervalMs = 16;
    /// The plotting area, and the threshold captions' boxes in it (lowest limit first), in
    /// plot widget pixels as last laid out.
    QRect plotArea() const;
    QList<QRectF> thresholdCaptionBoxes() const;
    /// Replots synchronously instead of on the next event loop turn (export, tests).
    void replotNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Plotted : PlotSeries
    {
        QCPGraph *graph = nullptr;
    };

    /// The layer the crosshair and the highlight are drawn on, replotted alone on hover.
    static QString overlayLayer() { return QStringLiteral("overlay"); }
    void applyTheme();
    /// Takes a prepared answer: keeps the graphs it can, gives them the new data.
    void apply(const PlotBuild &build);
    /// Re-stacks and redraws the series shown (a series was hidden or shown, the theme changed).
    void rebuildGraphData();
    /// Styles the graphs and hands them their data, the band, ranges and legend.
    void drawBuilt(const PlotBuild &build);
    void updateLeftOutCaption();
    /// Per axis (left, right) the lowest and highest value plotted.
    void updateRanges(const std::array<double, 2> &dataLow, const std::array<double, 2> &dataHigh);
    void updateAxisLabels();
    void applyHighlight();
    QCPAxis *valueAxis(YAxis axis) const;
    void updateTickCounts();
    void updateTimeFormat();
    void onMouseMove(QMouseEvent *event);
    void onZoomRect(const QRect &rect);
    void onPlotClick(const QPointF &pos);
    void onHoverTimeChanged(qint64 timeMs);
    void clearHover();
    void onHoverTimer();

    PanelPlot *m_plot = nullptr;
    SeriesLegend *m_legend = nullptr;
    QPointer<CrosshairSync> m_sync;
    QCPItemStraightLine *m_crosshair = nullptr;
    // The highlighted series drawn again over the others (sharing its data): a halo in the
    // background colour, then the line thicker. On the overlay layer, so highlighting redraws
    // one series, not 45.
    DenseGraph *m_highlightHalo = nullptr;
    DenseGraph *m_highlightLine = nullptr;
    int m_highlighted = -1;
    bool m_rightAxisConfigured = false;
    QTimer *m_hoverTimer = nullptr;
    QPointF m_hoverPos;
    std::unique_ptr<PlotMarkers> m_markers;
    QList<Plotted> m_plotted;
    SeriesReduction m_reduction;
    // The band of the series left out: its upper edge fills down to its lower one.
    QCPGraph *m_bandLow = nullptr;
    QCPGraph *m_bandHigh = nullptr;
    QLabel *m_leftOut = nullptr;
    std::optional<PanelData> m_pendingData; ///< being prepared off the GUI thread
    quint64 m_generation = 0; ///< of the latest setPanelData(): older preparations are dropped
    QSet<QString> m_hidden;
    QList<TimeSpan> m_noTraffic;
    double m_fullStart = 0;
    double m_fullEnd = 0;
    bool m_dense = false;
    /// New data came while the panel was hidden (another dashboard's tab): drawn when shown.
    bool m_replotWhenShown = false;
    bool m_drawnOnlyInPictures = false;
    QString m_crosshairText;
    QPoint m_lastGlobalPos;
    QPoint m_pressPos;
    QTimer *m_clickTimer = nullptr;
    LabelSet m_clickedLabels;
    bool m_afterDoubleClick = false;
};

} // namespace pivori

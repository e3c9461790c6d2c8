// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelcontent.h"
#include "seriesgaps.h"

#include <QColor>
#include <QList>
#include <QPointer>
#include <QSet>

#include <memory>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QMouseEvent;

class QTimer;

namespace pivori {

class CrosshairSync;
class PlotMarkers;
class SeriesLegend;

/// Lines over time (QCustomPlot): threshold lines, unit-aware axes, a legend that hides series,
/// a crosshair shared through CrosshairSync, drag to zoom and double-click to reset.
/// Missing points leave a gap; NaN points ("no traffic") are hatched along the bottom.
/// Stacked panels draw cumulative filled areas. Dense data drops antialiasing.
class TimeSeriesPanel final : public PanelContent
{
    Q_OBJECT
public:
    /// `sync` is shared by the dashboard's panels; without one the panel keeps its own.
    TimeSeriesPanel(const Panel &panel, CrosshairSync *sync, QWidget *parent = nullptr);
    ~TimeSeriesPanel() override;

    void setPanelData(const PanelData &data) override;

    // Read back for the window, export and tests. Series are in legend order.
    int seriesCount() const { return int(m_plotted.size()); }
    QString seriesName(int index) const;
    LabelSet seriesLabels(int index) const;
    QColor seriesColor(int index) const;
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
    QPoint pixelFor(double timeSec, double value) const;
    /// The plotting area, and the threshold captions' boxes in it (lowest limit first), in
    /// plot widget pixels as last laid out.
    QRect plotArea() const;
    QList<QRectF> thresholdCaptionBoxes() const;
    /// Replots synchronously instead of on the next event loop turn (export, tests).
    void replotNow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Plotted
    {
        PanelSeries series;
        QString key;
        QColor color;
        double stepSec = 0;
        bool visible = true;
        QCPGraph *graph = nullptr;
    };

    void applyTheme();
    void rebuildGraphData();
    void updateRanges(double dataLow, double dataHigh);
    void updateTickCounts();
    void updateTimeFormat();
    void onMouseMove(QMouseEvent *event);
    void onZoomRect(const QRect &rect);
    void onPlotClick(const QPointF &pos);
    void onHoverTimeChanged(qint64 timeMs);
    void clearHover();

    QCustomPlot *m_plot = nullptr;
    SeriesLegend *m_legend = nullptr;
    QPointer<CrosshairSync> m_sync;
    QCPItemStraightLine *m_crosshair = nullptr;
    std::unique_ptr<PlotMarkers> m_markers;
    QList<Plotted> m_plotted;
    QSet<QString> m_hidden;
    QList<TimeSpan> m_noTraffic;
    double m_fullStart = 0;
    double m_fullEnd = 0;
    bool m_dense = false;
    QString m_crosshairText;
    QPoint m_lastGlobalPos;
    QPoint m_pressPos;
    QTimer *m_clickTimer = nullptr;
    LabelSet m_clickedLabels;
    bool m_afterDoubleClick = false;
};

} // namespace pivori

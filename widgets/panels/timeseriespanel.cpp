// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseriespanel.h"

#include "densegraph.h"

#include "crosshairsync.h"
#include "panelplot.h"
#include "plotmarkers.h"
#include "serieslegend.h"
#include "settingskeys.h"
#include "thresholdcolors.h"
#include "unitaxisticker.h"
#include "unitformat.h"

#include <QApplication>
#include <QFontInfo>
#include <QLabel>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pivori {

namespace {

// Beyond this many points antialiasing costs more than it shows (docs/benchmarks.md, the dense
// replot: 45 series x 11,000 points).
constexpr qsizetype kDensePoints = 60'000;

const QString kMarkersLayer = QStringLiteral("markers");

/// The unit the right axis is labelled in: that of the last override putting series there
/// with a unit of its own (a second unit, as Grafana gives it an axis), else the panel's.
PanelUnit rightAxisUnit(const Panel &panel)
{
    PanelUnit unit = panel.unit;
    for (const FieldOverride &o : panel.overrides) {
        if (o.axis == YAxis::Right && o.unit)
            unit = *o.unit;
    }
    return unit;
}

} // namespace

TimeSeriesPanel::TimeSeriesPanel(const Panel &panel, CrosshairSync *sync, QWidget *parent)
    : PanelContent(panel, parent)
    , m_sync(sync ? sync : new CrosshairSync(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_plot = new PanelPlot(this);
    m_plot->setMinimumSize(120, 60);
    layout->addWidget(m_plot, 1);
    // Says what a panel of too many series left out; in the picture too, being a child.
    m_leftOut = new QLabel(this);
    m_leftOut->setTextFormat(Qt::PlainText);
    m_leftOut->setWordWrap(true);
    m_leftOut->setVisible(false);
    layout->addWidget(m_leftOut);
    m_legend = new SeriesLegend(this);
    layout->addWidget(m_legend);

    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->legend->setVisible(false);
    m_plot->setInteractions({});
    m_plot->setSelectionRectMode(QCP::srmCustom);
    m_plot->addLayer(kMarkersLayer, m_plot->layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_plot->xAxis2->setVisible(false);
    // Series reach the right axis through their query or an override (a second unit).
    m_rightAxisConfigured = std::any_of(panel.queries.cbegin(), panel.queries.cend(),
                                [](const PanelQuery &q) { return q.axis == YAxis::Right; })
        || std::any_of(panel.overrides.cbegin(), panel.overrides.cend(),
            [](const FieldOverride &o) { return o.axis == YAxis::Right; });
    m_plot->yAxis2->setVisible(m_rightAxisConfigured);
    m_plot->yAxis2->grid()->setVisible(false); // one grid: two would not line up

    auto timeTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    timeTicker->setDateTimeSpec(Qt::LocalTime);
    m_plot->xAxis->setTicker(timeTicker);
    m_plot->yAxis->setTicker(QSharedPointer<UnitAxisTicker>::create(panel.unit));
    m_plot->yAxis2->setTicker(QSharedPointer<UnitAxisTicker>::create(rightAxisUnit(panel)));
    for (QCPAxis *axis : { m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2 }) {
        axis->setSubTicks(false);
        axis->setTickLength(0, 0);
        axis->setTickPen(Qt::NoPen);
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }

    m_markers = std::make_unique<PlotMarkers>(m_plot, kMarkersLayer, overlayLayer());
    m_crosshair = new QCPItemStraightLine(m_plot);
    m_crosshair->setLayer(overlayLayer());
    m_crosshair->setVisible(false);
    m_crosshair->setSelectable(false);
    // Made before any series' graph, so the band is drawn beneath the lines.
    m_bandLow = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
    m_bandHigh = new QCPGraph(m_plot->xAxis, m_plot->yAxis);
    m_bandHigh->setChannelFillGraph(m_bandLow);
    for (QCPGraph *graph : { m_bandLow, m_bandHigh }) {
        graph->setSelectable(QCP::stNone);
        graph->setVisible(false);
        graph->setAdaptiveSampling(true);
        // A soft area under the lines: antialiasing its outline and fill costs more than it shows.
        graph->setAntialiased(false);
        graph->setAntialiasedFill(false);
    }
    m_highlightHalo = new DenseGraph(m_plot->xAxis, m_plot->yAxis);
    m_highlightLine = new DenseGraph(m_plot->xAxis, m_plot->yAxis);
    for (DenseGraph *graph : { m_highlightHalo, m_highlightLine }) {
        graph->setLayer(overlayLayer());
        graph->setSelectable(QCP::stNone);
        graph->setVisible(false);
        graph->setAdaptiveSampling(true);
    }
    m_legend->setUnit(panel.unit);
    if (panel.legendMode == LegendMode::List)
        m_legend->setDefaultMode(SeriesLegend::Mode::List);
    else if (panel.legendMode == LegendMode::Table)
        m_legend->setDefaultMode(SeriesLegend::Mode::Table);
    m_legend->setSettingsKey(settingskeys::legendMode(panel.id));
    // `legend_mode: hidden`: the plot alone, on screen and in pictures (attachPictureLegend).
    m_legend->setVisible(panel.legendMode != LegendMode::Hidden);

    // The nearest series is looked for at most once a frame, with the latest mouse position.
    m_hoverTimer = new QTimer(this);
    m_hoverTimer->setSingleShot(true);
    m_hoverTimer->setInterval(kHoverIntervalMs);
    connect(m_hoverTimer, &QTimer::timeout, this, &TimeSeriesPanel::onHoverTimer);

    connect(m_plot, &QCustomPlot::mouseMove, this, &TimeSeriesPanel::onMouseMove);
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this,
        [this](const QRect &rect, QMouseEvent *) { onZoomRect(rect); });
    // A click drills down only once it is clear it was not the first half of a double-click
    // (which resets the zoom and must not also switch dashboards).
    m_clickTimer = new QTimer(this);
    m_clickTimer->setSingleShot(true);
    m_clickTimer->setInterval(QApplication::doubleClickInterval());
    connect(m_clickTimer, &QTimer::timeout, this,
        [this] { emit seriesActivated(this->panel().id, m_clickedLabels); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) {
        m_clickTimer->stop();
        m_afterDoubleClick = true; // its closing release is not a click
        m_plot->xAxis->setRange(m_fullStart, m_fullEnd);
        updateTimeFormat();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        emit zoomResetRequested();
    });
    // With a selection rect QCustomPlot emits no plottableClick, so a click (press and release
    // without a drag) is hit-tested here.
    connect(m_plot, &QCustomPlot::mousePress, this,
        [this](QMouseEvent *event) { m_pressPos = event->position().toPoint(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        if (std::exchange(m_afterDoubleClick, false))
            return;
        if (event->button() == Qt::LeftButton
            && (event->position().toPoint() - m_pressPos).manhattanLength()
                < QApplication::startDragDistance())
            onPlotClick(event->position());
    });
    connect(m_sync, &CrosshairSync::hoverTimeChanged, this, &TimeSeriesPanel::onHoverTimeChanged);
    connect(m_legend, &SeriesLegend::entryToggled, this, &TimeSeriesPanel::setSeriesVisible);
    connect(m_legend, &SeriesLegend::entryHovered, this, &TimeSeriesPanel::setHighlightedSeries);
    connect(m_legend, &SeriesLegend::modeChanged, this, [this] { updateGeometry(); });

    applyTheme();
}

bool TimeSeriesPanel::hasPendingActivation() const
{
    return m_clickTimer->isActive();
}

TimeSeriesPanel::~TimeSeriesPanel()
{
    if (m_sync)
        m_sync->clear(this);
}

void TimeSeriesPanel::setPanelData(const PanelData &panelData)
{
    const quint64 generation = ++m_generation;
    qsizetype points = 0;
    for (const PanelSeries &s : panelData.series)
        points += s.points.size();
    if (panelData.series.size() <= PlotBuild::kMaxDrawnSeries && points <= kWorkerPoints) {
        m_pendingData.reset();
        apply(PlotBuild::build(panel(), panelData, m_hidden));
        return;
    }
    // Thousands of series take seconds to rank, sort and convert: a worker does it, and the
    // result is posted to the application object (which outlives the pool's tasks); the
    // QPointer is only read back on this thread. A newer answer makes this one's result moot.
    m_pendingData = panelData;
    QPointer<TimeSeriesPanel> self(this);
    QThreadPool::globalInstance()->start([self, generation, config = panel(), panelData, hidden = m_hidden] {
        const PlotBuild build = PlotBuild::build(config, panelData, hidden);
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return;
        QMetaObject::invokeMethod(
            app,
            [self, generation, build] {
                if (self && self->m_generation == generation)
                    self->apply(build);
            },
            Qt::QueuedConnection);
    });
}

void TimeSeriesPanel::finishPendingApply()
{
    if (!m_pendingData)
        return;
    ++m_generation; // the worker's result, when it comes, is dropped
    apply(PlotBuild::build(panel(), *m_pendingData, m_hidden));
}

void TimeSeriesPanel::apply(const PlotBuild &build)
{
    m_pendingData.reset();
    if (build.series.size() != m_plotted.size())
        setHighlightedSeries(-1);
    // The graphs stay from one answer to the next: removing and re-adding thousands of them
    // was what made large answers freeze the window (QCustomPlot::clearGraphs).
    while (m_plotted.size() > build.series.size())
        m_plot->removeGraph(m_plotted.takeLast().graph); // not clearGraphs(): the highlight's stay
    QList<Plotted> plotted;
    plotted.reserve(build.series.size());
    for (qsizetype i = 0; i < build.series.size(); ++i) {
        Plotted p;
        static_cast<PlotSeries &>(p) = build.series[i];
        p.graph = i < m_plotted.size() ? m_plotted[i].graph : new DenseGraph(m_plot->xAxis, m_plot->yAxis);
        plotted.append(p);
    }
    m_plotted = plotted;
    m_reduction = build.reduction;
    m_fullStart = build.fullStart;
    m_fullEnd = build.fullEnd;
    m_plot->xAxis->setRange(m_fullStart, m_fullEnd);
    updateTimeFormat();
    drawBuilt(build);
    updateAxisLabels();
    updateLeftOutCaption();
    onHoverTimeChanged(m_sync ? m_sync->hoverTimeMs() : -1);
}

void TimeSeriesPanel::rebuildGraphData()
{
    PlotBuild build;
    build.reduction = m_reduction;
    build.series.reserve(m_plotted.size());
    for (const Plotted &p : std::as_const(m_plotted))
        build.series.append(p);
    build.fill(panel().stacked);
    for (qsizetype i = 0; i < m_plotted.size(); ++i)
        m_plotted[i].data = build.series[i].data;
    drawBuilt(build);
}

void TimeSeriesPanel::drawBuilt(const PlotBuild &build)
{
    m_dense = build.totalPoints > kDensePoints;
    m_plot->setPlottingHint(QCP::phFastPolylines, m_dense);
    // Lines thicken with the panel's type size, so a wall display read from across the room
    // (whose font is scaled to the screen) gets bolder lines too.
    const double typeScale = std::max(1.0,
        double(QFontInfo(font()).pixelSize()) / std::max(1, QFontInfo(QApplication::font()).pixelSize()));
    // Dense series are painted as one-pixel column spans (densegraph.cpp); they stay thin.
    // Past four series, lines are one pixel wide: Qt strokes those with its cosmetic stroker,
    // while a wider line is outlined and filled by the antialiasing rasterizer, which took
    // half the CPU of a whole-dashboard snapshot of an hour (docs/benchmarks.md). Many lines
    // read better thin anyway; a few get two pixels.
    const double lineWidth = m_dense ? 1.0 : (m_plotted.size() <= 4 ? 2.0 : 1.0) * typeScale;
    const bool stacked = panel().stacked;
    std::array<QCPGraph *, 2> below { nullptr, nullptr };
    for (Plotted &p : m_plotted) {
        QCPGraph *graph = p.graph;
        graph->setValueAxis(valueAxis(p.axis));
        graph->setVisible(p.visible);
        graph->setName(p.series.name);
        graph->setAdaptiveSampling(true);
        graph->setAntialiased(!m_dense);
        graph->setAntialiasedFill(!m_dense);
        static_cast<DenseGraph *>(graph)->setSpanRendering(m_dense);
        static_cast<DenseGraph *>(graph)->setScreenDashOffset(qreal(&p - m_plotted.constData()));
        // A dashed line stays wider in pictures: at one pixel the dashes of many series fall in
        // step into a comb of white gaps, which a PDF viewer draws unlike the PNG
        // (tst_exportfidelity). On screen DenseGraph draws it one pixel wide, offset per series.
        graph->setPen(QPen(p.color, p.dash == Qt::SolidLine ? lineWidth : std::max(lineWidth, 1.5), p.dash));
        graph->setLineStyle(QCPGraph::lsLine);
        // A line needs two points; a brand-new series with one sample would be invisible.
        graph->setScatterStyle(p.series.points.size() < 3 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 5)
                                                          : QCPScatterStyle(QCPScatterStyle::ssNone));
        graph->setData(p.data); // made by PlotBuild, shared, not copied
        const auto side = std::size_t(p.axis == YAxis::Right);
        if (stacked) {
            QColor fill = p.color;
            fill.setAlphaF(0.35);
            graph->setBrush(p.visible ? QBrush(fill) : QBrush(Qt::NoBrush));
            graph->setChannelFillGraph(p.visible ? below[side] : nullptr);
            if (p.visible)
                below[side] = graph;
        } else {
            graph->setBrush(Qt::NoBrush);
            graph->setChannelFillGraph(nullptr);
        }
    }
    const bool band = !m_reduction.otherLow.isNull();
    m_bandLow->setVisible(band);
    m_bandHigh->setVisible(band);
    if (band) {
        m_bandLow->setData(m_reduction.otherLow);
        m_bandHigh->setData(m_reduction.otherHigh);
    } else {
        // New empty containers: the old ones may be shared with an earlier reduction.
        m_bandLow->setData(QSharedPointer<QCPGraphDataContainer>::create());
        m_bandHigh->setData(QSharedPointer<QCPGraphDataContainer>::create());
    }
    // An override may send to the right axis a series this answer does not hold: the axis
    // shows only while something is drawn against it, a series or a limit of its own.
    const auto onRight = [](const auto &item) { return item.axis == YAxis::Right; };
    m_plot->yAxis2->setVisible(m_rightAxisConfigured
        && (std::any_of(m_plotted.cbegin(), m_plotted.cend(), onRight)
            || std::any_of(panel().thresholds.cbegin(), panel().thresholds.cend(), onRight)));
    m_noTraffic = build.noTraffic;
    m_markers->setNoTraffic(m_noTraffic);
    updateRanges(build.low, build.high);

    QList<LegendEntry> entries;
    entries.reserve(m_plotted.size());
    for (const Plotted &p : std::as_const(m_plotted))
        entries.append({ p.series.name, p.color, p.graph->pen(), p.visible, p.axis == YAxis::Right, p.stats,
            p.unit, p.decimals });
    m_legend->setEntries(entries);
    applyHighlight();
    // Every dashboard keeps refreshing behind its tab (badges, exports, the wall's next page),
    // but drawing a plot nobody sees was half the CPU of a window's steady state.
    if (m_drawnOnlyInPictures)
        return;
    if (isVisible())
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    else
        m_replotWhenShown = true;
}

void TimeSeriesPanel::setDrawnOnlyInPictures(bool only)
{
    m_drawnOnlyInPictures = only;
    m_plot->setReplotOnResize(!only);
}

void TimeSeriesPanel::showEvent(QShowEvent *event)
{
    PanelContent::showEvent(event);
    // Drawn now, before the first paint, so the old picture never flashes.
    if (std::exchange(m_replotWhenShown, false))
        m_plot->replot(QCustomPlot::rpQueuedRefresh);
}

QString TimeSeriesPanel::leftOutText() const
{
    if (!m_reduction.active())
        return {};
    if (panel().stacked)
        return tr("Showing the %L1 highest of %L2 series by last value; the other %L3 are not drawn.")
            .arg(m_reduction.shown)
            .arg(m_reduction.total)
            .arg(m_reduction.leftOut());
    return tr("Showing the %L1 highest of %L2 series by last value; the grey band spans the other %L3.")
        .arg(m_reduction.shown)
        .arg(m_reduction.total)
        .arg(m_reduction.leftOut());
}

bool TimeSeriesPanel::hasOtherBand() const
{
    return m_bandHigh->visible() && !m_bandHigh->data()->isEmpty();
}

void TimeSeriesPanel::updateLeftOutCaption()
{
    const QString text = leftOutText();
    m_leftOut->setText(text);
    m_leftOut->setVisible(!text.isEmpty());
}

void TimeSeriesPanel::updateRanges(
    const std::array<double, 2> &dataLow, const std::array<double, 2> &dataHigh)
{
    for (const YAxis side : { YAxis::Left, YAxis::Right }) {
        const auto i = std::size_t(side == YAxis::Right);
        double low = dataLow[i];
        double high = dataHigh[i];
        // Thresholds belong on their axis: the distance to the limit is what the panel is for.
        for (const Threshold &t : panel().thresholds) {
            if (t.axis == side && std::isfinite(t.value)) {
                low = std::min(low, t.value);
                high = std::max(high, t.value);
            }
        }
        if (!std::isfinite(low) || !std::isfinite(high)) {
            low = 0;
            high = 1;
        }
        // min and max are written once for the panel; they bound both axes.
        const double lower = panel().min.value_or(low >= 0 ? 0 : low - 0.08 * (high - low));
        double upper = panel().max.value_or(high + 0.08 * (high - lower));
        if (!(upper > lower))
            upper = lower
                + std::max(std::fabs(lower) * 0.1, panel().unit == PanelUnit::Percent ? 1.0 : 1e-9 + 1.0);
        valueAxis(side)->setRange(lower, upper);
    }
    QFont captionFont = font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.85);
    m_markers->setThresholds(panel().thresholds, panel().unit, rightAxisUnit(panel()),
        palette().color(QPalette::Base), captionFont);
    updateTickCounts();
}

QCPAxis *TimeSeriesPanel::valueAxis(YAxis axis) const
{
    return axis == YAxis::Right ? m_plot->yAxis2 : m_plot->yAxis;
}

std::pair<double, double> TimeSeriesPanel::axisRange(YAxis axis) const
{
    const QCPRange range = valueAxis(axis)->range();
    return { range.lower, range.upper };
}

void TimeSeriesPanel::updateAxisLabels()
{
    // With two axes each says whose it is: the names of its series, in their colour when it
    // carries one series (5xx in red on the left, 4xx in yellow on the right).
    for (const YAxis side : { YAxis::Left, YAxis::Right }) {
        QCPAxis *axis = valueAxis(side);
        QStringList names;
        QColor color;
        for (const Plotted &p : std::as_const(m_plotted)) {
            if (p.axis != side)
                continue;
            if (!names.contains(p.series.name))
                names.append(p.series.name);
            color = names.size() == 1 ? p.color : QColor();
        }
        QString label = hasRightAxis() ? names.join(QStringLiteral(", ")) : QString();
        if (label.size() > 40)
            label.clear(); // a list of pods is the legend's job
        const QColor base = palette().color(QPalette::Base);
        QColor text = palette().color(QPalette::Text);
        text.setAlphaF(0.7);
        axis->setLabel(label);
        axis->setLabelColor(color.isValid() ? ThresholdColors::readableOn(color, base, 3.0) : text);
        QFont labelFont = font();
        labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
        axis->setLabelFont(labelFont);
        axis->setLabelPadding(2);
    }
}

void TimeSeriesPanel::setSeriesVisible(int index, bool visible)
{
    if (index < 0 || index >= m_plotted.size())
        return;
    Plotted &p = m_plotted[index];
    p.visible = visible;
    if (visible)
        m_hidden.remove(p.key);
    else
        m_hidden.insert(p.key);
    m_legend->setEntryVisible(index, visible);
    // Stacking depends on which series are shown, so hiding one re-stacks the rest.
    rebuildGraphData();
    onHoverTimeChanged(m_sync ? m_sync->hoverTimeMs() : -1);
}

QString TimeSeriesPanel::seriesName(int index) const
{
    return index >= 0 && index < m_plotted.size() ? m_plotted[index].series.name : QString();
}

LabelSet TimeSeriesPanel::seriesLabels(int index) const
{
    return index >= 0 && index < m_plotted.size() ? m_plotted[index].series.labels : LabelSet();
}

QColor TimeSeriesPanel::seriesColor(int index) const
{
    return index >= 0 && index < m_plotted.size() ? m_plotted[index].color : QColor();
}

QPen TimeSeriesPanel::seriesPen(int index) const
{
    return index >= 0 && index < m_plotted.size() ? m_plotted[index].graph->pen() : QPen();
}

void TimeSeriesPanel::replotNow()
{
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

void TimeSeriesPanel::updateTickCounts()
{
    m_plot->xAxis->ticker()->setTickCount(std::max(2, m_plot->width() / 120));
    m_plot->yAxis->ticker()->setTickCount(std::max(2, m_plot->height() / 40));
    m_plot->yAxis2->ticker()->setTickCount(std::max(2, m_plot->height() / 40));
}

void TimeSeriesPanel::updateTimeFormat()
{
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (!ticker)
        return;
    const double span = m_plot->xAxis->range().size();
    if (span <= 15 * 60)
        ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    else if (span <= 36 * 3600)
        ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    else if (span <= 8 * 86400)
        ticker->setDateTimeFormat(QStringLiteral("ddd HH:mm"));
    else
        ticker->setDateTimeFormat(QStringLiteral("MMM d"));
}

void TimeSeriesPanel::resizeEvent(QResizeEvent *event)
{
    PanelContent::resizeEvent(event);
    m_legend->setAvailableHeight(height());
}

void TimeSeriesPanel::changeEvent(QEvent *event)
{
    PanelContent::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyTheme();
        rebuildGraphData();
        updateAxisLabels();
    }
}

void TimeSeriesPanel::applyTheme()
{
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const auto faded = [&text](double alpha) {
        QColor c = text;
        c.setAlphaF(alpha);
        return c;
    };
    m_plot->setBackground(base);
    QFont tickFont = font();
    tickFont.setPointSizeF(tickFont.pointSizeF() * 0.9);
    for (QCPAxis *axis : { m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2 }) {
        axis->setTickLabelColor(faded(0.7));
        axis->setTickLabelFont(tickFont);
        axis->grid()->setPen(QPen(faded(0.09), 1));
    }
    m_plot->xAxis->setBasePen(QPen(faded(0.25), 1));
    m_plot->yAxis->setBasePen(Qt::NoPen);
    m_plot->yAxis2->setBasePen(Qt::NoPen);
    m_crosshair->setPen(QPen(faded(0.55), 1));
    QColor highlight = palette().color(QPalette::Highlight);
    m_plot->selectionRect()->setPen(QPen(highlight, 1));
    highlight.setAlphaF(0.15);
    m_plot->selectionRect()->setBrush(highlight);
    m_bandLow->setPen(QPen(faded(0.3), 1));
    m_bandHigh->setPen(QPen(faded(0.3), 1));
    m_bandHigh->setBrush(faded(0.12));
    QFont captionFont = font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.85);
    m_leftOut->setFont(captionFont);
    QPalette captionPalette = m_leftOut->palette();
    captionPalette.setColor(QPalette::WindowText, faded(0.75));
    m_leftOut->setPalette(captionPalette);
}

} // namespace pivori

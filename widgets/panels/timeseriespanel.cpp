// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseriespanel.h"

#include "densegraph.h"

#include "crosshairreadout.h"
#include "crosshairsync.h"
#include "plotmarkers.h"
#include "queryresultformat.h"
#include "serieslegend.h"
#include "seriespalette.h"
#include "settingskeys.h"
#include "thresholdcolors.h"
#include "unitaxisticker.h"
#include "unitformat.h"

#include <QApplication>
#include <QFontInfo>
#include <QHash>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pivori {

namespace {

// Beyond this many points antialiasing costs more than it shows (docs/benchmarks.md, the dense
// replot: 45 series x 11,000 points).
constexpr qsizetype kDensePoints = 60'000;

const QString kOverlayLayer = QStringLiteral("overlay");
const QString kMarkersLayer = QStringLiteral("markers");

} // namespace

TimeSeriesPanel::TimeSeriesPanel(const Panel &panel, CrosshairSync *sync, QWidget *parent)
    : PanelContent(panel, parent)
    , m_sync(sync ? sync : new CrosshairSync(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(120, 60);
    layout->addWidget(m_plot, 1);
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
    m_hasRightAxis = std::any_of(panel.queries.cbegin(), panel.queries.cend(),
        [](const PanelQuery &q) { return q.axis == YAxis::Right; });
    m_plot->yAxis2->setVisible(m_hasRightAxis);
    m_plot->yAxis2->grid()->setVisible(false); // one grid: two would not line up

    auto timeTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    timeTicker->setDateTimeSpec(Qt::LocalTime);
    m_plot->xAxis->setTicker(timeTicker);
    m_plot->yAxis->setTicker(QSharedPointer<UnitAxisTicker>::create(panel.unit));
    m_plot->yAxis2->setTicker(QSharedPointer<UnitAxisTicker>::create(panel.unit));
    for (QCPAxis *axis : { m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2 }) {
        axis->setSubTicks(false);
        axis->setTickLength(0, 0);
        axis->setTickPen(Qt::NoPen);
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }

    m_markers = std::make_unique<PlotMarkers>(m_plot, kMarkersLayer, kOverlayLayer);
    m_crosshair = new QCPItemStraightLine(m_plot);
    m_crosshair->setLayer(kOverlayLayer);
    m_crosshair->setVisible(false);
    m_crosshair->setSelectable(false);
    m_highlightHalo = new DenseGraph(m_plot->xAxis, m_plot->yAxis);
    m_highlightLine = new DenseGraph(m_plot->xAxis, m_plot->yAxis);
    for (DenseGraph *graph : { m_highlightHalo, m_highlightLine }) {
        graph->setLayer(kOverlayLayer);
        graph->setSelectable(QCP::stNone);
        graph->setVisible(false);
        graph->setAdaptiveSampling(true);
    }
    m_legend->setUnit(panel.unit);
    m_legend->setSettingsKey(settingskeys::legendMode(panel.id));

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
    QList<PanelSeries> series = SeriesPalette::sorted(panelData.series);
    const QList<SeriesStyle> styles = SeriesPalette::stylesFor(panel(), series);
    // Gap detection, hover lookup and QCustomPlot's sorted-data fast path all rely on time order.
    const auto byTime = [](const Sample &a, const Sample &b) { return a.t < b.t; };
    for (PanelSeries &s : series) {
        if (!std::is_sorted(s.points.cbegin(), s.points.cend(), byTime))
            std::stable_sort(s.points.begin(), s.points.end(), byTime);
    }

    if (series.size() != m_plotted.size()) {
        setHighlightedSeries(-1);
        for (const Plotted &p : std::as_const(m_plotted))
            m_plot->removeGraph(p.graph); // not clearGraphs(): the highlight's graphs stay
        m_plotted.clear();
        for (qsizetype i = 0; i < series.size(); ++i) {
            Plotted p;
            p.graph = new DenseGraph(m_plot->xAxis, m_plot->yAxis);
            m_plotted.append(p);
        }
    }
    qsizetype totalPoints = 0;
    for (qsizetype i = 0; i < series.size(); ++i) {
        Plotted &p = m_plotted[i];
        p.series = series[i];
        p.key = QString::number(series[i].queryIndex) + QLatin1Char('|') + series[i].name
            + formatLabelSet(series[i].labels);
        p.color = styles[i].color;
        p.dash = styles[i].dash;
        const int query = series[i].queryIndex;
        p.axis = query >= 0 && query < panel().queries.size() ? panel().queries[query].axis : YAxis::Left;
        p.graph->setValueAxis(valueAxis(p.axis));
        p.stats = SeriesStats::of(series[i].points);
        p.stepSec = expectedStepSeconds(series[i].points, panelData.stepMs);
        p.visible = !m_hidden.contains(p.key);
        totalPoints += series[i].points.size();
    }
    m_dense = totalPoints > kDensePoints;
    m_plot->setPlottingHint(QCP::phFastPolylines, m_dense);

    m_fullStart = panelData.startMs / 1000.0;
    m_fullEnd = panelData.endMs / 1000.0;
    if (!(m_fullEnd > m_fullStart)) {
        m_fullStart = std::numeric_limits<double>::infinity();
        m_fullEnd = -m_fullStart;
        for (const PanelSeries &s : series) {
            if (!s.points.isEmpty()) {
                m_fullStart = std::min(m_fullStart, s.points.first().t);
                m_fullEnd = std::max(m_fullEnd, s.points.last().t);
            }
        }
        if (!(m_fullEnd > m_fullStart)) {
            m_fullStart = std::isfinite(m_fullStart) ? m_fullStart - 30 : 0;
            m_fullEnd = m_fullStart + 60;
        }
    }
    m_plot->xAxis->setRange(m_fullStart, m_fullEnd);
    updateTimeFormat();
    rebuildGraphData();
    updateAxisLabels();
    onHoverTimeChanged(m_sync ? m_sync->hoverTimeMs() : -1);
}

void TimeSeriesPanel::rebuildGraphData()
{
    const bool stacked = panel().stacked;
    // Lines thicken with the panel's type size, so a wall display read from across the room
    // (whose font is scaled to the screen) gets bolder lines too.
    const double typeScale = std::max(1.0,
        double(QFontInfo(font()).pixelSize()) / std::max(1, QFontInfo(QApplication::font()).pixelSize()));
    // Dense series are painted as one-pixel column spans (densegraph.cpp); they stay thin.
    const double lineWidth = m_dense ? 1.0 : (m_plotted.size() <= 4 ? 2.0 : 1.5) * typeScale;
    // Stacks build up per axis: a right-axis series sits on its own axis' stack.
    std::array<QHash<qint64, double>, 2> running;
    QList<TimeSpan> spans;
    std::array<double, 2> low;
    low.fill(std::numeric_limits<double>::infinity());
    std::array<double, 2> high;
    high.fill(-std::numeric_limits<double>::infinity());
    std::array<QCPGraph *, 2> below { nullptr, nullptr };

    for (Plotted &p : m_plotted) {
        QCPGraph *graph = p.graph;
        graph->setVisible(p.visible);
        graph->setName(p.series.name);
        graph->setAdaptiveSampling(true);
        graph->setAntialiased(!m_dense);
        graph->setAntialiasedFill(!m_dense);
        static_cast<DenseGraph *>(graph)->setSpanRendering(m_dense);
        graph->setPen(QPen(p.color, lineWidth, p.dash));
        const auto side = std::size_t(p.axis == YAxis::Right);
        graph->setLineStyle(QCPGraph::lsLine);
        // A line needs two points; a brand-new series with one sample would be invisible.
        graph->setScatterStyle(p.series.points.size() < 3 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 5)
                                                          : QCPScatterStyle(QCPScatterStyle::ssNone));

        QList<Sample> points = p.series.points;
        // An infinite value (e.g. a quantile in the +Inf bucket) has no place on the axis: a gap.
        for (Sample &s : points) {
            if (std::isinf(s.v))
                s.v = std::numeric_limits<double>::quiet_NaN();
        }
        if (stacked && p.visible) {
            for (Sample &s : points) {
                if (std::isnan(s.v))
                    continue;
                double &sum = running[side][std::llround(s.t * 1000)];
                sum += s.v;
                s.v = sum;
            }
        }
        points = withGapBreaks(points, p.stepSec);

        QVector<QCPGraphData> plotted;
        plotted.reserve(points.size());
        for (const Sample &s : std::as_const(points)) {
            plotted.append(QCPGraphData(s.t, s.v));
            if (p.visible && std::isfinite(s.v)) {
                low[side] = std::min(low[side], s.v);
                high[side] = std::max(high[side], s.v);
            }
        }
        graph->data()->set(plotted, true);

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
        if (p.visible)
            spans += pivori::noTrafficSpans(p.series.points, p.stepSec);
    }
    m_noTraffic = mergeSpans(spans);
    m_markers->setNoTraffic(m_noTraffic);
    updateRanges(low, high);

    QList<LegendEntry> entries;
    entries.reserve(m_plotted.size());
    for (const Plotted &p : std::as_const(m_plotted))
        entries.append(
            { p.series.name, p.color, p.graph->pen(), p.visible, p.axis == YAxis::Right, p.stats });
    m_legend->setEntries(entries);
    applyHighlight();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
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
    m_markers->setThresholds(panel().thresholds, panel().unit, palette().color(QPalette::Base), captionFont);
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
        QString label = m_hasRightAxis ? names.join(QStringLiteral(", ")) : QString();
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

bool TimeSeriesPanel::isOnRightAxis(int index) const
{
    return index >= 0 && index < m_plotted.size() && m_plotted[index].axis == YAxis::Right;
}

QList<LegendEntry> TimeSeriesPanel::legendEntries() const
{
    QList<LegendEntry> entries;
    for (const Plotted &p : m_plotted) {
        if (p.visible)
            entries.append({ p.series.name, p.color, p.graph->pen(), true, p.axis == YAxis::Right, p.stats });
    }
    return entries;
}

bool TimeSeriesPanel::isSeriesVisible(int index) const
{
    return index >= 0 && index < m_plotted.size() && m_plotted[index].graph->visible();
}

QList<Sample> TimeSeriesPanel::plottedPoints(int index) const
{
    QList<Sample> points;
    if (index < 0 || index >= m_plotted.size())
        return points;
    const QSharedPointer<QCPGraphDataContainer> container = m_plotted[index].graph->data();
    for (auto it = container->constBegin(); it != container->constEnd(); ++it)
        points.append(Sample { it->key, it->value });
    return points;
}

qint64 TimeSeriesPanel::visibleStartMs() const
{
    return std::llround(m_plot->xAxis->range().lower * 1000);
}

qint64 TimeSeriesPanel::visibleEndMs() const
{
    return std::llround(m_plot->xAxis->range().upper * 1000);
}

QWidget *TimeSeriesPanel::plotWidget() const
{
    return m_plot;
}

QPoint TimeSeriesPanel::pixelFor(double timeSec, double value, YAxis axis) const
{
    return QPoint(int(std::lround(m_plot->xAxis->coordToPixel(timeSec))),
        int(std::lround(valueAxis(axis)->coordToPixel(value))));
}

QRect TimeSeriesPanel::plotArea() const
{
    return m_plot->axisRect()->rect();
}

QList<QRectF> TimeSeriesPanel::thresholdCaptionBoxes() const
{
    return m_markers->captionBoxes();
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

void TimeSeriesPanel::onMouseMove(QMouseEvent *event)
{
    m_lastGlobalPos = event->globalPosition().toPoint();
    if (event->buttons() != Qt::NoButton && m_plot->selectionRect()->isActive()) {
        clearHover();
        return;
    }
    if (!m_plot->axisRect()->rect().contains(event->position().toPoint())) {
        clearHover();
        return;
    }
    const double t = m_plot->xAxis->pixelToCoord(event->position().x());
    if (m_sync)
        m_sync->setHoverTime(std::llround(t * 1000), this);
    m_hoverPos = event->position();
    if (!m_hoverTimer->isActive())
        m_hoverTimer->start();
}

void TimeSeriesPanel::onHoverTimer()
{
    const int nearest = seriesNear(m_hoverPos);
    setHighlightedSeries(nearest);
    // A line under the mouse can be clicked: say so the way links do.
    if (nearest >= 0)
        m_plot->setCursor(Qt::PointingHandCursor);
    else
        m_plot->unsetCursor();
}

void TimeSeriesPanel::clearHover()
{
    if (m_sync)
        m_sync->clear(this);
    m_hoverTimer->stop();
    if (m_highlighted >= 0)
        setHighlightedSeries(-1);
    m_plot->unsetCursor();
    QToolTip::hideText();
}

namespace {

/// The distance from `p` to the segment a-b, all in pixels.
double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace

int TimeSeriesPanel::seriesNear(const QPointF &pos, double tolerancePx) const
{
    if (!m_plot->axisRect()->rect().contains(pos.toPoint()))
        return -1;
    // Only the points within the tolerance of the mouse's column matter (plus one either side,
    // for the segments that cross it): a binary search per series, not a walk of 11,000 points.
    const double from = m_plot->xAxis->pixelToCoord(pos.x() - tolerancePx);
    const double to = m_plot->xAxis->pixelToCoord(pos.x() + tolerancePx);
    int nearest = -1;
    double nearestDistance = tolerancePx;
    for (qsizetype i = 0; i < m_plotted.size(); ++i) {
        const Plotted &p = m_plotted[i];
        if (!p.visible)
            continue;
        const QCPAxis *valueAxis = p.graph->valueAxis();
        const QSharedPointer<QCPGraphDataContainer> points = p.graph->data();
        auto it = points->findBegin(std::min(from, to), true);
        const auto end = points->findEnd(std::max(from, to), true);
        bool havePrevious = false;
        QPointF previous;
        for (; it != end; ++it) {
            if (!std::isfinite(it->value)) {
                havePrevious = false; // a gap: no segment across it
                continue;
            }
            const QPointF point(m_plot->xAxis->coordToPixel(it->key), valueAxis->coordToPixel(it->value));
            // A lone point (a new series) is drawn as a dot: its distance is to the point.
            const double distance = havePrevious ? distanceToSegment(pos, previous, point)
                                                 : std::hypot(pos.x() - point.x(), pos.y() - point.y());
            if (distance <= nearestDistance) {
                nearestDistance = distance;
                nearest = int(i);
            }
            previous = point;
            havePrevious = true;
        }
    }
    return nearest;
}

void TimeSeriesPanel::setHighlightedSeries(int index)
{
    if (index < 0 || index >= m_plotted.size() || !m_plotted[index].visible)
        index = -1;
    if (index == m_highlighted)
        return;
    m_highlighted = index;
    m_legend->setHighlightedRow(index);
    applyHighlight();
    m_plot->layer(kOverlayLayer)->replot();
}

void TimeSeriesPanel::applyHighlight()
{
    if (m_highlighted >= m_plotted.size() || (m_highlighted >= 0 && !m_plotted[m_highlighted].visible))
        m_highlighted = -1;
    if (m_highlighted < 0) {
        m_highlightHalo->setVisible(false);
        m_highlightLine->setVisible(false);
        return;
    }
    const Plotted &p = m_plotted[m_highlighted];
    const QPen pen = p.graph->pen();
    QColor halo = palette().color(QPalette::Base);
    halo.setAlphaF(0.85);
    QPen line = pen;
    line.setWidthF(pen.widthF() + 1.5);
    // More points than pixel columns: painted as column spans, like a dense panel (see
    // setSpanThickness); a few points: QCustomPlot's antialiased line.
    const bool spans = p.series.points.size() > 2 * qsizetype(std::max(1, m_plot->axisRect()->width()));
    const QList<std::pair<DenseGraph *, QPen>> graphs { { m_highlightHalo, QPen(halo, line.widthF() + 4) },
        { m_highlightLine, line } };
    for (const auto &[graph, graphPen] : graphs) {
        graph->setData(p.graph->data()); // shared, not copied
        graph->setValueAxis(p.graph->valueAxis());
        graph->setPen(graphPen);
        graph->setScatterStyle(p.graph->scatterStyle());
        graph->setSpanRendering(spans);
        graph->setSpanThickness(spans ? int(std::lround(graphPen.widthF())) | 1 : 1);
        graph->setAntialiased(!spans);
        graph->setVisible(true);
    }
}

void TimeSeriesPanel::onHoverTimeChanged(qint64 timeMs)
{
    const double t = timeMs / 1000.0;
    const QCPRange range = m_plot->xAxis->range();
    if (timeMs < 0 || m_plotted.isEmpty() || t < range.lower || t > range.upper) {
        if (m_crosshair->visible()) {
            m_crosshair->setVisible(false);
            m_plot->layer(kOverlayLayer)->replot();
        }
        m_crosshairText.clear();
        return;
    }
    m_crosshair->point1->setCoords(t, 0);
    m_crosshair->point2->setCoords(t, 1);
    m_crosshair->setVisible(true);

    QList<CrosshairReadout::Series> shown;
    for (const Plotted &p : std::as_const(m_plotted)) {
        if (p.visible)
            shown.append({ p.series.name, p.color, &p.series.points, p.stepSec });
    }
    const CrosshairReadout readout(timeMs, shown, panel().unit, panel().stacked);
    m_crosshairText = readout.plainText();
    const QString html = readout.html();

    if (m_sync && m_sync->source() == this && m_plot->underMouse())
        QToolTip::showText(m_lastGlobalPos + QPoint(18, 18), html, m_plot);
    // Only the overlay layer is redrawn: moving the line must not replot 45 dense series.
    m_plot->layer(kOverlayLayer)->replot();
}

void TimeSeriesPanel::onZoomRect(const QRect &rect)
{
    if (rect.width() < 6)
        return;
    double from = m_plot->xAxis->pixelToCoord(rect.left());
    double to = m_plot->xAxis->pixelToCoord(rect.right());
    if (from > to)
        std::swap(from, to);
    m_plot->xAxis->setRange(from, to);
    updateTimeFormat();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit zoomRequested(std::llround(from * 1000), std::llround(to * 1000));
}

void TimeSeriesPanel::onPlotClick(const QPointF &pos)
{
    // The same reach as the highlight: what lights up under the mouse is what a click opens.
    const int nearest = seriesNear(pos);
    if (nearest >= 0) {
        m_clickedLabels = m_plotted[nearest].series.labels;
        m_clickTimer->start();
    }
}

bool TimeSeriesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::Leave)
            clearHover();
        else if (event->type() == QEvent::Resize)
            updateTickCounts();
    }
    return PanelContent::eventFilter(watched, event);
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
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "barspanel.h"

#include "paneldata.h"
#include "seriespalette.h"
#include "thresholdcolors.h"
#include "unitformat.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QLegend>
#include <QLegendMarker>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

/// The bar colour washed out toward the background, for a bucket that is still filling.
QColor partialColor(const QColor &color, const QColor &background)
{
    const auto mix = [](int a, int b) { return (a * 2 + b * 3) / 5; };
    return QColor(mix(color.red(), background.red()), mix(color.green(), background.green()),
        mix(color.blue(), background.blue()));
}

/// The ends of the buckets to show (unix seconds). With the range the refresher sent, every
/// bucket of it, data or not: the axis spans the whole range even on a server started a
/// minute ago. Data without a range (older callers) falls back to the timestamps present.
QList<double> bucketEndsOf(const PanelData &data, const QList<PanelSeries> &series)
{
    constexpr qint64 kMostBuckets = 20000; // far above what a panel can draw; guards odd input
    QList<double> out;
    if (data.stepMs > 0 && data.endMs >= data.startMs && data.startMs > 0
        && (data.endMs - data.startMs) / data.stepMs < kMostBuckets) {
        for (qint64 t = data.startMs; t <= data.endMs; t += data.stepMs)
            out.append(double(t) / 1000.0);
        return out;
    }
    QSet<qint64> seen;
    for (const PanelSeries &s : series) {
        for (const Sample &p : s.points) {
            if (!seen.contains(std::llround(p.t * 1000))) {
                seen.insert(std::llround(p.t * 1000));
                out.append(p.t);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString timeFormat(double bucketSec, double spanSec)
{
    if (bucketSec > 0 && bucketSec < 60)
        return QStringLiteral("HH:mm:ss");
    return spanSec > 20 * 3600 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm");
}

} // namespace

BarsPanel::BarsPanel(const Panel &panel, QWidget *parent)
    : PanelContent(panel, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setBackgroundVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_view);
    applyTheme();
}

void BarsPanel::setPanelData(const PanelData &panelData)
{
    const QList<PanelSeries> series = SeriesPalette::sorted(panelData.series);
    const QList<QColor> colors = SeriesPalette::colorsFor(panel(), series);

    m_times = bucketEndsOf(panelData, series);
    m_bucketSec = (panelData.stepMs > 0 ? panelData.stepMs : panel().bucketMs) / 1000.0;
    // A bucket ending after the queries were sent was still filling: fewer counts than it will have.
    m_partialFrom = int(m_times.size());
    if (panelData.evaluatedAtMs > 0) {
        while (m_partialFrom > 0 && m_times[m_partialFrom - 1] * 1000 > double(panelData.evaluatedAtMs))
            --m_partialFrom;
    }
    m_evaluatedAtMs = panelData.evaluatedAtMs;
    const double span = m_times.isEmpty() ? 0 : m_times.last() - m_times.first();
    const QString format = timeFormat(m_bucketSec, span);
    m_categories.clear();
    for (double t : std::as_const(m_times)) {
        // Labelled with the bucket's start: "13:15" holds 13:15 to 13:20.
        QString label
            = QDateTime::fromMSecsSinceEpoch(std::llround((t - m_bucketSec) * 1000)).toString(format);
        // Qt Charts needs unique category names; a clash only happens with odd timestamps.
        while (m_categories.contains(label))
            label += QChar(0x200B);
        m_categories.append(label);
    }

    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = m_chart->axes();
    for (QAbstractAxis *axis : oldAxes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_sets.clear();
    m_names.clear();
    m_labels.clear();
    m_timeAxis = nullptr;
    m_valueAxis = nullptr;

    QAbstractBarSeries *bars = panel().stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                               : static_cast<QAbstractBarSeries *>(new QBarSeries);
    bars->setBarWidth(0.8);
    QList<double> totals(m_times.size(), 0.0);
    double highest = 0;
    for (qsizetype i = 0; i < series.size(); ++i) {
        // Qt Charts renders legend labels as HTML; series names are label values, so escape them.
        auto *set = new QBarSet(series[i].name.toHtmlEscaped());
        set->setColor(colors[i]);
        set->setBorderColor(colors[i]);
        // The bucket still filling is drawn faded (Qt Charts paints selected bars in their own colour).
        set->setSelectedColor(partialColor(colors[i], palette().color(QPalette::Base)));
        QList<double> values(m_times.size(), 0.0);
        for (const Sample &p : series[i].points) {
            const auto at = std::lower_bound(m_times.cbegin(), m_times.cend(), p.t - 1e-3);
            // NaN ("no traffic") and missing buckets both draw as an empty bar.
            if (at != m_times.cend() && std::fabs(*at - p.t) < 1e-3 && std::isfinite(p.v))
                values[at - m_times.cbegin()] = p.v;
        }
        for (qsizetype c = 0; c < values.size(); ++c) {
            set->append(values[c]);
            totals[c] += std::max(0.0, values[c]);
            highest = std::max(highest, values[c]);
        }
        for (int c = m_partialFrom; c < int(values.size()); ++c)
            set->selectBar(c);
        bars->append(set);
        m_sets.append(set);
        m_names.append(series[i].name);
        m_labels.append(series[i].labels);
    }
    m_chart->addSeries(bars);
    connect(bars, &QAbstractBarSeries::hovered, this,
        [this](bool status, int index, QBarSet *) { onHovered(status, index); });
    connect(bars, &QAbstractBarSeries::clicked, this, &BarsPanel::onClicked);

    // A value axis under the bars (bucket i sits at x = i) lets the labels thin out: a
    // QBarCategoryAxis labels every bucket and elides them all once the bars get narrow.
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setGridLineVisible(false);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    bars->attachAxis(m_timeAxis);
    updateTimeLabels();

    if (panel().stacked && !totals.isEmpty())
        highest = *std::max_element(totals.cbegin(), totals.cend());
    m_highest = highest;
    m_valueAxis = new QCategoryAxis;
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueTicks = 0;
    updateValueLabels();
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    bars->attachAxis(m_valueAxis);
    m_chart->legend()->setVisible(m_sets.size() > 1);
    applyTheme();
}

void BarsPanel::updateValueLabels()
{
    if (!m_valueAxis)
        return;
    // Qt Charts elides every value label once they crowd each other: fewer ticks on a short
    // panel (or in a wall display's large type) keep them readable. Redone on resize: a
    // panel gets its data before its final size (an export lays it out afterwards).
    const int ticks = std::clamp(int(height() / (4 * QFontMetricsF(font()).height())), 2, 4);
    if (ticks == m_valueTicks)
        return;
    m_valueTicks = ticks;
    const QStringList old = m_valueAxis->categoriesLabels();
    for (const QString &label : old)
        m_valueAxis->remove(label);
    const double step = std::max(axisTickStep(panel().unit, 0, m_highest, ticks), 1e-9);
    const double top = std::max(step, std::ceil(m_highest * 1.02 / step) * step);
    const AxisScale scale = axisScale(panel().unit, top, step);
    m_valueAxis->setStartValue(-top * 1e-6);
    m_valueAxis->append(formatTick(0, scale), 0);
    for (double v = step; v <= top + step / 2; v += step)
        m_valueAxis->append(formatTick(v, scale), v);
    m_valueAxis->setRange(0, top);
}

void BarsPanel::updateTimeLabels()
{
    if (!m_timeAxis)
        return;
    const QStringList old = m_timeAxis->categoriesLabels();
    for (const QString &label : old)
        m_timeAxis->remove(label);
    const int count = int(m_categories.size());
    const double labelWidth
        = QFontMetricsF(m_timeAxis->labelsFont()).horizontalAdvance(m_categories.value(0)) + 24;
    const double available = std::max(60.0, double(m_view->width() - 70));
    const int needed = std::max(1, int(std::ceil(count * labelWidth / available)));
    int every = needed;
    for (const int nice : { 1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60, 120, 240, 480 }) {
        if (nice >= needed) {
            every = nice;
            break;
        }
    }
    // Start on a round time (10:00, 10:15, ...) when the buckets are regular.
    int first = 0;
    const qint64 period = std::llround(every * m_bucketSec);
    for (int i = 0; period > 0 && i < std::min(every, count); ++i) {
        if (std::llround(m_times[i] - m_bucketSec) % period == 0) {
            first = i;
            break;
        }
    }
    // A label centred on a bar near the left edge reaches under the value axis and runs into
    // its "0": the first label is one that fits right of the edge.
    const double pitch = available / std::max(1, count);
    while (first + every < count && (first + 0.5) * pitch < labelWidth / 2)
        first += every;
    m_timeAxis->setStartValue(-0.5);
    for (int i = first; i < count; i += every)
        m_timeAxis->append(m_categories[i], i);
    m_timeAxis->setRange(-0.5, std::max(0.5, count - 0.5));
}

void BarsPanel::resizeEvent(QResizeEvent *event)
{
    PanelContent::resizeEvent(event);
    updateTimeLabels();
    updateValueLabels();
}

void BarsPanel::changeEvent(QEvent *event)
{
    PanelContent::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyTheme();
    if (event->type() == QEvent::FontChange)
        updateValueLabels();
}

QStringList BarsPanel::valueLabels() const
{
    return m_valueAxis ? m_valueAxis->categoriesLabels() : QStringList();
}

QString BarsPanel::barSetName(int set) const
{
    return m_names.value(set);
}

QColor BarsPanel::barSetColor(int set) const
{
    return set >= 0 && set < m_sets.size() ? m_sets[set]->color() : QColor();
}

double BarsPanel::barValue(int set, int category) const
{
    if (set < 0 || set >= m_sets.size() || category < 0 || category >= m_sets[set]->count())
        return 0;
    return m_sets[set]->at(category);
}

QString BarsPanel::hoverText(int category) const
{
    if (category < 0 || category >= m_times.size())
        return QString();
    const qint64 endMs = std::llround(m_times[category] * 1000);
    const QString clock
        = m_bucketSec > 0 && m_bucketSec < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    const QString end = QDateTime::fromMSecsSinceEpoch(endMs).toString(clock);
    QStringList lines;
    if (m_bucketSec > 0) {
        const QString start
            = QDateTime::fromMSecsSinceEpoch(endMs - std::llround(m_bucketSec * 1000)).toString(clock);
        lines.append(tr("%1 – %2").arg(start, end));
    } else {
        lines.append(end);
    }
    if (isPartial(category)) {
        lines.append(
            tr("Still filling: counted up to %1")
                .arg(QDateTime::fromMSecsSinceEpoch(m_evaluatedAtMs).toString(QStringLiteral("HH:mm:ss"))));
    }
    double total = 0;
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        const double v = m_sets[i]->at(category);
        total += v;
        lines.append(
            tr("%1: %2").arg(m_names[i], formatValue(v, panel().unit, panel().decimals.value_or(-1))));
    }
    if (m_sets.size() > 1)
        lines.append(tr("Total: %1").arg(formatValue(total, panel().unit, panel().decimals.value_or(-1))));
    return lines.join(QLatin1Char('\n'));
}

bool BarsPanel::isPartial(int category) const
{
    return category >= m_partialFrom && category < int(m_times.size());
}

void BarsPanel::onHovered(bool status, int index)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    // Set names come from labels: shown escaped inside a pre-formatted block, never as markup.
    const QString html
        = QStringLiteral("<p style='white-space:pre'>%1</p>").arg(hoverText(index).toHtmlEscaped());
    QToolTip::showText(QCursor::pos() + QPoint(14, 14), html, m_view);
}

void BarsPanel::onClicked(int, QBarSet *set)
{
    const qsizetype index = m_sets.indexOf(set);
    if (index >= 0)
        emit seriesActivated(panel().id, m_labels[index]);
}

void BarsPanel::applyTheme()
{
    const QColor base = palette().color(QPalette::Base);
    QColor text = palette().color(QPalette::Text);
    m_view->setBackgroundBrush(base);
    QColor faded = text;
    faded.setAlphaF(0.7);
    QColor grid = text;
    grid.setAlphaF(0.09);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_chart->legend()->setLabelColor(text);
    m_chart->legend()->setFont(small);
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(faded);
        axis->setLabelsFont(small);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setShadesVisible(false);
    }
}

} // namespace pivori

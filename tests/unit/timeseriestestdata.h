// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the time-series panel's tests share: a latency panel of three quantiles with a hole
// and a NaN, points written compactly, and a mouse move delivered straight to a widget.
#include "consoleconfig.h"
#include "paneldata.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QStringList>
#include <QWidget>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <utility>

namespace pivori::timeseriestest {

inline const double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kStart = 1'700'000'000; // unix seconds
constexpr qint64 kStepMs = 15'000;

inline Panel latencyPanel()
{
    Panel p;
    p.id = QStringLiteral("latency");
    p.title = QStringLiteral("Latency Distribution");
    p.type = PanelType::TimeSeries;
    p.unit = PanelUnit::Seconds;
    p.min = 0;
    p.queries = { PanelQuery { QStringLiteral("q50"), QStringLiteral("P50"), QStringLiteral("green") },
        PanelQuery { QStringLiteral("q95"), QStringLiteral("P95"), QStringLiteral("orange") },
        PanelQuery { QStringLiteral("q99"), QStringLiteral("P99"), QStringLiteral("red") } };
    p.thresholds
        = { Threshold { 0.5, QStringLiteral("yellow"), Severity::Warning, QStringLiteral("P95 target") },
              Threshold { 1, QStringLiteral("red"), Severity::Critical, QStringLiteral("P99 target") } };
    return p;
}

inline PanelSeries constantSeries(const QString &name, int query, double value, int points = 20)
{
    PanelSeries s;
    s.name = name;
    s.queryIndex = query;
    s.labels.insert(QStringLiteral("quantile"), name);
    for (int i = 0; i < points; ++i)
        s.points.append(Sample { kStart + i * 15.0, value });
    return s;
}

inline PanelData latencyData()
{
    PanelData d;
    d.state = PanelData::State::Ok;
    d.startMs = qint64(kStart * 1000);
    d.endMs = d.startMs + 19 * kStepMs;
    d.stepMs = kStepMs;
    d.series = { constantSeries(QStringLiteral("P50"), 0, 0.12),
        constantSeries(QStringLiteral("P95"), 1, 0.38), constantSeries(QStringLiteral("P99"), 2, 0.85) };
    d.series[2].points[5].v = kNaN; // no traffic at one step
    d.series[1].points.remove(10, 3); // a hole of three steps
    return d;
}

inline QList<Sample> samples(std::initializer_list<std::pair<double, double>> points)
{
    QList<Sample> list;
    for (const auto &[t, v] : points)
        list.append(Sample { t, v });
    return list;
}

inline QString render(const QList<Sample> &points)
{
    QStringList parts;
    for (const Sample &s : points)
        parts.append(QStringLiteral("%1=%2").arg(s.t).arg(
            std::isnan(s.v) ? QStringLiteral("NaN") : QString::number(s.v)));
    return parts.join(QLatin1Char(' '));
}

/// A mouse move delivered to the widget itself: QTest::mouseMove goes through the window
/// system, which after an earlier test's double-click on another window may not deliver it.
inline void hover(QWidget *widget, const QPointF &pos)
{
    QMouseEvent move(
        QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &move);
}

} // namespace pivori::timeseriestest

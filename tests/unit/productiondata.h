// SPDX-License-Identifier: GPL-3.0-or-later
// Fixed data for the built-in production dashboard, built here so that every export of it
// (PNG, SVG, PDF) shows exactly the same numbers: 14 services, 45 pods, status bars up to
// 0.8 M per bucket. Deterministic (no clock, no random numbers).
#pragma once

#include "configloader.h"
#include "consoleconfig.h"
#include "paneldata.h"

#include <QStringList>

#include <cmath>

namespace pivori::testing {

inline constexpr qint64 kProductionStartMs = 1'795'608'000'000; // 2026-11-25 12:00:00 UTC
inline constexpr qint64 kProductionRangeMs = 3'600'000;
inline constexpr qint64 kProductionStepMs = 15'000;

inline QStringList productionServices()
{
    return { QStringLiteral("api-gateway"), QStringLiteral("audit"), QStringLiteral("auth"),
        QStringLiteral("geolocation"), QStringLiteral("market-data"), QStringLiteral("notifications"),
        QStringLiteral("order-router"), QStringLiteral("payments"), QStringLiteral("portfolio"),
        QStringLiteral("pricing"), QStringLiteral("reporting"), QStringLiteral("risk"),
        QStringLiteral("search"), QStringLiteral("trading") };
}

/// 45 pods: three per service of the first 15 names (the list wraps), with hash-like suffixes.
inline QStringList productionPods(int count = 45)
{
    const QStringList services = productionServices();
    QStringList pods;
    for (int i = 0; i < count; ++i) {
        const QString suffix = QString::number(0x5a3c1 * (i + 7) % 0xfffff, 36);
        pods << QStringLiteral("%1-7f9c%2-%3").arg(services[i / 3 % services.size()]).arg(i % 3).arg(suffix);
    }
    return pods;
}

/// The built-in production dashboard, as shipped.
inline Dashboard productionDashboard()
{
    const ConfigLoadResult loaded = ConfigLoader::loadFile(ConfigLoader::builtInPath());
    const Dashboard *dashboard = loaded.config.dashboard(QStringLiteral("production"));
    return dashboard ? *dashboard : Dashboard();
}

inline PanelData okData(qint64 stepMs = kProductionStepMs)
{
    PanelData d;
    d.state = PanelData::State::Ok;
    d.startMs = kProductionStartMs;
    d.endMs = kProductionStartMs + kProductionRangeMs;
    d.stepMs = stepMs;
    return d;
}

/// One series per name over the range; @p value(series, step) gives each point.
template <typename F>
PanelData seriesData(
    const QStringList &names, const QString &label, F value, qint64 stepMs = kProductionStepMs)
{
    PanelData d = okData(stepMs);
    const int steps = int(kProductionRangeMs / stepMs);
    for (int s = 0; s < names.size(); ++s) {
        PanelSeries series;
        series.name = names[s];
        if (!label.isEmpty())
            series.labels.insert(label, names[s]);
        else
            series.queryIndex = s;
        for (int i = 0; i <= steps; ++i)
            series.points.append(Sample { (kProductionStartMs + i * stepMs) / 1000.0, value(s, i) });
        d.series.append(series);
    }
    return d;
}

/// Status bars: 12 buckets of 5 minutes; 2xx climbs to 0.8 M, 4xx and 5xx stay visible.
inline PanelData statusBarsData()
{
    PanelData d = okData(300'000);
    d.startMs += 300'000; // the refresher's bars range runs from the first bucket's end
    const QStringList classes { QStringLiteral("2xx"), QStringLiteral("4xx"), QStringLiteral("5xx") };
    for (int q = 0; q < classes.size(); ++q) {
        PanelSeries series;
        series.name = classes[q];
        series.queryIndex = q;
        for (int i = 1; i <= 12; ++i) {
            const double ok = 200'000 + 600'000 * i / 12.0;
            const double v = q == 0 ? ok : q == 1 ? 0.04 * ok : 0.01 * ok;
            series.points.append(Sample { (kProductionStartMs + qint64(i) * 300'000) / 1000.0, v });
        }
        d.series.append(series);
    }
    return d;
}

/// Every panel of the production dashboard with its data, by panel id.
inline QMap<QString, PanelData> productionData()
{
    QMap<QString, PanelData> data;
    PanelData uptime = okData();
    uptime.value = 99.93;
    data.insert(QStringLiteral("uptime"), uptime);
    data.insert(QStringLiteral("latency"),
        seriesData({ QStringLiteral("P50"), QStringLiteral("P95"), QStringLiteral("P99") }, QString(),
            [](int s, int i) { return (0.08 + 0.17 * s * s) * (1 + 0.2 * std::sin(i / 20.0)); }));
    data.insert(QStringLiteral("request-rate"),
        seriesData(productionServices(), QStringLiteral("service"),
            [](int s, int i) { return 40.0 + 9 * s + 15 * std::sin(i / 25.0 + s); }));
    data.insert(QStringLiteral("error-rate"),
        seriesData({ QStringLiteral("5xx"), QStringLiteral("4xx") }, QString(),
            [](int s, int i) { return s == 0 ? 0.05 + 0.03 * std::sin(i / 9.0) : 2 + std::sin(i / 30.0); }));
    data.insert(QStringLiteral("memory"),
        seriesData(productionPods(), QStringLiteral("pod"),
            [](int s, int i) { return (0.4 + 0.025 * s + 0.05 * std::sin(i / 15.0 + s)) * 1e9; }));
    data.insert(QStringLiteral("cpu"), seriesData(productionPods(), QStringLiteral("pod"), [](int s, int i) {
        return 10.0 + s + 5 * std::cos(i / 12.0 + s);
    }));
    data.insert(QStringLiteral("connections"),
        seriesData(productionServices(), QStringLiteral("service"),
            [](int s, int i) { return 20.0 + 3 * s + 4 * std::sin(i / 7.0 + s); }));
    data.insert(QStringLiteral("status"), statusBarsData());
    return data;
}

} // namespace pivori::testing

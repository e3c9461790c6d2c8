// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "promtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pivori {

/// One plotted series of a panel: Prometheus's labels, the legend text made from the
/// query's legend template, and the points as Prometheus sent them (NaN kept: it means
/// "no traffic", which is not the same as a missing point).
struct PanelSeries final
{
    QString name; ///< legend text, e.g. "trading P95"
    LabelSet labels; ///< exactly Prometheus's label set
    int queryIndex = 0; ///< index into Panel::queries
    QList<Sample> points;
};

/// What a panel shows after one refresh: the data, or why there is none. Produced by the
/// dashboard refresher in models/, consumed by the panel widgets and the snapshot writer.
struct PanelData final
{
    enum class State {
        Loading, ///< first answer not in yet
        Ok, ///< data to show
        NoData, ///< every query answered with an empty result
        Error, ///< at least one query failed; `error` says why
    };

    State state = State::Loading;
    QList<PanelSeries> series;
    std::optional<double> value; ///< gauge and stat: the single reading (may be NaN)
    QString error; ///< Prometheus's own message (or the transport's)
    QStringList warnings; ///< Prometheus's warnings, and ours (several series on a gauge)
    QStringList expressions; ///< per query, exactly as sent (variables expanded)
    /// Range the data covers (unix ms): the first and last evaluation times, `stepMs` apart.
    /// For bars, the ends of the first and last buckets (clockAlignedBuckets()).
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 0;
    /// The clock when the queries were sent: a bucket ending later was still filling.
    qint64 evaluatedAtMs = 0;
    QDateTime fetchedAt; ///< when this state was produced
    QDateTime lastSuccess; ///< when good data last arrived; invalid if never
};

} // namespace pivori

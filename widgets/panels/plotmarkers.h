// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the time series panel: includes qcustomplot.h, so never include it from a
// public header (QCustomPlot is a private dependency of pivori_widgets).

#include "consoleconfig.h"
#include "seriesgaps.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

#include <qcustomplot.h>

namespace pivori {

/// The items a time series plot draws besides its graphs: dashed threshold lines with their
/// captions, and the hatched "no traffic" marks along the bottom.
class PlotMarkers final
{
public:
    /// Lines and marks go on `markersLayer` (under the graphs), captions on `captionsLayer`.
    PlotMarkers(QCustomPlot *plot, const QString &markersLayer, const QString &captionsLayer);
    ~PlotMarkers();
    PlotMarkers(const PlotMarkers &) = delete;
    PlotMarkers &operator=(const PlotMarkers &) = delete;

    /// Replaces the threshold lines, each on its axis (set the axes' ranges first), captioned in
    /// that axis' unit. Thresholds at or below the bottom of their axis are left out.
    void setThresholds(const QList<Threshold> &thresholds, PanelUnit leftUnit, PanelUnit rightUnit,
        const QColor &background, const QFont &captionFont);
    /// Replaces the no-traffic marks (at most a few hundred: they are merged spans already).
    void setNoTraffic(const QList<TimeSpan> &spans);

    /// Where the threshold captions were last drawn, in plot pixels, lowest threshold first.
    QList<QRectF> captionBoxes() const;

private:
    struct Caption
    {
        QCPItemText *item;
        double value;
        QCPAxis *axis;
    };

    void clear(QList<QCPAbstractItem *> &items);
    /// Puts every caption where it is whole and clear of the others, for the plot's current size.
    void placeCaptions();

    QCustomPlot *m_plot;
    QString m_markersLayer;
    QString m_captionsLayer;
    QList<QCPAbstractItem *> m_thresholdItems;
    QList<QCPAbstractItem *> m_noTrafficItems;
    QList<Caption> m_captions; ///< ascending by value; the items are in m_thresholdItems
    QMetaObject::Connection m_layoutConnection;
};

} // namespace pivori

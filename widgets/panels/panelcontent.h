// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "paneldata.h"
#include "promtypes.h"

#include <QWidget>

namespace pivori {

/// What a panel draws inside its frame (gauge, time series, bars, stat). The frame shows the
/// loading, error and no-data states; the content only ever sees data it can draw.
class PanelContent : public QWidget
{
    Q_OBJECT
public:
    explicit PanelContent(const Panel &panel, QWidget *parent = nullptr);

    const Panel &panel() const { return m_panel; }

    /// New data in state Ok. Called only when hasSomethingToShow(data) holds.
    virtual void setPanelData(const PanelData &data) = 0;

    /// For a panel that is never on screen, only drawn into pictures (`snapshot`): whatever it
    /// would draw for the screen at each answer may be left out. Default: nothing to leave out.
    virtual void setDrawnOnlyInPictures(bool /*only*/) { }

    /// Whether Ok data holds anything this kind of panel can draw: a reading (even NaN, which
    /// is "no traffic") for gauges and stats, at least one point for series panels.
    static bool hasSomethingToShow(PanelType type, const PanelData &panelData);
    /// The single reading of a gauge or stat: `value`, else the last point of the first series.
    static std::optional<double> singleValue(const PanelData &panelData);

signals:
    /// A series was clicked in the plot area (drill-down).
    void seriesActivated(const QString &panelId, const pivori::LabelSet &labels);
    /// The user dragged across a time range (unix ms).
    void zoomRequested(qint64 startMs, qint64 endMs);
    /// The user asked for the dashboard's own time range back.
    void zoomResetRequested();

private:
    Panel m_panel;
};

} // namespace pivori

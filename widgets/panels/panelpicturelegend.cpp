// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelpicturelegend.h"

#include "barspanel.h"
#include "picturelegend.h"
#include "serieslegend.h"
#include "timeseriespanel.h"

#include <QChart>
#include <QChartView>
#include <QLegend>

namespace pivori {

namespace {

/// Lines (areas when stacked); the screen legend below the plot is replaced.
class TimeSeriesPictureLegend final : public PictureLegendSource
{
public:
    explicit TimeSeriesPictureLegend(TimeSeriesPanel *panel)
        : PictureLegendSource(panel)
        , m_panel(panel)
    {
    }

    QList<PictureLegendEntry> entries() const override
    {
        QList<PictureLegendEntry> out;
        for (int i = 0; i < m_panel->seriesCount(); ++i) {
            out.append({ m_panel->seriesName(i), m_panel->seriesColor(i), Qt::SolidLine,
                m_panel->panel().stacked, m_panel->isSeriesVisible(i) });
        }
        return out;
    }

    QWidget *screenLegend() const override { return m_panel->legend(); }
    void prepareForPicture() override { m_panel->finishPendingApply(); }

private:
    TimeSeriesPanel *m_panel;
};

/// Bar sets as filled boxes; Qt Charts' own legend, inside the chart, is hidden meanwhile.
class BarsPictureLegend final : public PictureLegendSource
{
public:
    explicit BarsPictureLegend(BarsPanel *panel)
        : PictureLegendSource(panel)
        , m_panel(panel)
    {
    }

    QList<PictureLegendEntry> entries() const override
    {
        QList<PictureLegendEntry> out;
        for (int i = 0; i < m_panel->barSetCount(); ++i)
            out.append({ m_panel->barSetName(i), m_panel->barSetColor(i), Qt::SolidLine, true, true });
        return out;
    }

    void setPlotLegendShown(bool shown) override
    {
        QLegend *legend = m_panel->chartView()->chart()->legend();
        if (!shown) {
            m_wasShown = legend->isVisible();
            legend->setVisible(false);
        } else {
            legend->setVisible(m_wasShown);
        }
    }

private:
    BarsPanel *m_panel;
    bool m_wasShown = false;
};

} // namespace

void attachPictureLegend(PanelContent *content)
{
    if (auto *series = qobject_cast<TimeSeriesPanel *>(content)) {
        if (series->panel().legendMode != LegendMode::Hidden)
            new TimeSeriesPictureLegend(series);
    } else if (auto *bars = qobject_cast<BarsPanel *>(content))
        new BarsPictureLegend(bars);
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace pivori {

/// The plot of a time-series panel: QCustomPlot, which can be told not to draw itself anew when
/// its size changes. A panel only ever drawn into pictures (`snapshot`) sets that: a picture
/// lays the plot out and draws it itself (toPainter), and the frame's first showing and the
/// legend's arrival each resized the plot, redrawing every line for nobody.
class PanelPlot final : public QCustomPlot
{
public:
    using QCustomPlot::QCustomPlot;

    void setReplotOnResize(bool replot) { m_replotOnResize = replot; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        if (m_replotOnResize)
            QCustomPlot::resizeEvent(event);
        else
            setViewport(rect()); // what QCustomPlot does before it replots
    }

private:
    bool m_replotOnResize = true;
};

} // namespace pivori

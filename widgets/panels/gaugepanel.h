// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldsettings.h"
#include "panelcontent.h"

#include <optional>

namespace pivori {

/// A 240° dial: the panel's thresholds as coloured bands around the rim, an arc up to the
/// reading in its threshold's colour, and the reading with its unit large in the middle.
/// Everything scales with the widget; NaN reads "No traffic".
class GaugePanel final : public PanelContent
{
    Q_OBJECT
public:
    explicit GaugePanel(const Panel &panel, QWidget *parent = nullptr);

    void setPanelData(const PanelData &data) override;

    std::optional<double> value() const { return m_value; }
    /// The reading as written in the middle ("99.95 %", "No traffic").
    QString valueText() const;
    /// The colour of the value arc: the series' fixed colour (an override), else the reading's
    /// threshold colour.
    QColor valueColor() const;
    /// The scale the dial spans (from the panel, else derived from thresholds and reading).
    double scaleMin() const;
    double scaleMax() const;

    /// A floor for the type, as a wall sets it: no text of the dial smaller than @p textPixels,
    /// the reading not smaller than @p valuePixels, however small the dial (0: no floor).
    void setMinimumPixels(int textPixels, int valuePixels);
    /// The fonts the dial is drawn with at its present size: the reading, and the scale's ends.
    QFont valueFont() const;
    QFont labelFont() const;

    QSize sizeHint() const override { return { 240, 180 }; }
    QSize minimumSizeHint() const override { return { 100, 80 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// Where everything goes in the present size; paintEvent() and the font getters share it.
    struct Dial
    {
        QPointF centre;
        double radius = 0;
        double bandWidth = 0;
        double gap = 0;
        double trackWidth = 0;
        double labelHeight = 0;
        QFont value;
        QFont labels;
    };
    Dial dial() const;
    double fraction(double v) const;

    std::optional<double> m_value;
    SeriesField m_field; ///< the reading's series' settings
    Panel m_shown; ///< the panel with m_field's unit, limits and thresholds
    int m_minTextPixels = 0;
    int m_minValuePixels = 0;
};

} // namespace pivori

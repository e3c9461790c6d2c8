// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldsettings.h"
#include "panelcontent.h"

#include <QList>

#include <optional>

namespace pivori {

/// One reading, large, in its threshold's colour, over a faint sparkline of the first series
/// when the data has one. NaN reads "No traffic". The reading takes the settings of the
/// series it comes from (overrides), and a value mapping's text and colour when one matches.
class StatPanel final : public PanelContent
{
    Q_OBJECT
public:
    explicit StatPanel(const Panel &panel, QWidget *parent = nullptr);

    void setPanelData(const PanelData &data) override;

    std::optional<double> value() const { return m_value; }
    QString valueText() const;
    /// The reading's colour: a value mapping's, else the series' fixed colour, else its
    /// threshold's (the text is drawn in a legible shade of it).
    QColor valueColor() const;
    /// The settings the reading is shown with (the panel's, its series' overrides applied).
    const SeriesField &field() const { return m_field; }

    /// A floor for the reading's type, as a wall sets it: never smaller than @p pixels,
    /// however small the panel (0: no floor).
    void setMinimumValuePixels(int pixels);
    /// The font the reading is drawn with at the panel's present size.
    QFont valueFont() const;

    QSize sizeHint() const override { return { 200, 120 }; }
    QSize minimumSizeHint() const override { return { 80, 50 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// Where the reading goes: above the sparkline when there is one.
    QRectF valueArea() const;

    std::optional<double> m_value;
    SeriesField m_field;
    std::optional<MappedValue> m_mapped;
    int m_minValuePixels = 0;
    QList<Sample> m_spark;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldsettings.h"
#include "panelcontent.h"

#include <QList>

class QScrollArea;

namespace pivori {

class BarGaugeBody;

/// One horizontal bar per series, in the order the queries gave them: the series' name, a bar
/// from min to max in its threshold's colour, and the reading. Rows keep a legible height and
/// the panel scrolls when there are more than fit; long names are elided (full in the tooltip).
/// A click on a bar opens the panel's link for that series.
class BarGaugePanel final : public PanelContent
{
    Q_OBJECT
public:
    struct Row
    {
        QString name; ///< an override's display name, else the legend name
        LabelSet labels;
        double value = 0; ///< NaN: no traffic
        SeriesField field; ///< the panel's settings with the series' overrides
        std::optional<MappedValue> mapped; ///< the value mapping that matched, if any
    };

    explicit BarGaugePanel(const Panel &panel, QWidget *parent = nullptr);

    void setPanelData(const PanelData &data) override;

    const QList<Row> &rows() const { return m_rows; }
    QString valueText(const Row &row) const;
    QColor rowColor(const Row &row) const;
    double scaleMin() const;
    double scaleMax() const;
    /// Where the bar of a value ends, 0 (min) to 1 (max), clamped.
    double fraction(double value) const;
    /// The same for a row, against its own min and max when an override sets them.
    double fraction(const Row &row) const;

    QSize sizeHint() const override { return { 300, 160 }; }
    QSize minimumSizeHint() const override { return { 100, 40 }; }

protected:
    /// The rows' height follows the visible height: the viewport's resizes re-lay them out.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class BarGaugeBody;
    QList<Row> m_rows;
    BarGaugeBody *m_body;
    QScrollArea *m_scroll;
};

} // namespace pivori

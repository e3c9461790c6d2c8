// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panelcontent.h"

#include <QList>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace pivori {

/// Counts per time bucket as stacked bars (Qt Charts): one bar set per series, e.g. 2xx, 4xx
/// and 5xx in their query colours; categories are every bucket of the range the refresher
/// sent (PanelData start to end by step: the axis spans the whole range, data or not),
/// labelled with their start time. The bucket still filling is drawn faded and says so.
/// Hovering a bar lists every set's count in that bucket; clicking one activates its series.
class BarsPanel final : public PanelContent
{
    Q_OBJECT
public:
    explicit BarsPanel(const Panel &panel, QWidget *parent = nullptr);

    void setPanelData(const PanelData &data) override;

    // Read back for export and tests.
    int categoryCount() const { return int(m_times.size()); }
    QStringList categories() const { return m_categories; }
    /// The value axis' labels, bottom up.
    QStringList valueLabels() const;
    int barSetCount() const { return int(m_sets.size()); }
    QString barSetName(int set) const;
    QColor barSetColor(int set) const;
    double barValue(int set, int category) const;
    /// The hover tooltip of a bucket, as plain text.
    QString hoverText(int category) const;
    /// True for a bucket that ended after the data was asked for (still filling).
    bool isPartial(int category) const;
    /// Bucket ends, unix seconds.
    QList<double> bucketEnds() const { return m_times; }
    QChartView *chartView() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTimeLabels();
    void updateValueLabels();
    void onHovered(bool status, int index);
    void onClicked(int index, QBarSet *set);
    void applyTheme();

    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QCategoryAxis *m_timeAxis = nullptr;
    QCategoryAxis *m_valueAxis = nullptr;
    double m_highest = 0; ///< the tallest bar (stack), which the value axis must reach
    int m_valueTicks = 0; ///< how many value labels the axis has now
    QList<double> m_times; ///< bucket end, unix seconds
    QStringList m_categories;
    QList<QBarSet *> m_sets;
    QStringList m_names; ///< as given, unescaped
    QList<LabelSet> m_labels;
    double m_bucketSec = 0;
    int m_partialFrom = 0; ///< the first bucket still filling (m_times.size() when none)
    qint64 m_evaluatedAtMs = 0;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace pivori {

/// The field settings one series of a panel is shown with: the panel's own, then those of
/// every override matching the series, in the order written.
struct SeriesField final
{
    PanelUnit unit = PanelUnit::None;
    std::optional<int> decimals;
    std::optional<double> min;
    std::optional<double> max;
    QList<Threshold> thresholds;
    QString color; ///< "#rrggbb" from an override; empty = the threshold's or palette's colour
    QString displayName; ///< from an override; empty = the legend name
    std::optional<YAxis> axis; ///< from an override; absent = the query's axis

    /// The reading in the unit with the decimals (automatic when none).
    QString format(double value) const;
    /// The panel with this field's unit, limits and thresholds, for code that reads a Panel.
    Panel applied(Panel panel) const;
};

/// What a value mapping makes of a reading.
struct MappedValue final
{
    QString text; ///< empty = the number as formatted
    QString color; ///< "#rrggbb"; empty = the threshold's colour
};

/// The first of @p mappings that matches @p value, if any.
std::optional<MappedValue> mapValue(const QList<ValueMapping> &mappings, double value);

/// Finds the settings of a panel's series. Regular expressions are compiled once here, not per
/// series: a panel of a thousand series matches them a thousand times per refresh.
class FieldResolver final
{
public:
    explicit FieldResolver(const Panel &panel);

    /// @p name: the series' legend name; @p queryIndex: the index of its query in the panel.
    SeriesField field(const QString &name, int queryIndex) const;
    /// The panel's settings, no override applied (a reading not from a series).
    SeriesField defaults() const { return m_defaults; }
    bool hasOverrides() const { return !m_overrides.isEmpty(); }

private:
    bool matches(qsizetype override, const QString &name, int queryIndex) const;

    SeriesField m_defaults;
    QList<FieldOverride> m_overrides;
    QList<QRegularExpression> m_regexes; ///< per override; empty for other matchers
    QStringList m_refIds; ///< per query of the panel
};

} // namespace pivori

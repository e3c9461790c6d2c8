// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriespalette.h"

#include <QHash>

#include <algorithm>

namespace pivori {

namespace {

// Hues spread around the wheel, alternating warm and cool so neighbours in a legend differ.
constexpr const char *kPalette[] = {
    "#3b7dd8",
    "#f08c2e",
    "#2f9e55",
    "#d64545",
    "#8e5fc9",
    "#1fa5a0",
    "#b07a3c",
    "#d65ca8",
    "#8a9a2a",
    "#3fa8d8",
    "#5461b8",
    "#c9a227",
    "#6c7a89",
    "#5fb83c",
    "#e0735a",
    "#7b4bb5",
    "#2e8b75",
    "#c2566e",
    "#a08a4f",
    "#4a90a4",
};

} // namespace

int SeriesPalette::size()
{
    return int(std::size(kPalette));
}

QColor SeriesPalette::color(int index)
{
    const int n = size();
    return QColor(QLatin1String(kPalette[((index % n) + n) % n]));
}

QList<QColor> SeriesPalette::colorsFor(const Panel &panel, const QList<PanelSeries> &series)
{
    QHash<int, int> perQuery;
    for (const PanelSeries &s : series)
        ++perQuery[s.queryIndex];

    QList<QColor> colors;
    colors.reserve(series.size());
    int automatic = 0;
    for (const PanelSeries &s : series) {
        QColor chosen;
        if (s.queryIndex >= 0 && s.queryIndex < panel.queries.size() && perQuery.value(s.queryIndex) == 1)
            chosen = QColor(ConsoleConfig::colorHex(panel.queries[s.queryIndex].color));
        colors.append(chosen.isValid() ? chosen : color(automatic++));
    }
    return colors;
}

QList<PanelSeries> SeriesPalette::sorted(QList<PanelSeries> series)
{
    std::stable_sort(series.begin(), series.end(), [](const PanelSeries &a, const PanelSeries &b) {
        if (a.queryIndex != b.queryIndex)
            return a.queryIndex < b.queryIndex;
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return series;
}

} // namespace pivori

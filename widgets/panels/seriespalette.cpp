// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriespalette.h"

#include <QHash>

#include <algorithm>

namespace pivori {

namespace {

// Sixteen shades, any two at least 25 apart in CIELAB (CIE76; tst_panels checks it), with a
// lightness (L* 45-70) that reads on the light and the dark theme. Warm and cool alternate so
// that neighbours in a legend differ; the first ones are the console's traditional blue,
// orange, green and red. More shades than this stop being told apart at a glance: past them,
// lines take dashes instead (dashes()).
constexpr const char *kPalette[] = {
    "#3b7dd8", // blue
    "#f08c2e", // orange
    "#2f9e55", // green
    "#d64545", // red
    "#8e5fc9", // violet
    "#1fa5a0", // teal
    "#b07a3c", // brown
    "#d65ca8", // pink
    "#8a9a2a", // olive
    "#3fa8d8", // sky
    "#c9a227", // gold
    "#885588", // plum
    "#5fb83c", // lime
    "#c2566e", // rose
    "#aa4400", // rust
    "#ff4488", // magenta
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

QList<Qt::PenStyle> SeriesPalette::dashes()
{
    return { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine };
}

int SeriesPalette::styleCount()
{
    return size() * int(dashes().size());
}

SeriesStyle SeriesPalette::style(int index)
{
    const int n = styleCount();
    const int wrapped = ((index % n) + n) % n;
    return { color(wrapped), dashes().at(wrapped / size()) };
}

QList<QColor> SeriesPalette::colorsFor(const Panel &panel, const QList<PanelSeries> &series)
{
    QList<QColor> colors;
    colors.reserve(series.size());
    for (const SeriesStyle &s : stylesFor(panel, series))
        colors.append(s.color);
    return colors;
}

QList<SeriesStyle> SeriesPalette::stylesFor(const Panel &panel, const QList<PanelSeries> &series)
{
    QHash<int, int> perQuery;
    for (const PanelSeries &s : series)
        ++perQuery[s.queryIndex];

    QList<SeriesStyle> styles;
    styles.reserve(series.size());
    int automatic = 0;
    for (const PanelSeries &s : series) {
        QColor chosen;
        if (s.queryIndex >= 0 && s.queryIndex < panel.queries.size() && perQuery.value(s.queryIndex) == 1)
            chosen = QColor(ConsoleConfig::colorHex(panel.queries[s.queryIndex].color));
        styles.append(chosen.isValid() ? SeriesStyle { chosen, Qt::SolidLine } : style(automatic++));
    }
    return styles;
}

QList<PanelSeries> SeriesPalette::sorted(QList<PanelSeries> series)
{
    std::stable_sort(series.begin(), series.end(), before);
    return series;
}

bool SeriesPalette::before(const PanelSeries &a, const PanelSeries &b)
{
    if (a.queryIndex != b.queryIndex)
        return a.queryIndex < b.queryIndex;
    return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
}

} // namespace pivori

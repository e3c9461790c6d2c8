// SPDX-License-Identifier: GPL-3.0-or-later
#include "crosshairreadout.h"

#include "seriesgaps.h"
#include "unitformat.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pivori {

namespace {

struct Row
{
    QString name;
    QColor color;
    double value = 0;
    bool hasPoint = false;
    PanelUnit unit = PanelUnit::None;
    int decimals = -1;
};

// Largest first, then "no traffic", then "no data": the series that matter lead the list.
int rank(const Row &r)
{
    return !r.hasPoint ? 2 : std::isnan(r.value) ? 1 : 0;
}

bool rowBefore(const Row &a, const Row &b)
{
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    return rank(a) == 0 && a.value > b.value;
}

} // namespace

CrosshairReadout::CrosshairReadout(
    qint64 timeMs, const QList<Series> &series, PanelUnit unit, bool withTotal, int decimals)
{
    const double t = timeMs / 1000.0;
    QList<Row> rows;
    double total = 0;
    double shownTime = t;
    bool snapped = false;
    for (const Series &s : series) {
        Row row { s.name, s.color, 0, false, s.unit.value_or(unit), s.decimals };
        const double reach = s.stepSec > 0 ? s.stepSec / 2 : std::numeric_limits<double>::infinity();
        const qsizetype index = s.points ? nearestSampleIndex(*s.points, t, reach) : -1;
        if (index >= 0) {
            const Sample &point = s.points->at(index);
            row.hasPoint = true;
            row.value = point.v;
            if (std::isfinite(point.v))
                total += point.v;
            // The values belong to the step's timestamp, not to wherever the mouse is.
            if (!snapped) {
                shownTime = point.t;
                snapped = true;
            }
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), rowBefore);

    const QDateTime when = QDateTime::fromMSecsSinceEpoch(std::llround(shownTime * 1000));
    const QString header = QLocale().toString(when, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QStringList plain { header };
    m_html = QStringLiteral("<b>%1</b><table cellspacing='0' cellpadding='1'>").arg(header.toHtmlEscaped());
    for (const Row &row : std::as_const(rows)) {
        QString value;
        if (!row.hasPoint)
            value = tr("no data");
        else if (std::isnan(row.value))
            value = tr("no traffic");
        else
            value = formatValue(row.value, row.unit, row.decimals);
        plain.append(tr("%1: %2").arg(row.name, value));
        const QString style
            = rank(row) == 0 ? QStringLiteral("font-weight:bold") : QStringLiteral("font-style:italic");
        // Series names come from labels the console does not control: always escaped.
        m_html += QStringLiteral("<tr><td style='color:%1'>■</td><td>%2&nbsp;&nbsp;</td>"
                                 "<td align='right' style='%3'>%4</td></tr>")
                      .arg(row.color.name(), row.name.toHtmlEscaped(), style, value.toHtmlEscaped());
    }
    if (withTotal && rows.size() > 1) {
        const QString sum = formatValue(total, unit, decimals);
        plain.append(tr("Total: %1").arg(sum));
        m_html += QStringLiteral("<tr><td></td><td>%1</td><td align='right'><b>%2</b></td></tr>")
                      .arg(tr("Total").toHtmlEscaped(), sum.toHtmlEscaped());
    }
    m_html += QStringLiteral("</table>");
    m_plain = plain.join(QLatin1Char('\n'));
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#include "grafanalayout.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace pivori {

namespace {

class GrafanaLayoutReader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::GrafanaLayoutReader)
};

using Level = ImportNote::Level;
// A console row is about as tall as a Grafana panel of the usual 8 grid units (30 px each).
constexpr double kGridUnitsPerConsoleRow = 8.0;
constexpr double kPixelsPerConsoleRow = 250.0;

int clampToGrid(double value, int fallback)
{
    if (!std::isfinite(value) || value <= 0)
        return fallback;
    return std::clamp(int(std::lround(value)), 1, 12);
}

struct GridPos
{
    int x = 0;
    int y = 0;
};

GridPos gridPos(const QJsonObject &panel)
{
    const QJsonObject pos = panel.value(QLatin1String("gridPos")).toObject();
    return { pos.value(QLatin1String("x")).toInt(), pos.value(QLatin1String("y")).toInt() };
}

/// Reading order: by y, then x; the order of the file breaks ties, so the result never varies.
QList<QJsonObject> sortedPanels(const QJsonArray &panels)
{
    QList<QJsonObject> out;
    for (const auto &v : panels) {
        if (v.isObject())
            out << v.toObject();
    }
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const GridPos pa = gridPos(a);
        const GridPos pb = gridPos(b);
        return std::pair(pa.y, pa.x) < std::pair(pb.y, pb.x);
    });
    return out;
}

bool isRepeatCopy(const QJsonObject &panel)
{
    return panel.contains(QLatin1String("repeatPanelId")) || panel.contains(QLatin1String("repeatIteration"))
        || panel.contains(QLatin1String("repeatedByRow"));
}

class ClassicLayout final
{
public:
    GrafanaLayout out;

    void add(const QList<QJsonObject> &panels, const QString &outerRow, bool inCollapsed)
    {
        for (const QJsonObject &panel : panels) {
            const QString title = panel.value(QLatin1String("title")).toString();
            if (isRepeatCopy(panel)) {
                ++m_copies;
                continue;
            }
            if (panel.value(QLatin1String("type")).toString() == QLatin1String("row")) {
                const QString rowTitle = title.isEmpty() ? GrafanaLayoutReader::tr("(untitled row)") : title;
                LaidOutRow row;
                row.title = outerRow.isEmpty() ? rowTitle : outerRow + QStringLiteral(" / ") + rowTitle;
                row.collapsed = inCollapsed || panel.value(QLatin1String("collapsed")).toBool();
                row.repeat = panel.value(QLatin1String("repeat")).toString();
                if (row.collapsed)
                    ++m_collapsedRows;
                out.rows.append(row);
                m_current = int(out.rows.size()) - 1;
                // Grafana keeps a collapsed row's panels inside it.
                add(sortedPanels(panel.value(QLatin1String("panels")).toArray()), row.title, row.collapsed);
                continue;
            }
            const QJsonObject pos = panel.value(QLatin1String("gridPos")).toObject();
            LaidOutPanel laid;
            laid.json = panel;
            laid.rowIndex = m_current;
            laid.row = m_current >= 0 ? out.rows.at(m_current).title : QString();
            laid.width = clampToGrid(pos.value(QLatin1String("w")).toDouble(24) / 2.0, 12);
            laid.height = clampToGrid(pos.value(QLatin1String("h")).toDouble(8) / kGridUnitsPerConsoleRow, 1);
            out.panels.append(laid);
        }
    }

    void summarize()
    {
        if (!out.rows.isEmpty())
            out.notes.append({ Level::Mapped,
                GrafanaLayoutReader::tr(
                    "%n row(s) (%1 collapsed) kept as the console's rows", nullptr, int(out.rows.size()))
                    .arg(m_collapsedRows) });
        if (m_copies > 0)
            out.notes.append({ Level::Mapped,
                GrafanaLayoutReader::tr(
                    "%n saved copy(ies) of repeated panels or rows left out", nullptr, m_copies) });
    }

private:
    int m_current = -1; ///< the row the next panel belongs to
    int m_collapsedRows = 0;
    int m_copies = 0;
};

/// `height` of a legacy row: "250px" or a number of pixels.
double legacyRowPixels(const QJsonValue &height)
{
    if (height.isDouble())
        return height.toDouble();
    QString text = height.toString();
    text.remove(QLatin1String("px"));
    bool ok = false;
    const double pixels = text.toDouble(&ok);
    return ok ? pixels : kPixelsPerConsoleRow;
}

GrafanaLayout legacyLayout(const QJsonArray &rows)
{
    GrafanaLayout out;
    int collapsed = 0;
    for (const auto &rowValue : rows) {
        const QJsonObject row = rowValue.toObject();
        const QString title = row.value(QLatin1String("title")).toString();
        const bool isCollapsed = row.value(QLatin1String("collapse")).toBool();
        const bool titleShown = row.value(QLatin1String("showTitle")).toBool(!title.isEmpty());
        collapsed += isCollapsed ? 1 : 0;
        const int height
            = clampToGrid(legacyRowPixels(row.value(QLatin1String("height"))) / kPixelsPerConsoleRow, 1);
        const QString repeat = row.value(QLatin1String("repeat")).toString();
        // Legacy rows were the only way to lay panels out, so most have no title to show: those
        // above every titled or collapsed row get no header of their own.
        if (out.rows.isEmpty() && !titleShown && !isCollapsed && repeat.isEmpty()) {
            // no header: its panels stay above every row
        } else {
            out.rows.append(
                { title.isEmpty() ? GrafanaLayoutReader::tr("(untitled row)") : title, isCollapsed, repeat });
        }
        const int rowIndex = int(out.rows.size()) - 1;
        for (const auto &panelValue : row.value(QLatin1String("panels")).toArray()) {
            const QJsonObject panel = panelValue.toObject();
            if (isRepeatCopy(panel))
                continue;
            LaidOutPanel laid;
            laid.json = panel;
            laid.rowIndex = rowIndex;
            laid.row = rowIndex >= 0 ? out.rows.at(rowIndex).title : QString();
            laid.width = clampToGrid(panel.value(QLatin1String("span")).toDouble(12), 12);
            laid.height = height;
            out.panels.append(laid);
        }
    }
    out.notes.append({ Level::Mapped,
        GrafanaLayoutReader::tr("legacy rows[] layout (%n row(s), %1 collapsed) kept as the console's rows",
            nullptr, int(rows.size()))
            .arg(collapsed) });
    return out;
}

} // namespace

GrafanaLayout layOutGrafanaPanels(const QJsonObject &dashboard)
{
    if (dashboard.contains(QLatin1String("panels")) || !dashboard.contains(QLatin1String("rows"))) {
        ClassicLayout layout;
        layout.add(sortedPanels(dashboard.value(QLatin1String("panels")).toArray()), QString(), false);
        layout.summarize();
        return layout.out;
    }
    return legacyLayout(dashboard.value(QLatin1String("rows")).toArray());
}

} // namespace pivori

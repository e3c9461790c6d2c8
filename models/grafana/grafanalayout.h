// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importreport.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pivori {

/// One Grafana panel in reading order, with its size on the console's grid.
struct LaidOutPanel final
{
    QJsonObject json;
    QString row; ///< the title of the row holding it ("outer / inner" when nested); empty = none
    int rowIndex = -1; ///< its row in GrafanaLayout::rows; -1 = above every row
    int width = 6; ///< console columns (12 across; Grafana has 24)
    int height = 1; ///< console rows
};

/// One Grafana row (a `row` panel, or an entry of the legacy `rows[]`), in order.
struct LaidOutRow final
{
    QString title; ///< "outer / inner" for a row Grafana keeps inside a collapsed one
    bool collapsed = false; ///< collapsed itself, or inside a collapsed row
    QString repeat; ///< the variable it repeats by; empty = none
};

struct GrafanaLayout final
{
    QList<LaidOutRow> rows;
    QList<LaidOutPanel> panels;
    QList<ImportNote> notes;
};

/// A dashboard's panels in reading order (top to bottom, left to right) with the rows holding
/// them: the classic model (`panels[]` with `gridPos` on 24 columns, `row` panels, collapsed
/// rows nesting theirs) and the legacy one (`rows[]` of panels with a `span` of 12). A panel
/// belongs to the last row above it, as in Grafana.
/// Grafana's saved copies of repeated panels are left out: the console draws one panel.
GrafanaLayout layOutGrafanaPanels(const QJsonObject &dashboard);

} // namespace pivori

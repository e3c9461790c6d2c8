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
    bool collapsed = false; ///< inside a row that Grafana shows collapsed
    int width = 6; ///< console columns (12 across; Grafana has 24)
    int height = 1; ///< console rows
};

struct GrafanaLayout final
{
    QList<LaidOutPanel> panels;
    QList<ImportNote> notes;
};

/// Flattens a dashboard's panels into reading order (top to bottom, left to right), rows
/// included: the classic model (`panels[]` with `gridPos` on 24 columns, `row` panels, collapsed
/// rows nesting theirs) and the legacy one (`rows[]` of panels with a `span` of 12).
/// Grafana's saved copies of repeated panels are left out: the console draws one panel.
GrafanaLayout layOutGrafanaPanels(const QJsonObject &dashboard);

} // namespace pivori

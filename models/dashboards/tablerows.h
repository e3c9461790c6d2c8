// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "fieldsettings.h"
#include "paneldata.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace pivori {

/// One reading of a table row, with the settings it is shown with.
struct TableCell final
{
    std::optional<double> value; ///< nullopt: this row has no such reading; NaN: no traffic
    SeriesField field;
    std::optional<MappedValue> mapped;
};

/// What a table panel shows of an instant answer, before `columns:` hides and orders it.
/// Without `join:` every series is a row with one reading, "Value". With it, rows of equal labels
/// (or of one label's value) from every query are one row, with a reading per query ("Value #A",
/// "Value #B", ...). The `calculate:` columns follow the query readings.
struct TableRows final
{
    struct Row final
    {
        LabelSet labels;
        QList<TableCell> cells; ///< one per entry of `readings`
    };
    QStringList labels; ///< label columns: __name__ first (not when joined), then by name
    QStringList readings; ///< reading columns, in order
    QStringList headers; ///< per reading: an override's display name, else its name
    QList<Row> rows;
};

TableRows tableRows(const Panel &panel, const QList<PanelSeries> &series);

} // namespace pivori

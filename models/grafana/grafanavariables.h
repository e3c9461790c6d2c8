// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "importreport.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

namespace pivori {

/// The variables of a Grafana dashboard (`templating.list`), as far as the console can hold them.
/// label_values() queries (chained ones following their parents) and custom lists become the
/// console's drop-downs, multi-value and All as in Grafana; every other kind (constant,
/// interval, textbox, query_result) is fixed at conversion to one value, which is substituted
/// into the expressions.
struct GrafanaVariables final
{
    QList<DashboardVariable> dropDowns;
    QMap<QString, QString> fixed; ///< name -> the text substituted for it
    QMap<QString, QString> datasourceTypes; ///< datasource variable -> the plugin type it selects
    QList<ImportNote> notes;

    bool isDropDown(const QString &name) const;
};

/// Reads `templating.list`. @p values are chosen values (`--var`) that replace the saved ones.
GrafanaVariables readGrafanaVariables(const QJsonObject &dashboard, const QMap<QString, QString> &values);

/// Rewrites Grafana's variable syntax in @p expr into the console's: `[[v]]` and `${v:fmt}` become
/// `${v}`, fixed variables are replaced by their value. Names the expression uses that are
/// neither a drop-down, a fixed variable nor a built-in the console knows end in @p undefined;
/// formats the console only approximates end in @p approximated.
QString rewriteVariableReferences(const QString &expr, const GrafanaVariables &variables,
    QStringList *undefined, QStringList *approximated);

/// The built-ins (`$__interval`, `$__rate_interval`, ...) the console's refresher fills in.
const QStringList &consoleBuiltInVariables();

} // namespace pivori

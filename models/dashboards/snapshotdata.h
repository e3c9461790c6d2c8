// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "paneldata.h"
#include "templating.h"

#include <QByteArray>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace pivori {

/// The data behind a dashboard snapshot, as JSON for scripts and incident reports:
///
///     {"dashboard": {"id", "title"},
///      "range": {"start", "end", "step", "zoomed"},             (unix seconds; zoomed: a zoom
///                                                               into the dashboard's own range)
///      "variables": {"<name>": {"all": bool, "values": [...]}}, (every dashboard variable)
///      "panels": [{"id", "title", "type", "unit",              (spelled as in the YAML)
///                  "thresholds": [{"value", "color", "severity"}],
///                  "queries": [{"expr", "legend"}],             (expr exactly as sent)
///                  "series": [{"name", "labels", "query", "points": [[t, v], ...]}],
///                  "value",                                     (gauge and stat, else null)
///                  "error",                                     (null, or the message)
///                  "range": {"start", "end", "step"} or {"time"}}]}  (what this panel's queries
///                                                               used: bars step by their bucket,
///                                                               gauge/stat read at "time"; null
///                                                               before the first answer)
///      "alerts": [...] or null}                                 (see below)
///
/// Panels come in dashboard order; a panel missing from `data` is written with no series.
/// JSON has no NaN or infinity: NaN is written as null, ±Inf as the strings "+Inf"/"-Inf"
/// (as in queryResultToJson). Colours are "#rrggbb". `query` indexes `queries`.
///
/// "alerts" is @p alerts as given: the array exactly as `pivori-console alerts --json` prints
/// it (inboxAlertsToJson) for the same moment, or null when no Alertmanager is configured
/// or none answered. Left out when @p alerts is undefined (the default).
///
/// "variables" names every variable of @p dashboard with its value in @p variables (a
/// variable missing there has no value selected: all false, values empty).
QByteArray snapshotJson(const Dashboard &dashboard, const QMap<QString, PanelData> &data, qint64 startMs,
    qint64 endMs, qint64 stepMs, const QJsonValue &alerts = QJsonValue(QJsonValue::Undefined),
    const QMap<QString, VariableValue> &variables = {}, bool zoomed = false);

} // namespace pivori

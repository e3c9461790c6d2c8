// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Every QSettings key in one place, so a rename cannot orphan a user's settings.
namespace pivori::settingskeys {

inline const QString mainWindowGeometry = QStringLiteral("mainWindow/geometry");
inline const QString mainWindowState = QStringLiteral("mainWindow/state");
inline const QString lastDashboard = QStringLiteral("dashboards/last");
inline const QString timeRange = QStringLiteral("dashboards/timeRange");
inline const QString refreshInterval = QStringLiteral("dashboards/refreshIntervalMs");
inline const QString nocScreen = QStringLiteral("noc/screen");
inline const QString exportDirectory = QStringLiteral("export/lastDirectory");
/// The folder of the last dashboard file opened with File > Open.
inline const QString openDirectory = QStringLiteral("dashboards/openDirectory");
/// A language code ("de"), absent to follow the system; `--lang` overrides it for one run.
inline const QString language = QStringLiteral("ui/language");
/// A panel's legend as a list or a table ("list"/"table"), once the user has chosen; panels of
/// the same id (in different dashboards) share it.
inline QString legendMode(const QString &panelId)
{
    return QStringLiteral("dashboards/legendMode/") + panelId;
}
/// Whether a dashboard's row is collapsed ("true"/"false"), once the user has toggled it; until
/// then the dashboard file's `collapsed:` holds.
inline QString rowCollapsed(const QString &dashboardId, const QString &rowId)
{
    return QStringLiteral("dashboards/rowCollapsed/") + dashboardId + QLatin1Char('/') + rowId;
}

// The alert inbox, the acknowledge dialog and notifications.
inline const QString ackAuthor = QStringLiteral("alerts/ackAuthor");
inline const QString groupBy = QStringLiteral("alerts/groupBy");
inline const QString showSilenced = QStringLiteral("alerts/showSilenced");
inline const QString showInhibited = QStringLiteral("alerts/showInhibited");
inline const QString showAcknowledged = QStringLiteral("alerts/showAcknowledged");
inline const QString inboxHeader = QStringLiteral("alerts/inboxHeader");
inline const QString silencesHeader = QStringLiteral("alerts/silencesHeader");
inline const QString showExpiredSilences = QStringLiteral("alerts/showExpiredSilences");
inline const QString silencesEndingSoonMs = QStringLiteral("alerts/silencesEndingSoonMs");
inline const QString pageSplitter = QStringLiteral("alerts/splitter");
inline const QString notifyCritical = QStringLiteral("notifications/critical");
inline const QString notifyWarning = QStringLiteral("notifications/warning");
inline const QString soundCritical = QStringLiteral("notifications/soundCritical");
inline const QString soundWarning = QStringLiteral("notifications/soundWarning");
inline const QString doNotDisturb = QStringLiteral("notifications/doNotDisturb");

// The Health page.
inline const QString healthOnlyProblems = QStringLiteral("health/onlyProblems");

} // namespace pivori::settingskeys

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

} // namespace pivori::settingskeys

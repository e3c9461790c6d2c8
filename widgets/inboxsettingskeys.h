#pragma once

#include <QString>

// The QSettings keys of the alert inbox widgets in one place, so a rename cannot orphan a
// user's settings.
namespace pivori::inboxsettingskeys {

inline const QString ackAuthor = QStringLiteral("alerts/ackAuthor");
inline const QString groupBy = QStringLiteral("alerts/groupBy");
inline const QString showSilenced = QStringLiteral("alerts/showSilenced");
inline const QString showInhibited = QStringLiteral("alerts/showInhibited");
inline const QString showAcknowledged = QStringLiteral("alerts/showAcknowledged");
inline const QString inboxHeader = QStringLiteral("alerts/inboxHeader");
inline const QString silencesHeader = QStringLiteral("alerts/silencesHeader");
inline const QString showExpiredSilences = QStringLiteral("alerts/showExpiredSilences");
inline const QString pageSplitter = QStringLiteral("alerts/splitter");
inline const QString notifyCritical = QStringLiteral("notifications/critical");
inline const QString notifyWarning = QStringLiteral("notifications/warning");
inline const QString soundCritical = QStringLiteral("notifications/soundCritical");
inline const QString soundWarning = QStringLiteral("notifications/soundWarning");
inline const QString doNotDisturb = QStringLiteral("notifications/doNotDisturb");

} // namespace pivori::inboxsettingskeys

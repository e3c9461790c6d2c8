// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace pivori {

/// What every exported picture says about itself, so it stands on its own in an incident
/// report: which dashboard (and panel), the absolute time range with its time zone, which
/// Prometheus answered, and when the picture was taken. Pure text; widgets paint it.
struct ExportHeader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ExportHeader)
public:
    QString dashboardTitle;
    QString panelTitle; ///< empty for a whole dashboard
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString serverName;
    QUrl serverUrl;
    QDateTime exportedAt;
    QTimeZone zone = QTimeZone::systemTimeZone();

    /// The header of a picture of @p dashboard (or of its panel @p panelTitle) over
    /// [startMs, endMs], answered by @p server (may be null), taken now. The window's export and
    /// the `snapshot` command both make their headers here.
    static ExportHeader forDashboard(const Dashboard &dashboard, const QString &panelTitle, qint64 startMs,
        qint64 endMs, const PrometheusServer *server);

    /// "Dashboard — Panel", or the dashboard title alone.
    QString title() const;
    /// The lines as painted: the title first (painted bold), then the time range, then the
    /// server and the export time.
    QStringList lines() const;

    /// "2026-11-25 13:00:00 – 14:00:00 UTC+01:00 (Europe/Paris)"; the end carries its date
    /// too when the range crosses midnight.
    static QString formatRange(qint64 startMs, qint64 endMs, const QTimeZone &zone);
    /// "2026-11-25 14:02:11 UTC+01:00 (Europe/Paris)".
    static QString formatMoment(const QDateTime &moment, const QTimeZone &zone);
    /// "UTC+01:00 (Europe/Paris)": the offset in force at @p moment, and the zone's name.
    static QString zoneText(const QDateTime &moment, const QTimeZone &zone);
    /// The server as people may see it: without user name or password.
    static QString serverText(const QString &name, const QUrl &url);
};

/// A file name to propose for an export: `production-request-rate-20261125-1402.png`
/// (dashboard id, panel id, local time of @p at in @p zone). @p panelId may be empty.
/// Anything but ASCII letters and digits becomes a single '-', so the name is safe everywhere.
QString exportFileName(const QString &dashboardId, const QString &panelId, const QDateTime &at,
    const QString &extension, const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace pivori

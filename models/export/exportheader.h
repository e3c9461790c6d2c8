// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "templating.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace pivori {

/// What every exported picture says about itself, so it stands on its own in an incident
/// report: which dashboard (and panel), the absolute time range with its time zone and whether
/// it is a zoom, the value of every dashboard variable (a picture of one service must not read
/// like one of all), which Prometheus answered, and when the picture was taken. Pure text;
/// widgets paint it.
struct ExportHeader final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ExportHeader)
public:
    QString dashboardTitle;
    QString panelTitle; ///< empty for a whole dashboard
    qint64 startMs = 0;
    qint64 endMs = 0;
    /// True when the range is a zoom into the dashboard's own range (a drag across a plot).
    bool zoomed = false;
    /// Every variable of the dashboard in its order: name and value as written ("All", or the
    /// values joined by ", ").
    QList<std::pair<QString, QString>> variables;
    QString serverName;
    QUrl serverUrl;
    QDateTime exportedAt;
    QTimeZone zone = QTimeZone::systemTimeZone();

    /// The header of a picture of @p dashboard (or of its panel @p panelTitle) over
    /// [startMs, endMs] (@p zoomed into the dashboard's range or not), with the variables set
    /// to @p values, answered by @p server (may be null), taken now. The window's export and
    /// the `snapshot` command both make their headers here.
    static ExportHeader forDashboard(const Dashboard &dashboard, const QString &panelTitle, qint64 startMs,
        qint64 endMs, const PrometheusServer *server, const QMap<QString, VariableValue> &values,
        bool zoomed);
    /// Every variable of @p dashboard with its value in @p values, as `variables` holds them.
    static QList<std::pair<QString, QString>> variableTexts(
        const Dashboard &dashboard, const QMap<QString, VariableValue> &values);

    /// "Dashboard — Panel", or the dashboard title alone.
    QString title() const;
    /// The lines as painted: the title first (painted bold), then the time range (marked when
    /// zoomed), the variables (when the dashboard has any), then the server and the export time.
    QStringList lines() const;
    /// "2026-11-25 13:00:00 – 13:10:00 UTC+01:00 (Europe/Paris)", plus " · zoomed in" for a zoom.
    QString rangeText() const;
    /// "service = market-data · pod = All"; empty when the dashboard has no variables.
    QString variablesText() const;

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

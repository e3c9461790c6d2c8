// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportheader.h"
#include "inboxalert.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pivori {

/// The text of an incident report folder (report.md and report.html): the dashboard, its
/// absolute time range with time zone, the Prometheus server, the export time, the active
/// alerts with who acknowledged them, and the pictures by relative path. The pictures and
/// data.json are written next to it by whoever renders them.
///
/// Alert text (labels, annotations, ack comments) and server names are untrusted: the HTML
/// escapes every one of them, and the Markdown escapes what a Markdown renderer would take
/// for markup or raw HTML.
struct IncidentReport final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::IncidentReport)
public:
    struct Picture
    {
        QString title;
        QString file; ///< relative to the report
    };

    ExportHeader header; ///< panelTitle empty: the report is about a whole dashboard
    QString dashboardId;
    Picture dashboardPicture;
    QList<Picture> panelPictures;
    QString dataFile;
    /// Nothing when no Alertmanager is configured.
    std::optional<QList<InboxAlert>> alerts;
    /// Why the alerts may be incomplete (an unreachable cluster); empty when they are not.
    QString alertsProblem;

    QString markdown() const;
    QString html() const;

    /// The file names the folder uses.
    static QString dashboardFileName() { return QStringLiteral("dashboard.png"); }
    static QString panelFileName(const QString &panelId);
    static QString dataFileName() { return QStringLiteral("data.json"); }
    static QString markdownFileName() { return QStringLiteral("report.md"); }
    static QString htmlFileName() { return QStringLiteral("report.html"); }

    /// One line about an acknowledgement: "by alice at …, until …: comment", or "pending"
    /// while the console's own ack waits for Alertmanager; empty when not acknowledged.
    QString ackText(const InboxAlert &alert) const;
};

} // namespace pivori

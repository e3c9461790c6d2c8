// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"
#include "inboxalert.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pivori {

/// The runbooks shown next to an alert: one Markdown text per alertname.
///
/// Built in are the runbooks of the eleven alerts of the Pivori monitoring guide
/// (`:/pivori/runbooks/<alertname>.md`) and the response procedures (`procedures.md`). The
/// configuration's `runbooks:` entries (ConsoleConfig::runbooks) come on top and win over a
/// built-in one of the same alertname. A configured file is read when it is looked up, so an
/// edit shows without a restart; one that cannot be read falls back to the built-in runbook
/// and says why.
class RunbookLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::RunbookLibrary)
public:
    struct Entry final
    {
        QString alertname;
        QString title; ///< the configured title, else the Markdown's first heading
        QString markdown;
        QString source; ///< the file or resource it came from, or "<config>" for inline text
        bool builtIn = false;
        QString problem; ///< why the configured runbook was not used, when it was not
    };

    struct Link final
    {
        QString title;
        QUrl url; ///< http or https only: alert text is untrusted
        friend bool operator==(const Link &, const Link &) = default;
    };

    /// What the runbook pane shows for one alert. Alert text is untrusted: show it as plain text.
    struct Pane final
    {
        QString alertname;
        QString summary;
        QString description;
        QMap<QString, QString> labels;
        QMap<QString, QString> annotations; ///< all of them, summary and description included
        std::optional<Entry> runbook;
        QList<Link> links; ///< runbook_url, other http(s) annotations, the Prometheus source
        QString dashboardId; ///< the `dashboard` annotation: a console dashboard to open
    };

    /// The built-in runbooks only.
    RunbookLibrary();
    explicit RunbookLibrary(const QList<Runbook> &configured);

    /// The runbook for @p alertname: the configured one, else the built-in one, else nothing.
    std::optional<Entry> lookup(const QString &alertname) const;
    /// Every alertname with a runbook, sorted.
    QStringList alertnames() const;
    Pane pane(const InboxAlert &alert) const;

    static QStringList builtInAlertnames();
    static QString builtInPath(const QString &alertname);
    /// The critical and warning response procedures as Markdown task lists (`- [ ]`).
    static QString procedures();
    /// Runbook files larger than this are not shown.
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

private:
    static std::optional<Entry> builtIn(const QString &alertname);

    QHash<QString, Runbook> m_configured;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxalert.h"
#include "runbooklibrary.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <optional>

class QTextCursor;
class QTextDocument;

namespace pivori {

class ProcedureChecklist;
class RunbookBrowser;

/// Everything an operator needs next to one alert: what it says (summary, description), why
/// it is not firing (ack, inhibitor, silence), its links, all its labels and annotations, the
/// runbook for its alertname, and the response procedure to tick off.
///
/// Alert text is untrusted: labels and annotations are inserted as literal text (never parsed
/// as HTML or Markdown), links are offered only for http(s) URLs, and the browser loads
/// nothing remote. Only the runbook — the console's own, or the configuration's — is Markdown.
/// Links are handled here, not by the browser: http(s) opens in the desktop's browser, the
/// related dashboard is asked for with openDashboardRequested(); anything else is ignored.
class RunbookPane final : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookPane(RunbookLibrary library, QWidget *parent = nullptr);

    /// Shows @p alert; showing the same alert again keeps the scroll position.
    void showAlert(const InboxAlert &alert);
    void clear();
    /// The alert shown, or an empty string.
    QString currentKey() const;

    RunbookBrowser *browser() const { return m_browser; }
    ProcedureChecklist *checklist() const { return m_checklist; }
    /// The pane's text as the operator reads it.
    QString plainText() const;
    /// Every link the pane offers, in document order.
    QList<QUrl> offeredLinks() const;

    /// The internal link of "Open related dashboard".
    static QUrl dashboardUrl(const QString &dashboardId);

public slots:
    /// What a click on @p url does; false (and nothing happens) for links the pane does not offer.
    bool activateLink(const QUrl &url);

signals:
    /// "Open related dashboard": the dashboard id from the alert's `dashboard` annotation, and
    /// when the alert started (ms since the epoch), to centre the time range on.
    void openDashboardRequested(const QString &dashboardId, qint64 atMs);

private:
    void render(const InboxAlert &alert);
    void insertRunbook(QTextCursor &cursor, const RunbookLibrary::Entry &entry);
    static void sanitize(QTextDocument *document);

    RunbookLibrary m_library;
    RunbookBrowser *m_browser = nullptr;
    ProcedureChecklist *m_checklist = nullptr;
    std::optional<InboxAlert> m_alert;
};

} // namespace pivori

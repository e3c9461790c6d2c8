// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paneldata.h"
#include "panelexporter.h"

#include <QFrame>

class QLabel;
class QMenu;
class QStackedLayout;
class QToolButton;

namespace pivori {

class PanelContent;
struct Panel;

/// A panel's chrome: the title (the description in its tooltip), a stale badge, a menu
/// ("Open in Prometheus", export as PNG/SVG/PDF or to the clipboard) and, in place of the content, what went
/// wrong: loading, the server's error message (plain text), or no data. A failed refresh of the query already
/// on screen keeps the last data and marks it with a "query failed" badge instead (the stale badge then tells
/// its age). Each frame judges only its own data, so one failing panel never changes another.
class PanelFrame final : public QFrame
{
    Q_OBJECT
public:
    /// Takes ownership of `content`.
    explicit PanelFrame(PanelContent *content, QWidget *parent = nullptr);

    const pivori::Panel &panel() const;
    PanelContent *content() const { return m_content; }
    PanelData::State state() const { return m_state; }
    /// What the frame shows instead of the content (e.g. "Loading…", "Query failed\n<message>",
    /// "No data\n…"); empty while the content is shown.
    QString messageText() const;
    /// The warnings the last data came with (Prometheus's and the console's), one per line;
    /// empty when there were none. Shown as a ⚠ in the title bar with the text in its tooltip.
    QString warningText() const;
    /// The stale badge's text ("stale · 3m 20s"); empty while the data is fresh.
    QString staleText() const;
    /// The error of the last refresh while the frame keeps showing earlier data (the "query
    /// failed" badge's message); empty when the last refresh succeeded or the error is shown
    /// in place of the content.
    QString failureText() const;
    /// A fresh context menu; the caller owns it.
    QMenu *createContextMenu(QWidget *parent);

    /// An age as the badge writes it: "45s", "3m 20s", "2h 5m", "1d 3h".

public slots:
    void setPanelData(const pivori::PanelData &data);
    /// Shows the stale badge for data `ageMs` old; a negative age hides it.
    void setStale(qint64 ageMs);

signals:
    void openInPrometheusRequested(const QString &panelId, int exprIndex);
    /// The user asked for this panel as a picture; the window's export controller does it, so
    /// that the picture gets its header (dashboard, time range, server) and a file dialog.
    void exportRequested(const QString &panelId, pivori::ExportTarget target);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showMessage(const QString &title, const QString &detail, const QColor &titleColor);
    /// Marks the data on screen as left over from before a failed refresh.
    void showFailureBadge(const QString &message, const QString &tooltip);
    void updateTitle();
    void updateColors();
    void updateFonts();

    PanelContent *m_content = nullptr;
    PanelData::State m_state = PanelData::State::Loading;
    QLabel *m_title = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_staleBadge = nullptr;
    QLabel *m_failureBadge = nullptr;
    QToolButton *m_menuButton = nullptr;
    QStackedLayout *m_stack = nullptr;
    QWidget *m_messagePage = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageDetail = nullptr;
    QStringList m_expressions;
    QStringList m_shownExpressions; ///< the queries whose data the content shows
    QString m_warnings;
    QString m_failure;
};

} // namespace pivori

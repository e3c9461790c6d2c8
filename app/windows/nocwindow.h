// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkresult.h"
#include "consoleconfig.h"
#include "dashboardview.h"
#include "inboxalert.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QMessageBox;
class QTimer;

namespace pivori {

class AlertBand;
class AlertPoller;
class AlertsBackend;
class DashboardPage;
class ElidingLabel;
class IdleCursorHider;
class NocAlertBoard;
class NocHealthBoard;
class NocRotation;
class PrometheusClient;
class ScreenSaverInhibitor;
class ServerStatusPoller;
class UnreachableBanners;

/// The wall display: full screen, dark, large type, no toolbars. It rotates through the
/// playlist of `noc:` (every dashboard, the alert board and the health board when none is
/// configured), keeps
/// an alert band on screen, and says when it is not telling the truth: a banner per server
/// that does not answer, a stale badge on old panels, and the time of the last good data.
///
/// Keys: Space pause/resume, →/PgDn next, ←/PgUp previous, 1–9 a page, F5 refresh, S next
/// screen, Esc leave (asks first). It borrows the window's status and alert pollers and is told
/// the window's health check runs (setHealthRun); its dashboards have their own refreshers,
/// all running, so a page is current when it appears.
class NocWindow final : public QWidget
{
    Q_OBJECT
public:
    /// @p prometheus, @p servers and @p alertsBackend may be null (nothing configured) and, when
    /// given, must outlive this window.
    NocWindow(const ConsoleConfig &config, PrometheusClient *prometheus, ServerStatusPoller *servers,
        AlertsBackend *alertsBackend, QWidget *parent = nullptr);
    ~NocWindow() override;

    /// Full screen on screen @p index (the primary one when there is no such screen).
    void showOnScreen(int index);
    int screenIndex() const { return m_screenIndex; }

    NocRotation *rotation() const { return m_rotation; }
    /// The page titles of the playlist, in order.
    QStringList pageTitles() const;
    /// The dashboard page of playlist entry @p index; nullptr for the alert board.
    DashboardPage *dashboardPage(int index) const;
    QList<DashboardPage *> dashboardPages() const;
    /// The dashboard on screen now; nullptr while the alert board is shown.
    DashboardPage *currentDashboardPage() const;
    /// A line for the operator in the header (e.g. where an export went); @p timeoutMs 0
    /// keeps it until the next one.
    void showMessage(const QString &text, int timeoutMs);
    QString messageText() const;
    AlertBand *alertBand() const { return m_band; }
    NocAlertBoard *alertBoard() const { return m_board; }
    /// The health page of the playlist; nullptr when the playlist has none.
    NocHealthBoard *healthBoard() const { return m_healthBoard; }
    /// The latest run of the health checks, for the health page.
    void setHealthRun(const pivori::CheckRun &run);
    UnreachableBanners *banners() const { return m_banners; }
    /// The smallest text size on this wall and the smallest reading size (nocstyle's rule
    /// for the height of the screen it is on), in pixels.
    int minimumTextPixels() const;
    int minimumValuePixels() const;
    /// "Data 14:02:13" or "No data yet", as the header shows it.
    QString lastUpdateText() const;
    bool isCursorHidden() const;
    /// Opens the "Leave NOC mode?" question (what Esc does).
    void askToLeave();
    /// Closes the wall at once (the console itself is closing).
    void closeWithoutAsking();

signals:
    /// The operator confirmed leaving; the owner closes this window.
    void leaveRequested();
    /// The operator moved the wall to another screen (to remember it).
    void screenChosen(int index);
    /// F5 on the health page: the owner of the health checks runs them now.
    void healthRunRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildShortcuts();
    void buildPlaylist(const ConsoleConfig &config, PrometheusClient *prometheus);
    void showPage(int index);
    void updateHeader();
    void applyStyle();
    /// Splits the playlist into the rotation's pages for this screen: a dashboard whose rows do
    /// not fit with plots readable across the room becomes several pages of whole lines.
    void paginate();
    int rowsPerPage() const;

    /// A playlist entry as built: its widget (shared when named twice) and title.
    struct Entry
    {
        NocPlaylistItem item;
        QWidget *page = nullptr;
        QString title;
    };
    QList<Entry> m_entries;
    QList<NocPlaylistItem> m_items; ///< the rotation's pages from here on, parallel lists
    QList<QWidget *> m_pages;
    QList<DashboardView::RowSpan> m_rows; ///< a dashboard page's rows (count 0: all, or not a dashboard)
    QStringList m_titles;
    QStringList m_partTexts; ///< "(1/2)" for a dashboard's part, else empty
    NocRotation *m_rotation;
    QStackedWidget *m_stack;
    UnreachableBanners *m_banners = nullptr;
    AlertBand *m_band;
    NocAlertBoard *m_board = nullptr;
    NocHealthBoard *m_healthBoard = nullptr;
    ElidingLabel *m_title;
    QLabel *m_part;
    QLabel *m_position;
    QLabel *m_updated;
    QLabel *m_clock;
    ElidingLabel *m_message;
    QTimer *m_messageTimer;
    IdleCursorHider *m_cursor;
    ScreenSaverInhibitor *m_inhibitor;
    AlertPoller *m_alerts;
    QMessageBox *m_leaveQuestion = nullptr;
    QTimer *m_headerTimer;
    QDateTime m_alertsUpdated;
    int m_screenIndex = 0;
    int m_screenHeight = 1080;
    bool m_leaving = false;
};

} // namespace pivori

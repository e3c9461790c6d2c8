// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consoleconfig.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QSplitter;
class QTabWidget;

namespace pivori {

class AlertCountStrip;
class AlertFilterProxy;
class AlertInboxPanel;
class AlertNotifier;
class AlertsBackend;
class ClusterBanners;
class MessageBar;
class RunbookPane;
class SilencesView;
struct InboxAlert;
struct RuleEvaluation;
struct PostableSilence;

/// The alert page of the main window: the inbox of every configured Alertmanager cluster,
/// the runbook pane, the silences, the tray notifier, and the acknowledge workflow.
///
/// Shows the AlertsBackend it is given (clients, poller, ack service and models live there,
/// shared with the NOC wall and export); it owns only what is its own to show: the filter,
/// the notifier and the widgets. The widgets ask, this page acts through the backend.
class AlertsPage final : public QWidget
{
    Q_OBJECT
public:
    AlertsPage(const ConsoleConfig &config, AlertsBackend *backend, QWidget *parent = nullptr);
    ~AlertsPage() override;

    /// Alerts firing and not acknowledged, silenced or inhibited, per severity label.
    int firingCount(const QString &severity) const;
    /// Polls every cluster now.
    void refreshNow();
    /// Shows the runbook pane for an alert named @p alertname that is in the inbox now (a
    /// firing one first); false, and nothing changes, when there is none.
    bool showRunbookFor(const QString &alertname);
    /// Whether a zero count can be believed; the strip and the tray say so when it cannot.
    void setRuleEvaluation(const RuleEvaluation &evaluation);

    AlertsBackend *backend() const { return m_backend; }
    AlertNotifier *notifier() const { return m_notifier; }
    AlertInboxPanel *inbox() const { return m_inbox; }
    RunbookPane *runbookPane() const { return m_pane; }
    MessageBar *messageBar() const { return m_messages; }

signals:
    /// Firing alerts per severity changed (for the window title and the tray).
    void countsChanged(int critical, int warning, int info);
    /// "Open related dashboard" in the runbook pane.
    void openDashboardRequested(const QString &dashboardId, qint64 atMs);
    /// The tray icon or a notification was clicked: bring the window and this page forward.
    void activationRequested();

private:
    void acknowledge(const QStringList &keys);
    void expire(const QStringList &keys);
    void extend(const QStringList &keys);
    void showRunbook(const QString &key);
    void editSilence(const QString &cluster, const PostableSilence &silence);
    void onRoundApplied(const QList<InboxAlert> &newcomers, bool anyClusterAnswered);
    void onAlertsUpdated(const QList<InboxAlert> &alerts);
    void updateCounts();
    void wireAckService();

    ConsoleConfig m_config;
    AlertsBackend *m_backend;
    AlertFilterProxy *m_proxy = nullptr;
    AlertNotifier *m_notifier = nullptr;

    AlertCountStrip *m_strip = nullptr;
    ClusterBanners *m_banners = nullptr;
    MessageBar *m_messages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    AlertInboxPanel *m_inbox = nullptr;
    RunbookPane *m_pane = nullptr;
    SilencesView *m_silencesView = nullptr;

    bool m_firstRound = true;
    int m_counts[3] = { -1, -1, -1 };
};

} // namespace pivori

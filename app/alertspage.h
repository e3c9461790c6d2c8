#pragma once

#include "consoleconfig.h"
#include "identifyinglabels.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QSplitter;
class QTabWidget;

namespace pivori {

class AckService;
class AlertCountStrip;
class AlertFilterProxy;
class AlertInboxModel;
class AlertInboxPanel;
class AlertNotifier;
class AlertPoller;
class AlertmanagerClient;
class ClusterBanners;
class HttpTransport;
class MessageBar;
class RunbookPane;
class SilenceTableModel;
class SilencesView;
struct InboxAlert;
struct PostableSilence;

/// The alert page of the main window: the inbox of every configured Alertmanager cluster,
/// the runbook pane, the silences, the tray notifier, and the acknowledge workflow.
///
/// Owns the clients (one per cluster), the ack service (its outbox journal lives in the
/// directory given), the poller (every refresh.alerts) and the models; the widgets only ask,
/// this page acts. Polling starts at construction.
class AlertsPage final : public QWidget
{
    Q_OBJECT
public:
    AlertsPage(const ConsoleConfig &config, HttpTransport *transport, const QString &journalDir,
        QWidget *parent = nullptr);
    ~AlertsPage() override;

    /// Alerts firing and not acknowledged, silenced or inhibited, per severity label.
    int firingCount(const QString &severity) const;
    /// Polls every cluster now.
    void refreshNow();

    AlertInboxModel *inboxModel() const { return m_model; }
    AlertPoller *poller() const { return m_poller; }
    AckService *ackService() const { return m_ackService; }
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
    QList<InboxAlert> alertsFor(const QStringList &keys) const;
    void acknowledge(const QStringList &keys);
    void expire(const QStringList &keys);
    void extend(const QStringList &keys);
    void showRunbook(const QString &key);
    void editSilence(const QString &cluster, const PostableSilence &silence);
    void onRoundFinished();
    void onAlertsUpdated(const QList<InboxAlert> &alerts);
    void updateCounts();
    void wireAckService();

    ConsoleConfig m_config;
    IdentifyingLabels m_identifying;
    QList<AlertmanagerClient *> m_clients;
    AckService *m_ackService = nullptr;
    AlertPoller *m_poller = nullptr;
    AlertInboxModel *m_model = nullptr;
    AlertFilterProxy *m_proxy = nullptr;
    SilenceTableModel *m_silences = nullptr;
    AlertNotifier *m_notifier = nullptr;

    AlertCountStrip *m_strip = nullptr;
    ClusterBanners *m_banners = nullptr;
    MessageBar *m_messages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    AlertInboxPanel *m_inbox = nullptr;
    RunbookPane *m_pane = nullptr;
    SilencesView *m_silencesView = nullptr;

    QSet<QString> m_answered; ///< clusters that have answered at least once
    bool m_firstRound = true;
    int m_counts[3] = { -1, -1, -1 };
};

} // namespace pivori

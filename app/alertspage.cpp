#include "alertspage.h"

#include "acknowledgedialog.h"
#include "ackservice.h"
#include "alertcountstrip.h"
#include "alertfilterproxy.h"
#include "alertinboxmodel.h"
#include "alertinboxpanel.h"
#include "alertinboxview.h"
#include "alertmanagerclient.h"
#include "alertnotifier.h"
#include "alertpoller.h"
#include "clusterbanners.h"
#include "extenddialog.h"
#include "inboxfilterbar.h"
#include "inboxsettingskeys.h"
#include "messagebar.h"
#include "runbooklibrary.h"
#include "runbookpane.h"
#include "silencesview.h"
#include "silencetablemodel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pivori {

namespace {

struct SilenceRef final
{
    QString cluster;
    QString id;
    bool isAck = false;
    friend bool operator==(const SilenceRef &, const SilenceRef &) = default;
};

} // namespace

AlertsPage::AlertsPage(
    const ConsoleConfig &config, HttpTransport *transport, const QString &journalDir, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
{
    setObjectName(QStringLiteral("alertsPage"));

    // The data side, in the order data flows.
    m_ackService = new AckService(journalDir, this);
    for (const AlertmanagerCluster &cluster : config.alertmanagers) {
        auto *client = new AlertmanagerClient(transport, cluster.name, cluster.replicas, this);
        m_clients.append(client);
        m_ackService->setClient(cluster.name, client);
    }
    m_model = new AlertInboxModel(this);
    m_model->setServiceLabel(config.labels.service);
    m_proxy = new AlertFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_silences = new SilenceTableModel(this);
    m_poller = new AlertPoller(this);
    m_poller->setClients(m_clients);
    m_poller->setAckService(m_ackService);
    m_poller->setModel(m_model);
    m_poller->setInterval(int(std::clamp<qint64>(config.refresh.alertsMs, 1000, 24 * 3600 * 1000)));
    m_notifier = new AlertNotifier(this);

    // What the operator sees.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    auto *header = new QHBoxLayout;
    m_strip = new AlertCountStrip(this);
    header->addWidget(m_strip, 1);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Ask every Alertmanager now"));
    connect(refresh, &QToolButton::clicked, this, &AlertsPage::refreshNow);
    header->addWidget(refresh);
    auto *notifications = new QToolButton(this);
    notifications->setText(tr("Notifications"));
    notifications->setPopupMode(QToolButton::InstantPopup);
    notifications->setMenu(m_notifier->menu());
    header->addWidget(notifications);
    layout->addLayout(header);

    m_banners = new ClusterBanners(this);
    layout->addWidget(m_banners);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_inbox = new AlertInboxPanel(m_model, m_proxy, m_splitter);
    m_pane = new RunbookPane(RunbookLibrary(config.runbooks), m_splitter);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 1000, 480 });
    m_tabs->addTab(m_splitter, tr("Inbox"));
    m_silencesView = new SilencesView(m_silences, m_tabs);
    m_tabs->addTab(m_silencesView, tr("Silences"));
    layout->addWidget(m_tabs, 1);

    QSettings settings;
    m_splitter->restoreState(settings.value(inboxsettingskeys::pageSplitter).toByteArray());
    m_inbox->view()->header()->restoreState(settings.value(inboxsettingskeys::inboxHeader).toByteArray());

    // Wiring: widgets ask, the page acts.
    connect(m_inbox, &AlertInboxPanel::acknowledgeRequested, this, &AlertsPage::acknowledge);
    connect(m_inbox, &AlertInboxPanel::expireRequested, this, &AlertsPage::expire);
    connect(m_inbox, &AlertInboxPanel::extendRequested, this, &AlertsPage::extend);
    connect(m_inbox, &AlertInboxPanel::runbookRequested, this, &AlertsPage::showRunbook);
    connect(m_inbox, &AlertInboxPanel::currentAlertChanged, this, [this](const QString &key) {
        if (const InboxAlert *alert = m_model->alertAt(m_model->indexOf(key)))
            m_pane->showAlert(*alert);
    });
    // The inbox panel has its own '/' shortcut; this one serves the runbook pane beside it.
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), m_pane);
    slash->setContext(Qt::WidgetWithChildrenShortcut);
    connect(slash, &QShortcut::activated, m_inbox->filterBar(), &InboxFilterBar::focusFilter);
    connect(m_pane, &RunbookPane::openDashboardRequested, this, &AlertsPage::openDashboardRequested);
    connect(m_silencesView, &SilencesView::expireRequested, m_ackService, &AckService::unacknowledge);
    connect(m_silencesView, &SilencesView::extendRequested, m_ackService, &AckService::extend);
    connect(m_silencesView, &SilencesView::editRequested, this, &AlertsPage::editSilence);
    connect(m_poller, &AlertPoller::clusterStatesChanged, m_banners, &ClusterBanners::setStates);
    connect(m_poller, &AlertPoller::roundFinished, this, &AlertsPage::onRoundFinished);
    connect(m_poller, &AlertPoller::alertsUpdated, this, &AlertsPage::onAlertsUpdated);
    connect(m_model, &AlertInboxModel::severityCountsChanged, this, &AlertsPage::updateCounts);
    connect(m_notifier, &AlertNotifier::activated, this, &AlertsPage::activationRequested);
    wireAckService();

    updateCounts();
    m_strip->setLastUpdate({});
    if (m_clients.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Warning,
            tr("No Alertmanager cluster is configured: add one under \"alertmanagers:\" in the "
               "configuration."));
    } else {
        m_poller->start();
    }
}

AlertsPage::~AlertsPage()
{
    QSettings settings;
    settings.setValue(inboxsettingskeys::pageSplitter, m_splitter->saveState());
    settings.setValue(inboxsettingskeys::inboxHeader, m_inbox->view()->header()->saveState());
}

void AlertsPage::wireAckService()
{
    if (!m_ackService->journalProblem().isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, m_ackService->journalProblem());
    connect(m_ackService, &AckService::acknowledged, this,
        [this](const QString &token, const QString &cluster, const QString &silenceId) {
            m_messages->showMessage(MessageBar::Kind::Info,
                tr("Acknowledged in %1 (silence %2).").arg(cluster, silenceId), token);
        });
    connect(m_ackService, &AckService::ackDeferred, this,
        [this](const QString &token, const QString &message, const QDateTime &next) {
            m_messages->showMessage(MessageBar::Kind::Warning,
                tr("Acknowledgement not confirmed yet: %1. Retrying at %2; it is kept until Alertmanager "
                   "accepts it.")
                    .arg(message, QLocale().toString(next.toLocalTime().time(), QLocale::LongFormat)),
                token);
        });
    connect(
        m_ackService, &AckService::ackRejected, this, [this](const QString &token, const QString &message) {
            m_messages->showMessage(MessageBar::Kind::Error,
                tr("Acknowledgement refused, nothing was acknowledged: %1").arg(message), token);
        });
    connect(m_ackService, &AckService::operationFailed, this,
        [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(m_ackService, &AckService::journalError, this, [this](const QString &message) {
        m_messages->showMessage(MessageBar::Kind::Error,
            tr("Acknowledgements cannot be saved to disk, they are kept in memory only: %1").arg(message),
            QStringLiteral("journal"));
    });
    connect(m_ackService, &AckService::extended, this,
        [this](const QString &cluster, const QString &silenceId, const QDateTime &until) {
            m_messages->showMessage(MessageBar::Kind::Info,
                tr("Silence %1 in %2 now ends at %3.")
                    .arg(silenceId, cluster, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
        });
    connect(m_ackService, &AckService::unacknowledged, this,
        [this](const QString &cluster, const QString &silenceId) {
            m_messages->showMessage(
                MessageBar::Kind::Info, tr("Silence %1 in %2 expired.").arg(silenceId, cluster));
        });
}

int AlertsPage::firingCount(const QString &severity) const
{
    return m_model->firingCounts().value(severity);
}

void AlertsPage::refreshNow()
{
    m_poller->pollNow();
}

QList<InboxAlert> AlertsPage::alertsFor(const QStringList &keys) const
{
    QList<InboxAlert> out;
    for (const QString &key : keys) {
        if (const InboxAlert *alert = m_model->alertAt(m_model->indexOf(key)))
            out.append(*alert);
    }
    return out;
}

void AlertsPage::acknowledge(const QStringList &keys)
{
    QList<InboxAlert> alerts;
    for (const InboxAlert &alert : alertsFor(keys)) {
        if (!alert.ack)
            alerts.append(alert);
    }
    if (alerts.isEmpty())
        return;
    auto *dialog = new AcknowledgeDialog(alerts, m_identifying, m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList tokens = m_ackService->acknowledge(
            dialog->alerts(), m_identifying, dialog->durationMs(), dialog->comment(), dialog->author());
        for (const QString &token : tokens) {
            m_messages->showMessage(
                MessageBar::Kind::Info, tr("Acknowledging… waiting for Alertmanager to confirm."), token);
        }
    });
    dialog->open();
}

void AlertsPage::expire(const QStringList &keys)
{
    QList<SilenceRef> refs;
    bool plainSilences = false;
    for (const InboxAlert &alert : alertsFor(keys)) {
        if (alert.ack) {
            const SilenceRef ref { alert.cluster, alert.ack->silenceId, true };
            if (!refs.contains(ref))
                refs.append(ref);
        } else if (alert.state() == InboxAlert::State::Silenced) {
            for (const QString &id : alert.alert.silencedBy) {
                const SilenceRef ref { alert.cluster, id, false };
                if (!refs.contains(ref))
                    refs.append(ref);
                plainSilences = true;
            }
        }
    }
    if (refs.isEmpty())
        return;
    auto run = [this, refs] {
        for (const SilenceRef &ref : refs)
            m_ackService->unacknowledge(ref.cluster, ref.id);
    };
    if (!plainSilences) {
        run();
        return;
    }
    // Someone else's silence was made on purpose: ask before ending it.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Expire silences"),
        tr("The selection is covered by %n silence(s) that are not acknowledgements. Expire them now? "
           "Their alerts will notify again.",
            nullptr, int(refs.size())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, run);
    box->open();
}

void AlertsPage::extend(const QStringList &keys)
{
    QList<SilenceRef> refs;
    QString what;
    for (const InboxAlert &alert : alertsFor(keys)) {
        if (!alert.ack)
            continue;
        const SilenceRef ref { alert.cluster, alert.ack->silenceId, true };
        if (!refs.contains(ref))
            refs.append(ref);
        if (what.isEmpty())
            what = InboxAlert::describeLabels(alert.alert.labels);
    }
    if (refs.isEmpty())
        return;
    const QString subject = refs.size() == 1 ? tr("the acknowledgement of %1").arg(what)
                                             : tr("%n acknowledgement(s)", nullptr, int(refs.size()));
    auto *dialog = new ExtendDialog(subject, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, refs] {
        for (const SilenceRef &ref : refs)
            m_ackService->extend(ref.cluster, ref.id, dialog->extraMs());
    });
    dialog->open();
}

void AlertsPage::showRunbook(const QString &key)
{
    m_tabs->setCurrentWidget(m_splitter);
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes[1] == 0)
        m_splitter->setSizes({ width() * 3 / 5, width() * 2 / 5 });
    if (const InboxAlert *alert = m_model->alertAt(m_model->indexOf(key)))
        m_pane->showAlert(*alert);
}

void AlertsPage::editSilence(const QString &cluster, const PostableSilence &silence)
{
    AlertmanagerClient *client = m_ackService->client(cluster);
    if (!client) {
        m_messages->showMessage(
            MessageBar::Kind::Error, tr("No Alertmanager cluster named \"%1\" is configured.").arg(cluster));
        return;
    }
    const QString id = silence.id;
    client->createSilence(
        silence, this, [this, cluster, id](Result<AlertmanagerClient::WriteOutcome> written) {
            if (!written) {
                m_messages->showMessage(MessageBar::Kind::Error,
                    tr("Cannot update silence %1 in %2: %3").arg(id, cluster, written.error().describe()));
                return;
            }
            m_messages->showMessage(
                MessageBar::Kind::Info, tr("Silence %1 in %2 updated.").arg(written.value().id, cluster));
            m_poller->pollNow();
        });
}

void AlertsPage::onRoundFinished()
{
    QStringList clusters;
    QList<InboxAlert> newcomers; // alerts of clusters answering for the first time
    const QList<InboxAlert> &alerts = m_poller->alerts();
    bool anyAnswer = false;
    for (const AlertPoller::ClusterState &state : m_poller->clusterStates()) {
        clusters.append(state.cluster);
        m_silences->setSilences(state.cluster, m_poller->silences(state.cluster));
        if (!state.reachable)
            continue;
        anyAnswer = true;
        if (!m_answered.contains(state.cluster)) {
            m_answered.insert(state.cluster);
            for (const InboxAlert &alert : alerts) {
                if (alert.cluster == state.cluster)
                    newcomers.append(alert);
            }
        }
    }
    m_silences->retainClusters(clusters);
    // The first answer of a cluster is its backlog, not news: no notification for it.
    if (!m_firstRound)
        m_notifier->addBaseline(newcomers);
    if (anyAnswer || !m_firstRound) {
        m_notifier->setAlerts(alerts);
        m_firstRound = false;
    }
    if (anyAnswer)
        m_strip->setLastUpdate(QDateTime::currentDateTimeUtc());
}

void AlertsPage::onAlertsUpdated(const QList<InboxAlert> &alerts)
{
    const QString key = m_pane->currentKey();
    if (key.isEmpty())
        return;
    for (const InboxAlert &alert : alerts) {
        if (alert.key() == key) {
            m_pane->showAlert(alert);
            return;
        }
    }
}

void AlertsPage::updateCounts()
{
    const QMap<QString, int> firing = m_model->firingCounts();
    m_strip->setCounts(firing, m_model->severityCounts());
    const int counts[3] = { firing.value(QStringLiteral("critical")), firing.value(QStringLiteral("warning")),
        firing.value(QStringLiteral("info")) };
    if (std::equal(std::begin(counts), std::end(counts), std::begin(m_counts)))
        return;
    std::copy(std::begin(counts), std::end(counts), std::begin(m_counts));
    emit countsChanged(counts[0], counts[1], counts[2]);
}

} // namespace pivori

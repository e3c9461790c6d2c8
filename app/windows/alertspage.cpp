// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "alertsbackend.h"
#include "clusterbanners.h"
#include "extenddialog.h"
#include "inboxalerttext.h"
#include "inboxfilterbar.h"
#include "messagebar.h"
#include "ruleevaluation.h"
#include "runbooklibrary.h"
#include "runbookpane.h"
#include "settingskeys.h"
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

AlertsPage::AlertsPage(const ConsoleConfig &config, AlertsBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("alertsPage"));
    AlertInboxModel *model = m_backend->inboxModel();
    AlertPoller *poller = m_backend->poller();
    AckService *ackService = m_backend->ackService();
    m_proxy = new AlertFilterProxy(this);
    m_proxy->setSourceModel(model);
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
    m_inbox = new AlertInboxPanel(model, m_proxy, m_splitter);
    m_pane = new RunbookPane(RunbookLibrary(config.runbooks), m_splitter);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 1000, 480 });
    m_tabs->addTab(m_splitter, tr("Inbox"));
    m_silencesView = new SilencesView(m_backend->silenceModel(), m_tabs);
    m_tabs->addTab(m_silencesView, tr("Silences"));
    layout->addWidget(m_tabs, 1);

    QSettings settings;
    m_splitter->restoreState(settings.value(settingskeys::pageSplitter).toByteArray());
    m_inbox->view()->header()->restoreState(settings.value(settingskeys::inboxHeader).toByteArray());

    // Wiring: widgets ask, the page acts.
    connect(m_inbox, &AlertInboxPanel::acknowledgeRequested, this, &AlertsPage::acknowledge);
    connect(m_inbox, &AlertInboxPanel::expireRequested, this, &AlertsPage::expire);
    connect(m_inbox, &AlertInboxPanel::extendRequested, this, &AlertsPage::extend);
    connect(m_inbox, &AlertInboxPanel::runbookRequested, this, &AlertsPage::showRunbook);
    connect(m_inbox, &AlertInboxPanel::currentAlertChanged, this, [this, model](const QString &key) {
        if (const InboxAlert *alert = model->alertAt(model->indexOf(key)))
            m_pane->showAlert(*alert);
    });
    // The inbox panel has its own '/' shortcut; this one serves the runbook pane beside it.
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), m_pane);
    slash->setContext(Qt::WidgetWithChildrenShortcut);
    connect(slash, &QShortcut::activated, m_inbox->filterBar(), &InboxFilterBar::focusFilter);
    connect(m_pane, &RunbookPane::openDashboardRequested, this, &AlertsPage::openDashboardRequested);
    if (ackService) {
        connect(m_silencesView, &SilencesView::expireRequested, ackService, &AckService::unacknowledge);
        connect(m_silencesView, &SilencesView::extendRequested, ackService, &AckService::extend);
    }
    connect(m_silencesView, &SilencesView::editRequested, this, &AlertsPage::editSilence);
    connect(poller, &AlertPoller::clusterStatesChanged, m_banners, &ClusterBanners::setStates);
    connect(m_backend, &AlertsBackend::roundApplied, this, &AlertsPage::onRoundApplied);
    connect(poller, &AlertPoller::alertsUpdated, this, &AlertsPage::onAlertsUpdated);
    connect(model, &AlertInboxModel::severityCountsChanged, this, &AlertsPage::updateCounts);
    connect(m_notifier, &AlertNotifier::activated, this, &AlertsPage::activationRequested);
    // Said once, where the operator looks, and kept in the Notifications menu and its tooltip.
    const auto tellUnavailable = [this, notifications](const QString &reason) {
        notifications->setToolTip(reason);
        m_messages->showMessage(MessageBar::Kind::Warning, reason, QStringLiteral("notifications"));
    };
    connect(m_notifier, &AlertNotifier::notificationsUnavailable, this, tellUnavailable);
    if (!m_notifier->unavailableReason().isEmpty())
        tellUnavailable(m_notifier->unavailableReason());
    if (ackService)
        wireAckService();
    // A backend already polled (the page made after the wall, say) shows what it has.
    m_banners->setStates(poller->clusterStates());
    updateCounts();
    m_strip->setLastUpdate({});
    if (!m_backend->hasClusters()) {
        m_messages->showMessage(MessageBar::Kind::Warning,
            tr("No Alertmanager cluster is configured: add one under \"alertmanagers:\" in the "
               "configuration."));
    }
}

AlertsPage::~AlertsPage()
{
    QSettings settings;
    settings.setValue(settingskeys::pageSplitter, m_splitter->saveState());
    settings.setValue(settingskeys::inboxHeader, m_inbox->view()->header()->saveState());
}

void AlertsPage::wireAckService()
{
    AckService *const service = m_backend->ackService();
    if (!service->journalProblem().isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, service->journalProblem());
    connect(service, &AckService::acknowledged, this,
        [this](const QString &token, const QString &cluster, const QString &silenceId) {
            m_messages->showMessage(MessageBar::Kind::Info,
                tr("Acknowledged in %1 (silence %2).").arg(cluster, silenceId), token);
        });
    connect(service, &AckService::ackDeferred, this,
        [this](const QString &token, const QString &message, const QDateTime &next) {
            m_messages->showMessage(MessageBar::Kind::Warning,
                tr("Acknowledgement not confirmed yet: %1. Retrying at %2; it is kept until Alertmanager "
                   "accepts it.")
                    .arg(message, QLocale().toString(next.toLocalTime().time(), QLocale::LongFormat)),
                token);
        });
    connect(service, &AckService::ackRejected, this, [this](const QString &token, const QString &message) {
        m_messages->showMessage(MessageBar::Kind::Error,
            tr("Acknowledgement refused, nothing was acknowledged: %1").arg(message), token);
    });
    connect(service, &AckService::operationFailed, this,
        [this](const QString &message) { m_messages->showMessage(MessageBar::Kind::Error, message); });
    connect(service, &AckService::journalError, this, [this](const QString &message) {
        m_messages->showMessage(MessageBar::Kind::Error,
            tr("Acknowledgements cannot be saved to disk, they are kept in memory only: %1").arg(message),
            QStringLiteral("journal"));
    });
    connect(service, &AckService::extended, this,
        [this](const QString &cluster, const QString &silenceId, const QDateTime &until) {
            m_messages->showMessage(MessageBar::Kind::Info,
                tr("Silence %1 in %2 now ends at %3.")
                    .arg(silenceId, cluster, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
        });
    connect(
        service, &AckService::unacknowledged, this, [this](const QString &cluster, const QString &silenceId) {
            m_messages->showMessage(
                MessageBar::Kind::Info, tr("Silence %1 in %2 expired.").arg(silenceId, cluster));
        });
}

int AlertsPage::firingCount(const QString &severity) const
{
    return m_backend->firingCount(severity);
}

void AlertsPage::refreshNow()
{
    m_backend->refreshNow();
}

void AlertsPage::setRuleEvaluation(const RuleEvaluation &evaluation)
{
    const QString doubt = evaluation.countsText();
    m_strip->setDoubt(doubt);
    m_notifier->setDoubt(doubt);
}

void AlertsPage::acknowledge(const QStringList &keys)
{
    QList<InboxAlert> alerts;
    for (const InboxAlert &alert : m_backend->alerts(keys)) {
        if (!alert.ack)
            alerts.append(alert);
    }
    if (alerts.isEmpty() || !m_backend->ackService())
        return;
    auto *dialog
        = new AcknowledgeDialog(alerts, m_backend->identifyingLabels(), m_backend->inboxModel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList tokens = m_backend->ackService()->acknowledge(dialog->alerts(),
            m_backend->identifyingLabels(), dialog->durationMs(), dialog->comment(), dialog->author());
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
    for (const InboxAlert &alert : m_backend->alerts(keys)) {
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
    if (refs.isEmpty() || !m_backend->ackService())
        return;
    auto run = [this, refs] {
        for (const SilenceRef &ref : refs)
            m_backend->ackService()->unacknowledge(ref.cluster, ref.id);
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
    QDateTime latestEnd;
    for (const InboxAlert &alert : m_backend->alerts(keys)) {
        if (!alert.ack)
            continue;
        if (!latestEnd.isValid() || alert.ack->until > latestEnd)
            latestEnd = alert.ack->until;
        const SilenceRef ref { alert.cluster, alert.ack->silenceId, true };
        if (!refs.contains(ref))
            refs.append(ref);
        if (what.isEmpty())
            what = InboxAlertText::visible(InboxAlert::describeLabels(alert.alert.labels));
    }
    if (refs.isEmpty() || !m_backend->ackService())
        return;
    const QString subject = refs.size() == 1 ? tr("the acknowledgement of %1").arg(what)
                                             : tr("%n acknowledgement(s)", nullptr, int(refs.size()));
    auto *dialog = new ExtendDialog(subject, latestEnd, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, refs] {
        for (const SilenceRef &ref : refs)
            m_backend->ackService()->extend(ref.cluster, ref.id, dialog->extraMs());
    });
    dialog->open();
}

void AlertsPage::showRunbook(const QString &key)
{
    m_tabs->setCurrentWidget(m_splitter);
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes[1] == 0)
        m_splitter->setSizes({ width() * 3 / 5, width() * 2 / 5 });
    const QList<InboxAlert> alerts = m_backend->alerts({ key });
    if (!alerts.isEmpty())
        m_pane->showAlert(alerts.constFirst());
}

bool AlertsPage::showRunbookFor(const QString &alertname)
{
    const QList<InboxAlert> &alerts = m_backend->poller()->alerts();
    const InboxAlert *chosen = nullptr;
    for (const InboxAlert &alert : alerts) {
        if (alert.alertname() != alertname)
            continue;
        if (!chosen
            || (alert.state() == InboxAlert::State::Firing && chosen->state() != InboxAlert::State::Firing))
            chosen = &alert;
    }
    if (!chosen)
        return false;
    showRunbook(chosen->key());
    return true;
}

void AlertsPage::editSilence(const QString &cluster, const PostableSilence &silence)
{
    AlertmanagerClient *client = m_backend->client(cluster);
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
            m_backend->refreshNow();
        });
}

void AlertsPage::onRoundApplied(const QList<InboxAlert> &newcomers, bool anyClusterAnswered)
{
    // The first answer of a cluster is its backlog, not news: no notification for it.
    if (!m_firstRound)
        m_notifier->addBaseline(newcomers);
    if (anyClusterAnswered || !m_firstRound) {
        m_notifier->setAlerts(m_backend->poller()->alerts());
        m_firstRound = false;
    }
    if (anyClusterAnswered)
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
    const AlertInboxModel *model = m_backend->inboxModel();
    const QMap<QString, int> firing = model->firingCounts();
    m_strip->setCounts(firing, model->severityCounts());
    const int counts[3] = { firing.value(QStringLiteral("critical")), firing.value(QStringLiteral("warning")),
        firing.value(QStringLiteral("info")) };
    if (std::equal(std::begin(counts), std::end(counts), std::begin(m_counts)))
        return;
    std::copy(std::begin(counts), std::end(counts), std::begin(m_counts));
    emit countsChanged(counts[0], counts[1], counts[2]);
}

} // namespace pivori

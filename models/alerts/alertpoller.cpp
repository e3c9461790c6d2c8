// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertpoller.h"

#include "ackservice.h"
#include "alertinboxmodel.h"
#include "poolrelease.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace pivori {

namespace {

// Below this many alerts combining takes a few milliseconds and is done at once, so the inbox
// and alerts() change in the same turn as the answer or ack that changed them. Above it (tens of
// milliseconds per 5,000 alerts) it runs on a worker: 100,000 alerts would hold the window for
// a good part of a second at every poll.
constexpr qsizetype kCombineHereBelow = 5000;

// A console started together with its stack (the demo, a test, a reboot of the machine) finds
// the Alertmanagers empty: Prometheus has not sent its first alerts yet. While the inbox is
// empty this soon after start(), it asks again after a second instead of a whole interval, so
// the first alerts show as they arrive. Afterwards an empty inbox is quiet, not young: the
// normal interval. At most ~30 rounds of two small requests per replica, once per start.
constexpr int kWarmUpMs = 30'000;
constexpr int kWarmUpRepollMs = 1000;

} // namespace

AlertPoller::AlertPoller(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(10'000);
    connect(&m_timer, &QTimer::timeout, this, &AlertPoller::pollNow);
    m_warmUpTimer.setSingleShot(true);
    connect(&m_warmUpTimer, &QTimer::timeout, this, [this] {
        if (m_timer.isActive())
            pollNow();
    });
}

void AlertPoller::setClients(const QList<AlertmanagerClient *> &clients)
{
    m_clients.clear();
    QSet<QString> names;
    for (AlertmanagerClient *client : clients) {
        if (!client)
            continue;
        m_clients.append(client);
        names.insert(client->clusterName());
    }
    m_data.removeIf([&](const auto &it) { return !names.contains(it.key()); });
    // Answers of the round in flight belong to the old list of clients.
    ++m_round;
    m_pending = 0;
}

void AlertPoller::setAckService(AckService *service)
{
    if (m_ackService)
        disconnect(m_ackService, nullptr, this, nullptr);
    m_ackService = service;
    if (!service)
        return;
    auto repoll = [this] {
        if (isPolling())
            m_pollAgain = true;
        else
            pollNow();
    };
    connect(service, &AckService::acknowledged, this, repoll);
    connect(service, &AckService::unacknowledged, this,
        [this, repoll](const QString &cluster, const QString &id) {
            markExpired(cluster, id);
            repoll();
        });
    connect(service, &AckService::extended, this, repoll);
    // A new or dropped pending ack changes only our own marks: no need to ask the servers. A
    // round in progress publishes at its end anyway, from a consistent set of answers.
    connect(service, &AckService::pendingChanged, this, [this] {
        if (!isPolling())
            publish();
    });
}

void AlertPoller::setModel(AlertInboxModel *model)
{
    m_model = model;
    if (model)
        model->setAlerts(m_alerts);
}

void AlertPoller::setInterval(int ms)
{
    m_timer.setInterval(std::max(ms, 1000));
}

void AlertPoller::start()
{
    m_timer.start();
    m_sinceStart.start();
    pollNow();
}

void AlertPoller::stop()
{
    m_timer.stop();
    m_warmUpTimer.stop();
}

bool AlertPoller::isWarmingUp() const
{
    return m_timer.isActive() && m_sinceStart.isValid() && m_sinceStart.elapsed() < kWarmUpMs
        && m_alerts.isEmpty() && m_timer.interval() > kWarmUpRepollMs;
}

void AlertPoller::pollNow()
{
    if (m_pending > 0)
        return;
    const quint64 round = ++m_round;
    for (const QPointer<AlertmanagerClient> &client : std::as_const(m_clients)) {
        if (!client)
            continue;
        const QString name = client->clusterName();
        ClusterData &data = m_data[name];
        data.alertsRead = false;
        data.silencesRead = false;
        data.failures.clear();
        data.alertsError.reset();
        data.silencesError.reset();
        m_pending += 2;
        client->fetchAlerts({}, this, [this, round, name](Result<AlertmanagerClient::AlertsSnapshot> result) {
            if (round != m_round)
                return;
            ClusterData &d = m_data[name];
            if (result) {
                // The previous answer's list goes to a pool thread: freeing 100,000 alerts here
                // held the window (poolrelease.h).
                releaseOnPool(std::exchange(d.alerts, result.value().alerts));
                d.alertsRead = true;
                d.lastSuccess = QDateTime::currentDateTimeUtc();
                d.failures.append(result.value().failures);
            } else {
                d.alertsError = result.error();
            }
            answered();
        });
        client->fetchSilences(this, [this, round, name](Result<AlertmanagerClient::SilencesSnapshot> result) {
            if (round != m_round)
                return;
            ClusterData &d = m_data[name];
            if (result) {
                d.silences = result.value().silences;
                applyExpiries(name, &d.silences);
                d.silencesRead = true;
                d.failures.append(result.value().failures);
            } else {
                d.silencesError = result.error();
            }
            answered();
        });
    }
    if (m_pending == 0)
        publish();
}

void AlertPoller::answered()
{
    if (--m_pending > 0)
        return;
    QList<ClusterState> states;
    for (const QPointer<AlertmanagerClient> &client : std::as_const(m_clients)) {
        if (!client)
            continue;
        const ClusterData &d = m_data[client->clusterName()];
        ClusterState state;
        state.cluster = client->clusterName();
        state.polled = true;
        state.reachable = d.alertsRead;
        state.lastSuccess = d.lastSuccess;
        QSet<QString> seen;
        for (const auto &failure : d.failures) {
            if (!seen.contains(failure.replicaUrl)) {
                seen.insert(failure.replicaUrl);
                state.failures.append(failure);
            }
        }
        // Every message names the URL that failed (Error::describe()): with one replica the
        // cluster's name alone ("alertmanager") says nothing about where to look.
        // A server slower than the timeout is up and busy, not gone: the operator looks at its
        // load, not at the network, so the banner says which.
        if (d.alertsError && d.alertsError->kind == Error::Kind::Timeout) {
            state.message = d.lastSuccess.isValid()
                ? tr("%1 did not answer in time (%2); showing its alerts as of %3")
                      .arg(state.cluster, d.alertsError->describe(),
                          d.lastSuccess.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                : tr("%1 did not answer in time: %2").arg(state.cluster, d.alertsError->describe());
        } else if (d.alertsError) {
            state.message = d.lastSuccess.isValid()
                ? tr("%1 is unreachable (%2); showing its alerts as of %3")
                      .arg(state.cluster, d.alertsError->describe(),
                          d.lastSuccess.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                : tr("%1 is unreachable: %2").arg(state.cluster, d.alertsError->describe());
        } else if (!state.failures.isEmpty()) {
            QStringList parts;
            for (const auto &failure : std::as_const(state.failures))
                parts.append(failure.replicaUrl + QStringLiteral(": ") + failure.error.message);
            state.message = tr("%n replica(s) of %1 did not answer: %2", nullptr, int(state.failures.size()))
                                .arg(state.cluster, parts.join(QStringLiteral("; ")));
        } else if (d.silencesError) {
            state.message = tr("cannot read the silences of %1 (%2); acknowledgements may be out of date")
                                .arg(state.cluster, d.silencesError->describe());
        }
        states.append(state);
    }
    m_states = states;
    emit clusterStatesChanged(m_states);
    // The round is finished once its alerts are in alerts() and the model: a command that
    // reads them on roundFinished must not see the previous round's list.
    publish([this] {
        emit roundFinished();
        if (m_pollAgain) {
            m_pollAgain = false;
            pollNow();
        } else if (isWarmingUp()) {
            m_warmUpTimer.start(kWarmUpRepollMs);
        }
    });
}

QList<AlertPoller::CombineInput> AlertPoller::combineInputs() const
{
    const QList<AckOutbox::Entry> pending
        = m_ackService ? m_ackService->pendingAcks() : QList<AckOutbox::Entry> {};
    QList<CombineInput> out;
    for (const QPointer<AlertmanagerClient> &client : m_clients) {
        if (!client)
            continue;
        const QString name = client->clusterName();
        const auto it = m_data.constFind(name);
        if (it == m_data.cend())
            continue;
        CombineInput input { name, it->alerts, it->silences, it->alertsError.has_value(), {} };
        for (const AckOutbox::Entry &entry : pending) {
            if (entry.cluster == name)
                input.pendingAcks.append(entry.matchers);
        }
        out.append(std::move(input));
    }
    return out;
}

QList<InboxAlert> AlertPoller::combine(const QList<CombineInput> &inputs, const QString &deadMansSwitch)
{
    QList<InboxAlert> out;
    for (const CombineInput &input : inputs) {
        QList<Alert> alerts = input.alerts;
        if (!deadMansSwitch.isEmpty()) {
            alerts.removeIf([&deadMansSwitch](const Alert &alert) {
                return alert.labels.value(QStringLiteral("alertname")) == deadMansSwitch;
            });
        }
        QList<InboxAlert> rows = InboxAlert::fromSnapshot(input.cluster, alerts, input.silences);
        QList<CompiledMatchers> acks;
        for (const QList<Matcher> &matchers : input.pendingAcks)
            acks.append(CompiledMatchers(matchers));
        for (InboxAlert &row : rows) {
            row.stale = input.stale;
            row.ackPending = std::any_of(acks.cbegin(), acks.cend(),
                [&](const CompiledMatchers &matchers) { return matchers.matches(row.alert.labels); });
        }
        out.append(rows);
    }
    return out;
}

void AlertPoller::markExpired(const QString &cluster, const QString &silenceId)
{
    m_expiredHere[cluster].insert(silenceId);
    const auto it = m_data.find(cluster);
    if (it == m_data.end())
        return;
    applyExpiries(cluster, &it->silences);
    // Optimistic, and true: Alertmanager confirmed the expiry. A round in flight publishes
    // at its end; otherwise show it now rather than at the next answer.
    if (!isPolling())
        publish();
}

void AlertPoller::applyExpiries(const QString &cluster, QList<Silence> *silences)
{
    const auto it = m_expiredHere.find(cluster);
    if (it == m_expiredHere.end())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> &ids = *it;
    QSet<QString> listed;
    for (Silence &silence : *silences) {
        listed.insert(silence.id);
        if (!ids.contains(silence.id))
            continue;
        if (silence.state == Silence::State::Expired) {
            ids.remove(silence.id); // the servers agree now
            continue;
        }
        silence.state = Silence::State::Expired;
        silence.endsAt = std::min(silence.endsAt, now);
    }
    ids.intersect(listed); // one no server lists any more silences nothing either
    if (ids.isEmpty())
        m_expiredHere.erase(it);
}

void AlertPoller::publish(const std::function<void()> &then)
{
    const quint64 generation = ++m_publishGeneration;
    QList<CombineInput> inputs = combineInputs();
    qsizetype total = 0;
    for (const CombineInput &input : std::as_const(inputs))
        total += input.alerts.size();
    if (total < kCombineHereBelow) {
        apply(combine(inputs, m_deadMansSwitch));
        if (then)
            then();
        return;
    }
    auto *watcher = new QFutureWatcher<QList<InboxAlert>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, then] {
        watcher->deleteLater();
        // A later publish (another round, an ack) was asked for meanwhile: its list is newer.
        if (generation == m_publishGeneration)
            apply(watcher->result());
        if (then)
            then();
    });
    watcher->setFuture(QtConcurrent::run(&AlertPoller::combine, std::move(inputs), m_deadMansSwitch));
}

void AlertPoller::apply(QList<InboxAlert> alerts)
{
    releaseOnPool(std::exchange(m_alerts, std::move(alerts)));
    emit alertsUpdated(m_alerts);
    if (m_model)
        m_model->setAlerts(m_alerts);
}

QList<Silence> AlertPoller::silences(const QString &cluster) const
{
    return m_data.value(cluster).silences;
}

} // namespace pivori

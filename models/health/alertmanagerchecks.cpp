// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmanagerchecks.h"

#include "alertmanagerclient.h"
#include "checkverdict.h"

#include <QCryptographicHash>
#include <QHash>

#include <memory>

namespace pivori {

namespace {

QString named(const QStringList &items)
{
    return items.join(QStringLiteral("; "));
}

CheckResult noClusters()
{
    return CheckVerdict::make(
        CheckStatus::Unknown, AlertmanagerChecks::tr("no Alertmanager is configured to check"));
}

/// Asks every replica of the check's clusters with @p ask and calls @p judge with all answers.
/// @p ask gets one single-replica client (so each answer is that replica's own) and the slot
/// to fill.
template <typename Ask>
void askEveryReplica(const HealthCheck &check, CheckContext &context, Ask ask,
    const std::function<void(const QList<AlertmanagerChecks::ReplicaAnswer> &)> &judge)
{
    struct State
    {
        QList<AlertmanagerChecks::ReplicaAnswer> answers;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    QList<std::pair<AlertmanagerCluster, Endpoint>> replicas;
    for (const AlertmanagerCluster &cluster : context.clusters(check)) {
        for (const Endpoint &replica : cluster.replicas) {
            replicas.append({ cluster, CheckContext::bounded(replica, check) });
            AlertmanagerChecks::ReplicaAnswer a;
            a.cluster = cluster.name;
            a.replica = replica.url.toString();
            state->answers.append(a);
        }
    }
    state->pending = int(replicas.size());
    for (int i = 0; i < replicas.size(); ++i) {
        const auto &[cluster, endpoint] = replicas.at(i);
        auto *client = new AlertmanagerClient(&context.transport, cluster.name, { endpoint }, context.scope);
        ask(client, endpoint,
            [state, judge, i](const std::function<void(AlertmanagerChecks::ReplicaAnswer &)> &fill) {
                fill(state->answers[i]);
                if (--state->pending == 0)
                    judge(state->answers);
            });
    }
}

} // namespace

QString AlertmanagerChecks::configHash(const QString &configOriginal)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(configOriginal.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

CheckResult AlertmanagerChecks::judgeReplicas(const QList<ReplicaAnswer> &answers)
{
    QStringList bad;
    for (const ReplicaAnswer &a : answers) {
        if (a.error)
            bad << (a.error->kind == Error::Kind::Timeout ? tr("%1 did not answer in time").arg(a.replica)
                                                          : tr("%1: %2").arg(a.replica, a.error->message));
        else if (a.httpStatus != 200)
            bad << tr("%1 is not ready (HTTP %2)").arg(a.replica).arg(a.httpStatus);
    }
    CheckResult r;
    const int total = int(answers.size());
    r.value = tr("%1 of %2 ready").arg(total - bad.size()).arg(total);
    r.numericValue = total - bad.size();
    r.threshold = tr("all ready");
    if (bad.isEmpty()) {
        r.status = CheckStatus::Pass;
        r.message = tr("every replica is ready");
    } else {
        r.status = CheckStatus::Fail;
        r.message = bad.size() == total ? tr("no replica is ready: alerts reach no one. %1").arg(named(bad))
                                        : tr("replicas not ready: %1").arg(named(bad));
    }
    return r;
}

CheckResult AlertmanagerChecks::judgeCluster(
    const QList<ReplicaAnswer> &answers, const QHash<QString, int> &expectedPeers)
{
    QStringList bad;
    QStringList settling;
    int ready = 0;
    for (const ReplicaAnswer &a : answers) {
        const int expected = expectedPeers.value(a.cluster, 1);
        if (a.error) {
            bad << tr("%1: %2").arg(a.replica, a.error->message);
            continue;
        }
        if (expected <= 1 && a.status.status == QLatin1String("disabled")) {
            ++ready; // a single replica without HA is a complete cluster of one
            continue;
        }
        if (a.status.status == QLatin1String("settling")) {
            settling << tr("%1 is still settling").arg(a.replica);
            continue;
        }
        if (a.status.status != QLatin1String("ready")) {
            bad << tr("%1 reports cluster \"%2\"").arg(a.replica, a.status.status);
            continue;
        }
        if (a.status.peers.size() < expected) {
            bad << tr("%1 sees %2 of %3 peers").arg(a.replica).arg(a.status.peers.size()).arg(expected);
            continue;
        }
        ++ready;
    }
    CheckResult r;
    r.value = tr("%1 of %2 in the cluster").arg(ready).arg(answers.size());
    r.numericValue = ready;
    r.threshold = tr("all ready with every peer");
    if (!bad.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.message = tr("the cluster is not whole: %1").arg(named(bad + settling));
    } else if (!settling.isEmpty()) {
        r.status = CheckStatus::Warn;
        r.message = named(settling);
    } else {
        r.status = CheckStatus::Pass;
        r.message = tr("every replica is ready and sees all its peers");
    }
    return r;
}

CheckResult AlertmanagerChecks::judgeConfigHash(const QList<ReplicaAnswer> &answers)
{
    QHash<QString, QStringList> replicasByHash; // per cluster: the clusters are compared separately
    QStringList unknown;
    QStringList differ;
    QHash<QString, QString> firstHash;
    for (const ReplicaAnswer &a : answers) {
        if (a.error) {
            unknown << tr("%1: %2").arg(a.replica, a.error->message);
            continue;
        }
        const QString hash = configHash(a.status.configOriginal);
        const auto first = firstHash.constFind(a.cluster);
        if (first == firstHash.cend())
            firstHash.insert(a.cluster, hash);
        else if (*first != hash)
            differ << tr("%1 has %2, not %3").arg(a.replica, hash, *first);
    }
    CheckResult r;
    r.value = firstHash.size() == 1 ? firstHash.cbegin().value() : QString();
    r.threshold = tr("the same on every replica");
    if (!differ.isEmpty()) {
        r.status = CheckStatus::Fail;
        r.message = tr("the replicas run different configurations (routing differs by replica): %1")
                        .arg(named(differ));
    } else if (!unknown.isEmpty()) {
        r.status = CheckStatus::Unknown;
        r.message = tr("cannot compare every replica: %1").arg(named(unknown));
    } else {
        r.status = CheckStatus::Pass;
        r.message = tr("every replica runs the same configuration");
    }
    return r;
}

bool AlertmanagerChecks::watchdogFresh(
    const QList<Alert> &alerts, const QString &alertname, const QDateTime &now, qint64 maxAgeMs)
{
    for (const Alert &alert : alerts) {
        if (alert.labels.value(QStringLiteral("alertname")) != alertname)
            continue;
        const bool ended = alert.endsAt.isValid() && alert.endsAt < now;
        const QDateTime seen = alert.updatedAt.isValid() ? alert.updatedAt : alert.startsAt;
        if (!ended && seen.isValid() && seen.msecsTo(now) <= maxAgeMs)
            return true;
    }
    return false;
}

CheckResult AlertmanagerChecks::judgeWatchdog(
    const QList<ReplicaAnswer> &answers, const QString &alertname, const QDateTime &now, qint64 maxAgeMs)
{
    QStringList missing;
    QStringList stale;
    QStringList unknown;
    int fresh = 0;
    for (const ReplicaAnswer &a : answers) {
        if (a.error) {
            unknown << tr("%1: %2").arg(a.replica, a.error->message);
            continue;
        }
        if (watchdogFresh(a.alerts, alertname, now, maxAgeMs)) {
            ++fresh;
            continue;
        }
        bool present = false;
        QDateTime newest;
        for (const Alert &alert : a.alerts) {
            if (alert.labels.value(QStringLiteral("alertname")) == alertname) {
                present = true;
                if (!newest.isValid() || alert.updatedAt > newest)
                    newest = alert.updatedAt;
            }
        }
        if (present)
            stale << tr("%1 last heard of it at %2").arg(a.replica, newest.toString(Qt::ISODate));
        else
            missing << a.replica;
    }
    CheckResult r;
    r.value = tr("%1 of %2 replicas").arg(fresh).arg(answers.size());
    r.numericValue = fresh;
    r.threshold = tr("on every replica, updated within %1 s").arg(maxAgeMs / 1000);
    r.link = QStringLiteral("runbook:") + alertname;
    if (answers.isEmpty()) {
        r.status = CheckStatus::Unknown;
        r.message = tr("no Alertmanager is configured to check");
    } else if (!missing.isEmpty() || !stale.isEmpty()) {
        r.status = CheckStatus::Fail;
        QStringList parts;
        if (!missing.isEmpty())
            parts << tr("%1 is missing on %2").arg(alertname, named(missing));
        if (!stale.isEmpty())
            parts << tr("stale: %1").arg(named(stale));
        r.message = tr("the dead man's switch is silent — alerts may not be evaluated or delivered: %1")
                        .arg(parts.join(QStringLiteral("; ")));
    } else if (!unknown.isEmpty()) {
        r.status = CheckStatus::Unknown;
        r.message = tr("%1 could not be read from every replica: %2").arg(alertname, named(unknown));
    } else {
        r.status = CheckStatus::Pass;
        r.message = tr("%1 is firing and fresh on every replica: alerts flow from Prometheus to Alertmanager")
                        .arg(alertname);
    }
    return r;
}

void AlertmanagerChecks::startReplicas(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    if (context.clusters(check).isEmpty()) {
        done(noClusters());
        return;
    }
    CheckContext *ctx = &context;
    askEveryReplica(
        check, context,
        [ctx](AlertmanagerClient *, const Endpoint &endpoint, auto answered) {
            ctx->get(endpoint, QStringLiteral("/-/ready"), [answered](const HttpResponse &response) {
                answered([&response](ReplicaAnswer &a) {
                    a.error = response.transportError;
                    a.httpStatus = response.status;
                });
            });
        },
        [done](const QList<ReplicaAnswer> &answers) { done(judgeReplicas(answers)); });
}

namespace {

template <typename Judge> void askStatus(const HealthCheck &check, CheckContext &context, Judge judge)
{
    askEveryReplica(
        check, context,
        [](AlertmanagerClient *client, const Endpoint &, auto answered) {
            client->fetchStatus(client, [answered](Result<QList<AlertmanagerClient::ReplicaStatus>> result) {
                answered([&result](AlertmanagerChecks::ReplicaAnswer &a) {
                    if (!result || result.value().isEmpty()) {
                        Error e;
                        e.message = AlertmanagerChecks::tr("no answer");
                        a.error = result ? e : result.error();
                        return;
                    }
                    a.error = result.value().constFirst().error;
                    a.status = result.value().constFirst().status;
                });
            });
        },
        judge);
}

} // namespace

void AlertmanagerChecks::startCluster(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    if (context.clusters(check).isEmpty()) {
        done(noClusters());
        return;
    }
    QHash<QString, int> expected;
    for (const AlertmanagerCluster &cluster : context.clusters(check))
        expected.insert(cluster.name, int(cluster.replicas.size()));
    askStatus(check, context,
        [done, expected](const QList<ReplicaAnswer> &answers) { done(judgeCluster(answers, expected)); });
}

void AlertmanagerChecks::startConfigHash(
    const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    if (context.clusters(check).isEmpty()) {
        done(noClusters());
        return;
    }
    askStatus(
        check, context, [done](const QList<ReplicaAnswer> &answers) { done(judgeConfigHash(answers)); });
}

void AlertmanagerChecks::startWatchdog(const HealthCheck &check, CheckContext &context, const CheckDone &done)
{
    const QString alertname = check.alertname.isEmpty() ? context.config.deadMansSwitch : check.alertname;
    if (alertname.isEmpty()) {
        done(CheckVerdict::make(
            CheckStatus::Unknown, tr("no dead man's switch is configured (dead_mans_switch is empty)")));
        return;
    }
    if (context.clusters(check).isEmpty()) {
        done(noClusters());
        return;
    }
    const QList<Matcher> filter { Matcher { QStringLiteral("alertname"), alertname } };
    askEveryReplica(
        check, context,
        [filter](AlertmanagerClient *client, const Endpoint &, auto answered) {
            client->fetchAlerts(
                filter, client, [answered](Result<AlertmanagerClient::AlertsSnapshot> result) {
                    answered([&result](ReplicaAnswer &a) {
                        if (!result) {
                            a.error = result.error();
                            return;
                        }
                        a.alerts = result.value().alerts;
                        if (!result.value().failures.isEmpty())
                            a.error = result.value().failures.constFirst().error;
                    });
                });
        },
        [done, alertname, now = context.now, maxAge = check.maxAgeMs](
            const QList<ReplicaAnswer> &answers) { done(judgeWatchdog(answers, alertname, now, maxAge)); });
}

} // namespace pivori

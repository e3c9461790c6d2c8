// SPDX-License-Identifier: GPL-3.0-or-later
#include "ackservice.h"

#include "silencelimits.h"

#include "acknowledgement.h"
#include "alertmanagerclient.h"
#include "identifyinglabels.h"
#include "inboxalert.h"

#include <QUrl>

#include <algorithm>
#include <tuple>

namespace pivori {

namespace {

QList<Matcher> sorted(QList<Matcher> matchers)
{
    std::sort(matchers.begin(), matchers.end(), [](const Matcher &a, const Matcher &b) {
        return std::tie(a.name, a.value, a.isRegex, a.isEqual)
            < std::tie(b.name, b.value, b.isRegex, b.isEqual);
    });
    return matchers;
}

bool isFinal(const Error &error)
{
    // Alertmanager judged the silence itself (or we refused to send it): asking again gives
    // the same answer. Anything else (network, timeout, 5xx) may work next time.
    return error.kind == Error::Kind::Config || (error.httpStatus >= 400 && error.httpStatus < 500);
}

const QLatin1StringView kEveryReplica { "*" };

// The replica a failed request went to, named as AlertmanagerClient names replicas in its
// answers; every replica when the error does not say.
QStringList replicasOf(const Error &error, const AlertmanagerClient &client)
{
    const QString url = QUrl(error.url).adjusted(QUrl::RemoveUserInfo).toString();
    for (const Endpoint &replica : client.replicas()) {
        const QString label
            = replica.url.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
        if (!url.isEmpty() && (url == label || url.startsWith(label + u'/')))
            return { label };
    }
    return { QString(kEveryReplica) };
}

// The unsure replicas that did not answer the lookup: while one of them is silent, the silence
// may exist there, and posting again could make a second one.
QStringList silentUnsure(const QStringList &unsure, const QList<AlertmanagerClient::ReplicaError> &failures)
{
    QStringList silent;
    for (const auto &failure : failures) {
        if (unsure.contains(kEveryReplica) || unsure.contains(failure.replicaUrl))
            silent.append(failure.replicaUrl);
    }
    return silent;
}

} // namespace

AckService::AckService(const QString &journalDirectory, QObject *parent)
    : QObject(parent)
    , m_outbox(journalDirectory)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AckService::onTimer);
    m_outbox.load(&m_journalProblem);
    // An entry that was on the wire when the console stopped has an unknown outcome; it keeps
    // its attempt count, so the next attempt looks for the silence before posting again.
    const QList<AckOutbox::Entry> loaded = m_outbox.entries(); // a copy: store() changes the list
    for (AckOutbox::Entry entry : loaded) {
        if (entry.state == AckOutbox::Entry::State::Sent) {
            // Which replica had it is not known: every one must answer the lookup first.
            entry.unsureReplicas = QStringList { QString(kEveryReplica) };
            entry.state = AckOutbox::Entry::State::Pending;
            // Not before the lost POST would have timed out (post() stored that time): until
            // then it may still be on its way, and the lookup would miss it.
            entry.nextAttempt = std::max(entry.nextAttempt, QDateTime::currentDateTimeUtc());
            store(entry);
        }
    }
}

void AckService::setClient(const QString &cluster, AlertmanagerClient *client)
{
    if (client)
        m_clients.insert(cluster, client);
    else
        m_clients.remove(cluster);
    if (!client)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<AckOutbox::Entry> entries = m_outbox.entries(); // a copy: store() changes the list
    for (AckOutbox::Entry entry : entries) {
        // Not an ack whose last POST may still be on its way: it waits until that one has landed
        // or timed out (see the constructor), or a lookup now could miss it.
        if (entry.cluster == cluster && !m_inFlight.contains(entry.token) && entry.nextAttempt > now
            && entry.unsureReplicas.isEmpty()) {
            entry.nextAttempt = now;
            store(entry);
        }
    }
    schedule();
}

AlertmanagerClient *AckService::client(const QString &cluster) const
{
    return m_clients.value(cluster).data();
}

QString AckService::acknowledge(const QString &cluster, const QList<Matcher> &matchers, qint64 durationMs,
    const QString &comment, const QString &author)
{
    QString problem;
    if (!client(cluster))
        problem = tr("no Alertmanager cluster named \"%1\" is configured").arg(cluster);
    else if (matchers.isEmpty())
        problem = tr("an acknowledgement needs at least one matcher");
    else if (durationMs <= 0)
        problem = tr("an acknowledgement needs a positive duration");
    else
        problem = SilenceLimits::durationProblem(durationMs);
    if (!problem.isEmpty()) {
        emit operationFailed(problem);
        return {};
    }
    AckOutbox::Entry entry;
    entry.token = Acknowledgement::newToken();
    entry.cluster = cluster;
    entry.matchers = matchers;
    entry.durationMs = durationMs;
    entry.comment = comment.trimmed();
    entry.author = author;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.nextAttempt = entry.createdAt;
    store(entry); // journal first: from here on a crash cannot lose it
    emit pendingChanged();
    attempt(entry.token);
    return entry.token;
}

QStringList AckService::acknowledge(const QList<InboxAlert> &alerts, const IdentifyingLabels &identifying,
    qint64 durationMs, const QString &comment, const QString &author)
{
    QStringList tokens;
    QList<std::pair<QString, QList<Matcher>>> seen;
    for (const InboxAlert &alert : alerts) {
        const std::pair<QString, QList<Matcher>> target { alert.cluster,
            identifying.matchersFor(alert.alert.labels) };
        if (seen.contains(target))
            continue;
        seen.append(target);
        const QString token = acknowledge(target.first, target.second, durationMs, comment, author);
        if (!token.isEmpty())
            tokens.append(token);
    }
    return tokens;
}

const Silence *AckService::findLanded(const AckOutbox::Entry &entry, const QList<Silence> &silences)
{
    const QList<Matcher> wanted = sorted(entry.matchers);
    // Any state counts: an expired one landed and was expired since (or ran out), and posting
    // it again would undo whoever expired it.
    const auto it = std::find_if(silences.cbegin(), silences.cend(), [&](const Silence &silence) {
        return Acknowledgement::tokenOf(silence.comment) == entry.token && silence.createdBy == entry.author
            && sorted(silence.matchers) == wanted;
    });
    return it == silences.cend() ? nullptr : &*it;
}

void AckService::attempt(const QString &token)
{
    const AckOutbox::Entry *found = m_outbox.find(token);
    AlertmanagerClient *cluster = found ? client(found->cluster) : nullptr;
    if (!found || !cluster || m_inFlight.contains(token))
        return;
    if (found->endsAt() <= QDateTime::currentDateTimeUtc()) {
        reject(token,
            found->unsureReplicas.isEmpty()
                ? tr("the acknowledgement ran out before any replica of %1 could be reached")
                      .arg(found->cluster)
                : tr("the acknowledgement ran out before %1 could tell whether it holds it")
                      .arg(found->unsureReplicas.join(QStringLiteral(", "))));
        return;
    }
    m_inFlight.insert(token);
    // Counted per try, so the backoff grows while the cluster stays down even when a try
    // never gets as far as posting.
    AckOutbox::Entry tried = *found;
    const bool mayHaveLanded = tried.attempts > 0;
    ++tried.attempts;
    store(tried);
    if (!mayHaveLanded) {
        post(token);
        return;
    }
    cluster->fetchSilences(this, [this, token](Result<AlertmanagerClient::SilencesSnapshot> result) {
        const AckOutbox::Entry *entry = m_outbox.find(token);
        if (!entry) {
            m_inFlight.remove(token);
            return;
        }
        if (!result) {
            // Without the list we cannot know whether the last POST landed: wait, do not risk
            // a duplicate.
            failAttempt(token, result.error());
            return;
        }
        if (const Silence *landed = findLanded(*entry, result.value().silences)) {
            succeed(token, landed->id);
            return;
        }
        if (const QStringList silent = silentUnsure(entry->unsureReplicas, result.value().failures);
            !silent.isEmpty()) {
            Error wait;
            wait.kind = Error::Kind::Network;
            wait.message = tr("the last attempt may have created the silence on %1, which does not answer "
                              "now; it is not sent again until that replica says whether it holds it")
                               .arg(silent.join(QStringLiteral(", ")));
            failAttempt(token, wait);
            return;
        }
        post(token);
    });
}

void AckService::post(const QString &token)
{
    const AckOutbox::Entry *found = m_outbox.find(token);
    AlertmanagerClient *cluster = found ? client(found->cluster) : nullptr;
    if (!found || !cluster) {
        m_inFlight.remove(token);
        schedule();
        return;
    }
    AckOutbox::Entry entry = *found;
    PostableSilence silence;
    silence.matchers = entry.matchers;
    silence.startsAt = QDateTime::currentDateTimeUtc();
    silence.endsAt = entry.endsAt();
    silence.createdBy = entry.author;
    silence.comment = Acknowledgement::composeComment(entry.comment, entry.token);
    // Marked before sending: if the console stops now, the next start knows the outcome is open,
    // and waits until the request would have timed out before it looks for the silence.
    entry.state = AckOutbox::Entry::State::Sent;
    int longestTimeoutMs = 0;
    for (const Endpoint &replica : cluster->replicas())
        longestTimeoutMs = std::max(longestTimeoutMs, replica.timeoutMs);
    entry.nextAttempt = silence.startsAt.addMSecs(longestTimeoutMs);
    // The lookup just now found it nowhere: the replicas unsure before are sure now.
    entry.unsureReplicas.clear();
    store(entry);
    emit pendingChanged();
    cluster->createSilence(silence, this, [this, token](Result<AlertmanagerClient::WriteOutcome> result) {
        if (result) {
            succeed(token, result.value().id);
            return;
        }
        const Error &error = result.error();
        if (isFinal(error)) {
            reject(token, error.describe());
            return;
        }
        const AckOutbox::Entry *sent = m_outbox.find(token);
        AlertmanagerClient *again = sent ? client(sent->cluster) : nullptr;
        if (sent && AlertmanagerClient::isOutcomeUnknown(error)) {
            // Sent, and no answer said what happened: the next attempt looks there first.
            AckOutbox::Entry unsure = *sent;
            unsure.unsureReplicas
                = again ? replicasOf(error, *again) : QStringList { QString(kEveryReplica) };
            store(unsure);
        }
        failAttempt(token, error);
    });
}

void AckService::succeed(const QString &token, const QString &silenceId)
{
    m_inFlight.remove(token);
    const AckOutbox::Entry *entry = m_outbox.find(token);
    const QString cluster = entry ? entry->cluster : QString();
    QString problem;
    if (!m_outbox.remove(token, &problem))
        emit journalError(problem);
    emit acknowledged(token, cluster, silenceId);
    emit pendingChanged();
    schedule();
}

void AckService::failAttempt(const QString &token, const Error &error)
{
    m_inFlight.remove(token);
    const AckOutbox::Entry *found = m_outbox.find(token);
    if (!found)
        return;
    AckOutbox::Entry entry = *found;
    entry.state = AckOutbox::Entry::State::Pending;
    entry.lastError = error.describe();
    entry.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(AckOutbox::backoffMs(entry.attempts));
    store(entry);
    emit ackDeferred(token, entry.lastError, entry.nextAttempt);
    emit pendingChanged();
    schedule();
}

void AckService::reject(const QString &token, const QString &message)
{
    m_inFlight.remove(token);
    QString problem;
    if (!m_outbox.remove(token, &problem))
        emit journalError(problem);
    emit ackRejected(token, message);
    emit pendingChanged();
    schedule();
}

void AckService::store(const AckOutbox::Entry &entry)
{
    QString problem;
    if (!m_outbox.update(entry, &problem))
        emit journalError(problem);
}

void AckService::retryNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<AckOutbox::Entry> entries = m_outbox.entries(); // a copy: store() changes the list
    for (AckOutbox::Entry entry : entries) {
        if (!m_inFlight.contains(entry.token) && entry.nextAttempt > now) {
            entry.nextAttempt = now;
            store(entry);
        }
    }
    schedule();
}

void AckService::schedule()
{
    QDateTime earliest;
    for (const AckOutbox::Entry &entry : m_outbox.entries()) {
        if (m_inFlight.contains(entry.token) || !client(entry.cluster))
            continue;
        if (!earliest.isValid() || entry.nextAttempt < earliest)
            earliest = entry.nextAttempt;
    }
    if (!earliest.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 delay = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(earliest));
    m_timer.start(int(std::min<qint64>(delay, AckOutbox::kMaxBackoffMs)));
}

void AckService::onTimer()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList due;
    for (const AckOutbox::Entry &entry : m_outbox.entries()) {
        if (entry.nextAttempt <= now)
            due.append(entry.token);
    }
    for (const QString &token : due)
        attempt(token);
    schedule();
}

void AckService::extend(const QString &cluster, const QString &silenceId, qint64 extraMs)
{
    AlertmanagerClient *target = client(cluster);
    if (!target || extraMs <= 0) {
        emit operationFailed(!target ? tr("no Alertmanager cluster named \"%1\" is configured").arg(cluster)
                                     : tr("extending needs a positive duration"));
        return;
    }
    target->fetchSilence(silenceId, this, [this, cluster, silenceId, extraMs](Result<Silence> found) {
        AlertmanagerClient *again = client(cluster);
        if (!found || !again) {
            emit operationFailed(found
                    ? tr("the cluster %1 went away").arg(cluster)
                    : tr("cannot extend silence %1: %2").arg(silenceId, found.error().describe()));
            return;
        }
        const Silence &current = found.value();
        if (current.state == Silence::State::Expired) {
            emit operationFailed(
                tr("silence %1 has already expired; acknowledge the alert again").arg(silenceId));
            return;
        }
        // Alertmanager updates in place only with the same matchers and startsAt; anything
        // else would expire this silence and create another one.
        PostableSilence update;
        update.id = current.id;
        update.matchers = current.matchers;
        update.startsAt = current.startsAt;
        update.endsAt = std::max(current.endsAt, QDateTime::currentDateTimeUtc()).addMSecs(extraMs);
        update.createdBy = current.createdBy;
        update.comment = current.comment;
        if (const QString problem = SilenceLimits::endProblem(update.endsAt, QDateTime::currentDateTimeUtc());
            !problem.isEmpty()) {
            emit operationFailed(tr("cannot extend silence %1: %2").arg(silenceId, problem));
            return;
        }
        const QDateTime until = update.endsAt;
        again->createSilence(update, this,
            [this, cluster, silenceId, until](Result<AlertmanagerClient::WriteOutcome> written) {
                if (!written) {
                    emit operationFailed(
                        tr("cannot extend silence %1: %2").arg(silenceId, written.error().describe()));
                    return;
                }
                emit extended(cluster, written.value().id, until);
            });
    });
}

void AckService::unacknowledge(const QString &cluster, const QString &silenceId)
{
    AlertmanagerClient *target = client(cluster);
    if (!target) {
        emit operationFailed(tr("no Alertmanager cluster named \"%1\" is configured").arg(cluster));
        return;
    }
    // An ack whose answer was lost may have been created more than once (by an older version,
    // or by another console): every silence carrying the same token is the same ack, and
    // leaving one of them active would leave the alert acknowledged.
    target->fetchSilences(
        this, [this, cluster, silenceId](Result<AlertmanagerClient::SilencesSnapshot> listed) {
            QStringList ids { silenceId };
            if (listed) {
                const QList<Silence> &silences = listed.value().silences;
                const auto self = std::find_if(silences.cbegin(), silences.cend(),
                    [&](const Silence &silence) { return silence.id == silenceId; });
                const QString token
                    = self == silences.cend() ? QString() : Acknowledgement::tokenOf(self->comment);
                for (const Silence &silence : silences) {
                    if (!token.isEmpty() && silence.id != silenceId
                        && silence.state != Silence::State::Expired
                        && Acknowledgement::tokenOf(silence.comment) == token)
                        ids.append(silence.id);
                }
            }
            // Without the list, the one asked for is still expired; the others, if any, show
            // up as still acknowledged at the next poll.
            for (const QString &id : std::as_const(ids))
                expireOne(cluster, id);
        });
}

void AckService::expireOne(const QString &cluster, const QString &silenceId)
{
    AlertmanagerClient *target = client(cluster);
    if (!target) {
        emit operationFailed(tr("the cluster %1 went away").arg(cluster));
        return;
    }
    target->expireSilence(
        silenceId, this, [this, cluster, silenceId](Result<AlertmanagerClient::WriteOutcome> result) {
            if (!result) {
                emit operationFailed(
                    tr("cannot expire silence %1: %2").arg(silenceId, result.error().describe()));
                return;
            }
            emit unacknowledged(cluster, silenceId);
        });
}

} // namespace pivori

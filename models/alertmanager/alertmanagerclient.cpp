// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertmanagerclient.h"

#include "alertmanagerparser.h"
#include "httptransport.h"
#include "replicamerger.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <utility>

namespace pivori {

struct AlertmanagerClient::ReplicaAnswer final
{
    QString replicaUrl;
    HttpResponse response;
};

namespace {

QString replicaLabel(const Endpoint &endpoint)
{
    return endpoint.url.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
}

// A 5xx, or a request that never reached the replica, leaves the write undone, so the next
// replica may take it; a 4xx is Alertmanager judging the silence and would be judged the same
// everywhere. A POST that was sent and got no answer (reset, timeout, truncated) may have
// created the silence: sending it to the next replica could create a second one, so the
// caller hears of it and decides (the ack service looks for the silence first). DELETE is
// idempotent: expiring twice does no harm.
//
// The transports tag an error "not_sent" when the request never reached the server (see
// NetworkTransport); a write whose outcome is unknown leaves here tagged kOutcomeUnknown.
constexpr QLatin1StringView kNotSent { "not_sent" };
constexpr QLatin1StringView kOutcomeUnknown { "outcome_unknown" };

bool worthTryingNext(const HttpRequest &request, const HttpResponse &response)
{
    if (response.transportError) {
        if (response.transportError->kind == Error::Kind::Canceled)
            return false;
        return request.method != "POST" || response.transportError->type == kNotSent;
    }
    return response.status >= 500;
}

Error withUrl(Error error, const HttpResponse &response)
{
    if (error.url.isEmpty())
        error.url = response.url.toDisplayString(QUrl::RemoveQuery);
    return error;
}

Error combineFailures(const QString &clusterName, const QList<AlertmanagerClient::ReplicaError> &failures)
{
    if (failures.size() == 1)
        return failures.first().error;
    Error out = failures.first().error;
    QStringList parts;
    for (const auto &failure : failures) {
        parts.append(failure.replicaUrl + QStringLiteral(": ") + failure.error.message);
        if (failure.error.kind != out.kind)
            out.kind = Error::Kind::Network;
        if (failure.error.httpStatus != out.httpStatus)
            out.httpStatus = 0;
    }
    out.url.clear();
    out.type.clear();
    out.message = AlertmanagerClient::tr("all %1 replicas of %2 failed: %3")
                      .arg(QString::number(failures.size()), clusterName, parts.join(QStringLiteral("; ")));
    return out;
}

// Splits fan-out answers into per-replica values and failures.
template <typename T, typename Answers, typename Parse>
void collect(const Answers &answers, Parse parse, QList<std::pair<QString, T>> *values,
    QList<AlertmanagerClient::ReplicaError> *failures)
{
    for (const auto &answer : answers) {
        const HttpResponse &response = answer.response;
        if (response.transportError) {
            failures->append({ answer.replicaUrl, *response.transportError });
            continue;
        }
        auto parsed = parse(response.status, response.contentType, response.body);
        if (parsed)
            values->append({ answer.replicaUrl, std::move(parsed).value() });
        else
            failures->append({ answer.replicaUrl, withUrl(parsed.error(), response) });
    }
}

struct WriteJob final
{
    QPointer<HttpTransport> transport;
    QList<Endpoint> replicas;
    QString clusterName;
    HttpRequest request;
    QPointer<QObject> context;
    std::function<Result<QString>(int, const QByteArray &, const QByteArray &)> judge;
    AlertmanagerClient::Callback<AlertmanagerClient::WriteOutcome> done;
    QList<AlertmanagerClient::ReplicaError> failures;
    qsizetype next = 0;
};

void writeStep(const std::shared_ptr<WriteJob> &job)
{
    if (job->next >= job->replicas.size()) {
        // Every replica either was not reached or answered that it failed.
        job->done(combineFailures(job->clusterName, job->failures));
        return;
    }
    if (!job->transport) {
        job->done(
            Error { Error::Kind::Canceled, 0, {}, AlertmanagerClient::tr("the HTTP transport is gone"), {} });
        return;
    }
    const Endpoint &endpoint = job->replicas.at(job->next++);
    HttpRequest request = job->request;
    request.endpoint = endpoint;
    const QString replicaUrl = replicaLabel(endpoint);
    job->transport->send(request, job->context, [job, replicaUrl](const HttpResponse &response) {
        // The transport aborts the reply while the context is being destroyed and that abort
        // reports synchronously: the QPointer is already null then, so nobody is called.
        if (!job->context)
            return;
        if (worthTryingNext(job->request, response)) {
            Error error = response.transportError
                ? *response.transportError
                : withUrl(
                    AlertmanagerParser::errorFromAnswer(response.status, response.contentType, response.body),
                    response);
            job->failures.append({ replicaUrl, error });
            writeStep(job);
            return;
        }
        if (response.transportError) {
            Error error = *response.transportError;
            if (job->request.method == "POST" && error.kind != Error::Kind::Canceled)
                error.type = QString(kOutcomeUnknown); // sent, and no answer said what happened
            job->done(error);
            return;
        }
        auto id = job->judge(response.status, response.contentType, response.body);
        if (!id) {
            Error error = withUrl(id.error(), response);
            // A 2xx whose body makes no sense: the server did something, what is not known.
            if (response.status >= 200 && response.status < 300)
                error.type = QString(kOutcomeUnknown);
            job->done(error);
            return;
        }
        job->done(AlertmanagerClient::WriteOutcome { id.value(), replicaUrl });
    });
}

bool isPlausibleSilenceId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace

bool AlertmanagerClient::isOutcomeUnknown(const Error &error)
{
    return error.type == kOutcomeUnknown;
}

AlertmanagerClient::AlertmanagerClient(
    HttpTransport *transport, QString clusterName, QList<Endpoint> replicas, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clusterName(std::move(clusterName))
    , m_replicas(std::move(replicas))
{
    for (Endpoint &endpoint : m_replicas) {
        if (endpoint.timeoutMs <= 0)
            endpoint.timeoutMs = kDefaultTimeoutMs;
    }
}

template <typename T> bool AlertmanagerClient::failEarly(QObject *context, const Callback<T> &done)
{
    Error error;
    if (!m_transport)
        error = Error { Error::Kind::Canceled, 0, {}, tr("the HTTP transport is gone"), {} };
    else if (m_replicas.isEmpty())
        error = Error { Error::Kind::Config, 0, {},
            tr("Alertmanager cluster %1 has no replicas configured").arg(m_clusterName), {} };
    else
        return false;
    QTimer::singleShot(0, context, [done, error] { done(error); });
    return true;
}

void AlertmanagerClient::fanOut(const HttpRequest &request, QObject *context, FanOutDone done)
{
    struct State final
    {
        QList<ReplicaAnswer> answers;
        qsizetype pending = 0;
        FanOutDone done;
    };
    auto state = std::make_shared<State>();
    state->answers.resize(m_replicas.size());
    state->pending = m_replicas.size();
    state->done = std::move(done);
    for (qsizetype i = 0; i < m_replicas.size(); ++i) {
        HttpRequest perReplica = request;
        perReplica.endpoint = m_replicas.at(i);
        state->answers[i].replicaUrl = replicaLabel(m_replicas.at(i));
        // Answers are stored by replica index, so the merge sees them in configured order
        // however the network orders them.
        m_transport->send(perReplica, context,
            [state, i, guard = QPointer<QObject>(context)](const HttpResponse &response) {
                if (!guard)
                    return; // see writeStep: an abort during the context's destruction
                state->answers[i].response = response;
                // Handed over, not kept: a 100 MB body is then freed by whoever parses it last
                // (a pool thread for the reads), not here when the reply goes.
                if (--state->pending == 0)
                    state->done(std::exchange(state->answers, {}));
            });
    }
}

template <typename Item, typename Snapshot, typename Parse, typename Merge>
void AlertmanagerClient::fetchMerged(
    const HttpRequest &request, QObject *context, Callback<Snapshot> done, Parse parse, Merge merge)
{
    if (failEarly(context, done))
        return;
    const QString cluster = m_clusterName;
    fanOut(request, context,
        [done, cluster, parse, merge, guard = QPointer<QObject>(context)](
            const QList<ReplicaAnswer> &answers) {
            if (!guard)
                return;
            // Parsing and merging are pure functions of the answers: they run on a pool thread,
            // because 20,000 alerts (10 MB of JSON) cost a second and would freeze the window.
            // The watcher belongs to the context, so `done` runs in its thread, and never once
            // the context is gone.
            auto *watcher = new QFutureWatcher<std::optional<Result<Snapshot>>>(guard);
            QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, done] {
                watcher->deleteLater();
                done(*watcher->result());
            });
            watcher->setFuture(
                QtConcurrent::run([answers, cluster, parse, merge]() -> std::optional<Result<Snapshot>> {
                    QList<std::pair<QString, QList<Item>>> perReplica;
                    QList<ReplicaError> failures;
                    collect(answers, parse, &perReplica, &failures);
                    if (perReplica.isEmpty())
                        return combineFailures(cluster, failures);
                    return Snapshot { merge(perReplica), failures };
                }));
        });
}

namespace {

HttpRequest filteredRequest(const QString &path, const QList<Matcher> &filter)
{
    HttpRequest request;
    request.path = path;
    for (const Matcher &matcher : filter)
        request.params.append({ QStringLiteral("filter"), matcher.toString() });
    return request;
}

} // namespace

void AlertmanagerClient::fetchAlerts(
    const QList<Matcher> &filter, QObject *context, Callback<AlertsSnapshot> done)
{
    fetchMerged<Alert>(filteredRequest(QStringLiteral("/api/v2/alerts"), filter), context, std::move(done),
        &AlertmanagerParser::parseAlerts, &ReplicaMerger::mergeAlerts);
}

void AlertmanagerClient::fetchAlertGroups(
    const QList<Matcher> &filter, QObject *context, Callback<GroupsSnapshot> done)
{
    fetchMerged<AlertGroup>(filteredRequest(QStringLiteral("/api/v2/alerts/groups"), filter), context,
        std::move(done), &AlertmanagerParser::parseAlertGroups, &ReplicaMerger::mergeGroups);
}

void AlertmanagerClient::fetchSilences(QObject *context, Callback<SilencesSnapshot> done)
{
    fetchMerged<Silence>(filteredRequest(QStringLiteral("/api/v2/silences"), {}), context, std::move(done),
        &AlertmanagerParser::parseSilences, &ReplicaMerger::mergeSilences);
}

void AlertmanagerClient::fetchSilence(const QString &id, QObject *context, Callback<Silence> done)
{
    if (!isPlausibleSilenceId(id)) {
        const Error error { Error::Kind::Config, 0, {}, tr("\"%1\" is not a silence id").arg(id.left(80)),
            {} };
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    if (failEarly(context, done))
        return;
    HttpRequest request;
    request.path = QStringLiteral("/api/v2/silence/") + id;
    const QString cluster = m_clusterName;
    fanOut(request, context, [done, cluster, id](const QList<ReplicaAnswer> &answers) {
        QList<std::pair<QString, Silence>> found;
        QList<ReplicaError> failures;
        collect(answers, &AlertmanagerParser::parseSilence, &found, &failures);
        if (found.isEmpty()) {
            const bool allNotFound = std::all_of(failures.cbegin(), failures.cend(),
                [](const ReplicaError &f) { return f.error.httpStatus == 404; });
            if (allNotFound) {
                done(Error { Error::Kind::Http, 404, {},
                    tr("silence %1 not found on any replica of %2").arg(id, cluster), {} });
                return;
            }
            done(combineFailures(cluster, failures));
            return;
        }
        const auto newest = std::max_element(found.cbegin(), found.cend(),
            [](const auto &a, const auto &b) { return a.second.updatedAt < b.second.updatedAt; });
        done(newest->second);
    });
}

void AlertmanagerClient::fetchStatus(QObject *context, Callback<QList<ReplicaStatus>> done)
{
    if (failEarly(context, done))
        return;
    HttpRequest request;
    request.path = QStringLiteral("/api/v2/status");
    fanOut(request, context, [done](const QList<ReplicaAnswer> &answers) {
        QList<ReplicaStatus> out;
        for (const auto &answer : answers) {
            ReplicaStatus entry;
            entry.replicaUrl = answer.replicaUrl;
            const HttpResponse &response = answer.response;
            if (response.transportError) {
                entry.error = *response.transportError;
            } else {
                auto parsed
                    = AlertmanagerParser::parseStatus(response.status, response.contentType, response.body);
                if (parsed)
                    entry.status = parsed.value();
                else
                    entry.error = withUrl(parsed.error(), response);
            }
            out.append(entry);
        }
        done(out);
    });
}

void AlertmanagerClient::writeInOrder(
    const HttpRequest &request, QObject *context, WriteJudge judge, Callback<WriteOutcome> done)
{
    auto job = std::make_shared<WriteJob>();
    job->transport = m_transport;
    job->replicas = m_replicas;
    job->clusterName = m_clusterName;
    job->request = request;
    job->context = context;
    job->judge = std::move(judge);
    job->done = std::move(done);
    writeStep(job);
}

void AlertmanagerClient::createSilence(
    const PostableSilence &silence, QObject *context, Callback<WriteOutcome> done)
{
    QString problem;
    if (silence.matchers.isEmpty())
        problem = tr("a silence needs at least one matcher");
    else if (!silence.startsAt.isValid() || !silence.endsAt.isValid())
        problem = tr("a silence needs a valid start and end time");
    else if (!silence.id.isEmpty() && !isPlausibleSilenceId(silence.id))
        problem = tr("\"%1\" is not a silence id").arg(silence.id.left(80));
    if (!problem.isEmpty()) {
        const Error error { Error::Kind::Config, 0, {}, problem, {} };
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    if (failEarly(context, done))
        return;
    HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v2/silences");
    request.jsonBody = silence.toJson();
    writeInOrder(request, context, &AlertmanagerParser::parseSilenceId, std::move(done));
}

void AlertmanagerClient::expireSilence(const QString &id, QObject *context, Callback<WriteOutcome> done)
{
    if (!isPlausibleSilenceId(id)) {
        const Error error { Error::Kind::Config, 0, {}, tr("\"%1\" is not a silence id").arg(id.left(80)),
            {} };
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    if (failEarly(context, done))
        return;
    HttpRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/api/v2/silence/") + id;
    writeInOrder(
        request, context,
        [id](int status, const QByteArray &contentType, const QByteArray &body) -> Result<QString> {
            auto answer = AlertmanagerParser::parseExpireAnswer(status, contentType, body);
            if (!answer)
                return answer.error();
            return id;
        },
        std::move(done));
}

} // namespace pivori

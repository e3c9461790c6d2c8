// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyreader.h"

#include "duration.h"
#include "networktransport.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace pivori {

namespace {

/// The most taken from a reply in one turn of the event loop. Qt hands a fast server's answer
/// over in one piece (its network thread runs ahead and readyRead comes once the burst is
/// over): a 100 MB answer was one read of 70-92 MB, 0.5-1.2 s of the GUI thread in memcpy and
/// the page faults of the new body. 2 MB is 10-30 ms of it on the same machine.
constexpr qint64 kSliceBytes = qint64(2) * 1024 * 1024;

/// What one request has seen so far; shared by the reply's handlers.
struct ReplyState final
{
    QUrl url;
    QByteArray body;
    HttpTransport::Callback done;
    QPointer<QObject> context; ///< `done` is called only while it lives
    qint64 limit = Endpoint::kDefaultMaxAnswerBytes;
    int timeoutMs = 0;
    bool hasClientCertificate = false;
    bool timedOut = false;
    bool tooLarge = false;
    bool truncated = false; ///< the connection ended before the announced Content-Length
    bool cancelled = false; ///< aborted by the caller after the reply finished, while being read
    bool finished = false; ///< the reply has finished; what it holds may still be unread
    bool sliceQueued = false; ///< a turn to read the next slice is posted
    bool answered = false; ///< `done` has been called (or will never be)
    QList<QSslError> sslErrors;
    QElapsedTimer clock;
};

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

bool isUntrusted(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

/// A TLS failure in words that say what to do about it.
QString tlsMessage(const ReplyState &state, QNetworkReply *reply)
{
    QStringList untrusted;
    QStringList other;
    for (const QSslError &error : state.sslErrors)
        (isUntrusted(error.error()) ? untrusted : other) << error.errorString();
    if (!untrusted.isEmpty())
        return NetworkTransport::tr(
            "TLS: the server's certificate is not trusted (%1); set ca_file to the CA "
            "that signed it")
            .arg(untrusted.join(QStringLiteral("; ")));
    if (!other.isEmpty())
        return NetworkTransport::tr("TLS: %1").arg(other.join(QStringLiteral("; ")));
    if (!state.hasClientCertificate)
        return NetworkTransport::tr("TLS handshake failed: %1 (if the server requires a client certificate, "
                                    "set cert_file and key_file)")
            .arg(reply->errorString());
    return NetworkTransport::tr("TLS handshake failed: %1").arg(reply->errorString());
}

/// No usable HTTP answer: why, in words that name what happened to the answer.
Error transportError(const ReplyState &state, QNetworkReply *reply)
{
    Error error;
    error.url = state.url.toDisplayString(QUrl::RemoveQuery);
    const qint64 received = state.body.size();
    if (state.cancelled) {
        error.kind = Error::Kind::Canceled;
        error.message = NetworkTransport::tr("request cancelled");
        return error;
    }
    if (state.tooLarge) {
        error.kind = Error::Kind::Http;
        error.message
            = NetworkTransport::tr("answer larger than the limit of %1 (max_answer_size); reading stopped")
                  .arg(sizeText(state.limit));
        return error;
    }
    if (state.truncated) {
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("connection closed after %1 of the answer: answer truncated")
                            .arg(sizeText(received));
        return error;
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        if (state.timedOut || reply->error() == QNetworkReply::TimeoutError) {
            error.kind = Error::Kind::Timeout;
            error.message = received > 0
                ? NetworkTransport::tr("answer not complete within %1 (%2 received)")
                      .arg(formatDuration(state.timeoutMs), sizeText(received))
                : NetworkTransport::tr("no answer within %1").arg(formatDuration(state.timeoutMs));
        } else {
            error.kind = Error::Kind::Canceled;
            error.message = NetworkTransport::tr("request cancelled");
        }
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.type = QString(kNotSent);
        error.kind = Error::Kind::Tls;
        error.message = tlsMessage(state, reply);
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.type = QString(kNotSent);
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("connection refused");
        break;
    case QNetworkReply::HostNotFoundError:
        error.type = QString(kNotSent);
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("host not found");
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::NetworkSessionFailedError:
        error.kind = Error::Kind::Network;
        if (received > 0 || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            error.message = NetworkTransport::tr("connection closed after %1 of the answer: answer truncated")
                                .arg(sizeText(received));
        else if (!state.sslErrors.isEmpty()
            || (reply->url().scheme() == QLatin1String("https") && !state.hasClientCertificate))
            // A server that requires a client certificate closes the connection right after the
            // handshake (TLS 1.3), which looks like any other reset.
            error.message
                = NetworkTransport::tr("connection closed before an answer (if the server requires a "
                                       "client certificate, set cert_file and key_file)");
        else
            error.message = NetworkTransport::tr("connection closed before an answer");
        break;
    case QNetworkReply::ContentReSendError: // see OneShotBody
        error.kind = Error::Kind::Network;
        error.message = NetworkTransport::tr("the connection closed before the answer arrived");
        break;
    default:
        error.kind = Error::Kind::Network;
        error.message = reply->errorString();
        break;
    }
    return error;
}

/// Qt's error codes 1-199 are the connection's (and its proxy's): no complete answer arrived.
/// 200-299 (4xx) and 400-499 (5xx) carry the server's answer, and so do 300-398 when a status
/// came with them (Qt files HTTP 400 as ProtocolInvalidOperationError); 399 is a malformed answer.
bool isTransportFailure(QNetworkReply::NetworkError error, bool hasStatus)
{
    const int code = int(error);
    if (code >= 1 && code < 200)
        return true;
    if (error == QNetworkReply::ProtocolFailure)
        return true;
    return code >= 300 && code < 400 && !hasStatus;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

Error redirectError(const ReplyState &state, QNetworkReply *reply, int status)
{
    const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    QUrl target = state.url.resolved(location);
    target.setUserInfo({});
    Error error;
    error.kind = Error::Kind::Http;
    error.httpStatus = status;
    error.url = state.url.toDisplayString(QUrl::RemoveQuery);
    error.message = location.isEmpty()
        ? NetworkTransport::tr("HTTP %1: server redirected without a target; not followed").arg(status)
        : NetworkTransport::tr("server redirected to %1; not followed (credentials are only sent to the "
                               "configured URL: correct the url in the configuration)")
              .arg(target.toDisplayString(QUrl::RemoveQuery));
    return error;
}

/// Qt 6.4 ends a reply whose connection closed mid-body without an error when no bytes were
/// left to read, whatever the Content-Length said: such an answer is cut off, not complete.
/// (A compressed answer's length is that of the compressed bytes; a chunked one has none.)
bool isShortOfItsLength(const ReplyState &state, QNetworkReply *reply)
{
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (reply->error() != QNetworkReply::NoError || !length.isValid()
        || reply->hasRawHeader("Content-Encoding"))
        return false;
    if (reply->operation() == QNetworkAccessManager::HeadOperation)
        return false;
    return state.body.size() < length.toLongLong();
}

/// The body's next capacity when an answer without a Content-Length (Alertmanager sends large
/// answers chunked) outgrows it. Doubling while small; past 8 MiB straight to the answer limit:
/// each doubling of a large body copied all of it on the GUI thread (a 64 MB copy took 50-70
/// ms), while reserving the limit costs address space only, as untouched pages take no memory.
qsizetype grownCapacity(qsizetype capacity, qsizetype needed, qint64 limit)
{
    constexpr qsizetype kDoublingUpTo = qsizetype(8) * 1024 * 1024;
    const qsizetype next = capacity >= kDoublingUpTo ? qsizetype(limit) : 2 * capacity;
    return std::max(needed, std::min(qsizetype(limit), next));
}

/// Takes the next slice of what has arrived, and stops the reply when it passes the limit.
/// Returns whether more is waiting.
bool readSlice(ReplyState &state, QNetworkReply *reply)
{
    if (state.tooLarge || !reply->isOpen())
        return false; // an aborted reply is closed: nothing more to take
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return false;
    if (state.body.size() + available > state.limit) {
        state.tooLarge = true;
        reply->abort();
        return false;
    }
    const qint64 slice = std::min(available, kSliceBytes);
    // Straight into the body: reading into a temporary and appending that copied each of the
    // 100 MB of a 100,000-alert answer twice, with an allocation per chunk.
    const qsizetype old = state.body.size();
    if (state.body.capacity() < old + slice)
        state.body.reserve(grownCapacity(state.body.capacity(), old + slice, state.limit));
    state.body.resize(old + slice);
    const qint64 read = reply->read(state.body.data() + old, slice);
    state.body.resize(old + std::max<qint64>(read, 0));
    return read > 0 && reply->bytesAvailable() > 0;
}

/// Hands the outcome to `done`, once, and lets the reply go.
void answer(ReplyState &state, QNetworkReply *reply)
{
    if (std::exchange(state.answered, true))
        return;
    reply->deleteLater();
    if (!state.context) {
        state.body = {};
        return;
    }
    HttpResponse response;
    response.url = state.url;
    response.elapsedMs = state.clock.elapsed();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    state.truncated = !state.cancelled && isShortOfItsLength(state, reply);
    // An aborted reply (superseded, cancelled, timed out, too large) may already carry a
    // status, but its body is incomplete: a transport outcome, not the server's answer.
    if (state.cancelled || state.tooLarge || state.truncated
        || isTransportFailure(reply->error(), status.toInt() > 0) || !status.isValid()
        || status.toInt() <= 0) {
        response.transportError = transportError(state, reply);
    } else if (isRedirect(status.toInt())) {
        response.transportError = redirectError(state, reply, status.toInt());
    } else {
        response.status = status.toInt();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.body = std::exchange(state.body, {});
    }
    state.body = {}; // the memory goes now, not when the last handler lets go of the state
    const HttpTransport::Callback done = std::exchange(state.done, {});
    done(response);
}

/// Reads one slice; while more is waiting, posts the next turn (so paints, input and timers
/// get theirs in between); once all is read of a finished reply, answers.
void readOn(const std::shared_ptr<ReplyState> &state, QNetworkReply *reply)
{
    if (state->answered)
        return;
    if (readSlice(*state, reply)) {
        if (!std::exchange(state->sliceQueued, true)) {
            QTimer::singleShot(0, reply, [state, reply] {
                state->sliceQueued = false;
                readOn(state, reply);
            });
        }
        return;
    }
    if (state->finished)
        answer(*state, reply);
}

/// What HttpCall::abort() reaches: a child of the reply, so it goes with it.
class ReplyCall final : public QObject
{
public:
    ReplyCall(QNetworkReply *reply, std::shared_ptr<ReplyState> state)
        : QObject(reply)
        , m_reply(reply)
        , m_state(std::move(state))
    {
    }
    /// Still running: QNetworkReply::abort() emits finished() before it returns, which answers.
    /// Finished and still being read: answered as cancelled here.
    void abort()
    {
        if (!m_reply->isFinished()) {
            m_reply->abort();
            return;
        }
        m_state->cancelled = true;
        answer(*m_state, m_reply);
    }

private:
    QNetworkReply *m_reply;
    std::shared_ptr<ReplyState> m_state;
};

void abortReplyCall(QObject *carrier)
{
    static_cast<ReplyCall *>(carrier)->abort();
}

} // namespace

HttpCall readReply(
    QNetworkReply *reply, const ReplyExpectations &expect, QObject *context, HttpTransport::Callback done)
{
    auto state = std::make_shared<ReplyState>();
    state->url = expect.url;
    state->done = std::move(done);
    state->context = context;
    state->limit = std::max<qint64>(1, expect.maxAnswerBytes);
    state->timeoutMs = std::max(1, expect.timeoutMs);
    state->hasClientCertificate = expect.hasClientCertificate;
    state->clock.start();

    // Our own timer rather than setTransferTimeout: it bounds the whole exchange (a server that
    // drips a byte a second never ends a transfer timeout), and tells a timeout apart from a
    // cancellation by the caller (both surface as OperationCanceledError).
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(state->timeoutMs);

    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (!length.isValid())
            return;
        if (length.toLongLong() > state->limit) {
            state->tooLarge = true;
            reply->abort();
        } else if (length.toLongLong() > 0) {
            state->body.reserve(length.toLongLong()); // one allocation, not a doubling series
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, state] { readOn(state, reply); });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [state](const QList<QSslError> &errors) { state->sslErrors += errors; });
    // What the reply still holds is read in slices before `done` hears of it. A context that is
    // gone by then gets no answer, but the reply is still deleted.
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, timer, state] {
        timer->stop();
        state->finished = true;
        if (!state->context || !reply->isOpen())
            answer(*state, reply);
        else
            readOn(state, reply);
    });
    // If the context dies first the reply must not run on, nor leak.
    auto *call = new ReplyCall(reply, state);
    QObject::connect(context, &QObject::destroyed, call, [call] { call->abort(); });
    return HttpCall(call, &abortReplyCall);
}

} // namespace pivori

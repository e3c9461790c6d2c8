// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// NetworkTransport's receiving half: takes one QNetworkReply to its end and turns it into an
// HttpResponse (the server's answer, or why there is none), in slices small enough for the
// GUI thread. Private to pivori_net.
#include "httptransport.h"

#include <QLatin1StringView>
#include <QUrl>

class QNetworkReply;

namespace pivori {

// Error::type of a failure before the request reached the server (refused, host not found, TLS
// handshake, refused by us): a write may safely go to another server. Transport errors carry no
// type otherwise. AlertmanagerClient reads it.
inline constexpr QLatin1StringView kNotSent { "not_sent" };

/// What the answer to one request may be.
struct ReplyExpectations final
{
    QUrl url; ///< as sent, for messages (its query is left out of them)
    qint64 maxAnswerBytes = 0; ///< a longer answer is stopped and reported
    int timeoutMs = 0; ///< for the whole exchange, the last byte included
    bool hasClientCertificate = false; ///< a failed handshake's advice depends on it
};

/// Reads `reply` (which it takes over: it is deleted when done) and calls `done` once, in
/// `context`'s thread, unless `context` is destroyed first. The returned call aborts it: `done`
/// sees Error::Kind::Canceled before abort() returns.
HttpCall readReply(
    QNetworkReply *reply, const ReplyExpectations &expect, QObject *context, HttpTransport::Callback done);

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amtypes.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pivori {

/// Pure functions from an Alertmanager v2 HTTP answer (status, Content-Type, body) to values.
///
/// Error bodies come in three forms and all become an Error with the server's words:
/// a JSON string literal from a handler (`"silence not found"`) and a go-swagger object
/// (`{"code":602,"message":"…"}`) give Kind::Server; an empty 404 gives Kind::Http "not found";
/// anything else that is not JSON gives Kind::Http with a short, sanitised excerpt.
/// A 2xx body that deviates from the API gives Kind::Parse naming the field, e.g.
/// `alerts[2].status.state`. Never throws, never crashes on hostile input.
class AlertmanagerParser final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::AlertmanagerParser)
public:
    AlertmanagerParser() = delete;

    /// GET /api/v2/alerts
    static Result<QList<Alert>> parseAlerts(
        int status, const QByteArray &contentType, const QByteArray &body);
    /// GET /api/v2/silences
    static Result<QList<Silence>> parseSilences(
        int status, const QByteArray &contentType, const QByteArray &body);
    /// GET /api/v2/silence/{id}
    static Result<Silence> parseSilence(int status, const QByteArray &contentType, const QByteArray &body);
    /// GET /api/v2/status
    static Result<ClusterStatus> parseStatus(
        int status, const QByteArray &contentType, const QByteArray &body);
    /// GET /api/v2/alerts/groups
    static Result<QList<AlertGroup>> parseAlertGroups(
        int status, const QByteArray &contentType, const QByteArray &body);
    /// POST /api/v2/silences answer `{"silenceID":"…"}`
    static Result<QString> parseSilenceId(int status, const QByteArray &contentType, const QByteArray &body);
    /// DELETE /api/v2/silence/{id}: 200 with an empty body; true on success.
    static Result<bool> parseExpireAnswer(int status, const QByteArray &contentType, const QByteArray &body);

    /// The Error for a non-2xx answer (also used by the client to judge a write).
    static Error errorFromAnswer(int status, const QByteArray &contentType, const QByteArray &body);
    /// At most ~160 printable characters of an unexpected body, safe for one status line.
    static QString excerpt(const QByteArray &body);
};

} // namespace pivori

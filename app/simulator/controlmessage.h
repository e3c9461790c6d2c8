// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace pivori {

/// One parsed HTTP/1.x request of the control server.
struct ControlRequest final
{
    QByteArray method;
    QString path; ///< percent-decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names in lower case
    QByteArray body;
};

/// One answer of the control server; the connection adds framing headers.
struct ControlResponse final
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace pivori

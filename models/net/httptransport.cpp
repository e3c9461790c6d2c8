// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptransport.h"

namespace pivori {

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
{
}

HttpTransport::~HttpTransport() = default;

QByteArray HttpTransport::encodeParams(const QueryParams &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        // toPercentEncoding leaves only unreserved characters bare, so '+', '&', '=' and
        // spaces are all escaped and Go's form decoder reads back exactly what we meant.
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace pivori {

/// What the console knows about one server right now, for the status bar and the NOC banners.
struct ServerStatus final
{
    enum class Kind { Prometheus, Alertmanager };
    Kind kind = Kind::Prometheus;
    QString name; ///< configured name; for a replica "<cluster> #<n>"
    QUrl url;
    bool reachable = false;
    bool checked = false; ///< false until the first answer (or failure)
    QString version; ///< as the server reports it
    QString detail; ///< cluster state, or the error of the last failed check
    qint64 roundTripMs = 0;
    QDateTime lastSuccess; ///< invalid until the first success
    QDateTime unreachableSince; ///< invalid while reachable

    friend bool operator==(const ServerStatus &, const ServerStatus &) = default;
};

} // namespace pivori

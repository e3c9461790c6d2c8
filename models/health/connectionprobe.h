// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "endpoint.h"
#include "httptransport.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace pivori {

/// Tries a server the way a person setting the console up wants to hear about it: "Prometheus
/// 2.42.0 ready, 1,234 series", "401: check the password", "not reachable: connection refused".
/// Asynchronous; each check is filed under a key (a field of the form), and a newer check of the
/// same key aborts the older one, so a stale answer never overwrites a newer verdict.
class ConnectionProbe final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Prometheus, Alertmanager };

    /// `transport` must outlive the probe.
    explicit ConnectionProbe(HttpTransport *transport, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void probe(const QString &key, Kind kind, const Endpoint &endpoint);
    /// Forgets the key's check in flight: its answer is dropped.
    void cancel(const QString &key);
    bool isRunning(const QString &key) const { return m_running.contains(key); }

signals:
    /// `ok`: the server answered as a Prometheus (or Alertmanager) this console can use.
    void finished(const QString &key, bool ok, const QString &text);

private:
    /// The verdict on an answer that is not a usable one, or an empty string when it is.
    static QString problemWith(const HttpResponse &response, const Endpoint &endpoint);
    void prometheusSeries(
        const QString &key, quint64 generation, const Endpoint &endpoint, const QString &version);
    void finish(const QString &key, quint64 generation, bool ok, const QString &text);

    struct Running
    {
        quint64 generation = 0;
        HttpCall call;
    };
    HttpTransport *m_transport;
    QHash<QString, Running> m_running;
    quint64 m_nextGeneration = 0;
};

} // namespace pivori

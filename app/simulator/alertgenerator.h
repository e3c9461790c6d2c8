// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace pivori {

/// `pivori-simulator alerts`: makes Alertmanager hold many alerts, for benchmarks and tests of
/// a platform on a bad day (1,000 / 10,000 / 100,000 alerts).
///
/// The alerts look like those of a real Kubernetes platform: alertnames from a realistic set
/// (or, for the first `distinctNames`, one name each, as a misconfigured rule produces),
/// severities mixed (about 10 % critical, 60 % warning, 30 % info), services spread over
/// namespaces and clusters, one pod and instance per alert, and summary, description and
/// runbook annotations. Alert i is the same on every run with the same seed, so fingerprints
/// are stable across re-posts. Like Prometheus, the generator posts every alert to every
/// replica given, in batches, and posts again before endsAt, until it is stopped.
class AlertGenerator final : public QObject
{
    Q_OBJECT
public:
    struct Options final
    {
        QList<QUrl> alertmanagers;
        int count = 1000;
        int distinctNames = 0; ///< the first N alerts get an alertname each
        int batchSize = 1000;
        int endsInSeconds = 300; ///< endsAt = post time + this
        int resendSeconds = 60; ///< posts again this often (less than endsInSeconds)
        bool once = false; ///< post once and exit
        quint32 seed = 1;
    };

    /// Parses `alerts ...` (the arguments after the program name). false and @p error on bad usage.
    static bool parseArguments(const QStringList &arguments, Options *options, QString *error);
    static QString helpText();

    /// One POST body: alerts [first, first + count) as postableAlerts.
    static QByteArray batchJson(const Options &options, int first, int count, const QDateTime &now);

    explicit AlertGenerator(Options options, QObject *parent = nullptr);
    /// Posts every alert to every replica, then again every resendSeconds (or once).
    void start();

signals:
    /// All alerts reached every replica (@p ok) or a POST failed (@p error says which).
    void roundFinished(bool ok, const QString &error);

private:
    void postNext();

    Options m_options;
    QNetworkAccessManager *m_nam;
    int m_replica = 0;
    int m_next = 0;
    QDateTime m_roundTime;
    QString m_error;
};

/// The `alerts` command: runs until killed (or after one round with --once). Exit code.
int runAlertGenerator(const QStringList &arguments);

} // namespace pivori

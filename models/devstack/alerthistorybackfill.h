// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerthistory.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <string>

class QNetworkAccessManager;

namespace pivori {

class HttpTransport;

/// Gives the backfilled past its alerts, so that a new demo Prometheus starts as one that had
/// been running all along: the alerts that fired and resolved over that past are in its
/// ALERTS series, and those still active are restored by Prometheus itself from their
/// ALERTS_FOR_STATE at start instead of waiting out their `for` again.
///
/// promtool 2.42 backfills recording rules only, so the alerting rules are evaluated here:
/// a short-lived Prometheus, with no scrapes and no rules, serves the backfilled data; every
/// rule's expression is queried over the past with query_range at the history's resolution,
/// the pending/firing/resolved states follow from its `for` (appendAlertHistory), and promtool
/// writes them as blocks. That Prometheus has exited, and the data folder is free, when
/// finished() comes. Nothing waits in the caller's thread.
class AlertHistoryBackfill final : public QObject
{
    Q_OBJECT
public:
    struct Request final
    {
        QString prometheus; ///< the prometheus program
        QByteArray rulesYaml; ///< the rule file the stack's Prometheus will load
        QString dataDir; ///< Prometheus's --storage.tsdb.path, holding the backfilled past
        QString workDir; ///< for the evaluator's configuration and the OpenMetrics text
        qint64 startSeconds = 0; ///< the past to evaluate, unix seconds
        qint64 endSeconds = 0;
        qint64 stepSeconds = 15; ///< the history's resolution
        std::function<quint16(bool udpToo, const QSet<quint16> &taken)> pickPort;
        QSet<quint16> takenPorts; ///< the stack's own, not bound yet
    };

    explicit AlertHistoryBackfill(QObject *parent = nullptr);
    ~AlertHistoryBackfill() override;

    void start(Request request);

signals:
    void progress(const QString &message);
    /// @p problem is empty when the alerts' past was written (or there was none).
    void finished(const QString &problem);

private:
    void pollReady();
    void queryRules();
    void writeBlocks();
    void stopEvaluator();
    /// finished() once the evaluator and promtool have both exited.
    void finishWhenDone();
    void fail(const QString &problem);

    Request m_request;
    QList<AlertRuleSpec> m_rules;
    QList<std::string> m_samples; ///< per rule, in rule order
    QNetworkAccessManager *m_nam;
    HttpTransport *m_transport;
    QPointer<QProcess> m_evaluator;
    QPointer<QProcess> m_promtool;
    QUrl m_evaluatorUrl;
    qint64 m_readyDeadline = 0;
    int m_pendingQueries = 0;
    bool m_stopRequested = false; ///< the evaluator was asked to stop: its exit is no failure
    QString m_problem;
    bool m_done = false;
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A health check run written by hand, shaped like one of the default set against a stack
// with a few things broken: for the Health page's tests and screenshots while the checks
// engine is built elsewhere. Include only from tests that link pivori_health.
#include "checkresult.h"

#include <QDateTime>
#include <QString>

namespace pivori::testutils {

inline CheckResult check(const char *category, const char *name, CheckStatus status, const char *message,
    const char *value = "", const char *threshold = "", const char *link = "")
{
    CheckResult r;
    r.category = QString::fromUtf8(category);
    r.name = QString::fromUtf8(name);
    r.status = status;
    r.message = QString::fromUtf8(message);
    r.value = QString::fromUtf8(value);
    r.threshold = QString::fromUtf8(threshold);
    r.link = QString::fromUtf8(link);
    r.elapsedMs = 12;
    return r;
}

/// 31 checks over nine categories: 4 failing, 5 warning, 4 unknown (one timed out), the rest
/// passing. Started at @p startedAt, took 1.4 s.
inline CheckRun syntheticCheckRun(const QDateTime &startedAt = QDateTime::currentDateTimeUtc())
{
    using S = CheckStatus;
    CheckRun run;
    run.startedAt = startedAt;
    run.finishedAt = startedAt.addMSecs(1400);
    run.results = {
        check("Prometheus", "prometheus-healthy", S::Pass, "Prometheus main is healthy and ready", "200 OK"),
        check("Prometheus", "prometheus-config-reload", S::Pass, "The last configuration reload succeeded",
            "ok"),
        check("Prometheus", "prometheus-targets", S::Fail,
            "2 of 14 targets are down: payments-api (connection refused), redis-exporter (context deadline "
            "exceeded)",
            "2 down", "> 0 fail", "target:http://10.0.3.7:8080/metrics"),
        check("Prometheus", "prometheus-rules", S::Fail,
            "Rule group pivori/latency failed: <b>query processing would load too many samples</b>",
            "1 group", "> 0 fail", "rulegroup:/etc/prometheus/rules/pivori-alerts.yml/latency"),
        check("Prometheus", "prometheus-rule-duration", S::Pass,
            "Every rule group evaluates within its interval", "0.8 s", "< 15 s"),
        check("Prometheus", "prometheus-alertmanagers", S::Pass, "Connected to 2 of 2 Alertmanagers", "2",
            "= 2"),
        check("Prometheus", "prometheus-tsdb", S::Warn, "Head series are near the configured budget",
            "1.62 M", "> 1.5 M warn, > 2 M fail", "dashboard:production"),
        check("Alertmanager", "alertmanager-ready", S::Pass, "Both replicas answer /-/ready", "2 of 2"),
        check(
            "Alertmanager", "alertmanager-cluster", S::Pass, "Cluster ready with 2 peers", "2 peers", "= 2"),
        check("Alertmanager", "alertmanager-config-hash", S::Pass, "Every peer runs the same configuration"),
        check("Alertmanager", "alertmanager-notifications", S::Warn,
            "Notifications to slack failed 3 times in the last hour", "3", "> 0 warn, > 10 fail",
            "https://alertmanager.example.net/#/status"),
        check("End to end", "watchdog", S::Pass, "The Watchdog alert is present and fresh on both replicas",
            "14 s old", "< 2 m"),
        check("Performance", "latency-p50", S::Pass, "Median request latency", "42 ms",
            "> 100 ms warn, > 250 ms fail"),
        check("Performance", "latency-p95", S::Warn, "95th percentile latency above its objective", "612 ms",
            "> 500 ms warn, > 1000 ms fail", "dashboard:production"),
        check("Performance", "latency-p99", S::Fail, "99th percentile latency above its limit", "1.84 s",
            "> 1000 ms warn, > 1500 ms fail", "runbook:CriticalP99Latency"),
        check("Performance", "error-rate", S::Pass, "5xx error rate", "0.04 %", "> 0.1 % warn, > 1 % fail"),
        check("Performance", "uptime", S::Pass, "Availability over 30 days", "99.995 %",
            "< 99.99 % warn, < 99.9 % fail"),
        check("Resources", "pod-memory", S::Warn, "payments-api-7f9c is near its memory limit", "1.86 GB",
            "> 1.8 GB warn, > 1.95 GB fail", "runbook:HighMemoryUsage"),
        check("Resources", "pod-cpu", S::Pass, "Highest CPU use against the limit", "61 %",
            "> 75 % warn, > 90 % fail"),
        check("Resources", "volume-usage", S::Unknown, "No kubelet volume metrics are scraped"),
        check("Kubernetes", "nodes-ready", S::Unknown,
            "kube-state-metrics is not scraped: node readiness is not known"),
        check("Kubernetes", "pods-not-ready", S::Unknown,
            "kube-state-metrics is not scraped: pod readiness is not known"),
        check("Kubernetes", "restart-rate", S::Pass, "Container restarts in the last hour", "0", "> 3 warn"),
        check(
            "Connectivity", "postgres", S::Pass, "TCP connect to db.internal:5432", "3 ms", "> 500 ms warn"),
        check("Connectivity", "redis", S::Fail, "TCP connect to cache.internal:6379: connection refused", "",
            "", "http://grafana.internal/d/redis"),
        check("Connectivity", "payments-health", S::Pass, "GET https://payments.internal/health: 200",
            "88 ms", "> 1 s warn"),
        check("Security", "cert-payments", S::Warn, "Certificate of payments.internal expires in 5 days",
            "5 d", "< 7 d warn, < 1 d fail"),
        check("Security", "cert-api", S::Pass, "Certificate of api.internal expires in 64 days", "64 d",
            "< 7 d warn, < 1 d fail"),
        check("Security", "blackbox-certs", S::Pass, "Every probed certificate is valid for more than 7 days",
            "21 d", "< 7 d warn"),
        check(
            "Backups", "velero-last-backup", S::Pass, "Last successful backup 6 h ago", "6 h", "> 24 h fail"),
        check("Backups", "velero-schedule", S::Unknown, "Timed out after 5 s waiting for Prometheus"),
    };
    run.results.last().timedOut = true;
    run.results.last().elapsedMs = 5000;
    return run;
}

} // namespace pivori::testutils

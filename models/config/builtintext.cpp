// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtintext.h"

#include <QRegularExpression>

namespace pivori {

namespace {

// The titles and descriptions of resources/console.yaml, word for word (tst_builtintext fails
// when the file and this list part). A long text is split across lines by clang-format; the
// literals are meant to join, so clang-tidy's missing-comma guess does not apply here.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
const char *const kDashboardTexts[] = {
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Production - Performance & Reliability"),
    QT_TRANSLATE_NOOP(
        "pivori::BuiltInText", "Platform-wide latency, traffic, errors and pod resources against the SLOs."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Uptime Global"),
    QT_TRANSLATE_NOOP(
        "pivori::BuiltInText", "Share of requests answered without a 5xx error over the last 5 minutes."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Latency Distribution"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText",
        "Request latency percentiles. P95 should stay under 500 ms and P99 under 1 s."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Request Rate by Service"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText",
        "Requests per second per microservice; stacked, so the top edge is the total traffic."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Error Rate Trend"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText",
        "Server errors (5xx) point at the application, client errors (4xx) at callers. 5xx should stay under "
        "0.1 %, 4xx under 10 %."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Memory Usage by Pod"),
    QT_TRANSLATE_NOOP(
        "pivori::BuiltInText", "Working-set memory per pod. A steady climb usually means a leak."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "CPU Usage by Pod"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "CPU used per pod as a percentage of its CPU limit."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Active Connections by Service"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText",
        "Open connections per service; a line that only goes up hints at a connection leak."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Request Status Distribution"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Requests per 5-minute bucket by status class."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Alerts Firing"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText",
        "Alerts this Prometheus had firing in each minute, by severity, resolved ones included; the Watchdog "
        "is left out."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Microservices - Performance Metrics"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText",
        "The same signals broken down per microservice, to find the one that misbehaves."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Latency by Microservice"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "P95 and P99 latency of each service."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Error Rate by Microservice"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Share of each service's requests that ended in a 5xx error."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Request Rate by Microservice"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Requests per second of each service."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Kubernetes - Cluster Status"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Nodes, pods and health checks of the production namespace."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Nodes Not Ready"),
    QT_TRANSLATE_NOOP(
        "pivori::BuiltInText", "Nodes whose Ready condition is not true; no pods are scheduled on them."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Services Failing Their Health Check"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText",
        "Services whose health endpoint did not answer successfully at the last probe."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Pods Restarting"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText",
        "Pods whose containers restart more than 0.1 times a minute (a crash loop when it lasts 5 minutes)."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Node Readiness"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "1 while a node reports Ready, 0 while it does not."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Container Restarts per Minute"),
    QT_TRANSLATE_NOOP(
        "pivori::BuiltInText", "Restarts of each pod's containers over the last 5 minutes, per minute."),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Memory Use of Limit by Pod"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText",
        "Each pod's working set as a share of its memory limit; a pod at its limit is killed."),
};
// NOLINTEND(bugprone-suspicious-missing-comma)

// The headings and bold labels of resources/runbooks/*.md; their bodies stay English.
const char *const kRunbookHeadings[] = {
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Severity:"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Related dashboard:"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "When it fires"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "What it usually means"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "What to check"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "What to do"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "CriticalErrorRate — more than 5 % server errors"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "CriticalMemoryUsage — pod memory above 1.95 GB"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "CriticalP99Latency — P99 latency above 1 s"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "HighCPUUsage — pod CPU above 75 % of its limit"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "HighErrorRate — more than 1 % server errors"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "HighMemoryUsage — pod memory above 1.8 GB"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "HighP95Latency — P95 latency above 500 ms"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "NodeNotReady — a Kubernetes node is not ready"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "PodCrashLooping — a container keeps restarting"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "ServiceDown — health check failing"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "ServiceLatencyDegradation — 50 % slower than an hour ago"),
    QT_TRANSLATE_NOOP("pivori::BuiltInText", "Watchdog — the dead man's switch"),
};

template <std::size_t N> QStringList toList(const char *const (&texts)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace

QStringList BuiltInText::dashboardTexts()
{
    return toList(kDashboardTexts);
}

QStringList BuiltInText::runbookHeadings()
{
    return toList(kRunbookHeadings);
}

QString BuiltInText::translated(const QString &english)
{
    const QByteArray key = english.toUtf8();
    return QCoreApplication::translate("pivori::BuiltInText", key.constData());
}

QString BuiltInText::translatedRunbook(const QString &markdown)
{
    // "## What to check" and "**Severity:** warning": only the heading or label is looked up,
    // so the Markdown around it stays as it was written.
    static const QRegularExpression heading(
        QStringLiteral("^(#+ )(.+)$|^\\*\\*([^*]+)\\*\\*"), QRegularExpression::MultilineOption);
    QString out;
    qsizetype done = 0;
    for (auto it = heading.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int group = match.capturedLength(2) > 0 ? 2 : 3;
        out += QStringView(markdown).mid(done, match.capturedStart(group) - done);
        out += translated(match.captured(group));
        done = match.capturedEnd(group);
    }
    out += QStringView(markdown).mid(done);
    return out;
}

} // namespace pivori

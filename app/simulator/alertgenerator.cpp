// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertgenerator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <array>
#include <cstdio>

namespace pivori {

namespace {

// What a Kubernetes platform's rules fire (kube-prometheus, node-exporter and service rules).
constexpr std::array kAlertnames { "KubePodCrashLooping", "KubePodNotReady", "KubeDeploymentReplicasMismatch",
    "KubeContainerWaiting", "KubeJobFailed", "KubeHpaMaxedOut", "KubePersistentVolumeFillingUp",
    "KubeCPUOvercommit", "KubeMemoryOvercommit", "CPUThrottlingHigh", "NodeFilesystemSpaceFillingUp",
    "NodeMemoryHighUtilization", "NodeNetworkReceiveErrs", "NodeClockNotSynchronising", "TargetDown",
    "HighErrorRate", "HighP95Latency", "CriticalP99Latency", "HighMemoryUsage", "PodRestartingOften",
    "ServiceDown", "QueueBacklogGrowing", "CertificateExpiringSoon", "DatabaseConnectionsSaturated",
    "CacheHitRatioLow", "ErrorBudgetBurn" };
constexpr std::array kServiceStems { "checkout", "payments", "trading", "market-data", "risk", "auth",
    "geolocation", "search", "catalog", "orders", "ledger", "notifications", "billing", "inventory",
    "recommendations", "pricing", "shipping", "identity", "gateway", "reporting" };
constexpr std::array kNamespaces { "prod-core", "prod-edge", "prod-data", "payments", "platform",
    "observability" };
constexpr std::array kClusters { "eu-west-1", "eu-central-1", "us-east-1", "ap-southeast-2" };
constexpr std::array kTeams { "sre", "payments", "trading", "data", "platform" };

// splitmix64: alert i's choices depend on (seed, i) alone, so every re-post repeats them.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27U)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31U);
}

template <typename Array> QString pick(const Array &values, quint64 random)
{
    return QString::fromLatin1(values[random % values.size()]);
}

QJsonObject alertJson(const AlertGenerator::Options &options, int i, const QDateTime &now)
{
    const quint64 r = mix(mix(options.seed) ^ quint64(i));
    const QString alertname = i < options.distinctNames
        ? QStringLiteral("SyntheticRule%1").arg(i, 6, 10, QLatin1Char('0'))
        : pick(kAlertnames, r);
    const quint64 r2 = mix(r);
    // A service is a stem and a number: 20 stems x (count / 100) replicas of the platform.
    const int serviceNumber = int((r2 >> 8U) % quint64(std::max(1, options.count / 100)));
    const QString service = serviceNumber == 0
        ? pick(kServiceStems, r2)
        : QStringLiteral("%1-%2").arg(pick(kServiceStems, r2)).arg(serviceNumber);
    const int roll = int((r2 >> 20U) % 100);
    const QString severity = roll < 10 ? QStringLiteral("critical")
        : roll < 70                    ? QStringLiteral("warning")
                                       : QStringLiteral("info");
    const QString pod = QStringLiteral("%1-%2-%3")
                            .arg(service)
                            .arg(QString::number((r2 >> 24U) % 0xFFFFFFU, 16))
                            .arg(QString::number(quint64(i), 36));
    const QString instance
        = QStringLiteral("10.%1.%2.%3:8080").arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255);
    const QString ns = pick(kNamespaces, r2 >> 32U);
    const QString cluster = pick(kClusters, r2 >> 40U);

    QJsonObject labels { { QStringLiteral("alertname"), alertname }, { QStringLiteral("severity"), severity },
        { QStringLiteral("service"), service }, { QStringLiteral("namespace"), ns },
        { QStringLiteral("pod"), pod }, { QStringLiteral("instance"), instance },
        { QStringLiteral("cluster"), cluster }, { QStringLiteral("team"), pick(kTeams, r2 >> 48U) },
        { QStringLiteral("job"), service } };
    QJsonObject annotations { { QStringLiteral("summary"),
                                  QStringLiteral("%1 on %2 in %3 (%4)").arg(alertname, pod, ns, cluster) },
        { QStringLiteral("description"),
            QStringLiteral("%1 has fired for pod %2 of service %3 (instance %4). Check the service's "
                           "dashboard and recent deployments; escalate to the %5 team if it persists.")
                .arg(alertname, pod, service, instance, labels.value(QStringLiteral("team")).toString()) },
        { QStringLiteral("runbook_url"),
            QStringLiteral("https://runbooks.example.internal/%1").arg(alertname.toLower()) } };
    return QJsonObject { { QStringLiteral("labels"), labels }, { QStringLiteral("annotations"), annotations },
        { QStringLiteral("startsAt"), now.addSecs(-60 - qint64(r % 86400U)).toString(Qt::ISODateWithMs) },
        { QStringLiteral("endsAt"), now.addSecs(options.endsInSeconds).toString(Qt::ISODateWithMs) },
        { QStringLiteral("generatorURL"),
            QStringLiteral(
                "http://prometheus.example.internal/graph?g0.expr=ALERTS%7Balertname%3D%22%1%22%7D")
                .arg(alertname) } };
}

bool parsePositive(const QString &value, int *out)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 0)
        return false;
    *out = n;
    return true;
}

} // namespace

QString AlertGenerator::helpText()
{
    return QCoreApplication::translate("pivori-simulator",
        "Usage: pivori-simulator alerts --alertmanager URL [--alertmanager URL]... --count N\n"
        "         [--distinct-names K] [--batch N] [--ends-in SECONDS] [--resend SECONDS] [--seed N] "
        "[--once]\n"
        "Makes Alertmanager hold N alerts with realistic labels, posting each to every replica\n"
        "in batches and again every --resend seconds (60) until stopped; --once posts once.\n"
        "The first K alerts get an alertname each (a rule that names its alerts badly).\n");
}

bool AlertGenerator::parseArguments(const QStringList &arguments, Options *options, QString *error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("pivori-simulator", text); };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == QLatin1String("--once")) {
            options->once = true;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            *error = tr("%1 needs a value, or is unknown").arg(arg);
            return false;
        }
        const QString &value = arguments[++i];
        int number = 0;
        if (arg == QLatin1String("--alertmanager")) {
            const QUrl url(value);
            if (!url.isValid()
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
                *error = tr("--alertmanager: \"%1\" is not an http(s) URL").arg(value);
                return false;
            }
            options->alertmanagers.append(url);
        } else if (!parsePositive(value, &number)) {
            *error = tr("%1: \"%2\" is not a whole number >= 0").arg(arg, value);
            return false;
        } else if (arg == QLatin1String("--count")) {
            options->count = number;
        } else if (arg == QLatin1String("--distinct-names")) {
            options->distinctNames = number;
        } else if (arg == QLatin1String("--batch")) {
            options->batchSize = std::max(1, number);
        } else if (arg == QLatin1String("--ends-in")) {
            options->endsInSeconds = std::max(10, number);
        } else if (arg == QLatin1String("--resend")) {
            options->resendSeconds = std::max(1, number);
        } else if (arg == QLatin1String("--seed")) {
            options->seed = quint32(number);
        } else {
            *error = tr("unknown option %1").arg(arg);
            return false;
        }
    }
    if (options->alertmanagers.isEmpty()) {
        *error = tr("alerts: at least one --alertmanager URL is needed");
        return false;
    }
    if (!options->once && options->resendSeconds >= options->endsInSeconds) {
        *error = tr("--resend must be shorter than --ends-in, or the alerts resolve between posts");
        return false;
    }
    return true;
}

QByteArray AlertGenerator::batchJson(const Options &options, int first, int count, const QDateTime &now)
{
    QJsonArray batch;
    for (int i = first; i < first + count; ++i)
        batch.append(alertJson(options, i, now));
    return QJsonDocument(batch).toJson(QJsonDocument::Compact);
}

AlertGenerator::AlertGenerator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_nam(new QNetworkAccessManager(this))
{
}

void AlertGenerator::start()
{
    m_replica = 0;
    m_next = 0;
    m_error.clear();
    m_roundTime = QDateTime::currentDateTimeUtc();
    postNext();
}

void AlertGenerator::postNext()
{
    if (m_next >= m_options.count) {
        m_next = 0;
        ++m_replica;
    }
    if (m_replica >= m_options.alertmanagers.size() || m_options.count == 0) {
        emit roundFinished(m_error.isEmpty(), m_error);
        if (!m_options.once) {
            const qint64 spent = m_roundTime.msecsTo(QDateTime::currentDateTimeUtc());
            QTimer::singleShot(
                std::max<qint64>(0, m_options.resendSeconds * 1000LL - spent), this, &AlertGenerator::start);
        }
        return;
    }
    const int count = std::min(m_options.batchSize, m_options.count - m_next);
    QUrl url = m_options.alertmanagers[m_replica];
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/v2/alerts"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(60'000);
    QNetworkReply *reply = m_nam->post(request, batchJson(m_options, m_next, count, m_roundTime));
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError && m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(url.toDisplayString(), reply->errorString());
        m_next += m_options.batchSize;
        postNext();
    });
}

int runAlertGenerator(const QStringList &arguments)
{
    AlertGenerator::Options options;
    QString error;
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        std::fputs(AlertGenerator::helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (!AlertGenerator::parseArguments(arguments, &options, &error)) {
        std::fprintf(stderr, "pivori-simulator: %s\n%s", error.toLocal8Bit().constData(),
            AlertGenerator::helpText().toLocal8Bit().constData());
        return 2;
    }
    AlertGenerator generator(options);
    int exitCode = 0;
    QObject::connect(&generator, &AlertGenerator::roundFinished, [&](bool ok, const QString &message) {
        if (ok) {
            std::printf("posted %d alerts to %lld replica(s)\n", options.count,
                static_cast<long long>(options.alertmanagers.size()));
        } else {
            std::fprintf(stderr, "pivori-simulator: %s\n", message.toLocal8Bit().constData());
        }
        std::fflush(stdout);
        if (options.once) {
            exitCode = ok ? 0 : 1;
            QCoreApplication::quit();
        }
    });
    QTimer::singleShot(0, &generator, &AlertGenerator::start);
    const int loop = QCoreApplication::exec();
    return options.once ? exitCode : loop;
}

} // namespace pivori

// The synthetic exporter, driven as a black box through its command line and HTTP API:
// the fleet it describes, the numbers it reports in normal operation, what each scenario
// changes, and that hostile input never takes it down.

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <utility>

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *item : list)
        out << str(item);
    return out;
}

using Labels = std::initializer_list<std::pair<const char *, const char *>>;

/// One sample of a scrape: its labels and value.
struct Sample
{
    QHash<QString, QString> labels;
    double value = 0.0;
};
using Scrape = QHash<QString, QList<Sample>>; ///< keyed by metric name

Scrape parseExposition(const QByteArray &text)
{
    static const QRegularExpression labelPattern(str("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\""));
    Scrape scrape;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
        const QString series = line.left(space);
        const qsizetype brace = series.indexOf(QLatin1Char('{'));
        Sample sample;
        sample.value = line.mid(space + 1).toDouble();
        for (auto it = labelPattern.globalMatch(series.mid(brace < 0 ? series.size() : brace));
             it.hasNext();) {
            const auto match = it.next();
            sample.labels.insert(match.captured(1), match.captured(2));
        }
        scrape[brace < 0 ? series : series.left(brace)].append(sample);
    }
    return scrape;
}

bool matches(const Sample &sample, Labels where)
{
    for (const auto &[key, value] : where) {
        if (sample.labels.value(str(key)) != str(value))
            return false;
    }
    return true;
}

/// Sum of a metric's samples whose labels include every pair of `where`.
double total(const Scrape &scrape, const char *name, Labels where = {})
{
    double sum = 0.0;
    for (const Sample &sample : scrape.value(str(name))) {
        if (matches(sample, where))
            sum += sample.value;
    }
    return sum;
}

/// Increase of a metric between two scrapes.
double delta(const Scrape &after, const Scrape &before, const char *name, Labels where = {})
{
    return total(after, name, where) - total(before, name, where);
}

/// Share of a service's requests in the given statuses between two scrapes.
double statusShare(
    const Scrape &after, const Scrape &before, const QString &service, const QStringList &statuses)
{
    const QByteArray name = service.toUtf8();
    double matching = 0.0;
    for (const QString &status : statuses) {
        const QByteArray code = status.toUtf8();
        matching += delta(after, before, "http_requests_total",
            { { "service", name.constData() }, { "status", code.constData() } });
    }
    return matching / delta(after, before, "http_requests_total", { { "service", name.constData() } });
}

/// histogram_quantile() over the increase between two scrapes.
double quantile(double q, const Scrape &after, const Scrape &before, const QString &service)
{
    QMap<double, double> buckets;
    for (const Scrape *scrape : { &after, &before }) {
        for (const Sample &sample : scrape->value(str("http_request_duration_seconds_bucket"))) {
            if (sample.labels.value(str("service")) != service)
                continue;
            const QString le = sample.labels.value(str("le"));
            buckets[le == QLatin1String("+Inf") ? qInf() : le.toDouble()]
                += (scrape == &after ? 1 : -1) * sample.value;
        }
    }
    const double rank = q * buckets.value(qInf());
    double lowerBound = 0.0;
    double lowerCount = 0.0;
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        if (it.value() >= rank)
            return qIsInf(it.key())
                ? lowerBound
                : lowerBound + (it.key() - lowerBound) * (rank - lowerCount) / (it.value() - lowerCount);
        lowerBound = it.key();
        lowerCount = it.value();
    }
    return qQNaN();
}

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

/// A simulator process for the duration of one test, on a free loopback port.
class Simulator final
{
public:
    explicit Simulator(const QStringList &arguments)
    {
        m_process.start(str(PIVORI_SIMULATOR_BIN), args({ "--listen", "127.0.0.1:0" }) + arguments);
    }
    ~Simulator()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    /// Reads the "listening on" line; false if the process died or printed something else.
    bool waitListening()
    {
        QElapsedTimer clock;
        clock.start();
        while (
            !m_process.canReadLine() && m_process.state() != QProcess::NotRunning && clock.elapsed() < 10000)
            m_process.waitForReadyRead(200);
        m_line = QString::fromUtf8(m_process.readLine()).trimmed();
        static const QRegularExpression pattern(
            str("^pivori-simulator listening on (http://127\\.0\\.0\\.1:\\d+)$"));
        const auto match = pattern.match(m_line);
        m_base = match.captured(1);
        return match.hasMatch();
    }

    const QString &line() const { return m_line; }
    quint16 port() const { return static_cast<quint16>(QUrl(m_base).port()); }
    bool running() const { return m_process.state() == QProcess::Running; }

    Reply request(const QByteArray &verb, const QString &path)
    {
        QNetworkReply *reply = m_network.sendCustomRequest(QNetworkRequest(QUrl(m_base + path)), verb);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("no answer to %s %s", verb.constData(), qPrintable(path));
        Reply out { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll() };
        reply->deleteLater();
        return out;
    }
    int status(const QByteArray &verb, const char *path) { return request(verb, str(path)).status; }
    Scrape scrape() { return parseExposition(request("GET", str("/metrics")).body); }
    QJsonObject scenarios()
    {
        return QJsonDocument::fromJson(request("GET", str("/scenarios")).body).object();
    }

    QString defaultTarget(const char *scenario)
    {
        for (const auto &value : scenarios().value(QLatin1String("available")).toArray()) {
            if (value.toObject().value(QLatin1String("name")).toString() == str(scenario))
                return value.toObject().value(QLatin1String("defaultTarget")).toString();
        }
        return {};
    }

private:
    QProcess m_process;
    QNetworkAccessManager m_network;
    QString m_line;
    QString m_base;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the simulator to completion (command-line errors, --help).
Run runSimulator(const QStringList &arguments)
{
    QProcess process;
    process.start(str(PIVORI_SIMULATOR_BIN), arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace

class TestSimulatorModel final : public QObject
{
    Q_OBJECT

private slots:
    void badCommandLineExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown flag is named") << args({ "--bogus" }) << str("bogus");
        QTest::newRow("seed must be a number") << args({ "--seed", "x" }) << str("--seed");
        QTest::newRow("time scale must be positive") << args({ "--time-scale", "0" }) << str("--time-scale");
        QTest::newRow("time scale must be a number") << args({ "--time-scale", "fast" }) << str("fast");
        QTest::newRow("listen needs a port") << args({ "--listen", "127.0.0.1" }) << str("--listen");
        QTest::newRow("listen host must be an address")
            << args({ "--listen", "example.org:80" }) << str("example.org");
        QTest::newRow("listen port must fit 16 bits")
            << args({ "--listen", "127.0.0.1:70000" }) << str("70000");
        QTest::newRow("unknown scenario is named") << args({ "--scenario", "meteor" }) << str("meteor");
        QTest::newRow("bad scenario target is named")
            << args({ "--scenario", "node-not-ready:node-9" }) << str("node-9");
        QTest::newRow("pod scenario rejects a node")
            << args({ "--scenario", "memory-leak:node-1" }) << str("node-1");
        QTest::newRow("stray argument is named") << args({ "extra" }) << str("extra");
    }

    void badCommandLineExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = runSimulator(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(!err.contains(QLatin1Char('\n')) && err.startsWith(QLatin1String("pivori-simulator: ")),
            qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void helpListsEveryScenario()
    {
        const Run run = runSimulator(args({ "--help" }));
        QCOMPARE(run.exitCode, 0);
        for (const char *name : { "latency-spike", "error-burst", "memory-leak", "cpu-saturation",
                 "crash-loop", "node-not-ready", "service-down", "--time-scale", "--seed", "--port-file" })
            QVERIFY2(run.out.contains(name), name);
    }

    void announcesItsPortOnStdoutAndInTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Simulator simulator({ str("--port-file"), dir.filePath(str("port")) });
        QVERIFY2(simulator.waitListening(), qPrintable(simulator.line()));
        QFile file(dir.filePath(str("port")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().toUInt(), uint(simulator.port()));
        const Reply health = simulator.request("GET", str("/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.body, QByteArray("ok"));
    }

    void metricsUseTheGuideNamesAndLabels()
    {
        Simulator simulator({});
        QVERIFY(simulator.waitListening());
        const Reply reply = simulator.request("GET", str("/metrics"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        for (const char *declaration : { "http_request_duration_seconds histogram",
                 "http_requests_total counter", "container_memory_working_set_bytes gauge",
                 "container_cpu_usage_seconds_total counter", "kube_pod_container_resource_limits gauge",
                 "http_server_active_connections gauge", "kube_pod_container_status_restarts_total counter",
                 "kube_node_status_condition gauge", "probe_success gauge", "probe_duration_seconds gauge",
                 "probe_ssl_earliest_cert_expiry gauge", "velero_backup_last_successful_timestamp gauge" })
            QVERIFY2(reply.body.contains(QByteArray(QByteArray("# TYPE ") + declaration)), declaration);
        // Prometheus attaches job and instance itself; the exporter must not claim them.
        QVERIFY(!reply.body.contains("instance=\"") && !reply.body.contains("job=\""));

        const Scrape scrape = parseExposition(reply.body);
        QSet<QString> services;
        for (const Sample &sample : scrape.value(str("http_requests_total")))
            services.insert(sample.labels.value(str("service")));
        QCOMPARE(services.size(), 15);
        QVERIFY(services.contains(str("geolocation")) && services.contains(str("trading"))
            && services.contains(str("market-data")));

        QHash<QString, int> podsPerService;
        static const QRegularExpression podName(str("^([a-z-]+)-[b-z2-9]{9,10}-[b-z2-9]{5}$"));
        for (const Sample &sample : scrape.value(str("container_memory_working_set_bytes"))) {
            const auto match = podName.match(sample.labels.value(str("pod")));
            QVERIFY2(match.hasMatch(), qPrintable(sample.labels.value(str("pod"))));
            QCOMPARE(match.captured(1), sample.labels.value(str("container")));
            QCOMPARE(sample.labels.value(str("namespace")), str("production"));
            ++podsPerService[match.captured(1)];
        }
        QCOMPARE(podsPerService.size(), 15);
        for (auto it = podsPerService.begin(); it != podsPerService.end(); ++it)
            QVERIFY2(it.value() >= 2 && it.value() <= 3, qPrintable(it.key()));

        QCOMPARE(scrape.value(str("kube_node_status_condition")).size(), 9);
        QCOMPARE(total(scrape, "kube_node_status_condition", { { "status", "true" } }), 3.0);
        QCOMPARE(total(scrape, "probe_success"), 15.0);
        QCOMPARE(total(scrape, "probe_success", { { "target", "http://trading:8040/health" } }), 1.0);
        QCOMPARE(total(scrape, "probe_ssl_earliest_cert_expiry",
                     { { "target", "https://geolocation.pivori.app" } })
                > 0,
            true);
    }

    void sameSeedSameFleetOtherSeedOtherPods()
    {
        auto limitsOf = [](const char *seed) {
            Simulator simulator(args({ "--seed", seed }));
            QSet<QString> limits;
            if (!simulator.waitListening())
                return limits;
            for (const Sample &sample : simulator.scrape().value(str("kube_pod_container_resource_limits")))
                limits.insert(sample.labels.value(str("pod")) + QLatin1Char('/')
                    + sample.labels.value(str("resource")) + QLatin1Char('=')
                    + QString::number(sample.value));
            return limits;
        };
        const QSet<QString> first = limitsOf("5");
        QVERIFY(first.size() >= 60);
        QCOMPARE(limitsOf("5"), first);
        QVERIFY(!limitsOf("6").intersects(first));
    }

    void normalOperationStaysInsideTheGuideTargets()
    {
        Simulator simulator(args({ "--seed", "3" }));
        QVERIFY(simulator.waitListening());
        const Scrape before = simulator.scrape();
        QElapsedTimer clock;
        clock.start();
        Scrape after;
        // Enough traffic that one floor()ed bucket count cannot move a percentile.
        QTRY_VERIFY_WITH_TIMEOUT(
            (after = simulator.scrape(),
                delta(after, before, "http_requests_total", { { "service", "reporting" } }) > 150.0),
            15000);
        const double seconds = clock.elapsed() / 1000.0;

        for (const Sample &probe : after.value(str("probe_success"))) {
            const QString service = probe.labels.value(str("service"));
            const QByteArray name = service.toUtf8();
            const double rate
                = delta(after, before, "http_requests_total", { { "service", name.constData() } }) / seconds;
            const double p50 = quantile(0.5, after, before, service);
            const double p95 = quantile(0.95, after, before, service);
            const double p99 = quantile(0.99, after, before, service);
            const QString what
                = str("%1: %2 req/s, p50 %3 p95 %4 p99 %5").arg(service).arg(rate).arg(p50).arg(p95).arg(p99);
            QVERIFY2(rate > 20.0 && rate < 700.0, qPrintable(what));
            QVERIFY2(p50 >= 0.04 && p50 <= 0.11, qPrintable(what));
            QVERIFY2(p95 >= 0.12 && p95 < 0.4, qPrintable(what));
            QVERIFY2(p99 < 0.7, qPrintable(what));
            const double serverErrors = statusShare(after, before, service, args({ "500", "503" }));
            const double clientErrors = statusShare(after, before, service, args({ "400", "404" }));
            QVERIFY2(serverErrors > 0.0001 && serverErrors < 0.001,
                qPrintable(what + QString::number(serverErrors)));
            QVERIFY2(clientErrors > 0.008 && clientErrors < 0.035,
                qPrintable(what + QString::number(clientErrors)));
        }
        for (const Sample &memory : after.value(str("container_memory_working_set_bytes")))
            QVERIFY2(
                memory.value > 2.5e8 && memory.value < 1.3e9, qPrintable(memory.labels.value(str("pod"))));
        QCOMPARE(total(after, "probe_success"), 15.0);
        QCOMPARE(delta(after, before, "kube_pod_container_status_restarts_total"), 0.0);
        const double now = QDateTime::currentSecsSinceEpoch();
        for (const Sample &expiry : after.value(str("probe_ssl_earliest_cert_expiry")))
            QVERIFY(expiry.value > now + 19 * 86400.0 && expiry.value < now + 81 * 86400.0);
        for (const Sample &backup : after.value(str("velero_backup_last_successful_timestamp")))
            QVERIFY(backup.value <= now + 1 && backup.value > now - 86400.0);
    }

    void scenarioApi_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        auto row
            = [](const char *name, const char *verb, const char *path, int status, const char *mentions) {
                  QTest::newRow(name) << QByteArray(verb) << str(path) << status << str(mentions);
              };
        row("listing names every scenario", "GET", "/scenarios", 200, "service-down");
        row("switch on with the default target", "POST", "/scenarios/node-not-ready", 200, "node-3");
        row("pod scenario given a service picks its first pod", "POST",
            "/scenarios/memory-leak?target=trading", 200, "\"target\":\"trading-");
        row("percent-encoded target is decoded", "POST", "/scenarios/latency-spike?target=se%61rch", 200,
            "\"target\":\"search\"");
        row("switch off reports what stopped", "DELETE", "/scenarios/node-not-ready", 200, "node-3");
        row("unknown scenario on is 404", "POST", "/scenarios/meteor", 404, "meteor");
        row("unknown scenario off is 404", "DELETE", "/scenarios/meteor", 404, "meteor");
        row("unknown node is 400", "POST", "/scenarios/node-not-ready?target=node-9", 400, "node-9");
        row("service scenario rejects a node", "POST", "/scenarios/error-burst?target=node-1", 400, "node-1");
        row("reading a scenario is not allowed", "GET", "/scenarios/crash-loop", 405, "POST");
        row("posting to metrics is not allowed", "POST", "/metrics", 405, "GET");
        row("unknown path is 404", "GET", "/admin", 404, "/admin");
        row("nested scenario path is 404", "POST", "/scenarios/crash-loop/x", 404, "crash-loop/x");
    }

    void scenarioApi()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        Simulator simulator({});
        QVERIFY(simulator.waitListening());
        if (verb == "DELETE") // something to switch off first
            QCOMPARE(simulator.request("POST", path).status == 200, status == 200);
        const Reply reply = simulator.request(verb, path);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.body.contains(mentions.toUtf8()), reply.body.constData());
        if (status != 200)
            QVERIFY2(QJsonDocument::fromJson(reply.body).object().contains(QLatin1String("error")),
                reply.body.constData());
    }

    void scenarioSwitchesAreListedAsActive()
    {
        Simulator simulator(args({ "--scenario", "crash-loop", "--scenario", "service-down:search" }));
        QVERIFY(simulator.waitListening());
        auto active = [&simulator] {
            QStringList entries;
            for (const auto &value : simulator.scenarios().value(QLatin1String("active")).toArray()) {
                const QJsonObject entry = value.toObject();
                if (entry.value(QLatin1String("since")).toDouble() < 1.6e9)
                    entries << str("since is not a unix time");
                entries << entry.value(QLatin1String("name")).toString() + QLatin1Char(':')
                        + entry.value(QLatin1String("target")).toString();
            }
            return entries;
        };
        const QString crashLoop = str("crash-loop:") + simulator.defaultTarget("crash-loop");
        QVERIFY(crashLoop.startsWith(QLatin1String("crash-loop:payments-")));
        QCOMPARE(active(), (QStringList { crashLoop, str("service-down:search") }));
        QCOMPARE(simulator.status("POST", "/scenarios/service-down"), 200);
        QCOMPARE(simulator.status("POST", "/scenarios/service-down"), 200); // idempotent
        QCOMPARE(active().size(), 3);
        QCOMPARE(simulator.status("DELETE", "/scenarios/service-down?target=search"), 200);
        QCOMPARE(active(), (QStringList { crashLoop, str("service-down:notifications") }));
        QCOMPARE(simulator.status("DELETE", "/scenarios/crash-loop"), 200);
        QCOMPARE(simulator.status("DELETE", "/scenarios/service-down"), 200);
        QCOMPARE(active(), QStringList());
    }

    void nodeAndServiceScenariosFlipAndRecover()
    {
        Simulator simulator(args({ "--time-scale", "60" }));
        QVERIFY(simulator.waitListening());
        const Labels node3 { { "node", "node-3" }, { "status", "true" } };
        const Labels notifications { { "service", "notifications" } };
        QCOMPARE(simulator.status("POST", "/scenarios/node-not-ready"), 200);
        QCOMPARE(simulator.status("POST", "/scenarios/service-down"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(total(simulator.scrape(), "kube_node_status_condition", node3), 0.0, 5000);
        QCOMPARE(total(simulator.scrape(), "kube_node_status_condition",
                     { { "node", "node-3" }, { "status", "false" } }),
            1.0);
        QTRY_COMPARE_WITH_TIMEOUT(total(simulator.scrape(), "probe_success", notifications), 0.0, 5000);
        // Once down, the service's counters stand still while the others keep counting.
        const Scrape stopped = simulator.scrape();
        QTRY_VERIFY_WITH_TIMEOUT(delta(simulator.scrape(), stopped, "http_requests_total") > 500.0, 5000);
        QCOMPARE(delta(simulator.scrape(), stopped, "http_requests_total", notifications), 0.0);
        QCOMPARE(total(simulator.scrape(), "http_server_active_connections", notifications), 0.0);

        QCOMPARE(simulator.status("DELETE", "/scenarios/node-not-ready"), 200);
        QCOMPARE(simulator.status("DELETE", "/scenarios/service-down"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(total(simulator.scrape(), "kube_node_status_condition", node3), 1.0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(total(simulator.scrape(), "probe_success", notifications), 1.0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            delta(simulator.scrape(), stopped, "http_requests_total", notifications) > 0.0, 5000);
    }

    void latencySpikeAndErrorBurstShiftTheirService()
    {
        Simulator simulator(args({ "--scenario", "latency-spike", "--scenario", "error-burst" }));
        QVERIFY(simulator.waitListening());
        const Scrape before = simulator.scrape();
        Scrape after;
        QTRY_VERIFY_WITH_TIMEOUT(
            (after = simulator.scrape(),
                delta(after, before, "http_requests_total", { { "service", "trading" } }) > 500.0),
            15000);
        const double p95 = quantile(0.95, after, before, str("trading"));
        const double p99 = quantile(0.99, after, before, str("trading"));
        QVERIFY2(p95 > 0.65 && p95 < 0.95, qPrintable(QString::number(p95)));
        QVERIFY2(p99 > 1.4 && p99 < 2.3, qPrintable(QString::number(p99)));
        QVERIFY(quantile(0.95, after, before, str("market-data")) < 0.4);
        const double burst = statusShare(after, before, str("market-data"), args({ "500", "503" }));
        QVERIFY2(qAbs(burst - 0.08) < 0.005, qPrintable(QString::number(burst)));
        QVERIFY(statusShare(after, before, str("trading"), args({ "500", "503" })) < 0.001);
    }

    void podScenariosLeakSaturateAndRestart()
    {
        // At time scale 600 the leak reaches the limit in 1.5 s and the pod restarts every 0.5 s.
        Simulator simulator(args({ "--time-scale", "600", "--scenario", "memory-leak", "--scenario",
            "cpu-saturation", "--scenario", "crash-loop" }));
        QVERIFY(simulator.waitListening());
        const QByteArray leakingPod = simulator.defaultTarget("memory-leak").toUtf8();
        const QByteArray busyPod = simulator.defaultTarget("cpu-saturation").toUtf8();
        const QByteArray crashingPod = simulator.defaultTarget("crash-loop").toUtf8();
        const Labels leaking { { "pod", leakingPod.constData() } };
        const Labels busy { { "pod", busyPod.constData() } };
        const Labels crashing { { "pod", crashingPod.constData() } };
        const char *memory = "container_memory_working_set_bytes";
        const char *restarts = "kube_pod_container_status_restarts_total";

        const Scrape before = simulator.scrape();
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(total(simulator.scrape(), memory, leaking) > 1.95e9, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(delta(simulator.scrape(), before, restarts, crashing) >= 3.0, 10000);
        // A CPU rate needs a couple of seconds of history; the fleet's traffic tells when they passed.
        QTRY_VERIFY_WITH_TIMEOUT(delta(simulator.scrape(), before, "http_requests_total") > 5000.0, 10000);
        const Scrape after = simulator.scrape();
        const double seconds = clock.elapsed() / 1000.0;
        QVERIFY2(total(after, memory, leaking) < 2.0e9, "the leak stays under the 2 GB limit");
        const double limit = total(after, "kube_pod_container_resource_limits",
            { { "pod", busyPod.constData() }, { "resource", "cpu" } });
        const double share
            = delta(after, before, "container_cpu_usage_seconds_total", busy) / seconds / limit;
        QVERIFY2(share > 0.8 && share < 1.05, qPrintable(QString::number(share)));

        QCOMPARE(simulator.status("DELETE", "/scenarios/memory-leak"), 200);
        QTRY_VERIFY_WITH_TIMEOUT(total(simulator.scrape(), memory, leaking) < 1.3e9, 5000);
        QCOMPARE(simulator.status("DELETE", "/scenarios/crash-loop"), 200);
        const Scrape settled = simulator.scrape();
        // Several restart intervals (0.5 s each) later, the count has not moved.
        QTRY_VERIFY_WITH_TIMEOUT(delta(simulator.scrape(), settled, "http_requests_total") > 4000.0, 10000);
        QCOMPARE(delta(simulator.scrape(), settled, restarts, crashing), 0.0);
    }

    void hostileInputIsRefusedAndServingContinues_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("statusLine");
        QByteArray noise;
        for (int i = 0; i < 256; ++i)
            noise.append(char((i * 97 + 13) % 256));
        QByteArray manyHeaders("GET /health HTTP/1.1\r\n");
        for (int i = 0; i < 100; ++i)
            manyHeaders += "H" + QByteArray::number(i) + ": v\r\n";
        const QByteArray post("POST /scenarios/crash-loop HTTP/1.1\r\n");
        auto row = [](const char *name, const QByteArray &bytes, const char *status) {
            QTest::newRow(name) << bytes << QByteArray(status);
        };
        row("binary noise", noise, "HTTP/1.1 400");
        row("NUL bytes", QByteArray(40, '\0') + "\r\n\r\n", "HTTP/1.1 400");
        row("request line without version", QByteArray("GET /metrics\r\n\r\n"), "HTTP/1.1 400");
        row("unsupported HTTP version", QByteArray("GET /health HTTP/2.0\r\n\r\n"), "HTTP/1.1 505");
        row("absolute-form target", QByteArray("GET http://x/health HTTP/1.1\r\n\r\n"), "HTTP/1.1 400");
        row("bare LF line ends", QByteArray("GET /health HTTP/1.1\nHost: x\n\n"), "HTTP/1.1 400");
        row("control character in path", QByteArray("GET /he%0Alth HTTP/1.1\r\n\r\n"), "HTTP/1.1 400");
        row("folded header", QByteArray("GET /health HTTP/1.1\r\n folded\r\n\r\n"), "HTTP/1.1 400");
        row("header without colon", QByteArray("GET /health HTTP/1.1\r\nnocolon\r\n\r\n"), "HTTP/1.1 400");
        row("oversized header",
            QByteArray("GET /health HTTP/1.1\r\nX: ") + QByteArray(20000, 'a') + "\r\n\r\n", "HTTP/1.1 431");
        row("endless request line", QByteArray("GET /") + QByteArray(20000, 'a'), "HTTP/1.1 400");
        row("too many headers", manyHeaders + "\r\n", "HTTP/1.1 431");
        row("huge Content-Length", post + "Content-Length: 99999999\r\n\r\n", "HTTP/1.1 413");
        row("negative Content-Length", post + "Content-Length: -1\r\n\r\n", "HTTP/1.1 400");
        row("chunked body", post + "Transfer-Encoding: chunked\r\n\r\n", "HTTP/1.1 501");
        row("invalid UTF-8 path", QByteArray("GET /\xff\xfe%ff HTTP/1.1\r\n\r\n"), "HTTP/1.1 404");
        row("body is read and ignored", QByteArray("GET /health HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"),
            "HTTP/1.1 200");
        row("HEAD has headers only", QByteArray("HEAD /health HTTP/1.0\r\n\r\n"), "HTTP/1.1 200");
        row("truncated request, then hang-up", QByteArray("GET /heal"), "");
    }

    void hostileInputIsRefusedAndServingContinues()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, statusLine);
        Simulator simulator({});
        QVERIFY(simulator.waitListening());

        QTcpSocket socket;
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, simulator.port());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        socket.write(bytes);
        if (statusLine.isEmpty()) {
            socket.disconnectFromHost();
        } else {
            // The server answers and then closes: the whole answer is in once the socket is down.
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
            QVERIFY2(answer.startsWith(statusLine), answer.left(120).constData());
            if (bytes.startsWith("HEAD"))
                QVERIFY(answer.endsWith("\r\n\r\n"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(simulator.running());
        QCOMPARE(simulator.status("GET", "/health"), 200);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorModel)
#include "tst_simulatormodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What the console writes must neither leak a secret nor carry hostile alert text live.
//
// A Prometheus and an Alertmanager of the test's own demand basic auth (--web.config.file). The
// console gets a known password from a password_file (Prometheus) and from the environment
// (Alertmanager) and runs as an operator would: query, snapshot with --data and --report,
// alerts (table and JSON), check --report-dir, ack, and the window itself (in this process,
// offscreen) until it has queried Prometheus and written its settings. Every run has a HOME,
// XDG directories and TMPDIR of its own. Then every file the console wrote there and in the
// output folders, and everything it printed, is searched for the password: plain, base64, and
// as the basic-auth header's base64 of "user:password".
//
// The alert posted to the Alertmanager carries markup, a link, an ANSI colour escape, a BEL and
// a right-to-left override in labels and annotations; `alerts`, the snapshot's report.md,
// report.html, data.json and --data file are checked to carry them as inert text.
#include "configloader.h"
#include "freeport.h"
#include "mainwindow.h"
#include "networktransport.h"
#include "secretsearch.h"
#include "serverprocess.h"
#include "stackfixture.h"
#include "testutils.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>

using namespace pivori;
using namespace pivori::testing;
using pivori::testutils::occurrences;

namespace {

// A password no file of the program or the servers can contain by chance.
const QByteArray kUser = "pivori-op";
const QByteArray kSecret = "Zq7vN3pLw9xK2mT8";
// bcrypt of kSecret at cost 4 (fast to check), made once with
// python3 -c "import crypt; print(crypt.crypt('Zq7vN3pLw9xK2mT8', crypt.mksalt(crypt.METHOD_BLOWFISH,
// rounds=16)))"
const QByteArray kSecretHash = "$2b$04$9Nts0hcHJrcRZzzpV8ZHaembb95vOvyntcw9U3NCW9RjkmDj4vupO";

// The hostile texts: markup, a link, an ANSI colour escape, a bell, a right-to-left override.
const QString kBold = QStringLiteral("<b>bold</b>");
const QString kLink = QStringLiteral("<a href=\"http://evil.example/\">click</a>");
const QString kAnsi = QStringLiteral("\x1b[31mred\x1b[0m");
const QString kBell = QStringLiteral("ding\x07");
const QString kRlo = QStringLiteral("abc\u202edef");

QByteArray basicAuthHeader()
{
    return "Basic " + QByteArray(kUser + ':' + kSecret).toBase64();
}

QList<QByteArray> secretNeedles()
{
    return testutils::secretNeedles(kUser, kSecret);
}

RawReply authedRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    static QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setRawHeader("Authorization", basicAuthHeader());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

/// The raw bytes that make a terminal or a renderer act: ESC, BEL, and U+202E in UTF-8.
QStringList liveBytes(const QByteArray &content)
{
    QStringList found;
    if (content.contains('\x1b'))
        found << QStringLiteral("ESC");
    if (content.contains('\x07'))
        found << QStringLiteral("BEL");
    if (content.contains("\xe2\x80\xae"))
        found << QStringLiteral("U+202E");
    return found;
}

/// True when some object in @p value (recursively) has @p key with exactly @p text.
bool holdsExactly(const QJsonValue &value, const QString &key, const QString &text)
{
    if (value.isArray()) {
        for (const auto &v : value.toArray()) {
            if (holdsExactly(v, key, text))
                return true;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if ((it.key() == key && it.value().toString() == text) || holdsExactly(it.value(), key, text))
                return true;
        }
    }
    return false;
}

} // namespace

class TestOutputSafety final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    QProcess m_alertmanager;
    QUrl m_promUrl;
    QUrl m_amUrl;
    QString m_config;
    QByteArray m_printed; ///< stdout and stderr of every console run

    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    /// Everything the console may write to: its HOME (with the XDG folders) and the outputs.
    QString home() const { return path(QStringLiteral("written/home")); }
    QString out() const { return path(QStringLiteral("written/out")); }

    QProcessEnvironment consoleEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home() + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home() + QStringLiteral("/.local/state"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home() + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home() + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("TMPDIR"), home() + QStringLiteral("/tmp"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PIVORI_TEST_AM_PASSWORD"), QString::fromLatin1(kSecret));
        return env;
    }

    CommandRun console(const QStringList &arguments, int timeoutMs = 60000)
    {
        QProcess process;
        process.setProcessEnvironment(consoleEnvironment());
        process.setWorkingDirectory(out());
        process.start(QStringLiteral(PIVORI_CONSOLE_BIN),
            QStringList { arguments.first(), QStringLiteral("--config"), m_config } + arguments.mid(1));
        CommandRun run;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            run.err = "pivori-console did not finish in time";
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out += process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        m_printed += run.out + run.err;
        return run;
    }

    static bool serverAnswers(const QUrl &server)
    {
        return authedRequest("GET", apiUrl(server, QStringLiteral("/-/ready"))).status == 200;
    }

    void startServers()
    {
        const QString web = path(QStringLiteral("servers/web.yml"));
        writeFile(web, "basic_auth_users:\n  " + kUser + ": " + kSecretHash + "\n");
        writeFile(path(QStringLiteral("servers/prometheus.yml")),
            "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n");
        writeFile(path(QStringLiteral("servers/alertmanager.yml")),
            "route:\n  receiver: blackhole\n  group_wait: 1s\nreceivers:\n  - name: blackhole\n");
        const quint16 promPort = pickFreeLoopbackPort();
        m_promUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(promPort));
        testutils::stopWithTest(m_prometheus);
        m_prometheus.start(QStringLiteral("prometheus"),
            { QStringLiteral("--config.file=") + path(QStringLiteral("servers/prometheus.yml")),
                QStringLiteral("--web.config.file=") + web,
                QStringLiteral("--storage.tsdb.path=") + path(QStringLiteral("servers/prom-data")),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(promPort),
                QStringLiteral("--log.level=error") });
        QVERIFY(m_prometheus.waitForStarted(5000));
        const quint16 amPort = pickFreeLoopbackPort();
        m_amUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(amPort));
        testutils::stopWithTest(m_alertmanager);
        m_alertmanager.start(QStringLiteral("prometheus-alertmanager"),
            { QStringLiteral("--config.file=") + path(QStringLiteral("servers/alertmanager.yml")),
                QStringLiteral("--web.config.file=") + web,
                QStringLiteral("--storage.path=") + path(QStringLiteral("servers/am-data")),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(amPort),
                QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=error") });
        QVERIFY(m_alertmanager.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(serverAnswers(m_promUrl) && serverAnswers(m_amUrl), 30000);
        // The servers really demand the password: without it, 401.
        QCOMPARE(
            httpRequest("GET", apiUrl(m_promUrl, QStringLiteral("/api/v1/status/buildinfo"))).status, 401);
        QCOMPARE(httpRequest("GET", apiUrl(m_amUrl, QStringLiteral("/api/v2/status"))).status, 401);
    }

    void writeConsoleConfig()
    {
        writeFile(path(QStringLiteral("secrets/prometheus-password")), kSecret + '\n');
        m_config = path(QStringLiteral("written/console/console.yaml"));
        writeFile(m_config,
            "version: 1\n"
            "prometheus:\n"
            "  - name: main\n"
            "    url: "
                + m_promUrl.toString().toUtf8()
                + "\n"
                  "    auth:\n"
                  "      type: basic\n"
                  "      username: "
                + kUser
                + "\n"
                  "      password_file: "
                + path(QStringLiteral("secrets/prometheus-password")).toUtf8()
                + "\n"
                  "alertmanagers:\n"
                  "  - name: prod\n"
                  "    replicas: ["
                + m_amUrl.toString().toUtf8()
                + "]\n"
                  "    auth:\n"
                  "      type: basic\n"
                  "      username: "
                + kUser
                + "\n"
                  "      password_env: PIVORI_TEST_AM_PASSWORD\n"
                  // `check` talks to both servers with the password and writes its report files.
                  "health_checks:\n"
                  "  - name: Prometheus healthy and ready\n"
                  "    type: prometheus_health\n"
                  "  - name: Query up\n"
                  "    type: prometheus_query\n"
                  "    expr: vector(1)\n");
    }

    void postHostileAlert()
    {
        const QJsonObject labels { { QStringLiteral("alertname"), QStringLiteral("Hostile") },
            { QStringLiteral("severity"), QStringLiteral("critical") }, { QStringLiteral("bold"), kBold },
            { QStringLiteral("link"), kLink }, { QStringLiteral("ansi"), kAnsi },
            { QStringLiteral("bell"), kBell }, { QStringLiteral("rlo"), kRlo } };
        const QString hostile = QStringList { kBold, kLink, kAnsi, kBell, kRlo }.join(u' ');
        const QJsonObject alert { { QStringLiteral("labels"), labels },
            { QStringLiteral("annotations"),
                QJsonObject {
                    { QStringLiteral("summary"), hostile }, { QStringLiteral("description"), hostile } } },
            { QStringLiteral("endsAt"),
                QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs) } };
        const RawReply reply = authedRequest("POST", apiUrl(m_amUrl, QStringLiteral("/api/v2/alerts")),
            QJsonDocument(QJsonArray { alert }).toJson(QJsonDocument::Compact));
        QVERIFY2(reply.status == 200, reply.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            authedRequest("GET", apiUrl(m_amUrl, QStringLiteral("/api/v2/alerts"))).body.contains("Hostile"),
            10000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *dir : { "written/home/runtime", "written/home/tmp", "written/out" })
            QVERIFY(QDir().mkpath(path(QLatin1String(dir))));
        QVERIFY(QFile::setPermissions(
            home() + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        startServers();
        writeConsoleConfig();
        postHostileAlert();
    }

    void cleanupTestCase()
    {
        for (QProcess *server : { &m_prometheus, &m_alertmanager }) {
            server->terminate();
            if (!server->waitForFinished(10000))
                server->kill();
        }
    }

    void alertTextIsInert()
    {
        const QString dashboard = ConfigLoader::builtInDashboardIds().constFirst();
        const CommandRun table = console({ QStringLiteral("alerts") });
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("Hostile"), table.out.constData());
        QVERIFY2(liveBytes(table.out).isEmpty(), qPrintable(liveBytes(table.out).join(u',')));

        const CommandRun json = console({ QStringLiteral("alerts"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(
            liveBytes(json.out).isEmpty() || liveBytes(json.out) == QStringList { QStringLiteral("U+202E") },
            qPrintable(liveBytes(json.out).join(u',')));
        // JSON is data: escaped for the format, but the values exactly as the server has them.
        const QJsonDocument alertsJson = QJsonDocument::fromJson(json.out);
        QVERIFY(!alertsJson.isNull());
        QVERIFY(holdsExactly(alertsJson.array(), QStringLiteral("ansi"), kAnsi));
        QVERIFY(holdsExactly(alertsJson.array(), QStringLiteral("link"), kLink));

        const QString report = out() + QStringLiteral("/report");
        const QString data = out() + QStringLiteral("/snapshot-data.json");
        const CommandRun snapshot = console({ QStringLiteral("snapshot"), QStringLiteral("--dashboard"),
            dashboard, QStringLiteral("--report"), report, QStringLiteral("--data"), data,
            QStringLiteral("--range"), QStringLiteral("5m") });
        QVERIFY2(QFile::exists(report + QStringLiteral("/report.md")), snapshot.err.constData());

        for (const QString &file : { data, QString(report + QStringLiteral("/data.json")) }) {
            const QByteArray content = testutils::readFile(file);
            QVERIFY2(liveBytes(content).isEmpty()
                    || liveBytes(content) == QStringList { QStringLiteral("U+202E") },
                qPrintable(file));
            const QJsonDocument doc = QJsonDocument::fromJson(content);
            QVERIFY2(doc.isObject(), qPrintable(file));
            QVERIFY2(holdsExactly(doc.object(), QStringLiteral("ansi"), kAnsi), qPrintable(file));
        }

        const QByteArray md = testutils::readFile(report + QStringLiteral("/report.md"));
        const QByteArray html = testutils::readFile(report + QStringLiteral("/report.html"));
        QVERIFY(md.contains("Hostile"));
        QVERIFY(html.contains("Hostile"));
        // Markdown renderers pass HTML through: no tag of the alert may open in either file.
        for (const QByteArray &tag :
            { QByteArrayLiteral("<b>bold"), QByteArrayLiteral("<a href=\"http://evil") }) {
            QVERIFY2(!md.contains(tag), tag.constData());
            QVERIFY2(!html.contains(tag), tag.constData());
        }
        for (const auto &[name, content] :
            { std::pair { "report.md", md }, std::pair { "report.html", html } }) {
            const QStringList live = liveBytes(content);
            if (!live.isEmpty()) {
                // Issue 14 point 8: raw ESC/BEL from alert text land in report.md/report.html;
                // being fixed in models/export on another branch.
                QEXPECT_FAIL(
                    "", "control bytes of alert text in the incident report (issue 14, point 8)", Continue);
            }
            QVERIFY2(live.isEmpty(), qPrintable(QLatin1String(name) + u": " + live.join(u',')));
        }
    }

    void secretIsNeverWritten()
    {
        // The search finds what it looks for (else a clean result would mean nothing).
        int filesRead = 0;
        QCOMPARE(occurrences(path(QStringLiteral("secrets")), secretNeedles(), &filesRead).size(), 1);

        const CommandRun query = console({ QStringLiteral("query"), QStringLiteral("vector(1)") });
        QVERIFY2(query.exitCode == 0, query.err.constData());
        const CommandRun alerts = console({ QStringLiteral("alerts") });
        QVERIFY2(alerts.exitCode == 0, alerts.err.constData());
        const QString dashboard = ConfigLoader::builtInDashboardIds().constFirst();
        console({ QStringLiteral("snapshot"), QStringLiteral("--dashboard"), dashboard,
            QStringLiteral("--out"), out() + QStringLiteral("/secret-run.png"), QStringLiteral("--data"),
            out() + QStringLiteral("/secret-run.json"), QStringLiteral("--report"),
            out() + QStringLiteral("/secret-report"), QStringLiteral("--range"), QStringLiteral("5m") });
        QVERIFY(QFile::exists(out() + QStringLiteral("/secret-report/report.html")));
        const CommandRun check = console(
            { QStringLiteral("check"), QStringLiteral("--report-dir"), out() + QStringLiteral("/checks") });
        QVERIFY2(!QDir(out() + QStringLiteral("/checks")).isEmpty(), check.err.constData());
        const CommandRun ack = console(
            { QStringLiteral("ack"), QStringLiteral("--matcher"), QStringLiteral("alertname=Hostile"),
                QStringLiteral("--duration"), QStringLiteral("1h"), QStringLiteral("--comment"),
                QStringLiteral("leak test"), QStringLiteral("--author"), QStringLiteral("tester") });
        QVERIFY2(ack.exitCode == 0, ack.err.constData());

        runWindowBriefly();
        if (QTest::currentTestFailed())
            return;

        filesRead = 0;
        const QStringList leaks = occurrences(path(QStringLiteral("written")), secretNeedles(), &filesRead);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        qInfo("searched %d files the console wrote, and %lld bytes it printed", filesRead,
            static_cast<long long>(m_printed.size()));
        QVERIFY(filesRead >= 10);
        for (const QByteArray &needle : secretNeedles())
            QVERIFY2(!m_printed.contains(needle), needle.constData());
    }

private:
    /// The window, offscreen, in this process with the same HOME as the commands: it queries
    /// Prometheus (a range query, which nothing else here sends) and is closed, which writes
    /// its settings.
    void runWindowBriefly()
    {
        const QProcessEnvironment env = consoleEnvironment();
        for (const QString &key : env.keys()) {
            if (key.startsWith(QLatin1String("XDG_")) || key == QLatin1String("HOME")
                || key == QLatin1String("TMPDIR") || key.startsWith(QLatin1String("PIVORI_TEST")))
                qputenv(key.toLocal8Bit(), env.value(key).toLocal8Bit());
        }
        QCoreApplication::setOrganizationName(QStringLiteral("Pivori"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("pivori.app"));
        QCoreApplication::setApplicationName(QStringLiteral("pivori-console"));
        const ConfigLoadResult loaded = ConfigLoader::loadFile(m_config);
        QVERIFY(loaded.ok());
        // Read from the server's own /metrics: this Prometheus scrapes nothing, itself included.
        auto rangeQueries = [this] {
            const QByteArray metrics
                = authedRequest("GET", apiUrl(m_promUrl, QStringLiteral("/metrics"))).body;
            const QByteArray series
                = R"(prometheus_http_requests_total{code="200",handler="/api/v1/query_range"} )";
            const qsizetype at = metrics.indexOf(series);
            return at < 0 ? 0.0 : metrics.mid(at + series.size()).split('\n').first().toDouble();
        };
        const double before = rangeQueries();
        QNetworkAccessManager nam;
        NetworkTransport transport(&nam);
        {
            MainWindow window(loaded.config, &transport);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(rangeQueries() > before, 30000);
            window.close();
        }
        const QString settingsFile = QSettings().fileName();
        QVERIFY2(settingsFile.startsWith(home()), qPrintable(settingsFile));
        QVERIFY2(QFile::exists(settingsFile), qPrintable(settingsFile));
    }
};

QTEST_MAIN(TestOutputSafety)
#include "tst_outputsafety.moc"

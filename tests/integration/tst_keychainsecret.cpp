// SPDX-License-Identifier: GPL-3.0-or-later
// A server's password from the desktop keychain (auth.password_keychain), against a real Secret
// Service: a private D-Bus session bus that can start nothing by itself, and gnome-keyring-daemon
// on it, unlocked headless, in folders of the test's own. A Prometheus of the test's own demands
// basic auth (--web.config.file). The console's commands run with that bus as their session bus:
// first with no Secret Service on it, then with an empty keychain, then with the entry stored by
// secret-tool as a user would; in this process, the transport is timed while it waits for the
// keychain, and the Settings form stores a typed secret there. Last, everything the console wrote
// and printed is searched for the password.
#include "connectionform.h"
#include "connectionprobe.h"
#include "endpoint.h"
#include "freeport.h"
#include "keychainsecrets.h"
#include "networktransport.h"
#include "secretsearch.h"
#include "secretservice.h"
#include "serverprocess.h"
#include "stallmonitor.h"
#include "testutils.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pivori;
using namespace pivori::testutils;

namespace {

const QByteArray kUser = "keychain-op";
// A password no file of the program or the servers can contain by chance; alphanumeric, so
// percent-encoding leaves it as is for the leak search.
const QByteArray kSecret = "Kc4rT9vWm2Xq7LpZ";
// bcrypt of kSecret at cost 4, made once with python3's crypt module (METHOD_BLOWFISH, rounds=16).
const QByteArray kSecretHash = "$2b$04$9aPaM.0nz34nbskB9tzKKu.j.xzfMWwIMxX.oNwzB9D4XM5x/jIcS";
const QString kEntry = QStringLiteral("prom-main");

template <typename T> T *child(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QByteArray all() const { return QByteArray(out + err); }
};

} // namespace

class TestKeychainSecret final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PrivateSecretService> m_service;
    QProcess m_prometheus;
    quint16 m_port = 0;
    QByteArray m_printed; ///< stdout and stderr of every console run

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString consoleHome() const { return path(QStringLiteral("console-home")); }

    bool write(const QString &name, const QByteArray &text) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    }

    /// A configuration whose Prometheus takes its password from @p auth's keys.
    QString config(const QString &name, const QString &secretKeys)
    {
        const QString yaml = QStringLiteral("version: 1\nprometheus:\n  - name: keychain-prom\n"
                                            "    url: http://127.0.0.1:%1\n    timeout: 5s\n"
                                            "    auth:\n      type: basic\n      username: %2\n%3")
                                 .arg(m_port)
                                 .arg(QString::fromLatin1(kUser), secretKeys);
        return write(name, yaml.toUtf8()) ? path(name) : QString();
    }
    QString keychainConfig(const QString &entry)
    {
        return config(
            entry + QStringLiteral(".yaml"), QStringLiteral("      password_keychain: %1\n").arg(entry));
    }

    Run console(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = m_service->environment(consoleHome());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(consoleHome());
        process.start(QStringLiteral(PIVORI_CONSOLE_BIN), arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            run.err = "pivori-console did not finish in time";
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        m_printed += run.out + run.err;
        return run;
    }

    Run query(const QString &configFile)
    {
        return console(
            { QStringLiteral("query"), QStringLiteral("--config"), configFile, QStringLiteral("1+1") });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &folder :
            { QStringLiteral("console-home/runtime"), QStringLiteral("console-home/tmp"),
                QStringLiteral("bus"), QStringLiteral("prometheus-data") })
            QVERIFY(QDir().mkpath(path(folder)));
        QFile::setPermissions(path(QStringLiteral("console-home/runtime")),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QVERIFY(
            write(QStringLiteral("web.yml"), "basic_auth_users:\n  " + kUser + ": " + kSecretHash + '\n'));
        QVERIFY(write(QStringLiteral("prometheus.yml"), "global:\n  scrape_interval: 15s\n"));
        m_port = pickFreeLoopbackPort();
        m_prometheus.setStandardErrorFile(path(QStringLiteral("prometheus.log")));
        testutils::stopWithTest(m_prometheus);
        m_prometheus.start(QStringLiteral("prometheus"),
            { QStringLiteral("--config.file=") + path(QStringLiteral("prometheus.yml")),
                QStringLiteral("--web.config.file=") + path(QStringLiteral("web.yml")),
                QStringLiteral("--storage.tsdb.path=") + path(QStringLiteral("prometheus-data")),
                QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port) });
        QVERIFY(m_prometheus.waitForStarted(10000));
        QVERIFY(waitFor(
            [this] {
                QTcpSocket socket;
                socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
                return socket.waitForConnected(200);
            },
            20000));

        m_service = std::make_unique<PrivateSecretService>(path(QStringLiteral("bus")));
        const QString problem = m_service->startBus();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // This process's own keychain reads (transportNeverWaitsForTheKeychain) go to that bus too.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_service->address().toUtf8());
    }

    void cleanupTestCase()
    {
        if (m_service)
            QVERIFY(m_service->stop());
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(10000))
            m_prometheus.kill();
    }

    /// validate checks the form of the entry name only: no keychain is running yet.
    void validateChecksTheFormOnly()
    {
        Run run = console({ QStringLiteral("validate"), keychainConfig(kEntry) });
        QVERIFY2(run.exitCode == 0, run.all().constData());

        run = console({ QStringLiteral("validate"),
            config(QStringLiteral("bad-name.yaml"),
                QStringLiteral("      password_keychain: \"two words\"\n")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.all().contains("password_keychain must be a keychain entry name"), run.all().constData());

        run = console({ QStringLiteral("validate"),
            config(QStringLiteral("two-sources.yaml"),
                QStringLiteral("      password_keychain: prom-main\n      password_env: PROM_PASSWORD\n")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.all().contains("has both password_env and password_keychain; give only one"),
            run.all().constData());
    }

    void noSecretServiceSaysSo()
    {
        const Run run = query(keychainConfig(kEntry));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("password_keychain \"prom-main\": no Secret Service on the session bus: "
                                  "start gnome-keyring or use password_file"),
            run.err.constData());
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:%1").arg(m_port).toUtf8()), run.err.constData());
    }

    void missingEntrySaysSo()
    {
        const QString problem = m_service->startKeyring();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Run run = query(keychainConfig(kEntry));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("password_keychain \"prom-main\": no such entry in the keychain (service "
                                  "pivori-console)"),
            run.err.constData());
    }

    void queryAuthenticatesWithTheKeychainSecret()
    {
        QVERIFY(m_service->storeWithSecretTool(KeychainSecrets::serviceName(), kEntry, kSecret));
        const Run run = query(keychainConfig(kEntry));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains('2'), run.out.constData());

        // The secret sent is the keychain's: another entry with another password is refused.
        QVERIFY(m_service->storeWithSecretTool(
            KeychainSecrets::serviceName(), QStringLiteral("prom-wrong"), "not-the-password"));
        const Run wrong = query(keychainConfig(QStringLiteral("prom-wrong")));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("401") || wrong.err.contains("nauthorized"), wrong.err.constData());
    }

    /// In this process: send() returns at once while the keychain is read, the request goes out
    /// once the secret is there, and a request aborted while it waits says so from inside abort().
    void transportNeverWaitsForTheKeychain()
    {
        QVERIFY(m_service->storeWithSecretTool(
            KeychainSecrets::serviceName(), QStringLiteral("prom-in-process"), kSecret));
        QVERIFY(m_service->storeWithSecretTool(
            KeychainSecrets::serviceName(), QStringLiteral("prom-aborted"), kSecret));
        QNetworkAccessManager nam;
        NetworkTransport transport(&nam);
        HttpRequest request;
        request.endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        request.endpoint.auth.type = Auth::Type::Basic;
        request.endpoint.auth.username = QString::fromLatin1(kUser);
        request.endpoint.auth.password.keychain = QStringLiteral("prom-in-process");
        request.path = QStringLiteral("/api/v1/query");
        request.params = { { QStringLiteral("query"), QStringLiteral("1+1") } };

        std::optional<HttpResponse> answer;
        QElapsedTimer clock;
        clock.start();
        transport.send(request, this, [&answer](const HttpResponse &response) { answer = response; });
        const qint64 sendMs = clock.elapsed();
        QVERIFY(!answer);
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        const qint64 firstAnswerMs = clock.elapsed();
        QVERIFY2(!answer->transportError, qPrintable(answer->transportError->describe()));
        QCOMPARE(answer->status, 200);
        qInfo("send() returned after %lld ms; the first answer, keychain read included, came after %lld ms",
            static_cast<long long>(sendMs), static_cast<long long>(firstAnswerMs));
        QVERIFY2(sendMs < 100, qPrintable(QString::number(sendMs)));

        // Aborted while the keychain is read: Canceled, from inside abort(), and nothing later.
        request.endpoint.auth.password.keychain = QStringLiteral("prom-aborted");
        int calls = 0;
        std::optional<HttpResponse> aborted;
        const HttpCall call = transport.send(request, this, [&](const HttpResponse &response) {
            ++calls;
            aborted = response;
        });
        QVERIFY(!call.isNull());
        call.abort();
        QCOMPARE(calls, 1);
        QVERIFY(aborted->transportError);
        QCOMPARE(aborted->transportError->kind, Error::Kind::Canceled);
        // The keychain's answer still arrives (and fills the cache) without a second call.
        QTRY_VERIFY_WITH_TIMEOUT(KeychainSecrets::instance()->known(QStringLiteral("prom-aborted")), 10000);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1);
    }

    /// A password rotated in the keychain while the console runs: the server refuses the old
    /// one (401), and the next request reads the entry again instead of sending the stale copy.
    void refusedSecretIsReadAgain()
    {
        const QString entry = QStringLiteral("prom-rotated");
        QVERIFY(m_service->storeWithSecretTool(KeychainSecrets::serviceName(), entry, "the-old-password"));
        QNetworkAccessManager nam;
        NetworkTransport transport(&nam);
        HttpRequest request;
        request.endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        request.endpoint.auth.type = Auth::Type::Basic;
        request.endpoint.auth.username = QString::fromLatin1(kUser);
        request.endpoint.auth.password.keychain = entry;
        request.path = QStringLiteral("/api/v1/query");
        request.params = { { QStringLiteral("query"), QStringLiteral("1+1") } };
        const auto status = [&] {
            std::optional<HttpResponse> answer;
            transport.send(request, this, [&answer](const HttpResponse &response) { answer = response; });
            if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
                return -1;
            return answer->status;
        };
        QCOMPARE(status(), 401);
        QVERIFY(m_service->storeWithSecretTool(KeychainSecrets::serviceName(), entry, kSecret));
        QCOMPARE(status(), 200);
    }

    /// The Settings form (and the welcome page, the same form) stores a typed secret in the
    /// keychain in the background; the server's live check then passes with it.
    void formStoresTheSecretInTheKeychain()
    {
        QNetworkAccessManager nam;
        NetworkTransport transport(&nam);
        ConnectionProbe probe(&transport);
        ConnectionForm form(&probe);
        form.resize(720, 640);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        testutils::StallMonitor stalls; // its CPU at once is the budget, not a loaded core's wait
        stalls.start();
        auto status = [&form] { return child<QLabel>(&form, QStringLiteral("prometheusStatus"))->text(); };
        child<QLineEdit>(&form, QStringLiteral("prometheusUrl"))
            ->setText(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        child<QComboBox>(&form, QStringLiteral("prometheusAuthType"))->setCurrentIndex(1);
        child<QLineEdit>(&form, QStringLiteral("prometheusUser"))->setText(QString::fromLatin1(kUser));
        child<QComboBox>(&form, QStringLiteral("prometheusSecretSource"))->setCurrentIndex(2);
        child<QLineEdit>(&form, QStringLiteral("prometheusSecret"))->setText(QStringLiteral("prom-gui"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            status().contains(QStringLiteral("no such entry in the keychain")), qPrintable(status()), 20000);

        child<QLineEdit>(&form, QStringLiteral("prometheusKeychainSecret"))
            ->setText(QString::fromLatin1(kSecret));
        child<QPushButton>(&form, QStringLiteral("prometheusStoreInKeychain"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&form, QStringLiteral("prometheusKeychainStatus"))->text(),
            QStringLiteral("Stored in the keychain as \"prom-gui\"."), 20000);
        QVERIFY(child<QLineEdit>(&form, QStringLiteral("prometheusKeychainSecret"))->text().isEmpty());
        QTRY_VERIFY2_WITH_TIMEOUT(
            status().startsWith(QStringLiteral("✔ Prometheus")), qPrintable(status()), 20000);
        stalls.stop();
        qInfo("longest GUI work at once while the keychain was read and written: %.1f ms CPU (%.1f ms late)",
            stalls.maxBusyMs(), stalls.maxStallMs());
        QVERIFY2(stalls.maxBusyMs() < 100, qPrintable(QString::number(stalls.maxBusyMs())));

        // Where a user's tools find it, and the form names the entry, not the secret.
        QCOMPARE(m_service->lookupWithSecretTool(KeychainSecrets::serviceName(), QStringLiteral("prom-gui")),
            kSecret);
        QCOMPARE(form.settings().prometheusAuth.password.keychain, QStringLiteral("prom-gui"));
        const QString shots = qEnvironmentVariable("PIVORI_SCREENSHOT_DIR");
        if (!shots.isEmpty() && QDir().mkpath(shots))
            form.grab().save(shots + QStringLiteral("/keychain-form.png"));
    }

    void secretIsNeverWritten()
    {
        // The search finds what it looks for (else a clean result would mean nothing).
        QVERIFY(QDir().mkpath(path(QStringLiteral("control"))));
        QVERIFY(write(QStringLiteral("control/secret"), kSecret));
        int filesRead = 0;
        QCOMPARE(
            occurrences(path(QStringLiteral("control")), secretNeedles(kUser, kSecret), &filesRead).size(),
            1);

        // Commands that write files: an incident report folder and the checks' reports.
        const QString file = keychainConfig(kEntry);
        console({ QStringLiteral("snapshot"), QStringLiteral("--config"), file, QStringLiteral("--dashboard"),
            QStringLiteral("production"), QStringLiteral("--out"),
            consoleHome() + QStringLiteral("/out/run.png"), QStringLiteral("--report"),
            consoleHome() + QStringLiteral("/out/report"), QStringLiteral("--range"), QStringLiteral("5m") });
        QVERIFY(QFile::exists(consoleHome() + QStringLiteral("/out/report/report.html")));
        console({ QStringLiteral("check"), QStringLiteral("--config"), file, QStringLiteral("--report-dir"),
            consoleHome() + QStringLiteral("/out/checks") });

        filesRead = 0;
        const QStringList leaks = occurrences(consoleHome(), secretNeedles(kUser, kSecret), &filesRead);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        qInfo("searched %d files the console wrote, and %lld bytes it printed", filesRead,
            static_cast<long long>(m_printed.size()));
        QVERIFY(filesRead >= 3);
        for (const QByteArray &needle : secretNeedles(kUser, kSecret))
            QVERIFY2(!m_printed.contains(needle), needle.constData());
    }
};

QTEST_MAIN(TestKeychainSecret)
#include "tst_keychainsecret.moc"

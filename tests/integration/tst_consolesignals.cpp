// SPDX-License-Identifier: GPL-3.0-or-later
// The console keeps its window layout when it is stopped rather than closed: SIGTERM (a
// service manager, `kill`) must write the settings the close button writes.
#include "faultproxy.h"
#include "stackfixture.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>

#include <csignal>

using namespace pivori;
using namespace pivori::testing;

class TestConsoleSignals final : public QObject
{
    Q_OBJECT

private slots:
    void sigtermKeepsTheWindowLayout_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void sigtermKeepsTheWindowLayout()
    {
        QFETCH(int, signalNumber);
        const StackState stack = fixtureStack();
        // The console polls its Alertmanager once its window is up and its event loop runs: the
        // proxy seeing a request is the sign that the signal handler is in place.
        FaultProxy alertmanager(stack.alertmanagers[0]);
        QVERIFY(alertmanager.listen());
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess console;
        console.setProcessEnvironment(environment);
        console.start(QStringLiteral(PIVORI_CONSOLE_BIN),
            { QStringLiteral("--prometheus"), stack.prometheus.toString(), QStringLiteral("--alertmanager"),
                alertmanager.url().toString() });
        QVERIFY(console.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(alertmanager.requestsSeen() > 0, 30000);
        QCOMPARE(::kill(pid_t(console.processId()), signalNumber), 0);
        QVERIFY(console.waitForFinished(15000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);

        const QString path = home.filePath(QStringLiteral("config/Pivori/pivori-console.conf"));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QSettings written(path, QSettings::IniFormat);
        QVERIFY(!written.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
        QVERIFY(!written.value(QStringLiteral("mainWindow/state")).toByteArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsoleSignals)
#include "tst_consolesignals.moc"

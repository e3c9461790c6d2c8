// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's contract with scripts: exit codes, one clear line on stderr, no hang.
#include "stackfixture.h"
#include "testutils.h"

#include <QTcpServer>

using namespace pivori;
using namespace pivori::testing;

class TestCliCommands final : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion()
    {
        CommandRun run = runConsole({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("pivori-console " PIVORI_VERSION), run.out.constData());
        run = runConsole({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        for (const char *command : { "demo", "validate", "query", "stack" })
            QVERIFY2(run.out.contains(command), command);
        run = runConsole({ QStringLiteral("query"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--range"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("query without expression")
            << QStringList { QStringLiteral("query") } << QByteArray("expression");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("query"), QStringLiteral("--frobnicate"), QStringLiteral("up") }
            << QByteArray("frobnicate");
        QTest::newRow("bad range") << QStringList { QStringLiteral("query"), QStringLiteral("--range"),
            QStringLiteral("soon"), QStringLiteral("up") }
                                   << QByteArray("--range");
        QTest::newRow("bad time") << QStringList { QStringLiteral("query"), QStringLiteral("--time"),
            QStringLiteral("yesterday"), QStringLiteral("up") }
                                  << QByteArray("--time");
        QTest::newRow("step without range") << QStringList { QStringLiteral("query"),
            QStringLiteral("--step"), QStringLiteral("5s"), QStringLiteral("up") }
                                            << QByteArray("--range");
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("frobnicate") } << QByteArray("frobnicate");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const CommandRun run = runConsole(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(mentions), run.err.constData());
    }

    void badPrometheusUrlIsRefused()
    {
        const CommandRun run = runConsole({ QStringLiteral("query"), QStringLiteral("--prometheus"),
            QStringLiteral("localhost:9090"), QStringLiteral("up") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("--prometheus") && run.err.contains("localhost:9090"), run.err.constData());
    }

    void refusedConnectionIsOneLine()
    {
        // Bind a port and close it again: nothing listens there now.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const CommandRun run = runConsole(
            { QStringLiteral("query"), QStringLiteral("--prometheus"), url, QStringLiteral("up") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("connection refused"), run.err.constData());
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:%1").arg(port).toUtf8()), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void silentServerTimesOut()
    {
        // Listens (the kernel accepts the connection) but never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
        const CommandRun run
            = runConsole({ QStringLiteral("query"), QStringLiteral("--prometheus"), url,
                             QStringLiteral("--timeout"), QStringLiteral("1s"), QStringLiteral("up") },
                15000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no answer within 1s"), run.err.constData());
    }

    void validateBuiltInConfig()
    {
        const CommandRun run
            = runConsole({ QStringLiteral("validate"), QStringLiteral(":/pivori/console.yaml") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("OK"), run.out.constData());
    }

    void validateNamesFileLineColumn()
    {
        const QString file = testutils::dataPath(QStringLiteral("cli/bad-refresh.yaml"));
        const CommandRun run = runConsole({ QStringLiteral("validate"), QStringLiteral("--config"), file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("bad-refresh.yaml:5:15:"), run.err.constData());
        QVERIFY2(run.err.contains("duration"), run.err.constData());
    }

    void invalidConfigStopsOtherCommands()
    {
        const QString file = testutils::dataPath(QStringLiteral("cli/bad-refresh.yaml"));
        const CommandRun run
            = runConsole({ QStringLiteral("query"), QStringLiteral("--config"), file, QStringLiteral("up") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("bad-refresh.yaml:5:15:"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"

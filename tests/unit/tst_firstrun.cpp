// SPDX-License-Identifier: GPL-3.0-or-later
// When the console opens on its welcome page instead of a configuration: only with nothing
// configured (no option, no user file) and nothing of a stack listening on this machine. Each
// case runs with its own XDG_CONFIG_HOME and its own loopback ports, never the real 9090/9093.
#include "configeditor.h"
#include "firstrun.h"
#include "freeport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pivori;

Q_DECLARE_METATYPE(GlobalOptions)

class TestFirstRun final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_configHome;
    QList<quint16> m_silentPorts; ///< free loopback ports: nobody listens there

    QString userFile() const { return m_configHome.filePath(QStringLiteral("pivori-console/console.yaml")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_configHome.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
        QCOMPARE(ConfigEditor::userConfigPath(), userFile());
        const quint16 first = pickFreeLoopbackPort();
        const quint16 second = pickFreeLoopbackPort(false, { first });
        QVERIFY(first != 0 && second != 0);
        m_silentPorts = { first, second };
    }

    void init()
    {
        // Every case starts from an empty config home.
        QVERIFY(QDir(m_configHome.filePath(QStringLiteral("pivori-console"))).removeRecursively());
    }

    void nothingConfiguredAndNothingListeningOpensTheWelcomePage()
    {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(FirstRun::isNeeded({}, m_silentPorts));
        // Refused connections answer at once; the probe never waits out its whole budget for them.
        QVERIFY2(
            clock.elapsed() < FirstRun::kLocalProbeMs + 200, qPrintable(QString::number(clock.elapsed())));
    }

    void anExplicitOptionSkipsIt_data()
    {
        QTest::addColumn<GlobalOptions>("options");
        QTest::newRow("--config") << GlobalOptions { QStringLiteral("/nonexistent/console.yaml"), {}, {} };
        QTest::newRow("--prometheus") << GlobalOptions { {}, QStringLiteral("http://127.0.0.1:1"), {} };
        QTest::newRow("--alertmanager") << GlobalOptions { {}, {}, { QStringLiteral("http://127.0.0.1:1") } };
    }
    void anExplicitOptionSkipsIt()
    {
        QFETCH(GlobalOptions, options);
        QVERIFY(!FirstRun::isNeeded(options, m_silentPorts));
    }

    void theUsersFileSkipsIt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("a working file") << ConfigEditor::newFileText();
        // Even a broken or empty one: the console then reports its errors; the welcome page
        // would overwrite what the user wrote.
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("broken") << QByteArray("prometheus: [\n");
    }
    void theUsersFileSkipsIt()
    {
        QFETCH(QByteArray, text);
        QVERIFY(QDir().mkpath(QFileInfo(userFile()).absolutePath()));
        QFile file(userFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QVERIFY(!FirstRun::isNeeded({}, m_silentPorts));
    }

    void aFileElsewhereInTheFolderDoesNot()
    {
        QVERIFY(QDir().mkpath(QFileInfo(userFile()).absolutePath()));
        QFile other(QFileInfo(userFile()).absolutePath() + QStringLiteral("/console.yaml.bak"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(FirstRun::isNeeded({}, m_silentPorts));
    }

    void aLocalServerSkipsIt_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("something on the Prometheus port") << 0;
        QTest::newRow("something on the Alertmanager port") << 1;
    }
    void aLocalServerSkipsIt()
    {
        QFETCH(int, which);
        // Anything accepting connections counts: the built-in configuration will talk to it and
        // say in its own words what answered.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<quint16> ports = m_silentPorts;
        ports[which] = server.serverPort();
        QVERIFY(!FirstRun::isNeeded({}, ports));
    }

    void aRelativeConfigHomeMeansTheDefaultOne()
    {
        // The XDG spec ignores a relative XDG_CONFIG_HOME; so does the check, looking under the home.
        qputenv("XDG_CONFIG_HOME", "relative/config");
        const QString path = ConfigEditor::userConfigPath();
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
        QCOMPARE(path, QDir::homePath() + QStringLiteral("/.config/pivori-console/console.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestFirstRun)
#include "tst_firstrun.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Debian package as a user gets it: unpacked into a temporary root with `dpkg -x` (what
// apt would put under /), its programs run from there against the fixture's real stack. The
// environment is the test's own (LD_LIBRARY_PATH untouched), so the programs must find all they
// need through the system's libraries and their own install prefix, not the build tree.
#include "stackfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>

using namespace pivori;
using namespace pivori::testing;

class TestInstalledPackage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    StackState m_stack;

    QString installed(const QString &path) const { return m_root.filePath(path); }

    CommandRun run(const QString &program, const QStringList &arguments, int timeoutMs = 90000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) const
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_root.path());
        process.start(installed(program), arguments);
        CommandRun result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = "did not finish in time";
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        const QStringList debs = QDir(QStringLiteral(PIVORI_PACKAGE_DIR))
                                     .entryList({ QStringLiteral("pivori-console_*.deb") }, QDir::Files);
        QCOMPARE(debs.size(), 1); // made by the package_deb test, which this one requires
        QProcess dpkg;
        dpkg.start(QStringLiteral("dpkg"),
            { QStringLiteral("-x"), QStringLiteral(PIVORI_PACKAGE_DIR "/") + debs.constFirst(),
                m_root.path() });
        QVERIFY(dpkg.waitForFinished(60000));
        QVERIFY2(dpkg.exitCode() == 0, dpkg.readAllStandardError().constData());
        QVERIFY(QFileInfo(installed(QStringLiteral("usr/bin/pivori-console"))).isExecutable());
        m_stack = fixtureStack();
    }

    void versionOfBothPrograms()
    {
        for (const QString &program :
            { QStringLiteral("pivori-console"), QStringLiteral("pivori-simulator") }) {
            const CommandRun result
                = run(QStringLiteral("usr/bin/") + program, { QStringLiteral("--version") });
            QVERIFY2(result.exitCode == 0, result.err.constData());
            QCOMPARE(QString::fromUtf8(result.out.trimmed()), program + QStringLiteral(" " PIVORI_VERSION));
        }
    }

    /// The menu entry runs the program with the desktop session's locale and nothing else: the
    /// installed binary speaks German or French from LANG alone (the translations are built in).
    void speaksTheDesktopsLanguage()
    {
        const QList<std::pair<QString, QByteArray>> languages { { QStringLiteral("de_DE.UTF-8"), "Aufruf:" },
            { QStringLiteral("fr_FR.UTF-8"), "Utilisation" }, { QStringLiteral("C.UTF-8"), "Usage:" } };
        for (const auto &[lang, expected] : languages) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            for (const char *name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES" })
                environment.remove(QLatin1String(name));
            environment.insert(QStringLiteral("LANG"), lang);
            const CommandRun result = run(
                QStringLiteral("usr/bin/pivori-console"), { QStringLiteral("--help") }, 30000, environment);
            QVERIFY2(result.exitCode == 0, result.err.constData());
            QVERIFY2(result.out.startsWith(expected),
                qPrintable(lang + QLatin1Char(' ') + QString::fromUtf8(result.out.left(80))));
        }
    }

    // The configuration the package ships is the one the console runs with by default.
    void validatesTheShippedConfiguration()
    {
        const CommandRun good = run(QStringLiteral("usr/bin/pivori-console"),
            { QStringLiteral("validate"),
                installed(QStringLiteral("usr/share/pivori-console/console.yaml")) });
        QVERIFY2(good.exitCode == 0, good.err.constData());

        QFile broken(m_root.filePath(QStringLiteral("broken.yaml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("prometheus:\n  - name: local\n    url: ftp://nowhere\n");
        broken.close();
        const CommandRun bad = run(
            QStringLiteral("usr/bin/pivori-console"), { QStringLiteral("validate"), broken.fileName() });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("broken.yaml:3:"), bad.err.constData());
    }

    // A dashboard rendered offscreen with live data: the built-in dashboards, the fonts and the
    // platform plugin all come from the installed program and the system.
    void snapshotsADashboardFromTheStack()
    {
        QStringList arguments { QStringLiteral("snapshot"), QStringLiteral("--prometheus"),
            m_stack.prometheus.toString(), QStringLiteral("--dashboard"), QStringLiteral("production"),
            QStringLiteral("--range"), QStringLiteral("2m"), QStringLiteral("--size"),
            QStringLiteral("1280x720"), QStringLiteral("--out"),
            m_root.filePath(QStringLiteral("production.png")) };
        for (const QUrl &replica : m_stack.alertmanagers)
            arguments << QStringLiteral("--alertmanager") << replica.toString();
        const CommandRun result = run(QStringLiteral("usr/bin/pivori-console"), arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QImage picture(m_root.filePath(QStringLiteral("production.png")));
        QVERIFY(!picture.isNull());
        // --size is the width and the least height (taller when legends need the room).
        QCOMPARE(picture.width(), 1280);
        QVERIFY2(picture.height() >= 720, qPrintable(QString::number(picture.height())));
        // Drawn, not blank: plots, text and the header make many colours.
        QSet<QRgb> colours;
        const QImage small = picture.scaled(160, 90);
        for (int y = 0; y < small.height(); ++y)
            for (int x = 0; x < small.width(); ++x)
                colours.insert(small.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    }
};

QTEST_GUILESS_MAIN(TestInstalledPackage)
#include "tst_installedpackage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// File > Settings saves on the thread pool: the dialog keeps turning its event loop while the
// file is written, says it is saving, and when the write fails (a folder that cannot be made,
// a read-only folder, a full disk) it stays open with the reason and everything typed.
#include "configeditor.h"
#include "configloader.h"
#include "connectionform.h"
#include "settingsdialog.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace pivori;
using namespace pivori::testutils;

namespace {

ConnectionSettings typedSettings()
{
    ConnectionSettings settings;
    settings.prometheusUrl = QUrl(QStringLiteral("http://prom.example:9090"));
    settings.prometheusAuth.type = Auth::Type::Basic;
    settings.prometheusAuth.username = QStringLiteral("alice");
    settings.prometheusAuth.password.env = QStringLiteral("PROM_PASSWORD");
    settings.alertmanagerUrls = { QUrl(QStringLiteral("http://am-a.example:9093")),
        QUrl(QStringLiteral("http://am-b.example:9093")) };
    return settings;
}

QLabel *statusLine(SettingsDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("settingsError"));
}

QPushButton *saveButton(SettingsDialog &dialog)
{
    return dialog.findChild<QPushButton *>(QStringLiteral("saveSettings"));
}

/// A file-size limit below the file's size makes write(2) fail with EFBIG, as a full disk makes
/// it fail with ENOSPC: the same path through QSaveFile, and it works for root too.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN); // the default action would end the test instead
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved {};
};

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void savesOnAPoolThreadWhileTheDialogStaysResponsive()
    {
        QSemaphore release;
        std::atomic<QThread *> saveThread = nullptr;
        ConnectionSettings saved;
        SettingsDialog dialog(
            nullptr, QStringLiteral("/tmp/console.yaml"), {}, [&](const ConnectionSettings &settings) {
                saveThread = QThread::currentThread();
                saved = settings;
                // A slow disk: the write takes as long as the test says (bounded, so that a
                // save on the GUI thread fails the test instead of hanging it).
                return release.tryAcquire(1, 10000) ? QString() : QStringLiteral("timed out");
            });
        dialog.form()->setSettings(typedSettings());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        dialog.accept();
        QVERIFY(dialog.isSaving());
        QVERIFY(!dialog.form()->isEnabled()); // what is saved is what is shown
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(statusLine(dialog)->isVisible());
        QCOMPARE(statusLine(dialog)->text(), SettingsDialog::tr("Saving…"));
        // The event loop turns while the save waits: a timer on this thread fires.
        bool ticked = false;
        QTimer::singleShot(20, &dialog, [&] { ticked = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ticked, 2000);
        QVERIFY(saveThread.load() != nullptr);
        QVERIFY(saveThread.load() != QThread::currentThread());
        // Escape (reject) does not close it under a save that may already have replaced the file.
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.size(), 0);

        release.release();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 5000);
        QVERIFY(!dialog.isVisible());
        QVERIFY(saved == typedSettings());
    }

    void aFolderThatCannotBeMadeKeepsTheInputAndSaysWhy()
    {
        // A regular file where the folder should be: no user, not even root, can make it.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("config-home"));
        QVERIFY(writeFile(blocker, "not a folder\n"));
        const QString configPath = blocker + QStringLiteral("/pivori-console/console.yaml");
        SettingsDialog dialog(nullptr, configPath, {}, [configPath](const ConnectionSettings &settings) {
            return ConfigEditor::applyToFile(configPath, settings);
        });
        dialog.form()->setSettings(typedSettings());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &SettingsDialog::saveFinished);
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        dialog.accept();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.at(0).at(0).toString().isEmpty());
        expectRefusal(dialog, accepted, dir.filePath(QStringLiteral("config-home")));

        // Once the folder can be made, the same input saves.
        QVERIFY(QFile::remove(blocker));
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
        QVERIFY(ConnectionSettings::fromConfig(ConfigLoader::loadFile(configPath).config) == typedSettings());
    }

    void aReadOnlyFolderKeepsTheInputAndSaysWhy()
    {
        if (geteuid() == 0)
            QSKIP("root writes into read-only folders; the two other failures cover it");
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("console.yaml"));
        QVERIFY(writeFile(configPath, ConfigEditor::newFileText()));
        const QByteArray before = readFile(configPath);
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        SettingsDialog dialog(nullptr, configPath, {}, [configPath](const ConnectionSettings &settings) {
            return ConfigEditor::applyToFile(configPath, settings);
        });
        dialog.form()->setSettings(typedSettings());
        QSignalSpy finished(&dialog, &SettingsDialog::saveFinished);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        dialog.accept();
        QVERIFY(finished.wait(10000));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        expectRefusal(dialog, accepted, configPath);
        QCOMPARE(readFile(configPath), before);
    }

    void aFullDiskKeepsTheOldFileAndTheInput()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("console.yaml"));
        QVERIFY(writeFile(configPath, ConfigEditor::newFileText()));
        const QByteArray before = readFile(configPath);
        SettingsDialog dialog(nullptr, configPath, {}, [configPath](const ConnectionSettings &settings) {
            return ConfigEditor::applyToFile(configPath, settings);
        });
        dialog.form()->setSettings(typedSettings());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &SettingsDialog::saveFinished);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        {
            const FileSizeLimit full(64); // far below the file's size
            dialog.accept();
            QVERIFY(finished.wait(10000));
        }
        expectRefusal(dialog, accepted, configPath);
        QCOMPARE(readFile(configPath), before); // replaced atomically or not at all
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("console.yaml") });
    }

private:
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    /// The dialog is still open, says why under the form with @p mentioned in it, and shows
    /// everything that was typed, editable again.
    static void expectRefusal(SettingsDialog &dialog, const QSignalSpy &accepted, const QString &mentioned)
    {
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isSaving());
        QLabel *status = statusLine(dialog);
        QVERIFY(status->isVisible());
        qInfo("shown: %s", qPrintable(status->text()));
        QVERIFY2(status->text().contains(mentioned), qPrintable(status->text()));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QVERIFY(dialog.form()->isEnabled());
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(dialog.form()->settings() == typedSettings());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"

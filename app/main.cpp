// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcommands.h"
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

namespace {

// Subcommands that need a display; all others run headless on a QCoreApplication, so
// scripts and cron jobs work without X or Wayland.
bool needsGui(const QString &command)
{
    return command.isEmpty() || command == QLatin1String("demo") || command == QLatin1String("snapshot");
}

// A snapshot is for scripts and CI and shows nothing on screen: it always renders offscreen
// (unless QT_QPA_PLATFORM says otherwise), so a DISPLAY naming an X server that is gone, or
// not reachable from cron, cannot make it abort.
void chooseOffscreenForSnapshot(const QString &command)
{
    if (command == QLatin1String("snapshot") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Pivori"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pivori.app"));
    QCoreApplication::setApplicationName(QStringLiteral("pivori-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIVORI_VERSION));
}

// The installed desktop entry and icon share this id (resources/desktop/, resources/icons/):
// Wayland compositors match the window to its menu entry by it, and the window shows the
// installed icon. Outside an installation the theme has no such icon and Qt's default stays.
void describeDesktopIntegration()
{
    const QString id = QStringLiteral("app.pivori.Console");
    QGuiApplication::setDesktopFileName(id);
    QGuiApplication::setWindowIcon(QIcon::fromTheme(id));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const QString command = pivori::CommandLine::commandName(raw);

    chooseOffscreenForSnapshot(command);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(command) && !raw.contains(QStringLiteral("--help")) && !raw.contains(QStringLiteral("-h"))
        && !raw.contains(QStringLiteral("--version")) && !raw.contains(QStringLiteral("-v")))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();
    if (qobject_cast<QGuiApplication *>(app.get()))
        describeDesktopIntegration();
    QString languageProblem;
    pivori::UiLanguage::install(
        *app, pivori::UiLanguage::choose(pivori::CommandLine::languageOption(raw), &languageProblem));
    if (!languageProblem.isEmpty()) {
        pivori::cli::printError(languageProblem);
        return 2;
    }

    const QStringList arguments = pivori::CommandLine::withoutCommand(raw, command);
    if (command == QLatin1String("validate"))
        return pivori::runValidateCommand(arguments);
    if (command == QLatin1String("query"))
        return pivori::runQueryCommand(arguments);
    if (command == QLatin1String("stack"))
        return pivori::runStackCommand(arguments);
    if (command == QLatin1String("snapshot"))
        return pivori::runSnapshotCommand(arguments);
    if (command == QLatin1String("demo"))
        return pivori::runDemoCommand(arguments);
    if (command == QLatin1String("alerts"))
        return pivori::runAlertsCommand(arguments);
    if (command == QLatin1String("ack"))
        return pivori::runAckCommand(arguments);
    if (command == QLatin1String("expire"))
        return pivori::runExpireCommand(arguments);
    if (command == QLatin1String("check"))
        return pivori::runCheckCommand(arguments);
    if (command == QLatin1String("silences"))
        return pivori::runSilencesCommand(arguments);
    if (command == QLatin1String("import-grafana"))
        return pivori::runImportGrafanaCommand(arguments);
    return pivori::runConsole(arguments);
}

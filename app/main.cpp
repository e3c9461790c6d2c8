// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertcommands.h"
#include "cliutil.h"
#include "commandline.h"
#include "commands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

// Subcommands that need a display; all others run headless on a QCoreApplication, so
// scripts and cron jobs work without X or Wayland.
bool needsGui(const QString &command)
{
    return command.isEmpty() || command == QLatin1String("demo") || command == QLatin1String("snapshot");
}

// A snapshot is for scripts and CI: with no display to talk to, render offscreen rather
// than fail to connect to one.
void chooseOffscreenWithoutDisplay(const QString &command)
{
    if (command == QLatin1String("snapshot") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
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

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(
            QLocale(), QStringLiteral("pivori_console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const QString command = pivori::CommandLine::commandName(raw);

    chooseOffscreenWithoutDisplay(command);
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(command) && !raw.contains(QStringLiteral("--help")) && !raw.contains(QStringLiteral("-h"))
        && !raw.contains(QStringLiteral("--version")) && !raw.contains(QStringLiteral("-v")))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();
    if (qobject_cast<QGuiApplication *>(app.get()))
        describeDesktopIntegration();
    installTranslations(*app);

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
    return pivori::runConsole(arguments);
}

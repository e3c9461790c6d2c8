// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include "settingskeys.h"

#include <QActionGroup>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace pivori {

QStringList UiLanguage::available()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };
}

QString UiLanguage::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QString UiLanguage::remembered()
{
    const QString code = QSettings().value(settingskeys::language).toString();
    return available().contains(code) ? code : QString();
}

void UiLanguage::remember(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingskeys::language);
    else
        settings.setValue(settingskeys::language, code);
}

QLocale UiLanguage::choose(const QString &override, QString *problem)
{
    if (!override.isEmpty()) {
        // "de_AT" or "fr-CA" pick the language's translation and keep the country's formats.
        const QLocale asked(override);
        const QString code = QLocale::languageToCode(asked.language());
        if (asked.language() == QLocale::C || !available().contains(code)) {
            *problem = tr("--lang: no translation for \"%1\" (available: %2)")
                           .arg(override, available().join(QStringLiteral(", ")));
            return QLocale::system();
        }
        return asked;
    }
    if (const QString code = remembered(); !code.isEmpty())
        return QLocale(code);
    return QLocale::system();
}

void UiLanguage::install(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("pivori_console"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    auto *group = new QActionGroup(this);
    const QString current = UiLanguage::remembered();
    QAction *system = addAction(tr("System language"));
    system->setData(QString());
    system->setCheckable(true);
    system->setChecked(current.isEmpty());
    group->addAction(system);
    addSeparator();
    for (const QString &code : UiLanguage::available()) {
        QAction *action = addAction(UiLanguage::nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        UiLanguage::remember(action->data().toString());
        emit changed(tr("The language changes when Pivori Console is started again."));
    });
}

} // namespace pivori

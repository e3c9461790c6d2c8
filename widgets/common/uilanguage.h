// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QString>
#include <QStringList>

namespace pivori {

/// The language of the interface: `--lang`, else the one chosen in View ▸ Language (remembered),
/// else the system's. Only languages the console ships are offered; any other falls back to
/// English, which is also what a system locale without a translation gets.
class UiLanguage final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::UiLanguage)
public:
    /// Language codes with a translation built into the program, English first.
    static QStringList available();
    /// The language's own name ("Deutsch"), so a user who cannot read the current one finds theirs.
    static QString nativeName(const QString &code);
    /// The remembered choice, or an empty string to follow the system.
    static QString remembered();
    static void remember(const QString &code);
    /// The locale to run in: @p override (from `--lang`) if given, else remembered(), else the
    /// system locale. An unknown @p override is an error in @p problem.
    static QLocale choose(const QString &override, QString *problem);
    /// Installs Qt's own and the console's translations for @p locale and makes it the default
    /// locale, so numbers and dates follow the language too.
    static void install(QCoreApplication &app, const QLocale &locale);
};

/// View ▸ Language: System, then every shipped language by its own name. A change is remembered
/// and applies at the next start (the windows are not rebuilt under the operator).
class LanguageMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

signals:
    /// The remembered language changed; @p message says when it takes effect.
    void changed(const QString &message);
};

} // namespace pivori

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pivori {

/// The English texts the console ships in its resources (built-in dashboards' titles and
/// descriptions, runbook headings), listed so that lupdate offers them for translation. Text
/// from a user's own configuration is never translated.
class BuiltInText final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::BuiltInText)
public:
    static QStringList dashboardTexts();
    static QStringList runbookHeadings();
    /// @p english in the interface's language; unchanged when no translation is known.
    static QString translated(const QString &english);
    /// A built-in runbook with its headings and bold labels translated and its body as written.
    static QString translatedRunbook(const QString &markdown);
};

} // namespace pivori

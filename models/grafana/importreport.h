// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pivori {

/// One thing the Grafana import did with a part of the dashboard, and how faithfully.
struct ImportNote final
{
    /// Ordered from best to worst: a panel's status is its worst note.
    enum class Level { Mapped, Approximated, Unsupported };
    Level level = Level::Mapped;
    QString text;
};

/// What became of one Grafana panel.
struct PanelImport final
{
    QString title;
    QString grafanaType;
    QString row; ///< the title of the row it sits in; empty = none
    QString consoleId; ///< the console panel's id; empty = no panel (a placeholder comment only)
    QList<ImportNote> notes;

    ImportNote::Level status() const;
    void note(ImportNote::Level level, const QString &text) { notes.append({ level, text }); }
};

/// The import report: printed by `import-grafana` and written as a comment block at the top of
/// the YAML, so that a reader of the converted file sees what did not carry over.
struct ImportReport final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::ImportReport)

public:
    QString source; ///< the file name as given
    QString title;
    int schemaVersion = 0;
    QList<ImportNote> dashboardNotes; ///< layout, variables, time settings
    QList<PanelImport> panels; ///< in the order of the converted dashboard

    int count(ImportNote::Level level) const;
    /// "panels: 4 mapped, 1 approximated, 0 unsupported": the second line of text().
    QString summary() const;
    /// Plain text, one line per note; the same input always gives the same text.
    QString text() const;
    /// text() with every line prefixed by "# ".
    QString yamlComment() const;

    static QString levelName(ImportNote::Level level);
};

} // namespace pivori
